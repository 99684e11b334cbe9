package org.fieldstock.interfaces.requisition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldstock.application.requisition.MinimumStockService;
import org.fieldstock.application.requisition.WeeklyProgress;
import org.fieldstock.domain.requisition.RequisitionEvent;
import org.fieldstock.domain.requisition.RequisitionStatus;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.user.Role;
import org.junit.jupiter.api.Test;

/**
 * The weekly progress report as a workbook and a PDF (the late ones marked, the counts, in the
 * reader's language), and the minimum-stock workbook read back row by row.
 */
class WeeklyProgressReportTest {

    private static final Instant FILED = Instant.parse("2026-11-30T01:00:00Z");

    private static WeeklyProgress week() {
        return new WeeklyProgress("NC", LocalDate.of(2026, 11, 30), List.of(
                new WeeklyProgress.Row(1, "REQ-2026-000001", "ZBET", FILED, FILED, RequisitionStatus.FILED,
                        Role.BU_PLANNER, 3, FILED.plusSeconds(86_400), true, List.of(RequisitionEvent.Step.SIGN), 2),
                new WeeklyProgress.Row(2, "REQ-2026-000002", "WCYD", FILED, FILED, RequisitionStatus.CLOSED, null, 1,
                        FILED.plusSeconds(86_400), false, List.of(RequisitionEvent.Step.CHECK,
                                RequisitionEvent.Step.APPROVE, RequisitionEvent.Step.CLOSED), 1)),
                new WeeklyProgress.Counts(1, 1, 1, 0, 1, 1));
    }

    @Test
    void theWorkbookListsEachRequisitionWithItsLateCheckAndTheWeeksCounts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WeeklyProgressWorkbook.write(week(), out);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("内部联络单周进度报告 Requisitions"),
                    sheet.getRow(0).getCell(0).getStringCellValue());
            Row late = sheet.getRow(2);
            assertEquals("REQ-2026-000001", late.getCell(0).getStringCellValue());
            assertEquals("审核超时 Check late", late.getCell(6).getStringCellValue());
            assertEquals(3, (int) late.getCell(7).getNumericCellValue());
            assertTrue(sheet.getRow(3).getCell(8).getStringCellValue().contains("Approved by the BU manager"));
            assertTrue(sheet.getRow(5).getCell(0).getStringCellValue().contains("1 checked late"),
                    sheet.getRow(5).getCell(0).getStringCellValue());
        }
    }

    @Test
    void thePdfSaysTheWeekItsCountsAndMarksTheLateOnesInTheReadersLanguage() throws IOException {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            byte[] pdf = WeeklyProgressPdf.render(week(), locale, "buplanner", FILED);
            String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
            boolean chinese = locale.getLanguage().equals("zh");
            assertTrue(text.contains(chinese ? "内部联络单周进度报告" : "Requisitions: weekly progress"), text);
            assertTrue(text.contains("2026-11-30") && text.contains("2026-12-06"), text);
            assertTrue(text.contains(chinese ? "审核超时" : "Check late"), text);
            assertTrue(text.contains("REQ-2026-000002"), text);
        }
    }

    @Test
    void aMinimumStockWorkbookReadsBackByRowAndRefusesWhatIsNotANumber() throws IOException {
        byte[] file;
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("ZBET-G");
            sheet.createRow(0).createCell(0).setCellValue("最低库存量 Minimum stock  ZBET-G");
            Row first = sheet.createRow(2);
            first.createCell(0).setCellValue("ZBET-G");
            first.createCell(1).setCellValue("SP-GBX-0006");
            first.createCell(5).setCellValue(2);
            first.createCell(6).setCellValue(4);
            Row removed = sheet.createRow(4);
            removed.createCell(0).setCellValue("ZBET-G");
            removed.createCell(1).setCellValue("SP-GBX-0007");
            workbook.write(out);
            file = out.toByteArray();
        }
        List<MinimumStockService.LevelRow> rows = MinimumStockWorkbook.read(file);
        assertEquals(List.of(new MinimumStockService.LevelRow(3, "ZBET-G", "SP-GBX-0006", new BigDecimal("2"),
                new BigDecimal("4")), new MinimumStockService.LevelRow(5, "ZBET-G", "SP-GBX-0007", null, null)), rows);

        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = workbook.createSheet("x").createRow(2);
            row.createCell(0).setCellValue("ZBET-G");
            row.createCell(1).setCellValue("SP-GBX-0006");
            row.createCell(5).setCellValue("two");
            workbook.write(out);
            file = out.toByteArray();
        }
        byte[] notANumber = file;
        BusinessException refused = org.junit.jupiter.api.Assertions.assertThrows(BusinessException.class,
                () -> MinimumStockWorkbook.read(notANumber));
        assertEquals("stocktake.import.notANumber", refused.getProblems().get(0).getMessageKey());
        assertEquals("minimumStock.import.notAWorkbook", org.junit.jupiter.api.Assertions.assertThrows(
                BusinessException.class, () -> MinimumStockWorkbook.read("not a workbook".getBytes()))
                .getProblems().get(0).getMessageKey());
    }
}
