package org.fieldstock.domain.stock;

import static org.fieldstock.domain.DomainFixtures.GREASE;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.PITCH_MOTOR;
import static org.fieldstock.domain.DomainFixtures.ZBET_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.assertQuantity;
import static org.fieldstock.domain.DomainFixtures.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.domain.shared.BusinessException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Batches, serial units and the issue suggestion built from them. */
class TrackedStockTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static StockBatch batch(String batchNo, LocalDate expiry, String onHand, Instant received) {
        StockBatch batch = new StockBatch(ZBET_GOOD, GREASE, batchNo, expiry, received);
        batch.apply(new BigDecimal(onHand), expiry, received);
        return batch;
    }

    @Nested
    class Batches {

        @Test
        void aBatchNeverGoesBelowZeroAndSaysByHowMuch() {
            StockBatch batch = batch("B1", TODAY.plusMonths(6), "3", NOW);

            BusinessException e = assertThrows(BusinessException.class,
                    () -> batch.apply(new BigDecimal("-5"), null, NOW));

            assertEquals("stock.batch.insufficient", onlyProblem(e).getMessageKey());
            assertArrayEquals(new Object[] {"CS-GRS-0001", "B1", "ZBET-G", "3", "2"}, e.getProblems().get(0)
                    .getArguments());
            assertQuantity("3", batch.getOnHand());
        }

        @Test
        void goodsWithAnotherExpiryDoNotJoinABatchThatHasStock() {
            StockBatch batch = batch("B1", TODAY.plusMonths(6), "3", NOW);

            BusinessException e = assertThrows(BusinessException.class,
                    () -> batch.apply(BigDecimal.ONE, TODAY.plusMonths(7), NOW));

            assertEquals("stock.batch.otherExpiry", onlyProblem(e).getMessageKey());
        }

        @Test
        void anEmptyBatchTakesTheCorrectedExpiry() {
            StockBatch batch = batch("B1", TODAY.plusMonths(6), "3", NOW);
            batch.apply(new BigDecimal("-3"), null, NOW);

            batch.apply(new BigDecimal("3"), TODAY.plusMonths(9), NOW);

            assertEquals(TODAY.plusMonths(9), batch.getExpiryDate());
        }

        @Test
        void goodsComingBackKeepTheBatchExpiry() {
            StockBatch batch = batch("B1", TODAY.plusMonths(6), "3", NOW);
            batch.apply(new BigDecimal("-1"), null, NOW);

            batch.apply(BigDecimal.ONE, null, NOW);

            assertQuantity("3", batch.getOnHand());
            assertEquals(TODAY.plusMonths(6), batch.getExpiryDate());
        }
    }

    @Nested
    class Serials {

        @Test
        void aUnitIsInOneStoreAtATime() {
            SerialUnit unit = new SerialUnit(PITCH_MOTOR, "PM-1");
            unit.enter(ZBET_GOOD, NOW);

            BusinessException e = assertThrows(BusinessException.class, () -> unit.enter(ZBET_DAMAGED, NOW));

            assertArrayEquals(new Object[] {"SP-PIT-0001", "PM-1", "ZBET-G", "ZBET-D"},
                    onlyProblem(e).getArguments());
            assertEquals("ZBET-G", unit.getStore().getCode());
        }

        @Test
        void aUnitLeavesOnlyTheStoreItIsIn() {
            SerialUnit unit = new SerialUnit(PITCH_MOTOR, "PM-1");
            unit.enter(ZBET_GOOD, NOW);

            BusinessException e = assertThrows(BusinessException.class, () -> unit.leave(ZBET_DAMAGED));
            assertEquals("stock.serial.notInStore", onlyProblem(e).getMessageKey());

            unit.leave(ZBET_GOOD);
            assertNull(unit.getStore());
            unit.enter(ZBET_DAMAGED, NOW);
            assertEquals("ZBET-D", unit.getStore().getCode());
        }
    }

    @Nested
    class Suggestions {

        @Test
        void nearestExpiryFirstSkippingExpiredBatches() {
            List<StockBatch> fefoOrder = List.of(
                    batch("OLD", TODAY.minusDays(1), "5", NOW),
                    batch("SOON", TODAY.plusMonths(1), "2", NOW),
                    batch("LATER", TODAY.plusMonths(8), "10", NOW));

            IssueSuggestion suggestion = IssueSuggestion.fromBatches(fefoOrder, new BigDecimal("5"), TODAY,
                    java.util.Map.of());

            assertEquals(List.of(new IssueSuggestion.BatchPick("SOON", TODAY.plusMonths(1), new BigDecimal("2")),
                    new IssueSuggestion.BatchPick("LATER", TODAY.plusMonths(8), new BigDecimal("3"))),
                    suggestion.batches());
            assertQuantity("0", suggestion.shortfall());
        }

        @Test
        void whatTheBatchesCannotCoverIsTheShortfall() {
            IssueSuggestion suggestion = IssueSuggestion.fromBatches(
                    List.of(batch("B1", TODAY.plusMonths(1), "2", NOW)), new BigDecimal("5"), TODAY, java.util.Map.of());

            assertQuantity("3", suggestion.shortfall());
        }

        @Test
        void whatOtherLinesAlreadyTakeIsLeftOut() {
            List<StockBatch> fefoOrder = List.of(batch("SOON", TODAY.plusMonths(1), "2", NOW),
                    batch("LATER", TODAY.plusMonths(8), "10", NOW));

            IssueSuggestion suggestion = IssueSuggestion.fromBatches(fefoOrder, new BigDecimal("3"), TODAY,
                    java.util.Map.of("SOON", new BigDecimal("2")));

            assertEquals(List.of(new IssueSuggestion.BatchPick("LATER", TODAY.plusMonths(8), new BigDecimal("3"))),
                    suggestion.batches());

            SerialUnit first = new SerialUnit(PITCH_MOTOR, "PM-1");
            first.enter(ZBET_GOOD, NOW);
            SerialUnit second = new SerialUnit(PITCH_MOTOR, "PM-2");
            second.enter(ZBET_GOOD, NOW.plusSeconds(1));
            assertEquals(List.of("PM-2"), IssueSuggestion.fromSerials(List.of(first, second), BigDecimal.ONE,
                    java.util.Set.of("PM-1")).serials());
        }

        @Test
        void anAbsurdQuantityOfSerialsIsAShortfallNotAnError() {
            SerialUnit unit = new SerialUnit(PITCH_MOTOR, "PM-1");
            unit.enter(ZBET_GOOD, NOW);

            IssueSuggestion suggestion = IssueSuggestion.fromSerials(List.of(unit), new BigDecimal("1E+12"),
                    java.util.Set.of());

            assertEquals(List.of("PM-1"), suggestion.serials());
            assertQuantity("999999999999", suggestion.shortfall());
        }

        @Test
        void serialsFirstArrivedFirst() {
            SerialUnit first = new SerialUnit(PITCH_MOTOR, "PM-7");
            first.enter(ZBET_GOOD, NOW);
            SerialUnit second = new SerialUnit(PITCH_MOTOR, "PM-2");
            second.enter(ZBET_GOOD, NOW.plusSeconds(60));

            IssueSuggestion suggestion = IssueSuggestion.fromSerials(List.of(first, second), new BigDecimal("3"),
                    java.util.Set.of());

            assertEquals(List.of("PM-7", "PM-2"), suggestion.serials());
            assertQuantity("1", suggestion.shortfall());
        }
    }
}
