package org.fieldstock.domain.golive;

/**
 * A column of an import sheet: its key (the CSV header, as in the demo data's files), whether a row
 * must fill it, and the name the old ERP (U8) exports it under, if it has one.
 */
public record ImportColumn(String key, boolean required, String u8Name) {

    static ImportColumn required(String key, String u8Name) {
        return new ImportColumn(key, true, u8Name);
    }

    static ImportColumn optional(String key, String u8Name) {
        return new ImportColumn(key, false, u8Name);
    }
}
