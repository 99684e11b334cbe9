package org.fieldstock.domain.golive;

import java.io.Serializable;
import java.util.Map;

/**
 * One row of an import sheet as read from the file: its number as the spreadsheet shows it (or the
 * CSV line), and each filled cell's text by column key (a date as yyyy-MM-dd).
 */
public record ImportRow(ImportSheet sheet, int rowNo, Map<String, String> cells) implements Serializable {

    public ImportRow {
        cells = Map.copyOf(cells);
    }

    /** The cell's text, stripped; null when empty. */
    public String get(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
