package org.fieldstock.domain.item;

import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.GEARBOX;
import static org.fieldstock.domain.DomainFixtures.HYDRAULIC_OIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemTest {

    @ParameterizedTest
    @ValueSource(strings = { "L", "kg", "m" })
    void measuredUnitsAllowDecimals(String en) {
        assertTrue(new Unit("测", en).allowsDecimals());
    }

    @ParameterizedTest
    @ValueSource(strings = { "pcs", "unit", "set", "box" })
    void countedUnitsDoNotAllowDecimals(String en) {
        assertFalse(new Unit("测", en).allowsDecimals());
    }

    @Test
    void unitNeedsBothNames() {
        assertThrows(NullPointerException.class, () -> new Unit(null, "pcs"));
        assertThrows(NullPointerException.class, () -> new Unit("个", null));
    }

    @Test
    void itemTakesDecimalRuleAndNamesFromItsUnit() {
        assertTrue(HYDRAULIC_OIL.isDecimalQuantity());
        assertFalse(GEARBOX.isDecimalQuantity());
        assertEquals(new Unit("台", "unit"), GEARBOX.getUnit());
        assertEquals("升", HYDRAULIC_OIL.getUnitZh());
        assertEquals("L", HYDRAULIC_OIL.getUnitEn());
    }

    @ParameterizedTest
    @ValueSource(strings = { "1", "3.000", "10", "100", "0" })
    void wholeUnitItemAcceptsWholeQuantities(String quantity) {
        assertTrue(BOLT.acceptsQuantity(new BigDecimal(quantity)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0.5", "2.01", "-1.5", "7.0001" })
    void wholeUnitItemRejectsFractions(String quantity) {
        assertFalse(BOLT.acceptsQuantity(new BigDecimal(quantity)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0.5", "2.01", "-1.5", "7", "0.0001" })
    void measuredItemAcceptsFractions(String quantity) {
        assertTrue(HYDRAULIC_OIL.acceptsQuantity(new BigDecimal(quantity)));
    }
}
