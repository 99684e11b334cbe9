package org.fieldstock.domain.document;

/** Which way a document moves stock, and the prefix of its number. */
public enum DocumentType {
    OTHER_INBOUND("IN", 1),
    OTHER_OUTBOUND("OUT", -1);

    private final String numberPrefix;
    private final int direction;

    DocumentType(String numberPrefix, int direction) {
        this.numberPrefix = numberPrefix;
        this.direction = direction;
    }

    public String numberPrefix() {
        return numberPrefix;
    }

    /** +1 when a positive (blue) quantity adds to the store, -1 when it takes from it. */
    public int direction() {
        return direction;
    }
}
