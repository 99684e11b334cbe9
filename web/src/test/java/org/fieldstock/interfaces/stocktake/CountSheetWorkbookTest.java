package org.fieldstock.interfaces.stocktake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldstock.application.stocktake.StocktakeViews.LineView;
import org.fieldstock.application.stocktake.StocktakeViews.SheetDetail;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.domain.item.Unit;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.stocktake.CampaignKind;
import org.fieldstock.domain.stocktake.CountEntry;
import org.fieldstock.domain.stocktake.CountSheet;
import org.fieldstock.domain.stocktake.SheetTotals;
import org.fieldstock.domain.stocktake.StocktakeCampaign;
import org.junit.jupiter.api.Test;

/** The count sheet workbook: what goes out, and what comes back in, row by row. */
class CountSheetWorkbookTest {

    private static final OrgUnit PO = new OrgUnit("PO", OrgUnitKind.PLANNING_OFFICE, "计划处", "Planning office", null,
            null);
    private static final OrgUnit BU = new OrgUnit("NC", OrgUnitKind.BU, "华北", "North China", PO, null);
    private static final OrgUnit SITE = new OrgUnit("ZBET", OrgUnitKind.SITE, "张北", "Zhangbei", BU, null);
    private static final Store STORE = new Store("ZBET-G", StoreKind.GOOD, SITE, "张北良品库", "ZBET good store");
    private static final Item BOLT = new Item("SP-BLT-0003", "螺栓", "Bolt", "M36", new Unit("个", "pcs"),
            ItemCategory.SPARE, RepairClass.I);
    private static final Item OIL = new Item("CS-HYD-0002", "液压油", "Hydraulic oil", "ISO VG 46", new Unit("升", "L"),
            ItemCategory.CONSUMABLE, RepairClass.I);

    private static SheetDetail detail(boolean booksHidden) {
        StocktakeCampaign campaign = new StocktakeCampaign("ST-2026-0007", CampaignKind.QUARTERLY, PO,
                LocalDate.of(2026, 12, 1), booksHidden, null, 1, LocalDate.of(2026, 11, 23), "planner",
                Instant.parse("2026-11-23T08:00:00Z"));
        CountSheet sheet = new CountSheet(campaign, STORE);
        List<LineView> lines = List.of(
                line(1, OIL, booksHidden ? null : new BigDecimal("12.5"), null),
                line(2, BOLT, booksHidden ? null : new BigDecimal("40"), new BigDecimal("38")));
        return new SheetDetail(sheet, lines, SheetTotals.none(1), booksHidden, true, false, false);
    }

    private static LineView line(int row, Item item, BigDecimal book, BigDecimal counted) {
        return new LineView(row, item, book, counted, null, null, null, null, null, null, null, null, null, List.of());
    }

    private static byte[] written(SheetDetail detail) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountSheetWorkbook.write(detail, out);
        return out.toByteArray();
    }

    @Test
    void theSheetGoesOutWithBookQuantitiesAndAnEmptyCountColumnOrTheCountSoFar() throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written(detail(false))))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("ST-2026-0007"));
            Row oil = sheet.getRow(2);
            assertEquals("ZBET-G", oil.getCell(0).getStringCellValue());
            assertEquals("CS-HYD-0002", oil.getCell(1).getStringCellValue());
            assertEquals("液压油", oil.getCell(2).getStringCellValue());
            assertEquals("升", oil.getCell(4).getStringCellValue());
            assertEquals(12.5, oil.getCell(5).getNumericCellValue());
            assertNull(oil.getCell(6), "nothing counted yet");
            assertEquals(38.0, sheet.getRow(3).getCell(6).getNumericCellValue());
        }
    }

    @Test
    void aBlindSheetGoesOutWithoutBookQuantities() throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written(detail(true))))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertNull(sheet.getRow(2).getCell(5));
            assertNull(sheet.getRow(3).getCell(5));
        }
    }

    @Test
    void countsComeBackByRowAndBadRowsAreNamed() throws IOException {
        byte[] filled;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written(detail(false))));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.getRow(2).createCell(6).setCellValue(12.1);
            sheet.getRow(2).createCell(7).setCellValue("泄漏 leak");
            sheet.getRow(3).getCell(6).setCellValue("forty");
            Row other = sheet.createRow(4);
            other.createCell(0).setCellValue("GZBD-G");
            other.createCell(1).setCellValue("SP-BLT-0003");
            other.createCell(6).setCellValue(1);
            Row expiry = sheet.createRow(5);
            expiry.createCell(1).setCellValue("CS-GRS-0001");
            expiry.createCell(6).setCellValue(2);
            expiry.createCell(9).setCellValue("next spring");
            sheet.createRow(6).createCell(1).setCellValue("SP-NOT-COUNTED");
            Row reasonOnly = sheet.createRow(7);
            reasonOnly.createCell(1).setCellValue("SP-REASON-ONLY");
            reasonOnly.createCell(7).setCellValue("没找到 not found");
            Row comma = sheet.createRow(8);
            comma.createCell(1).setCellValue("CS-HYD-0003");
            comma.createCell(6).setCellValue("1,5");
            workbook.write(out);
            filled = out.toByteArray();
        }
        CountSheetWorkbook.Read read = CountSheetWorkbook.read(new ByteArrayInputStream(filled), "ST-2026-0007",
                "ZBET-G");
        assertEquals(List.of(new CountEntry(3, "CS-HYD-0002", new BigDecimal("12.1"), "泄漏 leak", null, null,
                List.of())), read.entries(), "12.1 stays 12.1; a row without a count is skipped");
        assertEquals(List.of(new Problem("stocktake.import.notANumber", 4, "forty"),
                new Problem("stocktake.import.otherStore", 5, "GZBD-G", "ZBET-G"),
                new Problem("stocktake.import.notADate", 6, "next spring"),
                new Problem("stocktake.import.noCount", 8, "SP-REASON-ONLY"),
                new Problem("stocktake.import.notANumber", 9, "1,5")), read.unreadable());
        assertEquals(List.of(new Problem("stocktake.import.otherCampaign", "ST-2026-0008")),
                CountSheetWorkbook.read(new ByteArrayInputStream(filled), "ST-2026-0008", "ZBET-G").unreadable(),
                "the same store's sheet of another stocktake");
    }

    @Test
    void titleAndHeadersAreInChineseAndEnglishAsTheyAlwaysWere() throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written(detail(false))))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("盘点表 Count sheet  ST-2026-0007  ZBET-G 张北良品库 / ZBET good store",
                    sheet.getRow(0).getCell(0).getStringCellValue());
            List<String> headers = new ArrayList<>();
            sheet.getRow(1).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(OLD_HEADERS, headers);
        }
    }

    /** The headers of sheets exported before their words came from the bundles. */
    private static final List<String> OLD_HEADERS = List.of("仓库 Store", "物料编码 Item code", "名称 Name", "规格 Spec",
            "单位 Unit", "账面数量 Book quantity", "实盘数量 Counted", "差异原因 Reason", "批次 Batch",
            "有效期 Expiry (yyyy-mm-dd)", "序列号 Serials (a,b,c)");

    @Test
    void aSheetExportedByAnEarlierVersionStillImports() throws IOException {
        byte[] old;
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("ZBET-G");
            sheet.createRow(0).createCell(0).setCellValue("盘点表 Count sheet  ST-2026-0007  ZBET-G 张北良品库 / ZBET good store");
            Row headers = sheet.createRow(1);
            for (int c = 0; c < OLD_HEADERS.size(); c++) {
                headers.createCell(c).setCellValue(OLD_HEADERS.get(c));
            }
            Row bolt = sheet.createRow(2);
            bolt.createCell(0).setCellValue("ZBET-G");
            bolt.createCell(1).setCellValue("SP-BLT-0003");
            bolt.createCell(5).setCellValue(40);
            bolt.createCell(6).setCellValue(38);
            bolt.createCell(7).setCellValue("丢失 lost");
            workbook.write(out);
            old = out.toByteArray();
        }
        assertEquals(new CountSheetWorkbook.Read(List.of(new CountEntry(3, "SP-BLT-0003", new BigDecimal("38"),
                "丢失 lost", null, null, List.of())), List.of()),
                CountSheetWorkbook.read(new ByteArrayInputStream(old), "ST-2026-0007", "ZBET-G"));
        assertEquals(List.of(new Problem("stocktake.import.otherCampaign", "ST-2026-0008")),
                CountSheetWorkbook.read(new ByteArrayInputStream(old), "ST-2026-0008", "ZBET-G").unreadable(),
                "still checked against its campaign");
    }

    @Test
    void aFileThatIsNoWorkbookIsSaidToBeOne() {
        CountSheetWorkbook.Read read = CountSheetWorkbook.read(new ByteArrayInputStream("a,b,c\n".getBytes()),
                "ST-2026-0007", "ZBET-G");
        assertEquals(List.of(new Problem("stocktake.import.notAWorkbook")), read.unreadable());
        assertTrue(read.entries().isEmpty());
    }
}
