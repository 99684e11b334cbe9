package org.fieldstock.domain.failedpart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Damaged parts go back every 15 days, or at once when they fill 3 m³. */
class ReturnCycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @ParameterizedTest(name = "oldest {0} days, {1} m³: {2}")
    @CsvSource({
            "0,  0.10, WAITING",
            "14, 2.99, WAITING",
            "15, 0.10, DUE",
            "3,  3.00, DUE",
            "3,  4.20, DUE",
            "16, 0.10, OVERDUE",
            "40, 5.00, OVERDUE"})
    void theCycleAndTheVolumeDecide(int age, String volume, ReturnCycle.ReturnStatus expected) {
        assertEquals(expected, ReturnCycle.DEFAULT.status(TODAY.minusDays(age), new BigDecimal(volume), TODAY));
    }

    @Test
    void nothingWaitingIsNothingDue() {
        assertEquals(ReturnCycle.ReturnStatus.NOTHING_WAITING, ReturnCycle.DEFAULT.status(null, BigDecimal.ZERO, TODAY));
    }

    @Test
    void anotherCycleIsASetting() {
        ReturnCycle weekly = new ReturnCycle(7, new BigDecimal("1.5"));
        assertEquals(ReturnCycle.ReturnStatus.OVERDUE, weekly.status(TODAY.minusDays(8), BigDecimal.ZERO, TODAY));
        assertEquals(ReturnCycle.ReturnStatus.DUE, weekly.status(TODAY, new BigDecimal("1.5"), TODAY));
        assertThrows(IllegalArgumentException.class, () -> new ReturnCycle(0, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> new ReturnCycle(15, BigDecimal.ZERO));
    }
}
