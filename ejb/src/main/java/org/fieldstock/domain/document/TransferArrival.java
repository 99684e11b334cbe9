package org.fieldstock.domain.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.Problem;

/**
 * What the receiver may record as arrived on a saved transfer-in: the date, and per line sent the
 * units damaged on arrival (booked into the receiving unit's damaged store, so there must be one; a
 * damaged transfer cannot arrive damaged again) and the units missing, together no more than was
 * sent, in the item's units, naming for a serial-tracked item which serials of those sent; and, once
 * checked, how it is written onto the lines.
 */
public final class TransferArrival {

    /** Longest list of damaged or missing serials of one line, comma-separated (the columns' width). */
    public static final int MAX_SERIALS_LENGTH = 2000;

    private TransferArrival() {
    }

    /** Every problem of recording the arrivals on the document, by the document's line numbers. */
    public static List<Problem> check(StockDocument transferIn, LocalDate arrivalDate, Store receivingDamagedStore,
            List<Arrival> arrivals) {
        List<Problem> problems = new ArrayList<>();
        DocumentCategory category = transferIn.getCategory();
        if (category != DocumentCategory.GOOD_TRANSFER_IN && category != DocumentCategory.DAMAGED_TRANSFER_IN) {
            problems.add(new Problem("arrival.notATransferIn", transferIn.getNumber()));
            return problems;
        }
        if (arrivalDate == null) {
            problems.add(new Problem("arrival.date.required"));
        }
        Set<Integer> seen = new HashSet<>();
        for (Arrival arrival : arrivals) {
            DocumentLine line = transferIn.getLines().stream().filter(l -> l.getLineNo() == arrival.lineNo())
                    .findFirst().orElse(null);
            if (line == null || !seen.add(arrival.lineNo())) {
                problems.add(new Problem("arrival.line.unknown", arrival.lineNo(), transferIn.getNumber()));
                continue;
            }
            int lineNo = arrival.lineNo();
            String itemCode = line.getItem().getCode();
            if (arrival.damaged().signum() < 0 || arrival.missing().signum() < 0) {
                problems.add(new Problem("arrival.quantity.negative", lineNo, itemCode));
                continue;
            }
            if (arrival.damaged().add(arrival.missing()).compareTo(line.getQuantity()) > 0) {
                problems.add(new Problem("arrival.quantity.moreThanSent", lineNo, itemCode,
                        line.getQuantity().stripTrailingZeros().toPlainString()));
                continue;
            }
            for (BigDecimal part : List.of(arrival.damaged(), arrival.missing())) {
                if (!Quantity.inUnitsOf(part, line.getItem())) {
                    problems.add(new Problem("line.quantity.wholeUnits", lineNo, itemCode,
                            part.stripTrailingZeros().toPlainString(), line.getItem().getUnitEn()));
                }
            }
            if (arrival.damaged().signum() > 0 && category == DocumentCategory.DAMAGED_TRANSFER_IN) {
                problems.add(new Problem("arrival.damaged.alreadyDamaged", lineNo, itemCode));
            }
            if (arrival.damaged().signum() > 0 && receivingDamagedStore == null) {
                problems.add(new Problem("arrival.damaged.noDamagedStore", transferIn.getStore().getOwner().getCode()));
            }
            checkSerials(line, arrival, problems);
        }
        return problems;
    }

    /**
     * Writes the (checked) arrivals onto the lines, a line not named having arrived in good order;
     * whether any units arrived damaged.
     */
    static boolean record(List<DocumentLine> lines, List<Arrival> arrivals) {
        Map<Integer, Arrival> byLine = new HashMap<>();
        arrivals.forEach(arrival -> byLine.put(arrival.lineNo(), arrival));
        boolean anyDamaged = false;
        for (DocumentLine line : lines) {
            Arrival arrival = byLine.getOrDefault(line.getLineNo(), new Arrival(line.getLineNo(), null, null));
            line.recordArrival(arrival.damaged(), arrival.missing(), arrival.damagedSerials(), arrival.missingSerials());
            anyDamaged |= arrival.damaged().signum() > 0;
        }
        return anyDamaged;
    }

    /** The serials named damaged or missing: one per unit, among those sent, each once. */
    private static void checkSerials(DocumentLine line, Arrival arrival, List<Problem> problems) {
        int lineNo = arrival.lineNo();
        String itemCode = line.getItem().getCode();
        List<String> named = new ArrayList<>(arrival.damagedSerials());
        named.addAll(arrival.missingSerials());
        if (!line.getItem().isSerialTracked()) {
            if (!named.isEmpty()) {
                problems.add(new Problem("line.serials.notTracked", lineNo, itemCode));
            }
            return;
        }
        if (BigDecimal.valueOf(arrival.damagedSerials().size()).compareTo(arrival.damaged()) != 0) {
            problems.add(new Problem("arrival.serials.damagedCount", lineNo, itemCode,
                    arrival.damaged().stripTrailingZeros().toPlainString(), arrival.damagedSerials().size()));
        }
        if (BigDecimal.valueOf(arrival.missingSerials().size()).compareTo(arrival.missing()) != 0) {
            problems.add(new Problem("arrival.serials.missingCount", lineNo, itemCode,
                    arrival.missing().stripTrailingZeros().toPlainString(), arrival.missingSerials().size()));
        }
        for (List<String> serials : List.of(arrival.damagedSerials(), arrival.missingSerials())) {
            if (String.join(",", serials).length() > MAX_SERIALS_LENGTH) {
                problems.add(new Problem("arrival.serials.tooMany", lineNo, itemCode));
            }
        }
        Set<String> distinct = new HashSet<>();
        for (String serial : named) {
            if (!line.getSerials().contains(serial)) {
                problems.add(new Problem("arrival.serial.notSent", lineNo, itemCode, serial));
            } else if (!distinct.add(serial)) {
                problems.add(new Problem("line.serial.repeated", lineNo, itemCode, serial));
            }
        }
    }
}
