package org.fieldstock.domain.document;

import java.util.Optional;

import org.fieldstock.domain.shared.Refusal;

/**
 * What generated a document and governs it afterwards (a transfer slip governs its transfer-out
 * and transfer-in): it may refuse an action on the document the document's own rules allow.
 */
public interface DocumentGenerator {

    Optional<Refusal> refuses(DocumentAction action, StockDocument document);
}
