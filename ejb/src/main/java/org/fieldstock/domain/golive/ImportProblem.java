package org.fieldstock.domain.golive;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fieldstock.domain.shared.BaseEntity;

/** A kept problem of a run: where it is (sheet, row, column) and its message as key and arguments. */
@Entity
@Table(name = "import_problem")
public class ImportProblem extends BaseEntity {

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "problem_pos", nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "sheet", updatable = false)
    private ImportSheet sheet;

    @Column(name = "row_no", updatable = false)
    private Integer rowNo;

    @Column(name = "column_key", updatable = false)
    private String column;

    /** A {@link org.fieldstock.domain.shared.StoredMessage}, read in each reader's language. */
    @Column(name = "message", nullable = false, updatable = false)
    private String message;

    protected ImportProblem() {
    }

    public ImportProblem(long runId, int position, ImportSheet sheet, Integer rowNo, String column, String message) {
        this.runId = runId;
        this.position = position;
        this.sheet = sheet;
        this.rowNo = rowNo;
        this.column = column;
        this.message = Objects.requireNonNull(message);
    }

    public int getPosition() {
        return position;
    }

    public ImportSheet getSheet() {
        return sheet;
    }

    public Integer getRowNo() {
        return rowNo;
    }

    public String getColumn() {
        return column;
    }

    public String getMessage() {
        return message;
    }
}
