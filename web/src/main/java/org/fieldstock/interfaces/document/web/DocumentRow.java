package org.fieldstock.interfaces.document.web;

import java.io.Serializable;
import java.time.LocalDate;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.DocumentType;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.interfaces.shared.StoreRef;
import org.fieldstock.interfaces.shared.SupplierRef;

/** A document as the document list shows it. */
public record DocumentRow(long id, String number, LocalDate documentDate, DocumentType type,
        DocumentCategory category, StoreRef store, SupplierRef supplier, DocumentStatus status, int lineCount,
        String createdBy, String reviewedBy) implements Serializable {

    static DocumentRow of(StockDocument document) {
        return new DocumentRow(document.getId(), document.getNumber(), document.getDocumentDate(),
                document.getType(), document.getCategory(), StoreRef.of(document.getStore()),
                SupplierRef.of(document.getSupplier()), document.getStatus(), document.getLines().size(),
                document.getCreatedBy(), document.getReviewedBy());
    }
}
