package org.fieldstock.domain.document;

import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.DATE;
import static org.fieldstock.domain.DomainFixtures.GEARBOX;
import static org.fieldstock.domain.DomainFixtures.SUPPLIER;
import static org.fieldstock.domain.DomainFixtures.ZBET_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The category's rules are asked in one place: a document's problems about its category are the
 * rules its booking breaks, and a site's daily report line, which asks the same rules with what it
 * knows at once (in or out, store, item, supplier), is judged the same way.
 */
class CategoryRuleTest {

    /** The document's words for each category rule. */
    private static final Map<String, CategoryRule> DOCUMENT_KEYS = Map.of(
            "document.store.wrongKind", CategoryRule.STORE_KIND,
            "document.supplier.required", CategoryRule.SUPPLIER_REQUIRED,
            "document.supplier.notAllowed", CategoryRule.SUPPLIER_NOT_ALLOWED,
            "line.item.wrongClass", CategoryRule.ITEM_CLASS,
            "line.quantity.mustBePositive", CategoryRule.DIRECTION,
            "line.quantity.mustBeNegative", CategoryRule.DIRECTION);

    private static List<CategoryRule> documentSays(DocumentCategory category, Store store, boolean supplier,
            NewLine line) {
        return DocumentCheck.forSaving().check(category, store, supplier ? SUPPLIER : null, DATE, List.of(line))
                .stream().map(Problem::getMessageKey).filter(DOCUMENT_KEYS::containsKey).map(DOCUMENT_KEYS::get)
                .toList();
    }

    @ParameterizedTest
    @EnumSource(DocumentCategory.class)
    void aDocumentsCategoryProblemsAreTheRulesItsStoreAndSupplierBreak(DocumentCategory category) {
        for (Store store : List.of(ZBET_GOOD, ZBET_DAMAGED)) {
            for (boolean supplier : List.of(true, false)) {
                String quantity = category.ink() == Ink.RED ? "-1" : "1";
                assertEquals(CategoryRule.brokenBy(category, CategoryRule.Booking.ofDocument(store.getKind(), supplier)),
                        documentSays(category, store, supplier, line(GEARBOX, quantity)),
                        () -> category + " in " + store.getCode() + (supplier ? " with" : " without") + " a supplier");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentCategory.class)
    void aLineWhoseSignMovesStockAgainstTheCategoryBreaksItsDirection(DocumentCategory category) {
        Store store = category.acceptsStore(ZBET_GOOD.getKind()) ? ZBET_GOOD : ZBET_DAMAGED;
        boolean supplier = category.requiresSupplier();
        for (String quantity : List.of("2", "0", "-2")) {
            int movement = Integer.signum(Integer.parseInt(quantity)) * category.type().direction();
            assertEquals(CategoryRule.brokenBy(category, CategoryRule.Booking.ofMovement(movement)),
                    documentSays(category, store, supplier, line(GEARBOX, quantity)), () -> category + " × " + quantity);
        }
    }

    @Test
    void aDailyReportLineBreaksTheRulesADocumentOfItWouldBreak() {
        // a site writes a repair return (outbound, damaged store) of a class-I bolt in the "in" column,
        // in its good store, with a supplier
        CategoryRule.Booking reported = new CategoryRule.Booking(+1, ZBET_GOOD.getKind(), BOLT, true);

        List<CategoryRule> broken = CategoryRule.brokenBy(DocumentCategory.REPAIR_RETURN, reported);

        assertEquals(List.of(CategoryRule.DIRECTION, CategoryRule.STORE_KIND, CategoryRule.ITEM_CLASS,
                CategoryRule.SUPPLIER_NOT_ALLOWED), broken);
        // the document a line bringing the bolt in would be (a negative quantity on an outbound document)
        assertEquals(List.of(CategoryRule.STORE_KIND, CategoryRule.SUPPLIER_NOT_ALLOWED, CategoryRule.ITEM_CLASS,
                CategoryRule.DIRECTION), documentSays(DocumentCategory.REPAIR_RETURN, ZBET_GOOD, true, line(BOLT, "-1")));
    }

    @Test
    void theRulesAreToldInTheOrderADailyReportFlagsThem() {
        CategoryRule.Booking everythingWrong = new CategoryRule.Booking(-1, ZBET_DAMAGED.getKind(), GEARBOX, false);

        assertEquals(List.of(CategoryRule.DIRECTION, CategoryRule.STORE_KIND, CategoryRule.SUPPLIER_REQUIRED),
                CategoryRule.brokenBy(DocumentCategory.PURCHASE, everythingWrong));
    }

    @Test
    void aPartNotGivenIsNotJudged() {
        assertEquals(List.of(), CategoryRule.brokenBy(DocumentCategory.PURCHASE,
                new CategoryRule.Booking(null, null, null, null)));
        assertEquals(List.of(), CategoryRule.brokenBy(DocumentCategory.REPAIR_RETURN, CategoryRule.Booking.ofItem(null)));
    }

    @Test
    void blueReceiptsBringStockInWhileIssuesAndRedInkReturnsTakeItOut() {
        assertEquals(1, DocumentCategory.PURCHASE.stockDirection());
        assertEquals(-1, DocumentCategory.SELF_USE.stockDirection());
        assertEquals(-1, DocumentCategory.MATERIAL_RETURN.stockDirection());
    }
}
