package org.fieldstock.domain.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What to issue for a quantity of an item: batches nearest expiry first (then first received
 * first), skipping expired ones, and serials first arrived first. What the store cannot cover is
 * the shortfall.
 */
public record IssueSuggestion(List<BatchPick> batches, List<String> serials, BigDecimal shortfall) {

    public IssueSuggestion {
        batches = List.copyOf(batches);
        serials = List.copyOf(serials);
    }

    /** Take this much from that batch. */
    public record BatchPick(String batchNo, LocalDate expiryDate, BigDecimal quantity) {
    }

    /** Batches in the order the ledger lists them (nearest expiry, then first received). */
    public static IssueSuggestion fromBatches(List<StockBatch> batches, BigDecimal quantity, LocalDate today) {
        List<BatchPick> picks = new ArrayList<>();
        BigDecimal open = quantity;
        for (StockBatch batch : batches) {
            if (open.signum() <= 0) {
                break;
            }
            if (batch.getExpiryDate().isBefore(today) || batch.getOnHand().signum() <= 0) {
                continue;
            }
            BigDecimal take = batch.getOnHand().min(open);
            picks.add(new BatchPick(batch.getBatchNo(), batch.getExpiryDate(), take));
            open = open.subtract(take);
        }
        return new IssueSuggestion(picks, List.of(), open.max(BigDecimal.ZERO));
    }

    /** Serials in the order they arrived; quantity is a whole number of units. */
    public static IssueSuggestion fromSerials(List<SerialUnit> units, BigDecimal quantity) {
        int wanted = quantity.setScale(0, java.math.RoundingMode.CEILING).intValueExact();
        List<String> serials = units.stream().limit(Math.max(wanted, 0)).map(SerialUnit::getSerialNo).toList();
        return new IssueSuggestion(List.of(), serials, BigDecimal.valueOf(Math.max(wanted - serials.size(), 0)));
    }

    /** For an item tracked neither way: only whether the store has enough. */
    public static IssueSuggestion fromBalance(BigDecimal onHand, BigDecimal quantity) {
        return new IssueSuggestion(List.of(), List.of(), quantity.subtract(onHand).max(BigDecimal.ZERO));
    }
}
