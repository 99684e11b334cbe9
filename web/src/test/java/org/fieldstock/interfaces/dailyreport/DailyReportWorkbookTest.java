package org.fieldstock.interfaces.dailyreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
