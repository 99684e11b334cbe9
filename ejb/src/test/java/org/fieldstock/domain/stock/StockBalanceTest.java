package org.fieldstock.domain.stock;

import static org.fieldstock.domain.DomainFixtures.GEARBOX;
import static org.fieldstock.domain.DomainFixtures.HYDRAULIC_OIL;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.assertQuantity;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.junit.jupiter.api.Test;

class StockBalanceTest {

    private static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }

    @Test
    void newBalanceIsEmpty() {
        assertQuantity("0", new StockBalance(ZBET_GOOD, GEARBOX).getOnHand());
    }

    @Test
    void applyAddsSignedQuantitiesAndReturnsTheNewOnHand() {
        StockBalance balance = new StockBalance(ZBET_GOOD, GEARBOX);

        assertQuantity("5", balance.apply(qty("5")));
        BigDecimal after = balance.apply(qty("-2"));

        assertQuantity("3", after);
        assertQuantity("3", balance.getOnHand());
    }

    @Test
    void applyMayTakeTheBalanceExactlyToZero() {
        StockBalance balance = new StockBalance(ZBET_GOOD, HYDRAULIC_OIL);
        balance.apply(qty("2.5"));

        balance.apply(qty("-2.5"));

        assertQuantity("0", balance.getOnHand());
    }

    @Test
    void goingBelowZeroIsRefusedNamingItemStoreOnHandAndShortfall() {
        StockBalance balance = new StockBalance(ZBET_GOOD, GEARBOX);
        balance.apply(qty("3"));

        InsufficientStockException e = assertThrows(InsufficientStockException.class, () -> balance.apply(qty("-5")));

        assertEquals(BusinessException.Kind.CONFLICT, e.getKind());
        assertEquals(1, e.getProblems().size());
        Problem problem = e.getProblems().get(0);
        assertEquals("stock.insufficient", problem.getMessageKey());
        assertArrayEquals(new Object[] { "SP-GBX-0001", "ZBET-G", "3", "2" }, problem.getArguments());
    }

    @Test
    void refusedMovementLeavesTheBalanceUnchanged() {
        StockBalance balance = new StockBalance(ZBET_GOOD, GEARBOX);
        balance.apply(qty("3"));

        assertThrows(InsufficientStockException.class, () -> balance.apply(qty("-4")));

        assertQuantity("3", balance.getOnHand());
        assertQuantity("0", balance.apply(qty("-3")));
    }

    @Test
    void decimalShortfallIsShownWithoutTrailingZeros() {
        StockBalance balance = new StockBalance(ZBET_GOOD, HYDRAULIC_OIL);
        balance.apply(qty("1.5000"));

        InsufficientStockException e = assertThrows(InsufficientStockException.class,
                () -> balance.apply(qty("-2.2500")));

        assertArrayEquals(new Object[] { "CS-HYD-0002", "ZBET-G", "1.5", "0.75" },
                e.getProblems().get(0).getArguments());
    }

    @Test
    void emptyBalanceCannotGiveAnything() {
        StockBalance balance = new StockBalance(ZBET_GOOD, GEARBOX);

        InsufficientStockException e = assertThrows(InsufficientStockException.class, () -> balance.apply(qty("-1")));

        assertArrayEquals(new Object[] { "SP-GBX-0001", "ZBET-G", "0", "1" }, e.getProblems().get(0).getArguments());
        assertQuantity("0", balance.getOnHand());
    }
}
