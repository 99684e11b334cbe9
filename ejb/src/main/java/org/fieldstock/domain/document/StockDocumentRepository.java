package org.fieldstock.domain.document;

import java.util.List;
import java.util.Optional;

import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.user.StoreScope;

/** Stores and finds stock documents. */
public interface StockDocumentRepository {

    Optional<StockDocument> find(long id);

    /** Loads the document and locks its row until the transaction ends, so that two reviews cannot interleave. */
    Optional<StockDocument> findForUpdate(long id);

    /** The document whatever its status, deleted too: its history outlives it. */
    Optional<StockDocument> findEvenIfDeleted(long id);

    /** The same by number; numbers are never given twice, so a deleted document keeps its own. */
    Optional<StockDocument> findByNumberEvenIfDeleted(String number);

    void add(StockDocument document);

    Optional<StockDocument> findByNumber(String number);

    /** The opening-balance document the go-live import posted for the store, if it posted one. */
    Optional<StockDocument> openingOf(org.fieldstock.domain.organisation.Store store);

    /**
     * What the other (not deleted) red-ink returns of a receipt take back, per item code, as positive
     * quantities; the document being checked itself is left out.
     */
    java.util.Map<String, java.math.BigDecimal> returnedQuantities(long receiptId, Long excludingDocumentId);

    /** The same per batch of an item, for receipts of shelf-life items. */
    java.util.Map<Reversal.BatchKey, java.math.BigDecimal> returnedBatchQuantities(long receiptId,
            Long excludingDocumentId);

    /** The reviewed damage intake of the parts a self-use issue removed, locked; none while the issue is unreviewed. */
    Optional<StockDocument> removedPartsIntakeForUpdate(long issueId);

    /** The same, not locked, for showing it with its issue. */
    Optional<StockDocument> removedPartsIntake(long issueId);

    /** Whether a reviewed red-ink return reverses this receipt (then the receipt cannot be unreviewed). */
    boolean hasReviewedReturns(long receiptId);

    /** A new readable number, unique across servers: type prefix, year and a sequence number. */
    String nextNumber(DocumentType type, java.time.LocalDate date);

    /** The document's history, oldest first. */
    List<DocumentEvent> history(long documentId);

    /**
     * One page of the documents matching the search among the stores of the scope, newest first or
     * in the order the request names ({@link DocumentSearch#SORTS}); deleted ones are never listed.
     */
    Page<StockDocument> page(DocumentSearch search, StoreScope scope, PageRequest request);
}
