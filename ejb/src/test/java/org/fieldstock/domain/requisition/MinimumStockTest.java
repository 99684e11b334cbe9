package org.fieldstock.domain.requisition;

import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.HYDRAULIC_OIL;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.fieldstock.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** A store's minimum stock of an item: below it, the shortfall brings it back, at least the reorder quantity. */
class MinimumStockTest {

    private static BigDecimal q(String value) {
        return new BigDecimal(value);
    }

    @Test
    void belowTheMinimumTheShortfallBringsItBackAtLeastByTheReorderQuantity() {
        MinimumStock bolts = new MinimumStock(ZBET_GOOD, BOLT, q("50"), null, "accountant", NOW);
        assertFalse(bolts.isShort(q("50")), "at the minimum is not short");
        assertEquals(0, q("0").compareTo(bolts.shortfall(q("60"))));
        assertEquals(0, q("38").compareTo(bolts.shortfall(q("12"))));
        bolts.change(q("50"), q("100"), "accountant", NOW);
        assertEquals(0, q("100").compareTo(bolts.shortfall(q("12"))), "at least what is ordered at once");
        assertEquals(0, q("100").compareTo(bolts.shortfall(q("0"))));
    }

    @Test
    void aShortfallIsInWholeUnitsUnlessTheItemIsCountedInFractions() {
        MinimumStock oil = new MinimumStock(ZBET_GOOD, HYDRAULIC_OIL, q("200"), null, "accountant", NOW);
        assertEquals(0, q("0.5").compareTo(oil.shortfall(q("199.5"))));
        assertTrue(oil.isShort(q("199.5")));
    }

    @Test
    void levelsAreQuantitiesOfTheItem() {
        assertEquals(List.of("minimumStock.minimum.invalid"), keys(assertThrows(BusinessException.class,
                () -> new MinimumStock(ZBET_GOOD, BOLT, q("2.5"), null, "accountant", NOW))));
        assertEquals(List.of("minimumStock.minimum.invalid", "minimumStock.reorder.invalid"),
                keys(assertThrows(BusinessException.class,
                        () -> new MinimumStock(ZBET_GOOD, BOLT, q("-1"), q("0"), "accountant", NOW))));
        assertEquals(List.of("minimumStock.minimum.required"), keys(assertThrows(BusinessException.class,
                () -> new MinimumStock(ZBET_GOOD, BOLT, null, null, "accountant", NOW))));
        assertEquals(0, q("0").compareTo(new MinimumStock(ZBET_GOOD, BOLT, q("0"), null, "a", NOW).getMinimum()),
                "a minimum of zero keeps the item listed without asking for it");
    }
}
