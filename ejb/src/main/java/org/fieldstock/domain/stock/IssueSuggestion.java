package org.fieldstock.domain.stock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * Batches in the order the ledger lists them (nearest expiry, then first received), less what
     * other lines of the document already take from each.
     */
    public static IssueSuggestion fromBatches(List<StockBatch> batches, BigDecimal quantity, LocalDate today,
            Map<String, BigDecimal> alreadyTaken) {
        List<BatchPick> picks = new ArrayList<>();
        BigDecimal open = quantity;
        for (StockBatch batch : batches) {
            BigDecimal available = batch.getOnHand().subtract(alreadyTaken.getOrDefault(batch.getBatchNo(),
                    BigDecimal.ZERO));
            if (open.signum() <= 0) {
                break;
            }
            if (batch.getExpiryDate().isBefore(today) || available.signum() <= 0) {
                continue;
            }
            BigDecimal take = available.min(open);
            picks.add(new BatchPick(batch.getBatchNo(), batch.getExpiryDate(), take));
            open = open.subtract(take);
        }
        return new IssueSuggestion(picks, List.of(), open.max(BigDecimal.ZERO));
    }

    /** Serials in the order they arrived, less those other lines of the document already name. */
    public static IssueSuggestion fromSerials(List<SerialUnit> units, BigDecimal quantity, Set<String> alreadyTaken) {
        BigDecimal wanted = quantity.setScale(0, RoundingMode.CEILING);
        List<String> serials = units.stream().map(SerialUnit::getSerialNo).filter(s -> !alreadyTaken.contains(s))
                .limit(wanted.min(BigDecimal.valueOf(units.size())).longValue()).toList();
        return new IssueSuggestion(List.of(), serials,
                wanted.subtract(BigDecimal.valueOf(serials.size())).max(BigDecimal.ZERO));
    }

    /** For an item tracked neither way: only whether the store has enough. */
    public static IssueSuggestion fromBalance(BigDecimal onHand, BigDecimal quantity) {
        return new IssueSuggestion(List.of(), List.of(), quantity.subtract(onHand).max(BigDecimal.ZERO));
    }
}
