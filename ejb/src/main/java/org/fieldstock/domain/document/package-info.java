/**
 * Stock documents: other-inbound (其他入库单) and other-outbound (其他出库单) with their
 * categories and lines, and the save / review / unreview life cycle every document kind shares:
 * {@link org.fieldstock.domain.document.Lifecycle} answers which actions a caller may do now and
 * why not ({@link org.fieldstock.domain.document.StockDocumentLifecycle} for these documents),
 * with the {@link org.fieldstock.domain.document.DocumentGenerator} that generated a document
 * having its say.
 */
package org.fieldstock.domain.document;
