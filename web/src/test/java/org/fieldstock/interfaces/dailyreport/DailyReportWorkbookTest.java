package org.fieldstock.interfaces.dailyreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldstock.application.dailyreport.DailyReportDraft;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.shared.Problem;
import org.junit.jupiter.api.Test;

/** The daily report workbook: what a keeper types in the daily-ledger layout, read back line by line. */
class DailyReportWorkbookTest {

    private static final OrgUnit PO = new OrgUnit("PO", OrgUnitKind.PLANNING_OFFICE, "计划处", "Planning office", null,
            null);
    private static final OrgUnit NC = new OrgUnit("NC", OrgUnitKind.BU, "华北分公司", "North China BU", PO, null);
    private static final OrgUnit ZBET = new OrgUnit("ZBET", OrgUnitKind.SITE, "张北风电场", "Zhangbei wind farm", NC,
            null);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void categoriesAreReadByCodeOrNameInEitherLanguageAndBlankRowsAreSkipped() throws IOException {
        byte[] workbook = filled(DAY, new String[][] {
            {"ZBET-G", "SP-GBX-0007", "齿轮油泵", "", "", "", "1", "4", "自用领用", "A01", "", "", "", "换泵"},
            {},
            {"", "SP-GBX-0006", "", "", "", "2", "", "", "Petty purchase", "", "SUP-001", "", "", ""},
            {"ZBET-D", "SP-GBX-0008", "", "", "", "1", "", "", "damage_intake", "", "", "", "S1, S2", ""},
            {"", "SP-GBX-0008", "", "", "", "", "1", "=2+3", "", "", "", "", "", ""}});
        DailyReportWorkbook.Read read = DailyReportWorkbook.read(new ByteArrayInputStream(workbook), "ZBET", DAY);
        assertEquals(List.of(), read.unreadable());
        List<DailyReportDraft.Line> lines = read.lines();
        assertEquals(4, lines.size(), "the empty row is no line");
        assertEquals(DocumentCategory.SELF_USE, lines.get(0).category());
        assertEquals("A01", lines.get(0).turbineNo());
        assertEquals(0, lines.get(0).out().compareTo(java.math.BigDecimal.ONE));
        assertNull(lines.get(0).in());
        assertEquals(DocumentCategory.PETTY_PURCHASE, lines.get(1).category());
        assertEquals("SUP-001", lines.get(1).supplierCode());
        assertNull(lines.get(1).storeCode(), "the service picks the store");
        assertEquals(DocumentCategory.DAMAGE_INTAKE, lines.get(2).category());
        assertEquals("S1, S2", lines.get(2).serials());
        assertNull(lines.get(3).category(), "left for the BU to map");
        assertEquals(0, new java.math.BigDecimal("5").compareTo(lines.get(3).balance()),
                "a running balance kept as a formula is read as its value");
    }

    @Test
    void badNumbersUnknownCategoriesAndAnotherDaysWorkbookAreReported() throws IOException {
        byte[] workbook = filled(DAY, new String[][] {
            {"", "SP-GBX-0007", "", "", "", "", "1,5", "", "自用", "", "", "", "", ""}});
        List<String> keys = DailyReportWorkbook.read(new ByteArrayInputStream(workbook), "ZBET", DAY).unreadable()
                .stream().map(Problem::getMessageKey).toList();
        assertEquals(List.of("stocktake.import.notANumber", "dailyReport.import.category"), keys);
        assertEquals(List.of("dailyReport.import.otherDay"), DailyReportWorkbook.read(new ByteArrayInputStream(
                workbook), "ZBET", DAY.plusDays(1)).unreadable().stream().map(Problem::getMessageKey).toList());
        assertEquals(List.of("stocktake.import.notAWorkbook"), DailyReportWorkbook.read(new ByteArrayInputStream(
                "not a workbook".getBytes()), "ZBET", DAY).unreadable().stream().map(Problem::getMessageKey).toList());
    }

    /** The headers of workbooks handed out before their words came from the bundles. */
    private static final List<String> OLD_HEADERS = List.of("仓库 Store", "物料编码 Item code", "名称 Name", "规格 Spec",
            "单位 Unit", "入库 In", "出库 Out", "结存 Balance", "类别 Category", "风机号 Turbine", "供应商 Supplier",
            "批次 Batch", "序列号 Serials", "备注 Remark");

    @Test
    void titleAndHeadersAreInChineseAndEnglishAsTheyAlwaysWere() throws IOException {
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        DailyReportWorkbook.write(ZBET, DAY, List.of(), empty);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(empty.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("现场出入库流水账 Daily ledger ZBET 2026-11-20  张北风电场 / Zhangbei wind farm",
                    sheet.getRow(0).getCell(0).getStringCellValue());
            List<String> headers = new ArrayList<>();
            sheet.getRow(1).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(OLD_HEADERS, headers.subList(0, OLD_HEADERS.size()), "the old columns where they were");
            assertEquals(List.of("内部联络单号 Requisition"), headers.subList(OLD_HEADERS.size(), headers.size()),
                    "the petty purchase's requisition after them");
        }
    }

    @Test
    void aWorkbookHandedOutByAnEarlierVersionStillReads() throws IOException {
        byte[] old;
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("ZBET " + DAY);
            sheet.createRow(0).createCell(0).setCellValue("现场出入库流水账 Daily ledger ZBET " + DAY
                    + "  张北风电场 / Zhangbei wind farm");
            Row headers = sheet.createRow(1);
            for (int c = 0; c < OLD_HEADERS.size(); c++) {
                headers.createCell(c).setCellValue(OLD_HEADERS.get(c));
            }
            Row line = sheet.createRow(2);
            line.createCell(0).setCellValue("ZBET-G");
            line.createCell(1).setCellValue("SP-GBX-0007");
            line.createCell(6).setCellValue(1);
            line.createCell(8).setCellValue("自用领用");
            line.createCell(9).setCellValue("A01");
            workbook.write(out);
            old = out.toByteArray();
        }
        DailyReportWorkbook.Read read = DailyReportWorkbook.read(new ByteArrayInputStream(old), "ZBET", DAY);
        assertEquals(List.of(), read.unreadable());
        assertEquals(1, read.lines().size());
        assertEquals(DocumentCategory.SELF_USE, read.lines().get(0).category());
        assertEquals("A01", read.lines().get(0).turbineNo());
        assertEquals(List.of("dailyReport.import.otherDay"), DailyReportWorkbook.read(new ByteArrayInputStream(old),
                "ZBET", DAY.plusDays(1)).unreadable().stream().map(Problem::getMessageKey).toList(),
                "still checked for its day");
    }

    /** The empty workbook of the day as handed out, with the rows typed in from the third row on. */
    private static byte[] filled(LocalDate day, String[][] rows) throws IOException {
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        DailyReportWorkbook.write(ZBET, day, List.of(), empty);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(empty.toByteArray()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(2 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c].startsWith("=")) {
                        row.createCell(c).setCellFormula(rows[r][c].substring(1));
                    } else if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            // as Excel saves it: every formula with the value it last computed
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
