package org.fieldstock.domain.failedpart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When a site's damaged parts go back to the repair hub (3篇 1.5.3): every {@code days} days, or at
 * once when what waits fills {@code volumeM3} cubic metres. Both are settings.
 */
public record ReturnCycle(int days, BigDecimal volumeM3) {

    public static final ReturnCycle DEFAULT = new ReturnCycle(15, new BigDecimal("3"));

    public ReturnCycle {
        if (days < 1) {
            throw new IllegalArgumentException("a return cycle of " + days + " days");
        }
        if (Objects.requireNonNull(volumeM3).signum() <= 0) {
            throw new IllegalArgumentException("a return volume of " + volumeM3 + " m³");
        }
    }

    /** Where a site's return stands. */
    public enum ReturnStatus {
        /** Nothing waits in the damaged store. */
        NOTHING_WAITING,
        /** Parts wait, neither old nor bulky enough yet. */
        WAITING,
        /** The return goes now: the cycle's last day has come, or what waits fills the volume. */
        DUE,
        /** The cycle's last day has passed with the parts still there. */
        OVERDUE
    }

    /**
     * The status of a site whose oldest waiting part came in on {@code oldest} (null: nothing waits)
     * and whose waiting parts take {@code volume} m³, on {@code today}.
     */
    public ReturnStatus status(LocalDate oldest, BigDecimal volume, LocalDate today) {
        if (oldest == null) {
            return ReturnStatus.NOTHING_WAITING;
        }
        long age = ageInDays(oldest, today);
        if (age > days) {
            return ReturnStatus.OVERDUE;
        }
        if (age == days || volume != null && volume.compareTo(volumeM3) >= 0) {
            return ReturnStatus.DUE;
        }
        return ReturnStatus.WAITING;
    }

    /** Days since the part came in: 0 on its day. */
    public static long ageInDays(LocalDate since, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(since, today));
    }
}
