package org.fieldstock.domain.stock;

/** Why a ledger row was written. */
public enum LedgerMovement {
    /** A document was reviewed. */
    POSTING,
    /** A reviewed document was unreviewed: the row reverses its posting. */
    REVERSAL
}
