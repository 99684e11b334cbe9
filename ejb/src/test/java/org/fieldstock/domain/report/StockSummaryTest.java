package org.fieldstock.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.fieldstock.domain.DomainFixtures;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentType;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.domain.item.Unit;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.BaseEntity;
import org.junit.jupiter.api.Test;

class StockSummaryTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private final Store zbet = identified(new Store("ZBET-G", StoreKind.GOOD, DomainFixtures.ZBET, "张北良品库",
            "ZBET good store"), 1);
    private final Store nc = identified(new Store("NC-G", StoreKind.GOOD, DomainFixtures.NC, "华北良品库",
            "NC good store"), 2);
    private final Item motor = identified(priced(new Item("SP-PIT-0001", "变桨电机", "Pitch motor", "4 kW",
            new Unit("台", "unit"), ItemCategory.SPARE, RepairClass.II), "1200.50"), 10);
    private final Item bolt = identified(new Item("SP-BLT-0003", "螺栓", "Bolt", "M36", new Unit("个", "pcs"),
            ItemCategory.SPARE, RepairClass.I), 11);

    @Test
    void everyCategoryHasOneColumnOnItsSide() {
        for (DocumentCategory category : DocumentCategory.values()) {
            assertEquals(category.type() == DocumentType.OTHER_INBOUND, SummaryColumn.of(category).inbound(),
                    category.name());
        }
        assertEquals(SummaryColumn.TRANSFER_IN, SummaryColumn.of(DocumentCategory.DAMAGED_TRANSFER_IN));
        assertEquals(SummaryColumn.values().length, SummaryColumn.ins().size() + SummaryColumn.outs().size());
    }

    @Test
    void theOpeningIsWorkedBackFromTodayAndEachMovementSitsInItsCategory() {
        StockSummary summary = new StockSummary.Builder(MARCH, Item::getUnitPrice)
                .balance(zbet, motor, new BigDecimal("7"))
                .movedAfter(1, 10, new BigDecimal("2"))
                .movedIn(1, 10, DocumentCategory.PURCHASE, new BigDecimal("6"))
                .movedIn(1, 10, DocumentCategory.MATERIAL_RETURN, new BigDecimal("-1"))
                .movedIn(1, 10, DocumentCategory.SELF_USE, new BigDecimal("-3"))
                .movedIn(1, 10, DocumentCategory.ISSUE_RETURN, new BigDecimal("1"))
                .movedIn(1, 10, DocumentCategory.GOOD_TRANSFER_OUT, new BigDecimal("-2"))
                .build();
        StockSummary.Line line = summary.lines().get(0);
        assertEquals(new BigDecimal("5"), line.closing(), "today's 7 less the 2 received in April");
        assertEquals(new BigDecimal("4"), line.opening(), "the closing less March's net 1");
        assertEquals(new BigDecimal("6"), line.quantity(SummaryColumn.PURCHASE));
        assertEquals(new BigDecimal("-1"), line.quantity(SummaryColumn.MATERIAL_RETURN), "a red receipt is a negative in");
        assertEquals(new BigDecimal("3"), line.quantity(SummaryColumn.SELF_USE), "an issue is a positive out");
        assertEquals(new BigDecimal("-1"), line.quantity(SummaryColumn.ISSUE_RETURN), "a return to stock, a negative out");
        assertEquals(new BigDecimal("5"), line.in());
        assertEquals(new BigDecimal("4"), line.out());
        assertEquals(0, line.opening().add(line.in()).subtract(line.out()).compareTo(line.closing()));
        assertEquals(new BigDecimal("4802.00"), line.value(line.opening()));
        assertEquals(new BigDecimal("6002.50"), summary.totals().closing());
    }

    @Test
    void linesWithNothingToShowAreLeftOutAndTheStoresSumPerItem() {
        StockSummary summary = new StockSummary.Builder(MARCH, Item::getUnitPrice)
                .balance(nc, motor, new BigDecimal("3"))
                .balance(zbet, motor, new BigDecimal("1"))
                .balance(zbet, bolt, BigDecimal.ZERO)
                .balance(nc, bolt, new BigDecimal("4"))
                .movedIn(2, 10, DocumentCategory.GOOD_TRANSFER_OUT, new BigDecimal("-1"))
                .movedIn(1, 10, DocumentCategory.GOOD_TRANSFER_IN, new BigDecimal("1"))
                .build();
        assertEquals(List.of("NC-G SP-BLT-0003", "NC-G SP-PIT-0001", "ZBET-G SP-PIT-0001"), summary.lines().stream()
                .map(line -> line.store().getCode() + " " + line.item().getCode()).toList(), "ZBET never had a bolt");
        StockSummary perItem = summary.perItem();
        assertEquals(2, perItem.lines().size());
        StockSummary.Line motors = perItem.lines().get(1);
        assertNull(motors.store());
        assertEquals(new BigDecimal("4"), motors.opening());
        assertEquals(new BigDecimal("4"), motors.closing());
        assertEquals(new BigDecimal("1"), motors.quantity(SummaryColumn.TRANSFER_IN));
        assertEquals(new BigDecimal("1"), motors.quantity(SummaryColumn.TRANSFER_OUT));
        StockSummary.Totals totals = perItem.totals();
        assertEquals(1, totals.unpriced(), "the bolt has no standard price");
        assertNull(perItem.lines().get(0).value(BigDecimal.ONE));
        assertEquals(new BigDecimal("4802.00"), totals.closing(), "only the priced lines are valued");
        assertTrue(totals.in().compareTo(totals.out()) == 0);
    }

    private static Item priced(Item item, String price) {
        item.describe(new BigDecimal(price), null, null, null, false);
        return item;
    }

    private static <T extends BaseEntity> T identified(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
