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
 * What a red-ink return may take back: a material return names a reviewed blue receipt of the same
 * store, a return to stock a reviewed blue issue of it; it gives back only items, serials and
 * batches that document moved, and, with the other returns of it, never more of an item or of a
 * batch than it moved. A document of any other category names none. (The problems speak of the
 * receipt and of what it brought in, or of the issue and what it took out: {@link Keys}.)
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
        if (!category.reversesADocument()) {
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
        Keys of = category.type() == DocumentType.OTHER_INBOUND ? Keys.RECEIPT : Keys.ISSUE;
        if (receipt.getType() != category.type() || !receipt.getCategory().takesReturns()
                || receipt.getStatus() != DocumentStatus.REVIEWED
                || !receipt.getStore().getCode().equals(store.getCode())) {
            problems.add(new Problem(of.invalid(), receipt.getNumber(), store.getCode()));
            return problems;
        }
        Received received = Received.by(receipt);
        Returning returning = new Returning();
        int lineNo = 0;
        for (NewLine line : newLines) {
            lineNo++;
            if (line.item() != null && line.quantity() != null) {
                checkLine(received, returning, receipt.getNumber(), of, lineNo, line, problems);
            }
        }
        returning.byBatch.forEach((batch, quantity) -> {
            BigDecimal already = reversal.alreadyReturnedFromBatches().getOrDefault(batch, BigDecimal.ZERO);
            if (quantity.add(already).compareTo(received.byBatch.get(batch)) > 0) {
                problems.add(new Problem(of.exceedsBatch(), returning.firstBatchLine.get(batch),
                        batch.itemCode(), batch.batchNo(), receipt.getNumber(), plain(received.byBatch.get(batch)),
                        plain(already)));
            }
        });
        returning.byItem.forEach((code, quantity) -> {
            BigDecimal already = reversal.alreadyReturned().getOrDefault(code, BigDecimal.ZERO);
            if (quantity.add(already).compareTo(received.byItem.get(code)) > 0) {
                problems.add(new Problem(of.exceeds(), returning.firstLine.get(code), code,
                        receipt.getNumber(), plain(received.byItem.get(code)), plain(already)));
            }
        });
        return problems;
    }

    /** Whether the receipt brought in the line's item, serials and batch; adds what it returns to the sums. */
    private static void checkLine(Received received, Returning returning, String receiptNumber, Keys of,
            int lineNo, NewLine line, List<Problem> problems) {
        String code = line.item().getCode();
        if (!received.byItem.containsKey(code)) {
            problems.add(new Problem(of.itemNotOn(), lineNo, code, receiptNumber));
            return;
        }
        returning.byItem.merge(code, line.quantity().abs(), BigDecimal::add);
        returning.firstLine.putIfAbsent(code, lineNo);
        for (String serial : line.serials()) {
            if (!received.serials.contains(List.of(code, serial))) {
                problems.add(new Problem(of.serialNotOn(), lineNo, code, serial, receiptNumber));
            }
        }
        if (line.batchNo() != null) {
            Reversal.BatchKey batch = new Reversal.BatchKey(code, line.batchNo());
            if (!received.byBatch.containsKey(batch)) {
                problems.add(new Problem(of.batchNotOn(), lineNo, code, line.batchNo(), receiptNumber));
            } else {
                returning.byBatch.merge(batch, line.quantity().abs(), BigDecimal::add);
                returning.firstBatchLine.putIfAbsent(batch, lineNo);
            }
        }
    }

    /** One line of a reviewed document and how much of it is left to give back (above zero). */
    public record LeftToReturn(DocumentLine line, BigDecimal quantity) {

        /** Whether nothing of the line was given back yet, so its serials all still may be. */
        public boolean whole() {
            return quantity.compareTo(line.getQuantity().abs()) == 0;
        }
    }

    /**
     * What is left to give back of each line of the reviewed document, in line order; lines nothing
     * is left of are left out. What other returns gave back of a batch is taken off that batch's
     * lines, the rest of what they gave back of an item off its lines without a batch, in order.
     */
    public static List<LeftToReturn> leftToReturn(Reversal reversal) {
        Map<String, BigDecimal> returned = new HashMap<>(reversal.alreadyReturned());
        Map<Reversal.BatchKey, BigDecimal> returnedOfBatch = new HashMap<>(reversal.alreadyReturnedFromBatches());
        List<DocumentLine> lines = reversal.receipt().getLines();
        Map<DocumentLine, BigDecimal> taken = new HashMap<>();
        for (DocumentLine line : lines) {
            if (line.getBatchNo() != null) {
                Reversal.BatchKey batch = new Reversal.BatchKey(line.getItem().getCode(), line.getBatchNo());
                taken.put(line, takeOff(returnedOfBatch, batch, line.getQuantity().abs()));
                returned.merge(batch.itemCode(), taken.get(line).negate(), BigDecimal::add);
            }
        }
        List<LeftToReturn> left = new ArrayList<>();
        for (DocumentLine line : lines) {
            BigDecimal moved = line.getQuantity().abs();
            BigDecimal given = line.getBatchNo() != null ? taken.get(line)
                    : takeOff(returned, line.getItem().getCode(), moved);
            if (moved.compareTo(given) > 0) {
                left.add(new LeftToReturn(line, moved.subtract(given)));
            }
        }
        return left;
    }

    /** Takes up to {@code most} off what is counted under the key, and answers how much it took. */
    private static <K> BigDecimal takeOff(Map<K, BigDecimal> counted, K key, BigDecimal most) {
        BigDecimal took = most.min(counted.getOrDefault(key, BigDecimal.ZERO).max(BigDecimal.ZERO));
        counted.merge(key, took.negate(), BigDecimal::add);
        return took;
    }

    /** The problems' keys for a return of a receipt, and of an issue. */
    private record Keys(String invalid, String itemNotOn, String serialNotOn, String batchNotOn, String exceeds,
            String exceedsBatch) {

        static final Keys RECEIPT = new Keys("document.reverses.invalid", "line.item.notOnReceipt",
                "line.serial.notOnReceipt", "line.batch.notOnReceipt", "line.quantity.exceedsReceipt",
                "line.quantity.exceedsReceiptBatch");
        static final Keys ISSUE = new Keys("document.reverses.invalidIssue", "line.item.notOnIssue",
                "line.serial.notOnIssue", "line.batch.notOnIssue", "line.quantity.exceedsIssue",
                "line.quantity.exceedsIssueBatch");
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
                received.byItem.merge(code, line.getQuantity().abs(), BigDecimal::add);
                line.getSerials().forEach(serial -> received.serials.add(List.of(code, serial)));
                if (line.getBatchNo() != null) {
                    received.byBatch.merge(new Reversal.BatchKey(code, line.getBatchNo()), line.getQuantity().abs(),
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
