package org.fieldstock.domain.transfer;

import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.DATE;
import static org.fieldstock.domain.DomainFixtures.GEARBOX;
import static org.fieldstock.domain.DomainFixtures.GREASE;
import static org.fieldstock.domain.DomainFixtures.GZBD_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.GZBD_GOOD;
import static org.fieldstock.domain.DomainFixtures.LATER;
import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.NC_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.NC_GOOD;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.NW;
import static org.fieldstock.domain.DomainFixtures.NW_GOOD;
import static org.fieldstock.domain.DomainFixtures.PITCH_MOTOR;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.fieldstock.domain.DomainFixtures.ZBET_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.assertQuantity;
import static org.fieldstock.domain.DomainFixtures.batchLine;
import static org.fieldstock.domain.DomainFixtures.keys;
import static org.fieldstock.domain.DomainFixtures.line;
import static org.fieldstock.domain.DomainFixtures.onlyProblem;
import static org.fieldstock.domain.DomainFixtures.serialLine;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.fieldstock.domain.document.Arrival;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentLine;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Transfer slips: what a slip may hold, what its review generates, the chain of its documents and the goods in transit. */
class TransferSlipTest {

    private static final String NUMBER = "TR-2026-000001";
    private static final String OUT_NUMBER = "OUT-2026-000001";
    private static final String IN_NUMBER = "IN-2026-000001";
    private static final LocalDate EXPIRY = DATE.plusMonths(20);
    private static final ZoneId UTC = ZoneOffset.UTC;
    /** Well after every date these tests record an arrival on. */
    private static final LocalDate TODAY = DATE.plusDays(30);
    private static final Store NW_DAMAGED = new Store("NW-D", StoreKind.DAMAGED, NW, "西北坏品库", "NW damaged store");

    private static TransferSlip slip(StoreKind kind, Store from, Store to, TransferTerms terms, NewLine... lines) {
        return new TransferSlip(NUMBER, kind, from, to, DATE, terms, List.of(lines), "planner", NOW);
    }

    /** ZBET's good store to the BU's own good store: within North China. */
    private static TransferSlip intraBu(NewLine... lines) {
        return slip(StoreKind.GOOD, ZBET_GOOD, NC_GOOD, TransferTerms.NONE, lines);
    }

    /** ZBET's good store to North West's good store. */
    private static TransferSlip crossBu(NewLine... lines) {
        return slip(StoreKind.GOOD, ZBET_GOOD, NW_GOOD, TransferTerms.NONE, lines);
    }

    private static List<Problem> check(StoreKind kind, Store from, Store to, TransferTerms terms, NewLine... lines) {
        return TransferSlipRules.check(kind, from, to, DATE, terms, List.of(lines));
    }

    private static TransferTerms packingList(String ref) {
        return new TransferTerms(ref, null, null, null);
    }

    private static void review(TransferSlip slip) {
        slip.review(OUT_NUMBER, IN_NUMBER, Map.of(), "planner", NOW);
    }

    /**
     * Reviewed, with the two generated documents given the ids the database would give them: the
     * chain rules tell a slip's transfer-out from its transfer-in by id.
     */
    private static TransferSlip reviewedWithIds(TransferSlip slip) {
        review(slip);
        identify(slip.getOutbound(), 101L);
        identify(slip.getInbound(), 102L);
        return slip;
    }

    private static void identify(BaseEntity entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Reviewed slip whose transfer-out has been reviewed: the goods have left. */
    private static TransferSlip shipped(TransferSlip slip, Instant shippedAt) {
        reviewedWithIds(slip);
        slip.getOutbound().review("accountant", shippedAt);
        return slip;
    }

    private static BusinessException rejected(BusinessException.Kind kind, Executable action) {
        BusinessException e = assertThrows(BusinessException.class, action);
        assertEquals(kind, e.getKind(), () -> "problems: " + e.getProblems());
        return e;
    }

    private static String repeat(int length) {
        return "x".repeat(length);
    }

    @Nested
    class Content {

        @Test
        void aSlipBetweenTwoUnitsOfOneBuIsSavedAsIntraBu() {
            TransferSlip slip = intraBu(line(GEARBOX, "2"), line(BOLT, "10"));

            assertEquals(DocumentStatus.SAVED, slip.getStatus());
            assertFalse(slip.isCrossBu());
            assertEquals(StoreKind.GOOD, slip.getKind());
            assertEquals(2, slip.getLines().size());
            assertEquals(1, slip.getLines().get(0).getLineNo());
            assertEquals(2, slip.getLines().get(1).getLineNo());
            assertQuantity("10", slip.getLines().get(1).getQuantity());
            assertNull(slip.getOutbound());
            assertNull(slip.getInbound());
            assertEquals("planner", slip.getCreatedBy());
        }

        @Test
        void aSlipBetweenTwoBusIsCrossBu() {
            assertTrue(crossBu(line(GEARBOX, "1")).isCrossBu());
        }

        @Test
        void crossBuIsDecidedByTheBusinessUnitsOfTheStores() {
            assertFalse(TransferSlip.isCrossBu(ZBET_GOOD, NC_GOOD), "site to its own BU");
            assertFalse(TransferSlip.isCrossBu(NC_GOOD, ZBET_GOOD), "BU to its own site");
            assertTrue(TransferSlip.isCrossBu(ZBET_GOOD, NW_GOOD), "NC site to NW");
            assertTrue(TransferSlip.isCrossBu(GZBD_GOOD, ZBET_GOOD), "NW site to NC site");
        }

        @Test
        void aStoreOfTheOtherKindIsRefusedAtEitherEnd() {
            assertEquals(List.of(new Problem("transfer.store.wrongKind", "ZBET-D", MessageKey.of(StoreKind.GOOD))),
                    check(StoreKind.GOOD, ZBET_DAMAGED, NC_GOOD, TransferTerms.NONE, line(GEARBOX, "1")));
            assertEquals(List.of(new Problem("transfer.store.wrongKind", "NC-G", MessageKey.of(StoreKind.DAMAGED))),
                    check(StoreKind.DAMAGED, ZBET_DAMAGED, NC_GOOD, TransferTerms.NONE, line(GEARBOX, "1")));
        }

        @Test
        void aDamagedSlipBetweenDamagedStoresIsFine() {
            assertEquals(List.of(), check(StoreKind.DAMAGED, ZBET_DAMAGED, NC_DAMAGED, TransferTerms.NONE,
                    line(GEARBOX, "1")));
            assertEquals(List.of(), check(StoreKind.DAMAGED, ZBET_DAMAGED, GZBD_DAMAGED, TransferTerms.NONE,
                    line(GEARBOX, "1")));
        }

        @Test
        void twoStoresOfOneOrgUnitAreRefused() {
            Store secondGood = new Store("ZBET-G2", StoreKind.GOOD, ZBET, "张北二号良品库", "ZBET second good store");

            BusinessException e = rejected(BusinessException.Kind.INVALID,
                    () -> slip(StoreKind.GOOD, ZBET_GOOD, secondGood, TransferTerms.NONE, line(GEARBOX, "1")));

            assertEquals(new Problem("transfer.store.sameUnit", "ZBET-G", "ZBET-G2"), onlyProblem(e));
        }

        @Test
        void goodToDamagedOfOneSiteIsBothTheWrongKindAndTheSameUnit() {
            assertEquals(List.of("transfer.store.wrongKind", "transfer.store.sameUnit"),
                    check(StoreKind.GOOD, ZBET_GOOD, ZBET_DAMAGED, TransferTerms.NONE, line(GEARBOX, "1")).stream()
                            .map(Problem::getMessageKey).toList());
        }

        @Test
        void aSlipWithoutKindSaysOnlyThat() {
            assertEquals(List.of(new Problem("transfer.kind.required")),
                    check(null, ZBET_GOOD, NC_GOOD, TransferTerms.NONE, line(GEARBOX, "0")));
        }

        @Test
        void anInactiveStoreIsRefused() {
            Store closed = new Store("NC-G9", StoreKind.GOOD, NC, "华北旧良品库", "NC old good store");
            closed.deactivate(false);

            assertEquals(List.of(new Problem("store.inactive", "NC-G9")),
                    check(StoreKind.GOOD, ZBET_GOOD, closed, TransferTerms.NONE, line(GEARBOX, "1")));
        }

        @Test
        void managersAgreementIsRefusedWithinOneBu() {
            assertEquals(List.of(new Problem("transfer.agreement.intraBu")), check(StoreKind.GOOD, ZBET_GOOD, NC_GOOD,
                    new TransferTerms(null, "Zhou", null, null), line(GEARBOX, "1")));
            assertEquals(List.of(new Problem("transfer.agreement.intraBu")), check(StoreKind.GOOD, ZBET_GOOD, NC_GOOD,
                    new TransferTerms(null, null, "Wang", null), line(GEARBOX, "1")));
        }

        @Test
        void blankAgreementCountsAsNone() {
            assertEquals(List.of(), check(StoreKind.GOOD, ZBET_GOOD, NC_GOOD, new TransferTerms(" ", "  ", "", null),
                    line(GEARBOX, "1")));
        }

        @Test
        void managersAgreementIsKeptOnACrossBuSlip() {
            TransferSlip slip = slip(StoreKind.GOOD, ZBET_GOOD, NW_GOOD,
                    new TransferTerms(" PL-1 ", " 周经理 ", "西北经理", " note "), line(GEARBOX, "1"));

            assertEquals("PL-1", slip.getPackingListRef());
            assertEquals("周经理", slip.getAgreedBySending());
            assertEquals("西北经理", slip.getAgreedByReceiving());
            assertEquals("note", slip.getRemark());
            assertTrue(slip.getTerms().agreedBetweenBus());
        }

        @Test
        void everyFreeTextFieldHasItsLongestLength() {
            TransferTerms longest = new TransferTerms(repeat(TransferSlipRules.MAX_PACKING_LIST_LENGTH),
                    repeat(TransferSlipRules.MAX_AGREED_BY_LENGTH), repeat(TransferSlipRules.MAX_AGREED_BY_LENGTH),
                    repeat(TransferSlipRules.MAX_REMARK_LENGTH));
            TransferTerms tooLong = new TransferTerms(repeat(TransferSlipRules.MAX_PACKING_LIST_LENGTH + 1),
                    repeat(TransferSlipRules.MAX_AGREED_BY_LENGTH + 1),
                    repeat(TransferSlipRules.MAX_AGREED_BY_LENGTH + 1), repeat(TransferSlipRules.MAX_REMARK_LENGTH + 1));

            assertEquals(List.of(), check(StoreKind.GOOD, ZBET_GOOD, NW_GOOD, longest, line(GEARBOX, "1")));
            assertEquals(List.of(
                    new Problem("transfer.field.tooLong", new MessageKey("transfer.field.packingListRef"), 60),
                    new Problem("transfer.field.tooLong", new MessageKey("transfer.field.agreedBySending"), 100),
                    new Problem("transfer.field.tooLong", new MessageKey("transfer.field.agreedByReceiving"), 100),
                    new Problem("transfer.field.tooLong", new MessageKey("transfer.field.remark"), 500)),
                    check(StoreKind.GOOD, ZBET_GOOD, NW_GOOD, tooLong, line(GEARBOX, "1")));
        }

        @Test
        void linesFollowTheRulesOfTheTransferOut() {
            assertEquals(List.of(new Problem("line.quantity.mustBePositive", 1, "SP-GBX-0001", "0")),
                    check(StoreKind.GOOD, ZBET_GOOD, NC_GOOD, TransferTerms.NONE, line(GEARBOX, "0")));
            assertEquals(List.of(new Problem("line.quantity.mustBePositive", 1, "SP-GBX-0001", "-1")),
                    check(StoreKind.GOOD, ZBET_GOOD, NC_GOOD, TransferTerms.NONE, line(GEARBOX, "-1")));
            assertEquals(List.of(new Problem("line.quantity.wholeUnits", 1, "SP-GBX-0001", "1.5", "unit")),
                    check(StoreKind.GOOD, ZBET_GOOD, NC_GOOD, TransferTerms.NONE, line(GEARBOX, "1.5")));
            assertEquals(List.of(new Problem("line.quantity.required", 1, "SP-GBX-0001")),
                    check(StoreKind.GOOD, ZBET_GOOD, NC_GOOD, TransferTerms.NONE, line(GEARBOX, null)));
            assertEquals(List.of(new Problem("line.serials.notTracked", 1, "SP-BLT-0003")),
                    check(StoreKind.GOOD, ZBET_GOOD, NC_GOOD, TransferTerms.NONE, serialLine(BOLT, "1", "X-1")));
            assertEquals(List.of(new Problem("document.lines.empty")),
                    check(StoreKind.GOOD, ZBET_GOOD, NC_GOOD, TransferTerms.NONE));
        }

        @Test
        void aSlipNeedsADate() {
            assertEquals(List.of(new Problem("document.date.required")),
                    TransferSlipRules.check(StoreKind.GOOD, ZBET_GOOD, NC_GOOD, null, TransferTerms.NONE,
                            List.of(line(GEARBOX, "1"))));
        }

        @Test
        void theLinesMeetTheTransferOutsRulesButTheStoresKindIsSaidInTheSlipsWords() {
            assertEquals(List.of(new Problem("transfer.store.wrongKind", "ZBET-D", MessageKey.of(StoreKind.GOOD)),
                    new Problem("line.quantity.wholeUnits", 1, "SP-BLT-0003", "1.5", "pcs")),
                    check(StoreKind.GOOD, ZBET_DAMAGED, NC_GOOD, TransferTerms.NONE, line(BOLT, "1.5")));
        }

        @Test
        void aLineWhoseItemTheCallerDidNotFindIsNotAlsoSaidToLackOne() {
            List<NewLine> lines = java.util.Arrays.asList(line(null, "1"), line(null, "1"));

            assertEquals(List.of(new Problem("line.item.required", 1)), TransferSlipRules.check(StoreKind.GOOD,
                    ZBET_GOOD, NC_GOOD, DATE, TransferTerms.NONE, lines, List.of(2)));
        }

        @Test
        void everyBrokenRuleIsReportedAtOnce() {
            BusinessException e = rejected(BusinessException.Kind.INVALID, () -> slip(StoreKind.GOOD, ZBET_GOOD,
                    NC_GOOD, new TransferTerms(repeat(61), "Zhou", null, null), line(GEARBOX, "0"), line(BOLT, "1.5")));

            assertEquals(List.of("transfer.agreement.intraBu", "transfer.field.tooLong",
                    "line.quantity.mustBePositive", "line.quantity.wholeUnits"), keys(e));
        }

        @Test
        void modifyingMayTurnASlipCrossBuAndChecksAgain() {
            TransferSlip slip = intraBu(line(GEARBOX, "1"));

            slip.modify(ZBET_GOOD, NW_GOOD, DATE.plusDays(1), new TransferTerms(null, "Zhou", null, null),
                    List.of(line(BOLT, "4")), "planner", LATER);

            assertTrue(slip.isCrossBu());
            assertEquals(DATE.plusDays(1), slip.getSlipDate());
            assertEquals("SP-BLT-0003", slip.getLines().get(0).getItem().getCode());
            assertEquals("planner", slip.getModifiedBy());
            BusinessException e = rejected(BusinessException.Kind.INVALID, () -> slip.modify(ZBET_GOOD, NC_GOOD, DATE,
                    new TransferTerms(null, "Zhou", null, null), List.of(line(BOLT, "4")), "planner", LATER));
            assertEquals(new Problem("transfer.agreement.intraBu"), onlyProblem(e));
            assertTrue(slip.isCrossBu(), "a refused change changes nothing");
        }

        @Test
        void aReviewedSlipIsNeitherModifiedNorDeleted() {
            TransferSlip slip = intraBu(line(GEARBOX, "1"));
            review(slip);

            assertEquals("document.action.notAllowed", onlyProblem(rejected(BusinessException.Kind.CONFLICT,
                    () -> slip.modify(ZBET_GOOD, NC_GOOD, DATE, TransferTerms.NONE, List.of(line(GEARBOX, "2")),
                            "planner", LATER))).getMessageKey());
            assertEquals("document.action.notAllowed", onlyProblem(rejected(BusinessException.Kind.CONFLICT,
                    () -> slip.delete("planner", LATER))).getMessageKey());
        }

        @Test
        void aSavedSlipIsDeletedAndThenDoesNothingMore() {
            TransferSlip slip = intraBu(line(GEARBOX, "1"));

            slip.delete("planner", LATER);

            assertEquals(DocumentStatus.DELETED, slip.getStatus());
            rejected(BusinessException.Kind.CONFLICT, () -> review(slip));
        }
    }

    @Nested
    class Review {

        @Test
        void reviewGeneratesTheTransferOutAndTransferInBothSaved() {
            TransferSlip slip = slip(StoreKind.GOOD, ZBET_GOOD, NW_GOOD, packingList("PL-7781"), line(GEARBOX, "2"),
                    line(BOLT, "10"));

            slip.review(OUT_NUMBER, IN_NUMBER, Map.of(), "planner", LATER);

            assertEquals(DocumentStatus.REVIEWED, slip.getStatus());
            assertEquals("planner", slip.getReviewedBy());
            assertEquals(LATER, slip.getReviewedAt());
            StockDocument out = slip.getOutbound();
            StockDocument in = slip.getInbound();
            assertEquals(OUT_NUMBER, out.getNumber());
            assertEquals(DocumentCategory.GOOD_TRANSFER_OUT, out.getCategory());
            assertEquals("ZBET-G", out.getStore().getCode());
            assertEquals("PL-7781 / " + NUMBER, out.getRemark());
            assertEquals(DocumentStatus.SAVED, out.getStatus());
            assertEquals(IN_NUMBER, in.getNumber());
            assertEquals(DocumentCategory.GOOD_TRANSFER_IN, in.getCategory());
            assertEquals("NW-G", in.getStore().getCode());
            assertEquals(NUMBER, in.getRemark());
            assertEquals(DocumentStatus.SAVED, in.getStatus());
            for (StockDocument document : List.of(out, in)) {
                assertEquals(DATE, document.getDocumentDate());
                assertEquals(List.of("SP-GBX-0001", "SP-BLT-0003"),
                        document.getLines().stream().map(l -> l.getItem().getCode()).toList());
                assertQuantity("2", document.getLines().get(0).getQuantity());
                assertQuantity("10", document.getLines().get(1).getQuantity());
                assertNull(document.getSupplier());
            }
        }

        @Test
        void withoutPackingListTheTransferOutCarriesTheSlipNumberAlone() {
            TransferSlip slip = intraBu(line(GEARBOX, "1"));

            review(slip);

            assertEquals(NUMBER, slip.getOutbound().getRemark());
            assertEquals(NUMBER, slip.getInbound().getRemark());
        }

        @Test
        void aDamagedSlipGeneratesDamagedTransferDocuments() {
            TransferSlip slip = slip(StoreKind.DAMAGED, ZBET_DAMAGED, GZBD_DAMAGED, TransferTerms.NONE,
                    line(GEARBOX, "1"));

            review(slip);

            assertEquals(DocumentCategory.DAMAGED_TRANSFER_OUT, slip.getOutbound().getCategory());
            assertEquals("ZBET-D", slip.getOutbound().getStore().getCode());
            assertEquals(DocumentCategory.DAMAGED_TRANSFER_IN, slip.getInbound().getCategory());
            assertEquals("GZBD-D", slip.getInbound().getStore().getCode());
        }

        @Test
        void theTransferInTakesEachBatchsExpiryFromTheSendingStore() {
            TransferSlip slip = intraBu(batchLine(GREASE, "3", "B-1", null), batchLine(GREASE, "2", "B-2", null));

            slip.review(OUT_NUMBER, IN_NUMBER,
                    Map.of(List.of("CS-GRS-0001", "B-1"), EXPIRY, List.of("CS-GRS-0001", "B-2"), EXPIRY.plusDays(9)),
                    "planner", NOW);

            List<DocumentLine> in = slip.getInbound().getLines();
            assertEquals("B-1", in.get(0).getBatchNo());
            assertEquals(EXPIRY, in.get(0).getExpiryDate());
            assertEquals("B-2", in.get(1).getBatchNo());
            assertEquals(EXPIRY.plusDays(9), in.get(1).getExpiryDate());
            List<DocumentLine> out = slip.getOutbound().getLines();
            assertEquals("B-1", out.get(0).getBatchNo());
            assertNull(out.get(0).getExpiryDate(), "a taking line learns its batch's date on review");
        }

        @Test
        void aBatchTheSendingStoreDoesNotHoldIsAProblemAndNothingIsGenerated() {
            TransferSlip slip = intraBu(line(GEARBOX, "1"), batchLine(GREASE, "3", "B-9", null));

            BusinessException e = rejected(BusinessException.Kind.INVALID, () -> slip.review(OUT_NUMBER, IN_NUMBER,
                    Map.of(List.of("CS-GRS-0001", "B-1"), EXPIRY), "planner", NOW));

            assertEquals(new Problem("transfer.batch.notInStore", 2, "CS-GRS-0001", "B-9", "ZBET-G"), onlyProblem(e));
            assertEquals(DocumentStatus.SAVED, slip.getStatus());
            assertNull(slip.getOutbound());
            assertNull(slip.getInbound());
        }

        @Test
        void anExpiredBatchTravelsWithItsOwnDate() {
            TransferSlip slip = intraBu(batchLine(GREASE, "3", "B-1", null));

            slip.review(OUT_NUMBER, IN_NUMBER, Map.of(List.of("CS-GRS-0001", "B-1"), DATE.minusDays(1)), "planner", NOW);

            assertEquals(DATE.minusDays(1), slip.getInbound().getLines().get(0).getExpiryDate(),
                    "expired goods may be sent on (to be scrapped, say); the transfer-in keeps the batch's date");
        }

        @Test
        void aShelfLifeItemWithoutBatchIsRefusedAtReview() {
            TransferSlip slip = intraBu(line(GREASE, "3"));

            BusinessException e = rejected(BusinessException.Kind.INVALID, () -> review(slip));

            assertEquals(new Problem("line.batch.requiredOut", 1, "CS-GRS-0001"), onlyProblem(e));
            assertEquals(DocumentStatus.SAVED, slip.getStatus());
        }

        @Test
        void aSerialTrackedLineMaySaveWithoutSerialsButNotBeReviewed() {
            TransferSlip slip = intraBu(serialLine(PITCH_MOTOR, "2", "PM-1"));

            BusinessException e = rejected(BusinessException.Kind.INVALID, () -> review(slip));

            assertEquals(new Problem("line.serials.count", 1, "SP-PIT-0001", "2", 1), onlyProblem(e));
            assertEquals(DocumentStatus.SAVED, slip.getStatus());
            assertNull(slip.getOutbound());
        }

        @Test
        void serialsGoOnBothDocuments() {
            TransferSlip slip = crossBu(serialLine(PITCH_MOTOR, "2", "PM-1", "PM-2"));

            review(slip);

            assertEquals(List.of("PM-1", "PM-2"), slip.getOutbound().getLines().get(0).getSerials());
            assertEquals(List.of("PM-1", "PM-2"), slip.getInbound().getLines().get(0).getSerials());
        }

        @Test
        void aSlipIsReviewedOnce() {
            TransferSlip slip = intraBu(line(GEARBOX, "1"));
            review(slip);

            assertEquals("document.action.notAllowed",
                    onlyProblem(rejected(BusinessException.Kind.CONFLICT, () -> review(slip))).getMessageKey());
        }
    }

    @Nested
    class Unreview {

        @Test
        void beforeTheGoodsLeaveTheGeneratedDocumentsAreDeleted() {
            TransferSlip slip = intraBu(line(GEARBOX, "1"));
            review(slip);
            StockDocument out = slip.getOutbound();
            StockDocument in = slip.getInbound();

            slip.unreview("accountant", LATER);

            assertEquals(DocumentStatus.SAVED, slip.getStatus());
            assertEquals(DocumentStatus.DELETED, out.getStatus());
            assertEquals(DocumentStatus.DELETED, in.getStatus());
            assertNull(slip.getOutbound());
            assertNull(slip.getInbound());
            assertNull(slip.getReviewedBy());
            assertNull(slip.getReviewedAt());
            assertEquals("accountant", slip.getModifiedBy());
        }

        @Test
        void afterUnreviewTheSlipMayBeChangedAndReviewedAgain() {
            TransferSlip slip = intraBu(line(GEARBOX, "1"));
            review(slip);
            slip.unreview("accountant", LATER);

            slip.modify(ZBET_GOOD, NC_GOOD, DATE, TransferTerms.NONE, List.of(line(GEARBOX, "3")), "accountant", LATER);
            slip.review("OUT-2", "IN-2", Map.of(), "accountant", LATER);

            assertEquals("OUT-2", slip.getOutbound().getNumber());
            assertQuantity("3", slip.getInbound().getLines().get(0).getQuantity());
        }

        @Test
        void onceTheTransferOutIsReviewedTheSlipStays() {
            TransferSlip slip = shipped(intraBu(line(GEARBOX, "1")), LATER);

            BusinessException e = rejected(BusinessException.Kind.CONFLICT, () -> slip.unreview("accountant", LATER));

            assertEquals(new Problem("transfer.unreview.shipped", NUMBER, OUT_NUMBER), onlyProblem(e));
            assertEquals(DocumentStatus.REVIEWED, slip.getStatus());
            assertEquals(DocumentStatus.REVIEWED, slip.getOutbound().getStatus());
            assertEquals(DocumentStatus.SAVED, slip.getInbound().getStatus());
        }

        @Test
        void aSavedSlipHasNoReviewToTakeBack() {
            TransferSlip slip = intraBu(line(GEARBOX, "1"));

            assertEquals("document.action.notAllowed", onlyProblem(rejected(BusinessException.Kind.CONFLICT,
                    () -> slip.unreview("accountant", LATER))).getMessageKey());
        }
    }

    @Nested
    class Chain {

        @Test
        void theTransferInWaitsForTheTransferOut() {
            TransferSlip slip = reviewedWithIds(crossBu(line(GEARBOX, "1")));

            BusinessException e = rejected(BusinessException.Kind.CONFLICT,
                    () -> slip.checkDocumentReview(slip.getInbound(), UTC));

            assertEquals(new Problem("transfer.inbound.notShipped", IN_NUMBER, OUT_NUMBER), onlyProblem(e));
        }

        @Test
        void theTransferOutIsReviewedFirstAndThenTheTransferIn() {
            TransferSlip slip = reviewedWithIds(crossBu(line(GEARBOX, "1")));

            assertDoesNotThrow(() -> slip.checkDocumentReview(slip.getOutbound(), UTC));
            slip.getOutbound().review("accountant", NOW);
            assertDoesNotThrow(() -> slip.checkDocumentReview(slip.getInbound(), UTC));
        }

        @Test
        void theTransferOutIsUnreviewedOnlyWhileTheTransferInIsNot() {
            TransferSlip slip = shipped(crossBu(line(GEARBOX, "1")), NOW);

            assertDoesNotThrow(() -> slip.checkDocumentUnreview(slip.getOutbound()));
            slip.getInbound().review("accountant.nw", LATER);
            BusinessException e = rejected(BusinessException.Kind.CONFLICT,
                    () -> slip.checkDocumentUnreview(slip.getOutbound()));
            assertEquals(new Problem("transfer.outbound.received", OUT_NUMBER, IN_NUMBER), onlyProblem(e));
            assertDoesNotThrow(() -> slip.checkDocumentUnreview(slip.getInbound()));
        }

        @Test
        void aTransferInWhoseLossWasApprovedIsNotUnreviewedUntilTheApprovalIsWithdrawn() {
            TransferSlip slip = shipped(crossBu(line(GEARBOX, "3")), NOW);
            slip.recordArrival(DATE, null, List.of(new Arrival(1, null, BigDecimal.ONE)), TODAY, UTC, "accountant.nw", LATER);
            slip.getInbound().review("accountant.nw", LATER);
            assertDoesNotThrow(() -> slip.checkDocumentUnreview(slip.getInbound()));

            slip.approveLoss("planner", LATER);

            BusinessException e = rejected(BusinessException.Kind.CONFLICT,
                    () -> slip.checkDocumentUnreview(slip.getInbound()));
            assertEquals(new Problem("transfer.inbound.lossApproved", IN_NUMBER, NUMBER), onlyProblem(e));
            slip.withdrawLossApproval();
            assertDoesNotThrow(() -> slip.checkDocumentUnreview(slip.getInbound()));
        }

        @Test
        void aDocumentOfAnotherSlipIsNeitherOutboundNorInbound() {
            TransferSlip slip = reviewedWithIds(crossBu(line(GEARBOX, "1")));
            TransferSlip other = crossBu(line(GEARBOX, "1"));
            other.review("OUT-9", "IN-9", Map.of(), "planner", NOW);
            identify(other.getOutbound(), 201L);
            identify(other.getInbound(), 202L);

            assertTrue(slip.isOutbound(slip.getOutbound()));
            assertFalse(slip.isOutbound(slip.getInbound()));
            assertTrue(slip.isInbound(slip.getInbound()));
            assertFalse(slip.isInbound(other.getInbound()));
            assertDoesNotThrow(() -> slip.checkDocumentReview(other.getInbound(), UTC));
        }

        @Test
        void arrivalIsRecordedOnlyAfterTheGoodsLeft() {
            TransferSlip saved = crossBu(line(GEARBOX, "1"));
            assertEquals(new Problem("transfer.notReviewed", NUMBER), onlyProblem(rejected(
                    BusinessException.Kind.CONFLICT, () -> saved.recordArrival(DATE, null, List.of(), TODAY, UTC, "u", NOW))));

            TransferSlip reviewed = reviewedWithIds(crossBu(line(GEARBOX, "1")));
            assertEquals(new Problem("transfer.inbound.notShipped", IN_NUMBER, OUT_NUMBER), onlyProblem(rejected(
                    BusinessException.Kind.CONFLICT, () -> reviewed.recordArrival(DATE, null, List.of(), TODAY, UTC, "u", NOW))));
        }

        @Test
        void goodsArriveAfterTheyLeftAndNotInTheFuture() {
            TransferSlip slip = shipped(crossBu(line(GEARBOX, "1")), NOW.plus(java.time.Duration.ofDays(2)));
            LocalDate shippedOn = DATE.plusDays(2);

            BusinessException early = rejected(BusinessException.Kind.INVALID,
                    () -> slip.recordArrival(shippedOn.minusDays(1), null, List.of(), TODAY, UTC, "u", LATER));
            assertEquals(new Problem("arrival.date.beforeShipping", shippedOn.minusDays(1).toString(), NUMBER,
                    shippedOn.toString()), onlyProblem(early));
            BusinessException future = rejected(BusinessException.Kind.INVALID,
                    () -> slip.recordArrival(TODAY.plusDays(1), null, List.of(), TODAY, UTC, "u", LATER));
            assertEquals(new Problem("arrival.date.future", TODAY.plusDays(1).toString()), onlyProblem(future));
            assertDoesNotThrow(() -> slip.recordArrival(shippedOn, null, List.of(), TODAY, UTC, "u", LATER));
            assertEquals(shippedOn, slip.getInbound().getDocumentDate());
        }

        @Test
        void aTransferInDatedBeforeTheGoodsLeftIsNotBookedIn() {
            TransferSlip slip = shipped(crossBu(line(GEARBOX, "1")), NOW.plus(java.time.Duration.ofDays(2)));

            BusinessException e = rejected(BusinessException.Kind.CONFLICT,
                    () -> slip.checkDocumentReview(slip.getInbound(), UTC));

            assertEquals(new Problem("transfer.inbound.arrivalDate", IN_NUMBER, DATE.toString(),
                    DATE.plusDays(2).toString(), NUMBER), onlyProblem(e));
        }

        @Test
        void callingTheShipmentBackForgetsTheArrivalRecordedAgainstIt() {
            TransferSlip slip = shipped(crossBu(line(GEARBOX, "2")), NOW);
            slip.recordArrival(DATE.plusDays(1), null, List.of(new Arrival(1, null, BigDecimal.ONE)), TODAY, UTC, "u",
                    LATER);

            slip.getOutbound().unreview("accountant", LATER);
            slip.shipmentCalledBack("accountant", LATER);

            assertEquals(0, slip.getInbound().getLines().get(0).getMissingOnArrival().signum());
            assertEquals(DATE, slip.getInbound().getDocumentDate(), "expected again on the slip's date");
        }
    }

    @Nested
    class InTransitAndLoss {

        @Test
        void nothingIsInTransitBeforeTheGoodsLeave() {
            TransferSlip slip = crossBu(line(GEARBOX, "2"));
            assertEquals(List.of(), slip.inTransit(DATE, UTC), "saved");

            reviewedWithIds(slip);
            assertEquals(List.of(), slip.inTransit(DATE, UTC), "reviewed, transfer-out not yet");
        }

        @Test
        void onceShippedEveryLineIsInTransitInFull() {
            TransferSlip slip = shipped(crossBu(line(GEARBOX, "2"), line(BOLT, "10")),
                    Instant.parse("2026-03-02T10:00:00Z"));

            List<InTransit> moving = slip.inTransit(LocalDate.of(2026, 3, 9), UTC);

            assertEquals(2, moving.size());
            assertQuantity("2", moving.get(0).quantity());
            assertQuantity("10", moving.get(1).quantity());
            assertEquals(slip.getLines().get(1), moving.get(1).line());
            for (InTransit row : moving) {
                assertFalse(row.reportedMissing());
                assertEquals(LocalDate.of(2026, 3, 2), row.shippedOn());
                assertEquals(7, row.ageDays());
                assertEquals(slip, row.slip());
            }
        }

        @Test
        void theShippingDayIsTheDayTheTransferOutWasReviewedInTheGivenZone() {
            TransferSlip slip = shipped(crossBu(line(GEARBOX, "1")), Instant.parse("2026-03-02T20:00:00Z"));

            InTransit inUtc = slip.inTransit(LocalDate.of(2026, 3, 4), UTC).get(0);
            InTransit inBeijing = slip.inTransit(LocalDate.of(2026, 3, 4), ZoneId.of("Asia/Shanghai")).get(0);

            assertEquals(LocalDate.of(2026, 3, 2), inUtc.shippedOn());
            assertEquals(2, inUtc.ageDays());
            assertEquals(LocalDate.of(2026, 3, 3), inBeijing.shippedOn());
            assertEquals(1, inBeijing.ageDays());
        }

        @Test
        void anArrivalRecordedButNotReviewedLeavesEverythingInTransit() {
            TransferSlip slip = shipped(crossBu(line(GEARBOX, "3")), NOW);
            slip.recordArrival(DATE, null, List.of(new Arrival(1, null, BigDecimal.ONE)), TODAY, UTC, "u", LATER);

            List<InTransit> moving = slip.inTransit(DATE, UTC);

            assertEquals(1, moving.size());
            assertQuantity("3", moving.get(0).quantity());
            assertFalse(moving.get(0).reportedMissing());
            assertQuantity("0", slip.reportedMissing());
            assertFalse(slip.isLossAwaitingApproval());
        }

        @Test
        void afterReceivingOnlyTheMissingUnitsStayInTransitUntilTheLossIsApproved() {
            TransferSlip slip = shipped(crossBu(line(GEARBOX, "3"), line(BOLT, "10"), line(BOLT, "5")), NOW);
            slip.recordArrival(DATE, null,
                    List.of(new Arrival(1, null, BigDecimal.ONE), new Arrival(3, null, new BigDecimal("5"))), TODAY, UTC,
                    "u", LATER);
            slip.getInbound().review("accountant.nw", LATER);

            List<InTransit> missing = slip.inTransit(DATE.plusDays(3), UTC);

            assertEquals(2, missing.size(), "the line that arrived whole is not listed");
            assertEquals(1, missing.get(0).line().getLineNo());
            assertQuantity("1", missing.get(0).quantity());
            assertEquals(3, missing.get(1).line().getLineNo());
            assertQuantity("5", missing.get(1).quantity());
            assertTrue(missing.get(0).reportedMissing());
            assertTrue(missing.get(1).reportedMissing());
            assertQuantity("6", slip.reportedMissing());
            assertTrue(slip.isLossAwaitingApproval());

            slip.approveLoss("planner", LATER);

            assertEquals(List.of(), slip.inTransit(DATE.plusDays(3), UTC));
            assertFalse(slip.isLossAwaitingApproval());
            assertEquals("planner", slip.getLossApprovedBy());
            assertEquals(LATER, slip.getLossApprovedAt());
        }

        @Test
        void withdrawingTheApprovalPutsTheMissingUnitsBackInTransit() {
            TransferSlip slip = shipped(crossBu(line(GEARBOX, "3")), NOW);
            slip.recordArrival(DATE, null, List.of(new Arrival(1, null, BigDecimal.ONE)), TODAY, UTC, "u", LATER);
            slip.getInbound().review("accountant.nw", LATER);
            slip.approveLoss("planner", LATER);

            slip.withdrawLossApproval();

            assertNull(slip.getLossApprovedBy());
            assertNull(slip.getLossApprovedAt());
            assertTrue(slip.isLossAwaitingApproval());
            assertEquals(1, slip.inTransit(DATE, UTC).size());
        }

        @Test
        void whatArrivedWholeLeavesNothingInTransitAndNoLossToApprove() {
            TransferSlip slip = shipped(crossBu(line(GEARBOX, "3")), NOW);
            slip.recordArrival(DATE, NW_DAMAGED, List.of(new Arrival(1, BigDecimal.ONE, null)), TODAY, UTC, "u", LATER);
            slip.getInbound().review("accountant.nw", LATER);

            assertEquals(List.of(), slip.inTransit(DATE, UTC), "damaged units arrived: they are not in transit");
            assertFalse(slip.isLossAwaitingApproval());
            assertEquals(new Problem("transfer.loss.nothingToApprove", NUMBER), onlyProblem(rejected(
                    BusinessException.Kind.CONFLICT, () -> slip.approveLoss("planner", LATER))));
        }

        @Test
        void thereIsNoLossToApproveBeforeTheTransferInIsReviewed() {
            TransferSlip slip = shipped(crossBu(line(GEARBOX, "3")), NOW);
            slip.recordArrival(DATE, null, List.of(new Arrival(1, null, BigDecimal.ONE)), TODAY, UTC, "u", LATER);

            assertEquals(new Problem("transfer.loss.nothingToApprove", NUMBER), onlyProblem(rejected(
                    BusinessException.Kind.CONFLICT, () -> slip.approveLoss("planner", LATER))));
            assertNotNull(slip.getInbound());
        }

        @Test
        void aLossIsApprovedOnceAndAnApprovalWithdrawnOnlyIfGiven() {
            TransferSlip slip = shipped(crossBu(line(GEARBOX, "3")), NOW);
            assertEquals(new Problem("transfer.loss.notApproved", NUMBER),
                    onlyProblem(rejected(BusinessException.Kind.CONFLICT, slip::withdrawLossApproval)));
            slip.recordArrival(DATE, null, List.of(new Arrival(1, null, BigDecimal.ONE)), TODAY, UTC, "u", LATER);
            slip.getInbound().review("accountant.nw", LATER);
            slip.approveLoss("planner", LATER);

            BusinessException again = rejected(BusinessException.Kind.CONFLICT,
                    () -> slip.approveLoss("planner", LATER));

            assertEquals("transfer.loss.nothingToApprove", onlyProblem(again).getMessageKey());
            assertArrayEquals(new Object[] { NUMBER }, onlyProblem(again).getArguments());
        }
    }
}
