package org.fieldstock.domain.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.junit.jupiter.api.Test;

/** The planning office's rules for creating and changing items. */
class ItemMaintenanceTest {

    private static ItemDetails details(String unitEn, Integer shelfLife, boolean serial) {
        return ItemDetails.cleaned(" 联轴器 ", "Coupling", "", "个", unitEn, ItemCategory.SPARE, RepairClass.II,
                new BigDecimal("120.50"), shelfLife, "SL1500", serial);
    }

    private static Item fresh() {
        return Item.create("SP-CPL-0001", details("pcs", null, false));
    }

    private static List<String> keys(BusinessException e) {
        return e.getProblems().stream().map(Problem::getMessageKey).toList();
    }

    @Test
    void aNewItemTakesTheCleanedDetails() {
        Item item = fresh();
        assertEquals("联轴器", item.getNameZh());
        assertEquals(null, item.getSpec(), "blank text is no text");
        assertFalse(item.isBatchTracked());
        assertFalse(item.isDecimalQuantity());
    }

    @Test
    void everyProblemOfANewItemIsReportedAtOnce() {
        ItemDetails bad = ItemDetails.cleaned(null, "x".repeat(151), null, null, "pcs", null, RepairClass.I,
                new BigDecimal("-1"), 0, null, false);
        BusinessException e = assertThrows(BusinessException.class, () -> Item.create("bad code", bad));
        assertEquals(BusinessException.Kind.INVALID, e.getKind());
        assertEquals(List.of("item.code.invalid", "masterData.required", "masterData.tooLong", "masterData.required",
                "masterData.required", "item.unitPrice.invalid", "item.shelfLife.invalid"), keys(e));
    }

    @Test
    void anUnusedItemMayChangeEverythingButItsCode() {
        Item item = fresh();
        List<String> changes = item.change(details("kg", 12, true), ItemUsage.UNUSED);
        assertTrue(item.isSerialTracked());
        assertTrue(item.isBatchTracked());
        assertTrue(item.isDecimalQuantity(), "kilograms are measured");
        assertEquals(List.of("unit: 个/pcs → 个/kg", "shelfLifeMonths: - → 12", "serialTracked: false → true"), changes);
        assertEquals("SP-CPL-0001", item.getCode());
    }

    @Test
    void trackingStaysOnceTheItemIsOnDocuments() {
        Item item = fresh();
        ItemUsage onDocuments = new ItemUsage(true, false);
        BusinessException serial = assertThrows(BusinessException.class,
                () -> item.change(details("pcs", null, true), onDocuments));
        assertEquals(BusinessException.Kind.CONFLICT, serial.getKind());
        assertEquals(List.of("item.serialTracking.inUse"), keys(serial));
        assertEquals(List.of("item.batchTracking.inUse"),
                keys(assertThrows(BusinessException.class, () -> item.change(details("pcs", 6, false), onDocuments))));
        assertFalse(item.isSerialTracked(), "nothing changed");
        assertEquals(List.of("unit: 个/pcs → 个/set"), item.change(details("set", null, false), onDocuments),
                "without stock the unit may change");
    }

    @Test
    void theUnitStaysWhileThereIsStockButTheShelfLifeMonthsMayChange() {
        Item item = Item.create("CS-GRS-0009", details("pcs", 12, false));
        ItemUsage inStock = new ItemUsage(true, true);
        assertEquals(List.of("item.unit.inStock"),
                keys(assertThrows(BusinessException.class, () -> item.change(details("set", 12, false), inStock))));
        assertEquals(List.of("shelfLifeMonths: 12 → 24"), item.change(details("pcs", 24, false), inStock));
    }

    @Test
    void nextCodeFollowsTheHighestOfItsCategoryAndGroup() {
        List<String> codes = List.of("SP-GBX-0001", "SP-GBX-0012", "SP-GBXX-0099", "CS-GBX-0040", "OLD-17");
        assertEquals("SP-GBX-0013", ItemCodes.next(ItemCategory.SPARE, "gbx", codes));
        assertEquals("TL-GBX-0001", ItemCodes.next(ItemCategory.TOOL, "GBX", codes));
        assertEquals("CS-GBX-0041", ItemCodes.next(ItemCategory.CONSUMABLE, "GBX", codes));
        assertThrows(BusinessException.class, () -> ItemCodes.next(ItemCategory.SPARE, "GBX", List.of("SP-GBX-9999")));
        assertFalse(ItemCodes.isValidGroup("G1"));
        assertEquals("GBX", ItemCodes.groupOf("SP-GBX-0012"));
    }
}
