package org.fieldstock.domain.document;

import java.util.List;
import java.util.Optional;

/** Stores and finds stock documents. */
public interface StockDocumentRepository {

    Optional<StockDocument> find(long id);

    /** Loads the document and locks its row until the transaction ends, so that two reviews cannot interleave. */
    Optional<StockDocument> findForUpdate(long id);

    void add(StockDocument document);

    /** A new readable number, unique across servers: type prefix, year and a sequence number. */
    String nextNumber(DocumentType type, java.time.LocalDate date);

    /** Documents matching the search, newest first; deleted ones are never listed. */
    List<StockDocument> search(DocumentSearch search);
}
