package org.fieldstock.domain.golive;

import java.io.Serializable;

import org.fieldstock.domain.shared.Problem;

/** What is wrong with a row: its sheet, row and column (none when the whole row or file is meant), and why. */
public record RowProblem(ImportSheet sheet, Integer rowNo, String column, Problem problem) implements Serializable {

    public static RowProblem of(ImportRow row, String column, String messageKey, Object... arguments) {
        return new RowProblem(row.sheet(), row.rowNo(), column, new Problem(messageKey, arguments));
    }

    /** A problem of the whole file: a sheet missing its columns, nothing to import. */
    public static RowProblem ofFile(ImportSheet sheet, String messageKey, Object... arguments) {
        return new RowProblem(sheet, null, null, new Problem(messageKey, arguments));
    }
}
