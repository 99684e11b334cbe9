package org.fieldstock.domain.document;

import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.DATE;
import static org.fieldstock.domain.DomainFixtures.GREASE;
import static org.fieldstock.domain.DomainFixtures.GZBD_A01;
import static org.fieldstock.domain.DomainFixtures.NC_GOOD;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.PITCH_MOTOR;
import static org.fieldstock.domain.DomainFixtures.ZBET_A01;
import static org.fieldstock.domain.DomainFixtures.ZBET_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.batchLine;
import static org.fieldstock.domain.DomainFixtures.document;
import static org.fieldstock.domain.DomainFixtures.keys;
import static org.fieldstock.domain.DomainFixtures.line;
import static org.fieldstock.domain.DomainFixtures.materialReturn;
import static org.fieldstock.domain.DomainFixtures.onlyProblem;
import static org.fieldstock.domain.DomainFixtures.purchase;
import static org.fieldstock.domain.DomainFixtures.reviewedReceipt;
import static org.fieldstock.domain.DomainFixtures.serialLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Serials, batches with expiry dates, and turbines on document lines. */
class TrackingTest {

    private static final LocalDate EXPIRY = DATE.plusMonths(24);

    private static BusinessException rejected(org.junit.jupiter.api.function.Executable action) {
        return assertThrows(BusinessException.class, action);
    }

    @Nested
    class Serials {

        @Test
        void aReceiptMayBeSavedWithSomeSerialsMissingButNotReviewed() {
            StockDocument receipt = purchase(serialLine(PITCH_MOTOR, "3", "PM-1", "PM-2"));

            BusinessException e = rejected(() -> receipt.review("accountant1", NOW));

            assertEquals(BusinessException.Kind.INVALID, e.getKind());
            assertEquals(new Problem("line.serials.count", 1, "SP-PIT-0001", "3", 2), onlyProblem(e));
            assertEquals(DocumentStatus.SAVED, receipt.getStatus());
        }

        @Test
        void reviewedReceiptMovesItsSerialsInOrder() {
            StockDocument receipt = purchase(serialLine(PITCH_MOTOR, "2", "PM-9", "PM-1"),
                    serialLine(PITCH_MOTOR, "1", "PM-5"));

            List<StockMovement> movements = receipt.review("accountant1", NOW);

            assertEquals(1, movements.size());
            assertEquals(0, new BigDecimal("3").compareTo(movements.get(0).delta()));
            assertEquals(List.of("PM-1", "PM-5", "PM-9"), movements.get(0).serials());
        }

        @Test
        void moreSerialsThanUnitsAreRefused() {
            BusinessException e = rejected(() -> purchase(serialLine(PITCH_MOTOR, "1", "PM-1", "PM-2")));

            assertEquals(new Problem("line.serials.tooMany", 1, "SP-PIT-0001", 2, "1"), onlyProblem(e));
        }

        @Test
        void aSerialTwiceInOneDocumentIsRefused() {
            BusinessException e = rejected(() -> purchase(serialLine(PITCH_MOTOR, "1", "PM-1"),
                    serialLine(PITCH_MOTOR, "1", "PM-1")));

            assertEquals(new Problem("line.serial.repeated", 2, "SP-PIT-0001", "PM-1"), onlyProblem(e));
        }

        @Test
        void serialsOnAnItemThatIsNotSerialTrackedAreRefused() {
            BusinessException e = rejected(() -> purchase(serialLine(BOLT, "1", "X-1")));

            assertEquals(new Problem("line.serials.notTracked", 1, "SP-BLT-0003"), onlyProblem(e));
        }

        @Test
        void aSerialWithSpacesOrCommasIsRefused() {
            BusinessException e = rejected(() -> purchase(serialLine(PITCH_MOTOR, "2", "PM-1", "PM 2")));

            assertEquals(new Problem("line.serial.invalid", 1, "PM 2", TrackingCode.SERIAL.maxLength()),
                    onlyProblem(e));
        }

        @Test
        void blankSerialsAreDroppedAndTheRestTrimmed() {
            StockDocument receipt = purchase(serialLine(PITCH_MOTOR, "1", " ", " PM-1 "));

            assertEquals(List.of("PM-1"), receipt.getLines().get(0).getSerials());
        }

        @Test
        void unreviewTakesTheSameSerialsOutAgain() {
            StockDocument receipt = purchase(serialLine(PITCH_MOTOR, "1", "PM-1"));
            receipt.review("accountant1", NOW);

            StockMovement reversal = receipt.unreview("accountant1", NOW).get(0);

            assertEquals(-1, reversal.delta().signum());
            assertEquals(List.of("PM-1"), reversal.serials());
        }

        @Test
        void aMaterialReturnMayOnlyReturnSerialsTheReceiptBroughtIn() {
            StockDocument receipt = reviewedReceipt(serialLine(PITCH_MOTOR, "2", "PM-1", "PM-2"));

            BusinessException e = rejected(() -> materialReturn(receipt, serialLine(PITCH_MOTOR, "-1", "PM-7")));

            assertEquals(new Problem("line.serial.notOnReceipt", 1, "SP-PIT-0001", "PM-7", "IN-0001"),
                    onlyProblem(e));
        }
    }

    @Nested
    class Batches {

        @Test
        void aReceiptOfAShelfLifeItemNeedsABatchToBeReviewed() {
            StockDocument receipt = purchase(line(GREASE, "4"));

            BusinessException e = rejected(() -> receipt.review("accountant1", NOW));

            assertEquals(new Problem("line.batch.requiredIn", 1, "CS-GRS-0001"), onlyProblem(e));
        }

        @Test
        void anIssueOfAShelfLifeItemNeedsTheBatchItComesFrom() {
            StockDocument issue = document(DocumentCategory.SELF_USE, ZBET_GOOD, line(GREASE, "1"));

            BusinessException e = rejected(() -> issue.review("accountant1", NOW));

            assertEquals(new Problem("line.batch.requiredOut", 1, "CS-GRS-0001"), onlyProblem(e));
        }

        @Test
        void aBatchComingInNeedsItsExpiryDate() {
            BusinessException e = rejected(() -> purchase(batchLine(GREASE, "4", "B1", null)));

            assertEquals(new Problem("line.expiry.required", 1, "CS-GRS-0001", "B1"), onlyProblem(e));
        }

        @Test
        void goodsAlreadyExpiredAreNotReceived() {
            BusinessException e = rejected(() -> purchase(batchLine(GREASE, "4", "B1", DATE.minusDays(1))));

            assertEquals(new Problem("line.expiry.passed", 1, "CS-GRS-0001", "B1", DATE.minusDays(1).toString()),
                    onlyProblem(e));
        }

        @Test
        void oneBatchCannotHaveTwoExpiryDatesInADocument() {
            BusinessException e = rejected(() -> purchase(batchLine(GREASE, "1", "B1", EXPIRY),
                    batchLine(GREASE, "1", "B1", EXPIRY.plusDays(1))));

            assertEquals(new Problem("line.batch.twoExpiries", 2, "CS-GRS-0001", "B1"), onlyProblem(e));
        }

        @Test
        void aBatchOnAnItemWithoutShelfLifeIsRefused() {
            BusinessException e = rejected(() -> purchase(batchLine(BOLT, "1", "B1", EXPIRY)));

            assertEquals(new Problem("line.batch.notTracked", 1, "SP-BLT-0003"), onlyProblem(e));
        }

        @Test
        void aReturnTakesBackNoMoreOfABatchThanTheReceiptBroughtOfIt() {
            StockDocument receipt = reviewedReceipt(batchLine(GREASE, "5", "B1", EXPIRY),
                    batchLine(GREASE, "5", "B2", EXPIRY));

            BusinessException e = rejected(() -> materialReturn(receipt, batchLine(GREASE, "-6", "B1", null)));

            assertEquals(new Problem("line.quantity.exceedsReceiptBatch", 1, "CS-GRS-0001", "B1", "IN-0001", "5", "0"),
                    onlyProblem(e));
            materialReturn(receipt, batchLine(GREASE, "-5", "B1", null));
        }

        @Test
        void movementsCarryEachBatchWithItsExpiry() {
            StockDocument receipt = purchase(batchLine(GREASE, "3", "B2", EXPIRY), batchLine(GREASE, "1", "B1", EXPIRY),
                    batchLine(GREASE, "2", "B2", EXPIRY));

            StockMovement movement = receipt.review("accountant1", NOW).get(0);

            assertEquals(List.of(new StockMovement.BatchDelta("B1", EXPIRY, new BigDecimal("1")),
                    new StockMovement.BatchDelta("B2", EXPIRY, new BigDecimal("5"))), movement.batches());
        }

        @Test
        void anIssueTakesTheExpiryFromTheStoreNotFromTheLine() {
            StockDocument issue = document(DocumentCategory.SELF_USE, ZBET_GOOD, batchLine(GREASE, "1", "B1", EXPIRY));

            assertNull(issue.getLines().get(0).getExpiryDate());
            assertEquals(new BigDecimal("-1"), issue.review("accountant1", NOW).get(0).batches().get(0).delta());
        }
    }

    @Nested
    class Turbines {

        @Test
        void aSelfUseLineNamesTheTurbineThePartWentInto() {
            StockDocument issue = document(DocumentCategory.SELF_USE, ZBET_GOOD,
                    new NewLine(BOLT, BigDecimal.ONE, null, ZBET_A01, null, null, List.of()));

            assertEquals("A01", issue.getLines().get(0).getTurbine().getTurbineNo());
        }

        @Test
        void aTurbineOfAnotherSiteIsRefused() {
            BusinessException e = rejected(() -> document(DocumentCategory.SELF_USE, ZBET_GOOD,
                    new NewLine(BOLT, BigDecimal.ONE, null, GZBD_A01, null, null, List.of())));

            assertEquals(new Problem("line.turbine.otherSite", 1, "A01", "GZBD", "ZBET-G"), onlyProblem(e));
        }

        @Test
        void aBuStoreHasNoTurbines() {
            BusinessException e = rejected(() -> document(DocumentCategory.SELF_USE, NC_GOOD,
                    new NewLine(BOLT, BigDecimal.ONE, null, ZBET_A01, null, null, List.of())));

            assertEquals(List.of("line.turbine.otherSite"), keys(e));
        }

        @Test
        void onlySelfUseAndDamageIntakeNameATurbine() {
            BusinessException e = rejected(() -> document(DocumentCategory.SCRAP, ZBET_DAMAGED,
                    new NewLine(BOLT, BigDecimal.ONE, null, ZBET_A01, null, null, List.of())));

            assertEquals(new Problem("line.turbine.notAllowed", 1, MessageKey.of(DocumentCategory.SCRAP)),
                    onlyProblem(e));
            document(DocumentCategory.DAMAGE_INTAKE, ZBET_DAMAGED,
                    new NewLine(BOLT, BigDecimal.ONE, null, ZBET_A01, null, null, List.of()));
        }
    }
}
