package org.fieldstock.domain.document;

import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.DATE;
import static org.fieldstock.domain.DomainFixtures.GEARBOX;
import static org.fieldstock.domain.DomainFixtures.HYDRAULIC_OIL;
import static org.fieldstock.domain.DomainFixtures.LATER;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.REPAIR_HUB;
import static org.fieldstock.domain.DomainFixtures.SUPPLIER;
import static org.fieldstock.domain.DomainFixtures.ZBET_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.assertQuantity;
import static org.fieldstock.domain.DomainFixtures.document;
import static org.fieldstock.domain.DomainFixtures.itemCountedIn;
import static org.fieldstock.domain.DomainFixtures.keys;
import static org.fieldstock.domain.DomainFixtures.line;
import static org.fieldstock.domain.DomainFixtures.onlyProblem;
import static org.fieldstock.domain.DomainFixtures.materialReturn;
import static org.fieldstock.domain.DomainFixtures.purchase;
import static org.fieldstock.domain.DomainFixtures.reviewedReceipt;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.supplier.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StockDocumentTest {

    private static StockDocument newDocument(DocumentCategory category, Store store, Supplier supplier, LocalDate date,
            List<NewLine> lines) {
        return new StockDocument("IN-ZBET-0001", category, store, supplier, date, null, lines, "keeper1", NOW);
    }

    private static BusinessException invalid(Executable action) {
        BusinessException e = assertThrows(BusinessException.class, action);
        assertEquals(BusinessException.Kind.INVALID, e.getKind());
        return e;
    }

    private static BusinessException conflict(Executable action) {
        BusinessException e = assertThrows(BusinessException.class, action);
        assertEquals(BusinessException.Kind.CONFLICT, e.getKind());
        assertEquals(List.of("document.action.notAllowed"), keys(e));
        return e;
    }

    @Nested
    class Saving {

        @Test
        void issuesIntakesAndScrapNameNoSupplier() {
            for (DocumentCategory category : List.of(DocumentCategory.SELF_USE, DocumentCategory.DAMAGE_INTAKE,
                    DocumentCategory.SCRAP)) {
                Store store = category.acceptsStore(StoreKind.GOOD) ? ZBET_GOOD : ZBET_DAMAGED;
                BusinessException e = invalid(() -> newDocument(category, store, SUPPLIER, DATE,
                        List.of(line(BOLT, "1"))));
                assertEquals(new Problem("document.supplier.notAllowed", MessageKey.of(category)), onlyProblem(e));
            }
            newDocument(DocumentCategory.REPAIRED, ZBET_GOOD, SUPPLIER, DATE, List.of(line(BOLT, "1")));
        }

        @Test
        void validPurchaseIsSavedWithLinesNumberedFromOne() {
            StockDocument doc = newDocument(DocumentCategory.PURCHASE, ZBET_GOOD, SUPPLIER, DATE,
                    List.of(line(GEARBOX, "2"), line(HYDRAULIC_OIL, "12.5"), line(BOLT, "40")));

            assertEquals(DocumentStatus.SAVED, doc.getStatus());
            assertEquals(DocumentType.OTHER_INBOUND, doc.getType());
            assertEquals(Ink.BLUE, doc.getInk());
            assertSame(SUPPLIER, doc.getSupplier());
            assertEquals("keeper1", doc.getCreatedBy());
            assertNull(doc.getReviewedBy());
            assertEquals(List.of(1, 2, 3), doc.getLines().stream().map(DocumentLine::getLineNo).toList());
            assertEquals(List.of(GEARBOX, HYDRAULIC_OIL, BOLT), doc.getLines().stream().map(DocumentLine::getItem).toList());
            assertQuantity("12.5", doc.getLines().get(1).getQuantity());
        }

        @Test
        void blankRemarksAreStoredAsNullAndOthersStripped() {
            StockDocument doc = new StockDocument("IN-1", DocumentCategory.PURCHASE, ZBET_GOOD, SUPPLIER, DATE,
                    "  urgent  ", List.of(new NewLine(GEARBOX, java.math.BigDecimal.ONE, "   ")), "keeper1", NOW);

            assertEquals("urgent", doc.getRemark());
            assertNull(doc.getLines().get(0).getRemark());
        }

        @Test
        void aLineRemarkLongerThanItsColumnIsRefused() {
            BusinessException e = invalid(() -> newDocument(DocumentCategory.PETTY_PURCHASE, ZBET_GOOD, null, DATE,
                    List.of(new NewLine(GEARBOX, java.math.BigDecimal.ONE, "长".repeat(301)))));

            assertEquals(new Problem("line.remark.tooLong", 1, GEARBOX.getCode(), 300), onlyProblem(e));
            newDocument(DocumentCategory.PETTY_PURCHASE, ZBET_GOOD, null, DATE,
                    List.of(new NewLine(GEARBOX, java.math.BigDecimal.ONE, "长".repeat(300))));
        }

        @Test
        void linesCannotBeChangedFromOutside() {
            StockDocument doc = purchase(line(GEARBOX, "1"));

            assertThrows(UnsupportedOperationException.class, () -> doc.getLines().clear());
        }

        @Test
        void purchaseWithoutSupplierIsInvalid() {
            BusinessException e = invalid(() -> newDocument(DocumentCategory.PURCHASE, ZBET_GOOD, null, DATE,
                    List.of(line(GEARBOX, "1"))));

            assertEquals(new Problem("document.supplier.required", MessageKey.of(DocumentCategory.PURCHASE)),
                    onlyProblem(e));
        }

        @Test
        void pettyPurchaseNeedsNoSupplier() {
            StockDocument doc = newDocument(DocumentCategory.PETTY_PURCHASE, ZBET_GOOD, null, DATE,
                    List.of(line(GEARBOX, "1")));

            assertNull(doc.getSupplier());
        }

        @ParameterizedTest
        @ValueSource(strings = { "0", "0.0000", "-1" })
        void blueDocumentNeedsPositiveQuantities(String quantity) {
            BusinessException e = invalid(() -> purchase(line(BOLT, "5"), line(GEARBOX, quantity)));

            Problem problem = onlyProblem(e);
            assertEquals("line.quantity.mustBePositive", problem.getMessageKey());
            assertEquals(2, problem.getArguments()[0], "line number");
            assertEquals("SP-GBX-0001", problem.getArguments()[1]);
        }

        @Test
        void outboundDocumentIsBlueAndAlsoNeedsPositiveQuantities() {
            BusinessException e = invalid(() -> document(DocumentCategory.SELF_USE, ZBET_GOOD, line(GEARBOX, "-1")));

            assertEquals(List.of("line.quantity.mustBePositive"), keys(e));
        }

        @ParameterizedTest
        @ValueSource(strings = { "1", "0" })
        void materialReturnIsRedAndRefusesNonNegativeQuantities(String quantity) {
            BusinessException e = invalid(
                    () -> document(DocumentCategory.MATERIAL_RETURN, ZBET_GOOD, line(GEARBOX, quantity)));

            Problem problem = onlyProblem(e);
            assertEquals("line.quantity.mustBeNegative", problem.getMessageKey());
            assertEquals(1, problem.getArguments()[0]);
            assertEquals("SP-GBX-0001", problem.getArguments()[1]);
        }

        @Test
        void materialReturnWithNegativeQuantityIsSavedAsRedInk() {
            StockDocument receipt = reviewedReceipt(line(GEARBOX, "3"));
            StockDocument doc = materialReturn(receipt, line(GEARBOX, "-2"));

            assertEquals(Ink.RED, doc.getInk());
            assertSame(receipt, doc.getReverses());
            assertQuantity("-2", doc.getLines().get(0).getQuantity());
        }

        @Test
        void missingQuantityIsReported() {
            BusinessException e = invalid(() -> purchase(line(GEARBOX, null)));

            assertEquals(new Problem("line.quantity.required", 1, "SP-GBX-0001"), onlyProblem(e));
        }

        @Test
        void decimalQuantityOfWholeUnitItemIsInvalid() {
            BusinessException e = invalid(() -> purchase(line(BOLT, "1.5")));

            assertEquals(new Problem("line.quantity.wholeUnits", 1, "SP-BLT-0003", "1.5", "pcs"), onlyProblem(e));
        }

        @Test
        void wholeUnitItemAcceptsAWholeQuantityWrittenWithDecimals() {
            StockDocument doc = purchase(line(BOLT, "3.000"));

            assertQuantity("3", doc.getLines().get(0).getQuantity());
        }

        @ParameterizedTest
        @ValueSource(strings = { "L", "kg", "m" })
        void measuredUnitsAcceptDecimalQuantities(String unitEn) {
            Item measured = itemCountedIn(unitEn);

            StockDocument doc = purchase(line(measured, "0.25"));

            assertQuantity("0.25", doc.getLines().get(0).getQuantity());
        }

        @Test
        void moreThanFourDecimalsIsTooPrecise() {
            BusinessException e = invalid(() -> purchase(line(HYDRAULIC_OIL, "1.23456")));

            assertEquals(new Problem("line.quantity.tooPrecise", 1, "CS-HYD-0002", Quantity.SCALE),
                    onlyProblem(e));
            assertEquals(4, Quantity.SCALE);
        }

        @Test
        void fourDecimalsAndTrailingZerosBeyondThemAreAccepted() {
            StockDocument doc = purchase(line(HYDRAULIC_OIL, "1.2345"), line(HYDRAULIC_OIL, "2.500000"));

            assertEquals(2, doc.getLines().size());
        }

        @Test
        void documentWithoutLinesIsInvalid() {
            BusinessException empty = invalid(() -> purchase());
            BusinessException none = invalid(() -> newDocument(DocumentCategory.PURCHASE, ZBET_GOOD, SUPPLIER, DATE,
                    null));

            assertEquals(List.of("document.lines.empty"), keys(empty));
            assertEquals(List.of("document.lines.empty"), keys(none));
        }

        @Test
        void documentWithoutDateIsInvalid() {
            BusinessException e = invalid(() -> newDocument(DocumentCategory.PURCHASE, ZBET_GOOD, SUPPLIER, null,
                    List.of(line(GEARBOX, "1"))));

            assertEquals(new Problem("document.date.required"), onlyProblem(e));
        }

        @Test
        void damageIntakeIntoGoodStoreIsInvalid() {
            BusinessException e = invalid(
                    () -> document(DocumentCategory.DAMAGE_INTAKE, ZBET_GOOD, line(GEARBOX, "1")));

            assertEquals(new Problem("document.store.wrongKind", MessageKey.of(DocumentCategory.DAMAGE_INTAKE),
                    "ZBET-G", MessageKey.of(StoreKind.GOOD)), onlyProblem(e));
        }

        @Test
        void damageIntakeIntoDamagedStoreIsFine() {
            StockDocument doc = document(DocumentCategory.DAMAGE_INTAKE, ZBET_DAMAGED, line(GEARBOX, "1"));

            assertEquals(DocumentStatus.SAVED, doc.getStatus());
        }

        @Test
        void purchaseIntoDamagedStoreIsInvalid() {
            BusinessException e = invalid(() -> document(DocumentCategory.PURCHASE, ZBET_DAMAGED, line(GEARBOX, "1")));

            assertEquals(List.of("document.store.wrongKind"), keys(e));
        }

        @Test
        void everyBrokenRuleIsReportedAtOnce() {
            BusinessException e = invalid(() -> newDocument(DocumentCategory.PURCHASE, ZBET_DAMAGED, null, null,
                    List.of(line(GEARBOX, "1"), line(GEARBOX, "0"), line(BOLT, "2.5"), line(HYDRAULIC_OIL, "1.000001"))));

            assertEquals(List.of("document.store.wrongKind", "document.supplier.required", "document.date.required",
                    "line.quantity.mustBePositive", "line.quantity.wholeUnits", "line.quantity.tooPrecise"), keys(e));
            assertEquals(List.of(2, 3, 4), e.getProblems().stream().skip(3).map(p -> p.getArguments()[0]).toList(),
                    "line problems name the line numbers the user sees");
        }

        @Test
        void documentProblemsAreReportedAlongsideMissingLines() {
            BusinessException e = invalid(() -> newDocument(DocumentCategory.PURCHASE, ZBET_GOOD, null, null, List.of()));

            assertEquals(List.of("document.supplier.required", "document.date.required", "document.lines.empty"),
                    keys(e));
        }

        @Test
        void lineWithoutItemIsReportedAndLaterLinesKeepTheirNumbers() {
            List<NewLine> lines = new ArrayList<>(Arrays.asList(line(null, "1"), line(GEARBOX, "0")));

            List<Problem> problems = DocumentCheck.forSaving().check(DocumentCategory.PURCHASE, ZBET_GOOD, SUPPLIER,
                    DATE, lines);

            assertEquals(List.of(new Problem("line.item.required", 1),
                    new Problem("line.quantity.mustBePositive", 2, GEARBOX.getCode(), "0")), problems);
        }

        @Test
        void aLineWithoutItemIsRejectedNotCrashed() {
            BusinessException e = invalid(() -> newDocument(DocumentCategory.PURCHASE, ZBET_GOOD, SUPPLIER, DATE,
                    new ArrayList<>(Arrays.asList(line(null, "1")))));
            assertEquals(List.of("line.item.required"), keys(e));
        }

        @Test
        void anAbsurdlyLargeQuantityIsRejectedBeforeTheDatabaseWould() {
            BusinessException e = invalid(() -> newDocument(DocumentCategory.PURCHASE, ZBET_GOOD, SUPPLIER, DATE,
                    List.of(line(GEARBOX, "123456789012345678901"))));
            assertEquals(List.of("line.quantity.tooLarge"), keys(e));
        }

        @Test
        void onlyClassTwoItemsGoBackForRepair() {
            BusinessException e = invalid(() -> newDocument(DocumentCategory.REPAIR_RETURN, REPAIR_HUB, null, DATE,
                    List.of(line(GEARBOX, "1"), line(BOLT, "2"))));
            assertEquals(List.of(new Problem("line.item.wrongClass", 2, BOLT.getCode(),
                    MessageKey.of(DocumentCategory.REPAIR_RETURN), MessageKey.of(BOLT.getRepairClass()))),
                    e.getProblems());
        }

        @Test
        void onlyTheRepairHubSendsPartsToRepairAndNamesNoVendor() {
            BusinessException atSite = invalid(() -> newDocument(DocumentCategory.REPAIR_RETURN, ZBET_DAMAGED, null,
                    DATE, List.of(line(GEARBOX, "1"))));
            assertEquals(List.of(new Problem("document.repairReturn.onlyAtHub",
                    MessageKey.of(DocumentCategory.REPAIR_RETURN), ZBET_DAMAGED.getCode())), atSite.getProblems());
            BusinessException withVendor = invalid(() -> newDocument(DocumentCategory.REPAIR_RETURN, REPAIR_HUB,
                    SUPPLIER, DATE, List.of(line(GEARBOX, "1"))));
            assertEquals(List.of("document.supplier.notAllowed"), keys(withVendor));
            assertEquals(DocumentStatus.SAVED, newDocument(DocumentCategory.REPAIR_RETURN, REPAIR_HUB, null, DATE,
                    List.of(line(GEARBOX, "1"))).getStatus());
        }

        @Test
        void scrapTakesItemsOfEitherClass() {
            StockDocument scrap = newDocument(DocumentCategory.SCRAP, ZBET_DAMAGED, null, DATE,
                    List.of(line(GEARBOX, "1"), line(BOLT, "2")));
            assertEquals(2, scrap.getLines().size());
        }

        @Test
        void checkOfValidContentFindsNothing() {
            assertTrue(DocumentCheck.forSaving().check(DocumentCategory.PURCHASE, ZBET_GOOD, SUPPLIER, DATE,
                    List.of(line(GEARBOX, "1"))).isEmpty());
        }
    }

    @Nested
    class Reviewing {

        @Test
        void reviewMarksReviewedAndReturnsMovementsPerItemSortedByCode() {
            StockDocument doc = purchase(line(GEARBOX, "2"), line(HYDRAULIC_OIL, "1.5"), line(GEARBOX, "3"),
                    line(BOLT, "10"));

            List<StockMovement> movements = doc.review("accountant1", LATER);

            assertEquals(DocumentStatus.REVIEWED, doc.getStatus());
            assertEquals("accountant1", doc.getReviewedBy());
            assertEquals(LATER, doc.getReviewedAt());
            assertEquals(List.of("CS-HYD-0002", "SP-BLT-0003", "SP-GBX-0001"),
                    movements.stream().map(m -> m.item().getCode()).toList());
            assertQuantity("1.5", movements.get(0).delta());
            assertQuantity("10", movements.get(1).delta());
            assertQuantity("5", movements.get(2).delta());
            assertTrue(movements.stream().allMatch(m -> m.store() == ZBET_GOOD));
        }

        @Test
        void outboundDocumentMovesStockOut() {
            StockDocument doc = document(DocumentCategory.SELF_USE, ZBET_GOOD, line(GEARBOX, "2"), line(GEARBOX, "1"));

            List<StockMovement> movements = doc.review("accountant1", LATER);

            assertEquals(1, movements.size());
            assertQuantity("-3", movements.get(0).delta());
        }

        @Test
        void materialReturnTakesStockBackOut() {
            StockDocument receipt = reviewedReceipt(line(HYDRAULIC_OIL, "1"));
            StockDocument doc = materialReturn(receipt, line(HYDRAULIC_OIL, "-0.75"));

            List<StockMovement> movements = doc.review(new Reversal(receipt, Map.of()), "accountant1", LATER);

            assertQuantity("-0.75", movements.get(0).delta());
        }

        @Test
        void unreviewReturnsReversingMovementsAndGoesBackToSaved() {
            StockDocument doc = purchase(line(GEARBOX, "2"), line(HYDRAULIC_OIL, "1.5"), line(GEARBOX, "3"));
            List<StockMovement> posted = doc.review("accountant1", NOW);

            List<StockMovement> reversed = doc.unreview("accountant2", LATER);

            assertEquals(DocumentStatus.SAVED, doc.getStatus());
            assertNull(doc.getReviewedBy());
            assertNull(doc.getReviewedAt());
            assertEquals("accountant2", doc.getModifiedBy());
            assertEquals(posted.size(), reversed.size());
            for (int i = 0; i < posted.size(); i++) {
                assertSame(posted.get(i).item(), reversed.get(i).item());
                assertSame(posted.get(i).store(), reversed.get(i).store());
                assertQuantity(posted.get(i).delta().negate().toPlainString(), reversed.get(i).delta());
            }
            assertQuantity("-5", reversed.get(1).delta());
        }

        @Test
        void unreviewedDocumentCanBeModifiedAndReviewedAgain() {
            StockDocument doc = purchase(line(GEARBOX, "2"));
            doc.review("accountant1", NOW);
            doc.unreview("accountant1", NOW);

            doc.modify(null, SUPPLIER, null, DATE, null, List.of(line(GEARBOX, "4")), "keeper1", LATER);
            List<StockMovement> movements = doc.review("accountant1", LATER);

            assertQuantity("4", movements.get(0).delta());
        }

        @Test
        void reviewingTwiceIsAConflict() {
            StockDocument doc = purchase(line(GEARBOX, "2"));
            doc.review("accountant1", NOW);

            BusinessException e = conflict(() -> doc.review("accountant1", LATER));

            assertArrayEquals(new Object[] { "DOC-0001", MessageKey.of(DocumentStatus.REVIEWED),
                    MessageKey.of(DocumentAction.REVIEW) }, onlyProblem(e).getArguments());
            assertEquals(NOW, doc.getReviewedAt(), "the first review stands");
        }

        @Test
        void unreviewingASavedDocumentIsAConflict() {
            StockDocument doc = purchase(line(GEARBOX, "2"));

            conflict(() -> doc.unreview("accountant1", NOW));
            assertEquals(DocumentStatus.SAVED, doc.getStatus());
        }
    }

    @Nested
    class Modifying {

        @Test
        void modifyReplacesContentAndRenumbersLines() {
            StockDocument doc = purchase(line(GEARBOX, "2"), line(BOLT, "10"), line(BOLT, "5"));
            LocalDate newDate = DATE.plusDays(1);

            doc.modify(null, SUPPLIER, null, newDate, "corrected", List.of(line(HYDRAULIC_OIL, "20"), line(GEARBOX, "1")),
                    "keeper2", LATER);

            assertEquals(DocumentStatus.SAVED, doc.getStatus());
            assertEquals(newDate, doc.getDocumentDate());
            assertEquals("corrected", doc.getRemark());
            assertEquals("keeper2", doc.getModifiedBy());
            assertEquals(LATER, doc.getModifiedAt());
            assertEquals(List.of(1, 2), doc.getLines().stream().map(DocumentLine::getLineNo).toList());
            assertEquals(List.of(HYDRAULIC_OIL, GEARBOX), doc.getLines().stream().map(DocumentLine::getItem).toList());
        }

        @Test
        void aSavedDocumentMayBecomeAnotherCategoryOfItsTypeAndTheHistorySaysSo() {
            StockDocument doc = purchase(line(GEARBOX, "2"));

            doc.modify(DocumentCategory.PETTY_PURCHASE, SUPPLIER, null, DATE, null, List.of(line(GEARBOX, "2")),
                    "keeper2", LATER);

            assertEquals(DocumentCategory.PETTY_PURCHASE, doc.getCategory());
            assertEquals(List.of(new FieldChange("category", null, "PURCHASE", "PETTY_PURCHASE")),
                    doc.recordedEvents().get(doc.recordedEvents().size() - 1).getChanges());
        }

        @Test
        void aSavedDocumentKeepsItsTypeAndNeverBecomesAGeneratedCategory() {
            StockDocument doc = purchase(line(GEARBOX, "2"));

            BusinessException otherType = invalid(() -> doc.modify(DocumentCategory.SELF_USE, null, null, DATE, null,
                    List.of(line(GEARBOX, "2")), "keeper2", LATER));
            assertEquals("document.category.otherType", onlyProblem(otherType).getMessageKey());
            invalid(() -> doc.modify(DocumentCategory.GOOD_TRANSFER_IN, SUPPLIER, null, DATE, null,
                    List.of(line(GEARBOX, "2")), "keeper2", LATER));
            invalid(() -> doc.modify(DocumentCategory.STOCKTAKE_GAIN, SUPPLIER, null, DATE, null,
                    List.of(line(GEARBOX, "2")), "keeper2", LATER));
            assertEquals(DocumentCategory.PURCHASE, doc.getCategory());
        }

        @Test
        void aCategoryThatTheContentDoesNotFitLeavesTheDocumentAsItWas() {
            StockDocument doc = purchase(line(GEARBOX, "2"));

            // a red-ink return names the receipt it returns from
            invalid(() -> doc.modify(DocumentCategory.MATERIAL_RETURN, null, null, DATE, null,
                    List.of(line(GEARBOX, "2")), "keeper2", LATER));

            assertEquals(DocumentCategory.PURCHASE, doc.getCategory());
        }

        @Test
        void invalidModificationLeavesTheDocumentUntouched() {
            StockDocument doc = purchase(line(GEARBOX, "2"));

            invalid(() -> doc.modify(null, null, null, null, "x", List.of(line(BOLT, "0.5")), "keeper2", LATER));

            assertSame(SUPPLIER, doc.getSupplier());
            assertEquals(DATE, doc.getDocumentDate());
            assertNull(doc.getRemark());
            assertNull(doc.getModifiedBy());
            assertEquals(1, doc.getLines().size());
            assertSame(GEARBOX, doc.getLines().get(0).getItem());
        }

        @Test
        void modifyingAReviewedDocumentIsAConflict() {
            StockDocument doc = purchase(line(GEARBOX, "2"));
            doc.review("accountant1", NOW);

            conflict(() -> doc.modify(null, SUPPLIER, null, DATE, null, List.of(line(GEARBOX, "9")), "keeper1", LATER));

            assertEquals(DocumentStatus.REVIEWED, doc.getStatus());
            assertQuantity("2", doc.getLines().get(0).getQuantity());
        }

        @Test
        void modifyingAReviewedDocumentIsAConflictEvenWithInvalidContent() {
            StockDocument doc = purchase(line(GEARBOX, "2"));
            doc.review("accountant1", NOW);

            conflict(() -> doc.modify(null, null, null, null, null, List.of(), "keeper1", LATER));
        }
    }

    @Nested
    class Deleting {

        @Test
        void savedDocumentCanBeDeleted() {
            StockDocument doc = purchase(line(GEARBOX, "2"));

            doc.delete("keeper1", LATER);

            assertEquals(DocumentStatus.DELETED, doc.getStatus());
            assertEquals("keeper1", doc.getModifiedBy());
            assertEquals(LATER, doc.getModifiedAt());
        }

        @Test
        void reviewedDocumentCannotBeDeleted() {
            StockDocument doc = purchase(line(GEARBOX, "2"));
            doc.review("accountant1", NOW);

            conflict(() -> doc.delete("keeper1", LATER));

            assertEquals(DocumentStatus.REVIEWED, doc.getStatus());
        }

        @Test
        void nothingCanBeDoneToADeletedDocument() {
            List<Consumer<StockDocument>> actions = List.of(
                    d -> d.modify(null, SUPPLIER, null, DATE, null, List.of(line(GEARBOX, "1")), "keeper1", LATER),
                    d -> d.review("accountant1", LATER),
                    d -> d.unreview("accountant1", LATER),
                    d -> d.delete("keeper1", LATER));
            StockDocument doc = purchase(line(GEARBOX, "2"));
            doc.delete("keeper1", NOW);

            assertAll(actions.stream().map(action -> (Executable) () -> conflict(() -> action.accept(doc))));
            assertEquals(DocumentStatus.DELETED, doc.getStatus());
            for (DocumentAction action : DocumentAction.values()) {
                assertFalse(doc.allows(action), action.name());
            }
        }
    }

    @Test
    void allowsFollowsTheStatus() {
        StockDocument doc = purchase(line(GEARBOX, "2"));
        assertTrue(doc.allows(DocumentAction.REVIEW));
        assertFalse(doc.allows(DocumentAction.UNREVIEW));

        doc.review("accountant1", NOW);

        assertNotNull(doc.getReviewedBy());
        assertFalse(doc.allows(DocumentAction.REVIEW));
        assertTrue(doc.allows(DocumentAction.UNREVIEW));
    }

    @Nested
    class ReversingAReceipt {

        private final StockDocument receipt = reviewedReceipt(line(GEARBOX, "3"), line(HYDRAULIC_OIL, "10"));

        private List<Problem> check(DocumentCategory category, Reversal reversal, NewLine... lines) {
            return RedInkReturnPolicy.check(category, ZBET_GOOD, reversal, List.of(lines));
        }

        @Test
        void aReturnMustNameItsReceipt() {
            BusinessException e = invalid(() -> document(DocumentCategory.MATERIAL_RETURN, ZBET_GOOD,
                    line(GEARBOX, "-1")));
            assertEquals(List.of("document.reverses.required"), keys(e));
        }

        @Test
        void onlyRedDocumentsReverseAReceipt() {
            assertEquals(List.of(new Problem("document.reverses.notAllowed", MessageKey.of(DocumentCategory.PURCHASE))),
                    check(DocumentCategory.PURCHASE, new Reversal(receipt, Map.of()), line(GEARBOX, "1")));
        }

        @Test
        void aReturnMayTakeBackWhatTheReceiptBroughtInAndNoMore() {
            assertTrue(check(DocumentCategory.MATERIAL_RETURN, new Reversal(receipt, Map.of()),
                    line(GEARBOX, "-1"), line(GEARBOX, "-2"), line(HYDRAULIC_OIL, "-10")).isEmpty());
            assertEquals(List.of(new Problem("line.quantity.exceedsReceipt", 1, GEARBOX.getCode(), "IN-0001", "3", "0")),
                    check(DocumentCategory.MATERIAL_RETURN, new Reversal(receipt, Map.of()),
                            line(GEARBOX, "-2"), line(GEARBOX, "-2")));
        }

        @Test
        void otherReturnsOfTheSameReceiptCount() {
            Reversal partlyReturned = new Reversal(receipt, Map.of(GEARBOX.getCode(), new java.math.BigDecimal("2")));
            assertTrue(check(DocumentCategory.MATERIAL_RETURN, partlyReturned, line(GEARBOX, "-1")).isEmpty());
            assertEquals(List.of(new Problem("line.quantity.exceedsReceipt", 1, GEARBOX.getCode(), "IN-0001", "3", "2")),
                    check(DocumentCategory.MATERIAL_RETURN, partlyReturned, line(GEARBOX, "-2")));
        }

        @Test
        void anItemTheReceiptDidNotBringInCannotBeReturned() {
            assertEquals(List.of(new Problem("line.item.notOnReceipt", 1, BOLT.getCode(), "IN-0001")),
                    check(DocumentCategory.MATERIAL_RETURN, new Reversal(receipt, Map.of()), line(BOLT, "-1")));
        }

        @Test
        void onlyAReviewedBlueReceiptOfTheSameStoreCanBeReversed() {
            StockDocument unreviewed = purchase(line(GEARBOX, "3"));
            assertEquals(List.of("document.reverses.invalid"), check(DocumentCategory.MATERIAL_RETURN,
                    new Reversal(unreviewed, Map.of()), line(GEARBOX, "-1")).stream().map(Problem::getMessageKey).toList());
            assertEquals(List.of("document.reverses.invalid"), RedInkReturnPolicy.check(DocumentCategory.MATERIAL_RETURN,
                    ZBET_DAMAGED, new Reversal(receipt, Map.of()), List.of(line(GEARBOX, "-1"))).stream()
                    .map(Problem::getMessageKey).toList());
        }

        @Test
        void reviewChecksAgainAgainstWhatOthersReturnedMeanwhile() {
            StockDocument ret = materialReturn(receipt, line(GEARBOX, "-2"));
            Reversal meanwhile = new Reversal(receipt, Map.of(GEARBOX.getCode(), new java.math.BigDecimal("2")));

            BusinessException e = assertThrows(BusinessException.class, () -> ret.review(meanwhile, "accountant1", LATER));
            assertEquals(BusinessException.Kind.CONFLICT, e.getKind());
            assertEquals(List.of("line.quantity.exceedsReceipt"), keys(e));
            assertEquals(DocumentStatus.SAVED, ret.getStatus());
        }
    }

    @Nested
    class History {

        private List<String> events(StockDocument doc) {
            return doc.recordedEvents().stream().map(e -> e.getType() + " by " + e.getActor()).toList();
        }

        @Test
        void everyTransitionIsRecordedWithWhoDidIt() {
            StockDocument doc = purchase(line(GEARBOX, "1"));
            doc.review("accountant1", LATER);
            doc.unreview("accountant2", LATER);
            doc.delete("keeper1", LATER);

            assertEquals(List.of("CREATED by keeper1", "REVIEWED by accountant1", "UNREVIEWED by accountant2",
                    "DELETED by keeper1"), events(doc));
        }

        @Test
        void aModificationRecordsWhatChanged() {
            StockDocument doc = purchase(line(GEARBOX, "1"), line(HYDRAULIC_OIL, "2.5"));
            Supplier other = new Supplier("SUP-002", "永济", "Yongji");

            doc.modify(null, other, null, DATE, "corrected", List.of(line(GEARBOX, "1"), line(HYDRAULIC_OIL, "3"),
                    line(BOLT, "4")), "keeper2", LATER);

            List<FieldChange> changes = doc.recordedEvents().get(1).getChanges();
            assertEquals(List.of(
                    new FieldChange("supplier", null, "SUP-001", "SUP-002"),
                    new FieldChange("remark", null, null, "corrected"),
                    new FieldChange("line", 2, "CS-HYD-0002 × 2.5", "CS-HYD-0002 × 3"),
                    new FieldChange("line", 3, null, "SP-BLT-0003 × 4")), changes);
            assertEquals(DocumentEventType.MODIFIED, doc.recordedEvents().get(1).getType());
        }
    }
}
