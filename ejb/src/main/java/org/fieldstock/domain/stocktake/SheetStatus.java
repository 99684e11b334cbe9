package org.fieldstock.domain.stocktake;

/**
 * A count sheet's progress. Counting starts with the first count entered; a submitted sheet waits
 * for the BU manager, who approves it (its adjustments are posted) or returns it to be counted again.
 * Late is not a status: it is a sheet not yet submitted after the campaign's deadline.
 */
public enum SheetStatus {
    NOT_STARTED, COUNTING, SUBMITTED, RETURNED, APPROVED;

    /** Whether counts, counter and witness may still change. */
    public boolean open() {
        return this == NOT_STARTED || this == COUNTING || this == RETURNED;
    }
}
