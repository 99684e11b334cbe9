package org.fieldstock.domain.shared;

/**
 * What a transaction that writes many thousands of rows needs (the go-live import): to write what is
 * pending and let go of every entity read or written so far. Otherwise each query flushes, and so
 * compares, everything the transaction has touched, and writing slows down with every row.
 * Entities held before a release are detached afterwards: read them again.
 */
public interface LongTransaction {

    void release();

    /**
     * For the rest of this transaction, queries do not write what is pending first: for a transaction
     * that only reads (an import's check), whose queries would otherwise compare everything it has read.
     */
    void readOnly();
}
