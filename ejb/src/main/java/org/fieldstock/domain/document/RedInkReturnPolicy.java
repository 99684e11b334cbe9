package org.fieldstock.domain.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;

/**
 * What a red-ink return (a material return) may take back: it names a reviewed blue receipt of the
 * same store, returns only items, serials and batches that receipt brought in, and, with the other
 * returns of it, never more of an item or of a batch than it brought in. A document of any other
 * category names no receipt.
 */
public final class RedInkReturnPolicy {

    private RedInkReturnPolicy() {
    }

    /**
     * Every problem of the return, or of naming a receipt on a document that is none, with the line
     * numbers the user sees.
     */
    public static List<Problem> check(DocumentCategory category, Store store, Reversal reversal,
            List<NewLine> newLines) {
        List<Problem> problems = new ArrayList<>();
        if (!category.reversesAReceipt()) {
            if (reversal != null) {
                problems.add(new Problem("document.reverses.notAllowed", MessageKey.of(category)));
            }
            return problems;
        }
        if (reversal == null) {
            problems.add(new Problem("document.reverses.required", MessageKey.of(category)));
            return problems;
        }
        StockDocument receipt = reversal.receipt();
        if (receipt.getCategory().isGeneratedByTransfer()) {
            // what a transfer brought in goes back on a transfer slip, where the sender books it in again
            problems.add(new Problem("document.reverses.transfer", receipt.getNumber()));
            return problems;
        }
        if (receipt.getType() != DocumentType.OTHER_INBOUND || receipt.getInk() == Ink.RED
                || receipt.getStatus() != DocumentStatus.REVIEWED
                || !receipt.getStore().getCode().equals(store.getCode())) {
            problems.add(new Problem("document.reverses.invalid", receipt.getNumber(), store.getCode()));
            return problems;
        }
        Received received = Received.by(receipt);
        Returning returning = new Returning();
        int lineNo = 0;
        for (NewLine line : newLines) {
            lineNo++;
            if (line.item() != null && line.quantity() != null) {
                checkLine(received, returning, receipt.getNumber(), lineNo, line, problems);
            }
        }
        returning.byBatch.forEach((batch, quantity) -> {
            BigDecimal already = reversal.alreadyReturnedFromBatches().getOrDefault(batch, BigDecimal.ZERO);
            if (quantity.add(already).compareTo(received.byBatch.get(batch)) > 0) {
                problems.add(new Problem("line.quantity.exceedsReceiptBatch", returning.firstBatchLine.get(batch),
                        batch.itemCode(), batch.batchNo(), receipt.getNumber(), plain(received.byBatch.get(batch)),
                        plain(already)));
            }
        });
        returning.byItem.forEach((code, quantity) -> {
            BigDecimal already = reversal.alreadyReturned().getOrDefault(code, BigDecimal.ZERO);
            if (quantity.add(already).compareTo(received.byItem.get(code)) > 0) {
                problems.add(new Problem("line.quantity.exceedsReceipt", returning.firstLine.get(code), code,
                        receipt.getNumber(), plain(received.byItem.get(code)), plain(already)));
            }
        });
        return problems;
    }

    /** Whether the receipt brought in the line's item, serials and batch; adds what it returns to the sums. */
    private static void checkLine(Received received, Returning returning, String receiptNumber, int lineNo,
            NewLine line, List<Problem> problems) {
        String code = line.item().getCode();
        if (!received.byItem.containsKey(code)) {
            problems.add(new Problem("line.item.notOnReceipt", lineNo, code, receiptNumber));
            return;
        }
        returning.byItem.merge(code, line.quantity().abs(), BigDecimal::add);
        returning.firstLine.putIfAbsent(code, lineNo);
        for (String serial : line.serials()) {
            if (!received.serials.contains(List.of(code, serial))) {
                problems.add(new Problem("line.serial.notOnReceipt", lineNo, code, serial, receiptNumber));
            }
        }
        if (line.batchNo() != null) {
            Reversal.BatchKey batch = new Reversal.BatchKey(code, line.batchNo());
            if (!received.byBatch.containsKey(batch)) {
                problems.add(new Problem("line.batch.notOnReceipt", lineNo, code, line.batchNo(), receiptNumber));
            } else {
                returning.byBatch.merge(batch, line.quantity().abs(), BigDecimal::add);
                returning.firstBatchLine.putIfAbsent(batch, lineNo);
            }
        }
    }

    private static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    /** What the receipt brought in: per item code, per batch, and its serials (item code and serial). */
    private record Received(Map<String, BigDecimal> byItem, Map<Reversal.BatchKey, BigDecimal> byBatch,
            Set<List<String>> serials) {

        static Received by(StockDocument receipt) {
            Received received = new Received(new TreeMap<>(), new HashMap<>(), new HashSet<>());
            for (DocumentLine line : receipt.getLines()) {
                String code = line.getItem().getCode();
                received.byItem.merge(code, line.getQuantity(), BigDecimal::add);
                line.getSerials().forEach(serial -> received.serials.add(List.of(code, serial)));
                if (line.getBatchNo() != null) {
                    received.byBatch.merge(new Reversal.BatchKey(code, line.getBatchNo()), line.getQuantity(),
                            BigDecimal::add);
                }
            }
            return received;
        }
    }

    /** What this return takes back, per item and per batch (positive), and the first line that names each. */
    private static final class Returning {
        private final Map<String, BigDecimal> byItem = new TreeMap<>();
        private final Map<String, Integer> firstLine = new TreeMap<>();
        private final Map<Reversal.BatchKey, BigDecimal> byBatch = new HashMap<>();
        private final Map<Reversal.BatchKey, Integer> firstBatchLine = new HashMap<>();
    }
}
