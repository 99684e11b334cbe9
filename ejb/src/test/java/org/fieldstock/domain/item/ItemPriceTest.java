package org.fieldstock.domain.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.domain.DomainFixtures;
import org.fieldstock.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

class ItemPriceTest {

    private static final Instant T = Instant.parse("2026-11-20T08:00:00Z");

    private static ItemPrice price(String price, LocalDate from, Instant at) {
        return new ItemPrice(DomainFixtures.BOLT, new BigDecimal(price), from, null, "planner", at);
    }

    @Test
    void thePriceInForceIsTheLatestEffectiveNotAfterTheDayAndOfOneDayTheLaterEntered() {
        List<ItemPrice> history = List.of(price("8", ItemPrice.SINCE_EVER, T), price("9.5", LocalDate.of(2027, 1, 1), T),
                price("9", LocalDate.of(2026, 12, 1), T), price("9.2", LocalDate.of(2026, 12, 1), T.plusSeconds(60)));
        assertEquals(new BigDecimal("8.00"), ItemPrice.inForce(history, LocalDate.of(2026, 11, 30)).orElseThrow()
                .getUnitPrice());
        assertEquals(new BigDecimal("9.20"), ItemPrice.inForce(history, LocalDate.of(2026, 12, 31)).orElseThrow()
                .getUnitPrice(), "the correction entered later the same day");
        assertEquals(new BigDecimal("9.50"), ItemPrice.inForce(history, LocalDate.of(2027, 1, 1)).orElseThrow()
                .getUnitPrice());
        assertTrue(ItemPrice.inForce(history, LocalDate.of(1999, 12, 31)).isEmpty());
    }

    @Test
    void aPriceIsNotNegativeAndInWholeFen() {
        assertTrue(ItemPrice.isValid(new BigDecimal("0")));
        assertTrue(ItemPrice.isValid(new BigDecimal("12.50")));
        assertFalse(ItemPrice.isValid(new BigDecimal("-0.01")));
        assertFalse(ItemPrice.isValid(new BigDecimal("1.005")));
        assertFalse(ItemPrice.isValid(new BigDecimal("1000000000000")));
        assertThrows(BusinessException.class, () -> price("-1", LocalDate.of(2026, 12, 1), T));
        assertThrows(BusinessException.class, () -> new ItemPrice(DomainFixtures.BOLT, null, LocalDate.of(2026, 12, 1),
                null, "planner", T));
        assertThrows(BusinessException.class, () -> new ItemPrice(DomainFixtures.BOLT, BigDecimal.ONE,
                LocalDate.of(2026, 12, 1), "x".repeat(201), "planner", T));
    }
}
