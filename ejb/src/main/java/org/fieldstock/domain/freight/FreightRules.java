package org.fieldstock.domain.freight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.fieldstock.domain.shared.Problem;

/**
 * The freight rules of 3篇 3.2 with their thresholds (settings): a hired vehicle within the reference
 * price plus {@code vehicleTolerancePercent} needs no request, above it the BU's; air freight always
 * the BU manager's; express up to {@code expressSiteLimit} yuan the site decides, above it the BU's.
 */
public record FreightRules(BigDecimal vehicleTolerancePercent, BigDecimal expressSiteLimit) implements java.io.Serializable {

    public static final FreightRules SEED = new FreightRules(BigDecimal.TEN, new BigDecimal("200"));

    /** The most a hired vehicle may cost on a route of that reference price without a request. */
    public BigDecimal vehicleLimit(BigDecimal referencePrice) {
        return referencePrice.multiply(BigDecimal.ONE.add(vehicleTolerancePercent.movePointLeft(2)))
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** Whose approval the shipment needs. */
    public FreightApproval approvalFor(FreightMode mode, BigDecimal amount, BigDecimal referencePrice) {
        return switch (mode) {
            case HIRED_VEHICLE -> amount.compareTo(vehicleLimit(referencePrice)) <= 0 ? FreightApproval.SITE_DECIDES
                    : FreightApproval.BU;
            case AIR -> FreightApproval.BU_MANAGER;
            case EXPRESS -> amount.compareTo(expressSiteLimit) <= 0 ? FreightApproval.SITE_DECIDES : FreightApproval.BU;
        };
    }

    /** What is wrong with a shipment's figures: an amount above zero; a hired vehicle names its reference price. */
    public static List<Problem> problems(FreightMode mode, BigDecimal amount, BigDecimal referencePrice) {
        List<Problem> problems = new ArrayList<>();
        if (mode == null) {
            problems.add(new Problem("freight.mode.required"));
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            problems.add(new Problem("freight.amount.invalid", amount == null ? "" : amount.toPlainString()));
        }
        if (mode == FreightMode.HIRED_VEHICLE && (referencePrice == null || referencePrice.signum() <= 0)) {
            problems.add(new Problem("freight.reference.required"));
        }
        return problems;
    }
}
