package org.fieldstock.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.document.Receiving;
import org.fieldstock.domain.document.Reversal;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.domain.item.Unit;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.organisation.Turbine;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.supplier.Supplier;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * A small organisation, catalogue and helpers for the domain unit tests:
 * planning office PO → business units NC and NW → site ZBET (under NC) and site GZBD (under NW),
 * each with a good and a damaged store.
 */
public final class DomainFixtures {

    public static final OrgUnit PO = new OrgUnit("PO", OrgUnitKind.PLANNING_OFFICE, "计划处", "Planning office", null,
            null);
    public static final OrgUnit NC = new OrgUnit("NC", OrgUnitKind.BU, "华北分公司", "North China BU", PO, null);
    public static final OrgUnit NW = new OrgUnit("NW", OrgUnitKind.BU, "西北分公司", "North West BU", PO, null);
    /** The production management department: its central store and its repair hub. */
    public static final OrgUnit PMD = OrgUnit.productionManagement("PMD", "生产管理部", "Production management", PO,
            null);
    public static final OrgUnit ZBET = new OrgUnit("ZBET", OrgUnitKind.SITE, "张北风电场", "Zhangbei wind farm", NC,
            "河北");
    public static final OrgUnit GZBD = new OrgUnit("GZBD", OrgUnitKind.SITE, "瓜州北大桥风电场", "Guazhou wind farm", NW,
            "甘肃");

    public static final Store NC_GOOD = new Store("NC-G", StoreKind.GOOD, NC, "华北良品库", "NC good store");
    public static final Store NC_DAMAGED = new Store("NC-D", StoreKind.DAMAGED, NC, "华北坏品库", "NC damaged store");
    public static final Store NW_GOOD = new Store("NW-G", StoreKind.GOOD, NW, "西北良品库", "NW good store");
    public static final Store CENTRAL_STORE = new Store("PMD-G", StoreKind.GOOD, PMD, "中心库", "Central store");
    public static final Store REPAIR_HUB = new Store("PMD-D", StoreKind.DAMAGED, PMD, "返修库", "Repair hub");
    public static final Store ZBET_GOOD = new Store("ZBET-G", StoreKind.GOOD, ZBET, "张北良品库", "ZBET good store");
    public static final Store ZBET_DAMAGED = new Store("ZBET-D", StoreKind.DAMAGED, ZBET, "张北坏品库",
            "ZBET damaged store");
    public static final Store GZBD_GOOD = new Store("GZBD-G", StoreKind.GOOD, GZBD, "瓜州良品库", "GZBD good store");
    public static final Store GZBD_DAMAGED = new Store("GZBD-D", StoreKind.DAMAGED, GZBD, "瓜州坏品库",
            "GZBD damaged store");

    public static final List<Store> ALL_STORES = List.of(NC_GOOD, NC_DAMAGED, NW_GOOD, ZBET_GOOD, ZBET_DAMAGED,
            GZBD_GOOD, GZBD_DAMAGED);

    /** Counted in whole units (台 / unit). */
    public static final Item GEARBOX = new Item("SP-GBX-0001", "齿轮箱", "Gearbox", "2.0 MW", new Unit("台", "unit"),
            ItemCategory.SPARE, RepairClass.II);
    /** Measured in litres, so decimals are allowed. */
    public static final Item HYDRAULIC_OIL = new Item("CS-HYD-0002", "液压油", "Hydraulic oil", "ISO VG 46",
            new Unit("升", "L"), ItemCategory.CONSUMABLE, RepairClass.I);
    /** Counted in pieces. */
    public static final Item BOLT = new Item("SP-BLT-0003", "螺栓", "Bolt", "M36", new Unit("个", "pcs"),
            ItemCategory.SPARE, RepairClass.I);

    /** Class II and serial-tracked: one serial per unit. */
    public static final Item PITCH_MOTOR = tracked(new Item("SP-PIT-0001", "变桨电机", "Pitch motor", "4 kW",
            new Unit("台", "unit"), ItemCategory.SPARE, RepairClass.II), null, true);
    /** Has a shelf life of 24 months: received in batches with an expiry date. */
    public static final Item GREASE = tracked(new Item("CS-GRS-0001", "润滑脂", "Grease", "EP2 18 kg",
            new Unit("桶", "drum"), ItemCategory.CONSUMABLE, RepairClass.I), 24, false);

    public static final Turbine ZBET_A01 = new Turbine(ZBET, "A01", "SL1500");
    public static final Turbine GZBD_A01 = new Turbine(GZBD, "A01", "SL3000");

    public static final Supplier SUPPLIER = new Supplier("SUP-001", "南高齿", "NGC Gears");

    public static final LocalDate DATE = LocalDate.of(2026, 3, 2);
    public static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    public static final Instant LATER = Instant.parse("2026-03-03T09:30:00Z");

    private DomainFixtures() {
    }

    private static Item tracked(Item item, Integer shelfLifeMonths, boolean serialTracked) {
        item.describe(new BigDecimal("100.00"), shelfLifeMonths, null, null, serialTracked);
        return item;
    }

    /** A line of a serial-tracked item with its serials. */
    public static NewLine serialLine(Item item, String quantity, String... serials) {
        return new NewLine(item, new BigDecimal(quantity), null, null, null, null, List.of(serials));
    }

    /** A line of a shelf-life item from (or, with an expiry date, into) a batch. */
    public static NewLine batchLine(Item item, String quantity, String batchNo, LocalDate expiry) {
        return new NewLine(item, new BigDecimal(quantity), null, null, batchNo, expiry, List.of());
    }

    public static NewLine line(Item item, String quantity) {
        return new NewLine(item, quantity == null ? null : new BigDecimal(quantity), null);
    }

    public static Item itemCountedIn(String unitEn) {
        return new Item("TEST-" + unitEn, "测试", "Test item", null, new Unit("测", unitEn), ItemCategory.CONSUMABLE,
                RepairClass.I);
    }

    /** A saved purchase into ZBET's good store. */
    public static StockDocument purchase(NewLine... lines) {
        return document(DocumentCategory.PURCHASE, ZBET_GOOD, lines);
    }

    /** A saved document of the category, with a supplier where the category takes one. */
    public static StockDocument document(DocumentCategory category, Store store, NewLine... lines) {
        StockDocument document = new StockDocument("DOC-0001", category, store, category.acceptsSupplier() ? SUPPLIER
                : null, DATE, null, List.of(lines), "keeper1", NOW);
        // a delivery comes with its papers
        document.receive(new Receiving("DN-0001", null, null));
        return document;
    }

    /** A reviewed purchase into ZBET's good store, numbered IN-0001. */
    public static StockDocument reviewedReceipt(NewLine... lines) {
        StockDocument receipt = new StockDocument("IN-0001", DocumentCategory.PURCHASE, ZBET_GOOD, SUPPLIER, DATE,
                null, List.of(lines), "keeper1", NOW);
        receipt.receive(new Receiving("DN-0001", null, null));
        receipt.review("accountant1", NOW);
        return receipt;
    }

    /** A saved material return (red ink) of the receipt, which nothing else has returned from yet. */
    public static StockDocument materialReturn(StockDocument receipt, NewLine... lines) {
        return new StockDocument("RET-0001", DocumentCategory.MATERIAL_RETURN, receipt.getStore(), null,
                new Reversal(receipt, Map.of()), DATE, null, List.of(lines), "keeper1", NOW);
    }

    public static Caller caller(OrgUnit orgUnit, Role... roles) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(List.of(roles));
        return new Caller("user-" + orgUnit.getCode(), set, orgUnit);
    }

    public static List<String> keys(BusinessException e) {
        return e.getProblems().stream().map(Problem::getMessageKey).toList();
    }

    public static Problem onlyProblem(BusinessException e) {
        assertEquals(1, e.getProblems().size(), () -> "expected exactly one problem: " + e.getProblems());
        return e.getProblems().get(0);
    }

    /** Numeric equality, ignoring scale (2.50 equals 2.5). */
    public static void assertQuantity(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }
}
