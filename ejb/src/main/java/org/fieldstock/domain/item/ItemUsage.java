package org.fieldstock.domain.item;

/**
 * How far an item is already in use: on document lines (saved or reviewed, so possibly in the
 * ledger with serials or batches), and with stock on hand somewhere.
 */
public record ItemUsage(boolean onDocuments, boolean inStock) {

    public static final ItemUsage UNUSED = new ItemUsage(false, false);
}
