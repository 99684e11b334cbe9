package org.fieldstock.domain.golive;

/** Where an import run stands. */
public enum ImportStatus {
    /** Received; waits for a thread of the server that received it. */
    QUEUED,
    /** Every row is being checked against the rules and what is already there. */
    CHECKING,
    /** Checked clean; the rows are being written, all in one transaction. */
    WRITING,
    /** A dry run, checked: its problems are listed, nothing was written. */
    CHECKED,
    /** Problems were found: nothing was written. */
    REFUSED,
    /** Written: every row is there. */
    DONE,
    /** Writing stopped on an error nobody foresaw (the server, the database): nothing was written. */
    FAILED;

    public boolean isFinished() {
        return this == CHECKED || this == REFUSED || this == DONE || this == FAILED;
    }
}
