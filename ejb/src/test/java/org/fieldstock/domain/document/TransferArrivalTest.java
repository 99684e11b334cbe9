package org.fieldstock.domain.document;

import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.DATE;
import static org.fieldstock.domain.DomainFixtures.GEARBOX;
import static org.fieldstock.domain.DomainFixtures.GREASE;
import static org.fieldstock.domain.DomainFixtures.HYDRAULIC_OIL;
import static org.fieldstock.domain.DomainFixtures.LATER;
import static org.fieldstock.domain.DomainFixtures.NC_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.NC_GOOD;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.PITCH_MOTOR;
import static org.fieldstock.domain.DomainFixtures.ZBET_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.assertQuantity;
import static org.fieldstock.domain.DomainFixtures.batchLine;
import static org.fieldstock.domain.DomainFixtures.document;
import static org.fieldstock.domain.DomainFixtures.keys;
import static org.fieldstock.domain.DomainFixtures.line;
import static org.fieldstock.domain.DomainFixtures.onlyProblem;
import static org.fieldstock.domain.DomainFixtures.serialLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What arrives on a transfer-in: units damaged on arrival are booked into the receiving unit's
 * damaged store, missing units into no store, the rest into the document's own store; and
 * unreviewing takes back exactly that split.
 */
class TransferArrivalTest {

    private static final LocalDate ARRIVED = DATE.plusDays(4);
    private static final LocalDate EXPIRY = DATE.plusMonths(20);

    /** A saved good transfer-in into North China's good store, as a slip's review generates it. */
    private static StockDocument transferIn(NewLine... lines) {
        return new StockDocument("IN-2026-000001", DocumentCategory.GOOD_TRANSFER_IN, NC_GOOD, null, DATE,
                "TR-2026-000001", List.of(lines), "planner", NOW);
    }

    private static Arrival damaged(int lineNo, String quantity, String... serials) {
        return new Arrival(lineNo, new BigDecimal(quantity), null, List.of(serials), List.of());
    }

    private static Arrival missing(int lineNo, String quantity, String... serials) {
        return new Arrival(lineNo, null, new BigDecimal(quantity), List.of(), List.of(serials));
    }

    private static void arrive(StockDocument document, Arrival... arrivals) {
        document.recordArrival(ARRIVED, NC_DAMAGED, List.of(arrivals), "keeper", LATER);
    }

    private static BusinessException invalid(Executable action) {
        BusinessException e = assertThrows(BusinessException.class, action);
        assertEquals(BusinessException.Kind.INVALID, e.getKind());
        return e;
    }

    private static void assertMovement(StockMovement movement, String store, String item, String delta) {
        assertEquals(store, movement.store().getCode());
        assertEquals(item, movement.item().getCode());
        assertQuantity(delta, movement.delta());
    }

    @Test
    void whatATransferBroughtInIsNotReversedByAMaterialReturn() {
        StockDocument in = transferIn(line(GEARBOX, "5"));
        arrive(in, missing(1, "2"));
        in.review("accountant", LATER);

        List<Problem> problems = RedInkReturnPolicy.check(DocumentCategory.MATERIAL_RETURN, NC_GOOD,
                new Reversal(in, java.util.Map.of()), List.of(line(GEARBOX, "-5")));

        assertEquals(List.of(new Problem("document.reverses.transfer", "IN-2026-000001")), problems,
                "goods go back on a slip, or a return could take back the units that never arrived");
    }

    @Nested
    class Booking {

        @Test
        void withNothingRecordedEverythingArrivesGood() {
            StockDocument in = transferIn(line(GEARBOX, "5"));

            List<StockMovement> movements = in.review("accountant", LATER);

            assertEquals(1, movements.size());
            assertMovement(movements.get(0), "NC-G", "SP-GBX-0001", "5");
            assertNull(in.getDamagedStore());
        }

        @Test
        void damagedUnitsGoToTheDamagedStoreAndMissingUnitsNowhere() {
            StockDocument in = transferIn(line(GEARBOX, "5"));
            arrive(in, new Arrival(1, new BigDecimal("1"), new BigDecimal("2")));

            List<StockMovement> movements = in.review("accountant", LATER);

            assertEquals(2, movements.size(), "good and damaged store, in store-code order");
            assertMovement(movements.get(0), "NC-D", "SP-GBX-0001", "1");
            assertMovement(movements.get(1), "NC-G", "SP-GBX-0001", "2");
            DocumentLine line = in.getLines().get(0);
            assertQuantity("5", line.getQuantity());
            assertQuantity("1", line.getDamagedOnArrival());
            assertQuantity("2", line.getMissingOnArrival());
            assertQuantity("2", line.getArrivedGood());
            assertSame(NC_DAMAGED, in.getDamagedStore());
            assertQuantity("2", in.missingOnArrival());
        }

        @Test
        void onlyMissingUnitsBookTheRestIntoTheGoodStoreAlone() {
            StockDocument in = transferIn(line(GEARBOX, "5"));
            arrive(in, missing(1, "1"));

            List<StockMovement> movements = in.review("accountant", LATER);

            assertEquals(1, movements.size());
            assertMovement(movements.get(0), "NC-G", "SP-GBX-0001", "4");
            assertNull(in.getDamagedStore(), "no damaged units, no damaged store");
        }

        @Test
        void aLineThatDidNotArriveAtAllMovesNothing() {
            StockDocument in = transferIn(line(GEARBOX, "2"), line(BOLT, "10"));
            arrive(in, missing(1, "2"));

            List<StockMovement> movements = in.review("accountant", LATER);

            assertEquals(1, movements.size());
            assertMovement(movements.get(0), "NC-G", "SP-BLT-0003", "10");
        }

        @Test
        void aLineThatArrivedAllDamagedBooksOnlyTheDamagedStore() {
            StockDocument in = transferIn(line(GEARBOX, "2"));
            arrive(in, damaged(1, "2"));

            List<StockMovement> movements = in.review("accountant", LATER);

            assertEquals(1, movements.size());
            assertMovement(movements.get(0), "NC-D", "SP-GBX-0001", "2");
        }

        @Test
        void linesOfOneItemAddUpPerStore() {
            StockDocument in = transferIn(line(BOLT, "10"), line(BOLT, "6"));
            arrive(in, damaged(1, "3"), new Arrival(2, new BigDecimal("1"), new BigDecimal("1")));

            List<StockMovement> movements = in.review("accountant", LATER);

            assertEquals(2, movements.size());
            assertMovement(movements.get(0), "NC-D", "SP-BLT-0003", "4");
            assertMovement(movements.get(1), "NC-G", "SP-BLT-0003", "11");
        }

        @Test
        void decimalsOfAMeasuredItemSplitExactly() {
            StockDocument in = transferIn(line(HYDRAULIC_OIL, "20.5"));
            arrive(in, new Arrival(1, new BigDecimal("0.25"), new BigDecimal("1.25")));

            List<StockMovement> movements = in.review("accountant", LATER);

            assertMovement(movements.get(0), "NC-D", "CS-HYD-0002", "0.25");
            assertMovement(movements.get(1), "NC-G", "CS-HYD-0002", "19");
        }

        @Test
        void damagedSerialsGoToTheDamagedStoreAndMissingSerialsNowhere() {
            StockDocument in = transferIn(serialLine(PITCH_MOTOR, "4", "PM-1", "PM-2", "PM-3", "PM-4"));
            arrive(in, new Arrival(1, BigDecimal.ONE, BigDecimal.ONE, List.of("PM-3"), List.of("PM-2")));

            List<StockMovement> movements = in.review("accountant", LATER);

            assertEquals(2, movements.size());
            assertMovement(movements.get(0), "NC-D", "SP-PIT-0001", "1");
            assertEquals(List.of("PM-3"), movements.get(0).serials());
            assertMovement(movements.get(1), "NC-G", "SP-PIT-0001", "2");
            assertEquals(List.of("PM-1", "PM-4"), movements.get(1).serials());
            DocumentLine line = in.getLines().get(0);
            assertEquals(List.of("PM-3"), line.getDamagedSerials());
            assertEquals(List.of("PM-2"), line.getMissingSerials());
            assertEquals(List.of("PM-1", "PM-4"), line.getArrivedGoodSerials());
            assertEquals(List.of("PM-1", "PM-2", "PM-3", "PM-4"), line.getSerials(), "the line still says what was sent");
        }

        @Test
        void damagedUnitsOfABatchKeepTheirBatchAndExpiry() {
            StockDocument in = transferIn(batchLine(GREASE, "5", "B-1", EXPIRY));
            arrive(in, new Arrival(1, new BigDecimal("2"), new BigDecimal("1")));

            List<StockMovement> movements = in.review("accountant", LATER);

            assertEquals(List.of(new StockMovement.BatchDelta("B-1", EXPIRY, new BigDecimal("2"))),
                    movements.get(0).batches());
            assertEquals("NC-D", movements.get(0).store().getCode());
            assertEquals(List.of(new StockMovement.BatchDelta("B-1", EXPIRY, new BigDecimal("2"))),
                    movements.get(1).batches());
            assertEquals("NC-G", movements.get(1).store().getCode());
        }

        @Test
        void missingUnitsOfADamagedTransferInAreLeftOutToo() {
            StockDocument in = document(DocumentCategory.DAMAGED_TRANSFER_IN, NC_DAMAGED, line(GEARBOX, "3"));
            in.recordArrival(ARRIVED, null, List.of(missing(1, "1")), "keeper", LATER);

            List<StockMovement> movements = in.review("accountant", LATER);

            assertEquals(1, movements.size());
            assertMovement(movements.get(0), "NC-D", "SP-GBX-0001", "2");
        }

        @Test
        void unreviewReversesExactlyTheSameSplit() {
            StockDocument in = transferIn(serialLine(PITCH_MOTOR, "3", "PM-1", "PM-2", "PM-3"), line(BOLT, "10"));
            arrive(in, new Arrival(1, BigDecimal.ONE, BigDecimal.ONE, List.of("PM-1"), List.of("PM-3")),
                    new Arrival(2, new BigDecimal("4"), new BigDecimal("5")));
            List<StockMovement> booked = in.review("accountant", LATER);

            List<StockMovement> reversed = in.unreview("accountant", LATER);

            assertEquals(booked.size(), reversed.size());
            assertEquals(4, reversed.size());
            for (int i = 0; i < booked.size(); i++) {
                assertEquals(booked.get(i).store().getCode(), reversed.get(i).store().getCode());
                assertEquals(booked.get(i).item().getCode(), reversed.get(i).item().getCode());
                assertQuantity(booked.get(i).delta().negate().toPlainString(), reversed.get(i).delta());
                assertEquals(booked.get(i).serials(), reversed.get(i).serials());
            }
            assertMovement(reversed.get(0), "NC-D", "SP-BLT-0003", "-4");
            assertMovement(reversed.get(1), "NC-G", "SP-BLT-0003", "-1");
            assertMovement(reversed.get(2), "NC-D", "SP-PIT-0001", "-1");
            assertEquals(List.of("PM-1"), reversed.get(2).serials());
            assertMovement(reversed.get(3), "NC-G", "SP-PIT-0001", "-1");
            assertEquals(List.of("PM-2"), reversed.get(3).serials());
        }

        @Test
        void recordingAgainReplacesTheEarlierRecordAndSetsTheArrivalDate() {
            StockDocument in = transferIn(line(GEARBOX, "5"), line(BOLT, "10"));
            arrive(in, damaged(1, "1"), missing(2, "3"));

            in.recordArrival(ARRIVED.plusDays(1), NC_DAMAGED, List.of(missing(1, "2")), "accountant", LATER);

            assertEquals(ARRIVED.plusDays(1), in.getDocumentDate());
            assertQuantity("0", in.getLines().get(0).getDamagedOnArrival());
            assertQuantity("2", in.getLines().get(0).getMissingOnArrival());
            assertQuantity("0", in.getLines().get(1).getMissingOnArrival()); // a line not named arrived in good order
            assertNull(in.getDamagedStore());
            assertEquals("accountant", in.getModifiedBy());
            List<StockMovement> movements = in.review("accountant", LATER);
            assertMovement(movements.get(0), "NC-G", "SP-BLT-0003", "10");
            assertMovement(movements.get(1), "NC-G", "SP-GBX-0001", "3");
        }

        @Test
        void recordingTheArrivalIsKeptInTheHistory() {
            StockDocument in = transferIn(line(GEARBOX, "5"));

            arrive(in, damaged(1, "1"));

            DocumentEvent last = in.recordedEvents().get(in.recordedEvents().size() - 1);
            assertEquals(DocumentEventType.MODIFIED, last.getType());
            assertTrue(last.getChanges().stream().anyMatch(change -> change.field().equals("line")
                    && change.after().contains("damaged 1")), () -> "changes: " + last.getChanges());
            assertTrue(last.getChanges().stream().anyMatch(change -> change.field().equals("date")),
                    () -> "changes: " + last.getChanges());
        }
    }

    @Nested
    class Rules {

        @Test
        void moreDamagedAndMissingThanSentIsRefused() {
            StockDocument in = transferIn(line(GEARBOX, "5"));

            BusinessException e = invalid(() -> arrive(in, new Arrival(1, new BigDecimal("3"), new BigDecimal("3"))));

            assertEquals(new Problem("arrival.quantity.moreThanSent", 1, "SP-GBX-0001", "5"), onlyProblem(e));
        }

        @Test
        void exactlyAllSentMayBeDamagedOrMissing() {
            StockDocument in = transferIn(line(GEARBOX, "5"));

            arrive(in, new Arrival(1, new BigDecimal("2"), new BigDecimal("3")));

            assertQuantity("0", in.getLines().get(0).getArrivedGood());
        }

        @Test
        void negativeQuantitiesAreRefused() {
            StockDocument in = transferIn(line(GEARBOX, "5"));

            assertEquals(new Problem("arrival.quantity.negative", 1, "SP-GBX-0001"),
                    onlyProblem(invalid(() -> arrive(in, damaged(1, "-1")))));
            assertEquals(new Problem("arrival.quantity.negative", 1, "SP-GBX-0001"),
                    onlyProblem(invalid(() -> arrive(in, missing(1, "-1")))));
        }

        @Test
        void partsOfAUnitOfAWholeUnitItemAreRefused() {
            StockDocument in = transferIn(line(GEARBOX, "5"));

            BusinessException e = invalid(() -> arrive(in, damaged(1, "0.5")));

            assertEquals(new Problem("line.quantity.wholeUnits", 1, "SP-GBX-0001", "0.5", "unit"), onlyProblem(e));
        }

        @Test
        void damagedSerialsMustBeAsManyAsDamagedUnits() {
            StockDocument in = transferIn(serialLine(PITCH_MOTOR, "2", "PM-1", "PM-2"));

            BusinessException e = invalid(() -> arrive(in, damaged(1, "1")));

            assertEquals(new Problem("arrival.serials.damagedCount", 1, "SP-PIT-0001", "1", 0), onlyProblem(e));
        }

        @Test
        void missingSerialsMustBeAsManyAsMissingUnits() {
            StockDocument in = transferIn(serialLine(PITCH_MOTOR, "2", "PM-1", "PM-2"));

            BusinessException e = invalid(() -> arrive(in, missing(1, "1", "PM-1", "PM-2")));

            assertEquals(new Problem("arrival.serials.missingCount", 1, "SP-PIT-0001", "1", 2), onlyProblem(e));
        }

        @Test
        void aSerialThatWasNotSentIsRefused() {
            StockDocument in = transferIn(serialLine(PITCH_MOTOR, "2", "PM-1", "PM-2"));

            BusinessException e = invalid(() -> arrive(in, missing(1, "1", "PM-7")));

            assertEquals(new Problem("arrival.serial.notSent", 1, "SP-PIT-0001", "PM-7"), onlyProblem(e));
        }

        @Test
        void aSerialBothDamagedAndMissingIsRefused() {
            StockDocument in = transferIn(serialLine(PITCH_MOTOR, "2", "PM-1", "PM-2"));

            BusinessException e = invalid(() -> arrive(in,
                    new Arrival(1, BigDecimal.ONE, BigDecimal.ONE, List.of("PM-1"), List.of("PM-1"))));

            assertEquals(new Problem("line.serial.repeated", 1, "SP-PIT-0001", "PM-1"), onlyProblem(e));
        }

        @Test
        void serialsOnAnItemThatIsNotSerialTrackedAreRefused() {
            StockDocument in = transferIn(line(GEARBOX, "2"));

            BusinessException e = invalid(() -> arrive(in, damaged(1, "1", "X-1")));

            assertEquals(new Problem("line.serials.notTracked", 1, "SP-GBX-0001"), onlyProblem(e));
        }

        @Test
        void nothingArrivesDamagedOnADamagedTransferIn() {
            StockDocument in = document(DocumentCategory.DAMAGED_TRANSFER_IN, NC_DAMAGED, line(GEARBOX, "3"));

            BusinessException e = invalid(
                    () -> in.recordArrival(ARRIVED, ZBET_DAMAGED, List.of(damaged(1, "1")), "keeper", LATER));

            assertEquals(new Problem("arrival.damaged.alreadyDamaged", 1, "SP-GBX-0001"), onlyProblem(e));
        }

        @Test
        void damagedUnitsNeedADamagedStoreToGoTo() {
            StockDocument in = transferIn(line(GEARBOX, "3"));

            BusinessException e = invalid(
                    () -> in.recordArrival(ARRIVED, null, List.of(damaged(1, "1")), "keeper", LATER));

            assertEquals(new Problem("arrival.damaged.noDamagedStore", "NC"), onlyProblem(e));
        }

        @Test
        void onlyATransferInRecordsAnArrival() {
            for (DocumentCategory category : List.of(DocumentCategory.PURCHASE, DocumentCategory.GOOD_TRANSFER_OUT,
                    DocumentCategory.SELF_USE)) {
                StockDocument other = document(category, NC_GOOD, line(GEARBOX, "3"));

                BusinessException e = invalid(() -> arrive(other, damaged(1, "1")));

                assertEquals(new Problem("arrival.notATransferIn", "DOC-0001"), onlyProblem(e), category.name());
            }
        }

        @Test
        void anArrivalNeedsADate() {
            StockDocument in = transferIn(line(GEARBOX, "3"));

            BusinessException e = invalid(() -> in.recordArrival(null, NC_DAMAGED, List.of(), "keeper", LATER));

            assertEquals(new Problem("arrival.date.required"), onlyProblem(e));
        }

        @Test
        void aLineThatIsNotOnTheDocumentOrNamedTwiceIsRefused() {
            StockDocument in = transferIn(line(GEARBOX, "3"));

            assertEquals(new Problem("arrival.line.unknown", 2, "IN-2026-000001"),
                    onlyProblem(invalid(() -> arrive(in, damaged(2, "1")))));
            assertEquals(new Problem("arrival.line.unknown", 1, "IN-2026-000001"),
                    onlyProblem(invalid(() -> arrive(in, damaged(1, "1"), missing(1, "1")))));
        }

        @Test
        void everyBrokenRuleIsReportedAtOnceAndNothingIsRecorded() {
            StockDocument in = transferIn(line(GEARBOX, "3"), serialLine(PITCH_MOTOR, "1", "PM-1"), line(BOLT, "5"));

            BusinessException e = invalid(() -> in.recordArrival(null, NC_DAMAGED,
                    List.of(damaged(1, "4"), missing(2, "1"), missing(3, "-2")), "keeper", LATER));

            assertEquals(List.of("arrival.date.required", "arrival.quantity.moreThanSent",
                    "arrival.serials.missingCount", "arrival.quantity.negative"), keys(e));
            assertQuantity("0", in.getLines().get(0).getDamagedOnArrival());
            assertEquals(DATE, in.getDocumentDate());
        }

        @Test
        void aReviewedTransferInRecordsNoArrival() {
            StockDocument in = transferIn(line(GEARBOX, "3"));
            in.review("accountant", LATER);

            BusinessException e = assertThrows(BusinessException.class, () -> arrive(in, missing(1, "1")));

            assertEquals(BusinessException.Kind.CONFLICT, e.getKind());
            assertEquals("document.action.notAllowed", onlyProblem(e).getMessageKey());
        }
    }
}
