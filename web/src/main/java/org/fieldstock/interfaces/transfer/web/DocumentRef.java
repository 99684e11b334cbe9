package org.fieldstock.interfaces.transfer.web;

import java.io.Serializable;

import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.StockDocument;

/** A document a transfer slip generated, as the slip lists show it: number and status, and the id to open it. */
public record DocumentRef(long id, String number, DocumentStatus status) implements Serializable {

    /** The document; null for none (a slip not yet reviewed). */
    static DocumentRef of(StockDocument document) {
        return document == null ? null : new DocumentRef(document.getId(), document.getNumber(), document.getStatus());
    }
}
