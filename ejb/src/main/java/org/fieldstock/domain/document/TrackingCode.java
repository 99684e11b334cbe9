package org.fieldstock.domain.document;

/**
 * The codes that track units and batches: a serial number, a batch number. Each fits its column
 * and holds no spaces or commas (lists of serials are stored and written comma-separated).
 */
public enum TrackingCode {
    SERIAL(60),
    BATCH(40);

    private final int maxLength;

    TrackingCode(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The column's width. */
    public int maxLength() {
        return maxLength;
    }

    public boolean isValid(String code) {
        return code.length() <= maxLength && code.chars().noneMatch(c -> Character.isWhitespace(c) || c == ',');
    }
}
