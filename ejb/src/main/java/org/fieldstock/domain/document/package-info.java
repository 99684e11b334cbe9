/**
 * Stock documents: other-inbound (其他入库单) and other-outbound (其他出库单) with their
 * categories and lines, and the save / review / unreview life cycle every document kind shares.
 * <p>
 * The pieces:
 * <ul>
 * <li>{@link org.fieldstock.domain.document.Lifecycle}, which answers which actions a caller may do
 * to a document now and why not: {@link org.fieldstock.domain.document.StockDocumentLifecycle} for these
 * documents, with the {@link org.fieldstock.domain.document.DocumentGenerator} that generated one (a
 * transfer slip) having its say, and {@link org.fieldstock.domain.document.AllowedActions} its answer;</li>
 * <li>{@link org.fieldstock.domain.document.StockDocument}, the aggregate: its lines, status and
 * intent-named methods (save, modify, record an arrival, review, unreview, delete), each of which asks
 * the pieces below;</li>
 * <li>{@link org.fieldstock.domain.document.DocumentRule}, the rules of a document's content, each with
 * its scope (the document's own, each line's, across lines, for review) and its message keys, and
 * {@link org.fieldstock.domain.document.DocumentCheck}, which checks content against the rules a caller
 * chooses by type: a document all of them, a transfer slip's lines all but the store's kind, a daily
 * report's line the lines' rules less the category's;</li>
 * <li>{@link org.fieldstock.domain.document.CategoryRule}, what a category asks of what is booked under
 * it (direction, store kind, item class, supplier), the one place the document's check and the daily
 * report's flags ask;</li>
 * <li>{@link org.fieldstock.domain.document.Quantity} and
 * {@link org.fieldstock.domain.document.TrackingCode}, what every quantity and every serial or batch
 * number must be, for documents, slips, daily reports and counts alike;</li>
 * <li>{@link org.fieldstock.domain.document.RedInkReturnPolicy}, what a red-ink return may take back of
 * its receipt;</li>
 * <li>{@link org.fieldstock.domain.document.TransferArrival}, what may be recorded as arrived on a
 * transfer-in;</li>
 * <li>{@link org.fieldstock.domain.document.DocumentChangeLog}, what a change changed, for the history
 * ({@link org.fieldstock.domain.document.DocumentEvent}, {@link org.fieldstock.domain.document.FieldChange});</li>
 * <li>{@link org.fieldstock.domain.document.MovementSum}, what a review moves per store and item
 * ({@link org.fieldstock.domain.document.StockMovement}).</li>
 * </ul>
 */
package org.fieldstock.domain.document;
