package org.fieldstock.interfaces.golive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldstock.domain.golive.ImportRow;
import org.fieldstock.domain.golive.ImportSheet;
import org.fieldstock.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** Go-live files read into rows: the template's sheets and headers, U8's and the demo data's column names, CSV. */
class ImportFileTest {

    @Test
    void theTemplateComesBackAsItsSheetsWithoutRowsOrProblems() throws IOException {
        byte[] template = ImportTemplate.workbook();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertEquals("填写说明 Instructions", workbook.getSheetName(0));
            assertEquals("期初结存 Opening balances", workbook.getSheetName(7));
            Sheet items = workbook.getSheet("物料 Items");
            assertEquals("编码 Code [code]",
                    items.getRow(1).getCell(0).getStringCellValue());
            assertEquals("必填 Required · U8 cInvCode", items.getRow(0).getCell(0).getStringCellValue());
        }
        ImportFile read = ImportFile.read(template, null);
        assertEquals(List.of(), read.rows());
        assertEquals(List.of(), read.problems());
        assertEquals(64, read.sha256().length());
    }

    @Test
    void columnsAreFoundByTheTemplatesHeaderTheKeyEitherLanguageOrU8InAnyOrder() throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("items");
            Row header = sheet.createRow(0);
            String[] names = {"cInvName", "英文名称", "code", "Unit (Chinese)", "计量单位（英文） Unit (English)", "category",
                "修复类别 Repair class [repair_class]", "cInvStd"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            Row row = sheet.createRow(1);
            String[] values = {"轴承", "Bearing", "SP-X-0012", "个", "pc", "SPARE", "II", "6205"};
            for (int c = 0; c < values.length; c++) {
                row.createCell(c).setCellValue(values[c]);
            }
            row.createCell(8).setCellValue("not a column of the sheet");
            sheet.createRow(2);
            Row numbers = sheet.createRow(3);
            numbers.createCell(2).setCellValue(12.0);
            ImportFile read = ImportFile.read(bytes(workbook), null);
            assertEquals(List.of(), read.problems());
            assertEquals(2, read.rows().size(), "the empty row is skipped: " + read.rows());
            ImportRow first = read.rows().get(0);
            assertEquals(ImportSheet.ITEMS, first.sheet());
            assertEquals(2, first.rowNo(), "as the spreadsheet numbers it");
            assertEquals(Map.of("name_zh", "轴承", "name_en", "Bearing", "code", "SP-X-0012", "unit_zh", "个",
                    "unit_en", "pc", "category", "SPARE", "repair_class", "II", "spec", "6205"), first.cells());
            assertEquals("12", read.rows().get(1).get("code"), "a number in full, without a decimal point");
        }
    }

    @Test
    void aSheetLackingRequiredColumnsOrUnknownToTheTemplateIsNamed() throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("用户 Users").createRow(0).createCell(0).setCellValue("username");
            workbook.createSheet("Sheet2");
            ImportFile read = ImportFile.read(bytes(workbook), null);
            assertEquals(List.of("import.sheet.columnsMissing", "import.sheet.unknown"),
                    read.problems().stream().map(p -> p.problem().getMessageKey()).toList());
            assertEquals("display_name, org_unit, roles", read.problems().get(0).problem().getArguments()[0]);
            assertEquals(ImportSheet.USERS, read.problems().get(0).sheet());
        }
        BusinessException notAWorkbook = assertThrows(BusinessException.class,
                () -> ImportFile.read("PK not really a zip".getBytes(StandardCharsets.US_ASCII), null));
        assertEquals("import.file.unreadable", notAWorkbook.getProblems().get(0).getMessageKey());
    }

    @Test
    void aCsvFileIsOneSheetInUtf8WithItsByteOrderMarkQuotesAndLineBreaks() {
        String csv = "\uFEFFsite_code,turbine_no,model\r\nZBET,A01,\"SL1500, \"\"new\"\"\nblades\"\r\n\r\nZBET,A02,SL1500\r\n";
        ImportFile read = ImportFile.read(csv.getBytes(StandardCharsets.UTF_8), ImportSheet.TURBINES);
        assertEquals(List.of(), read.problems());
        assertEquals(2, read.rows().size());
        assertEquals("SL1500, \"new\"\nblades", read.rows().get(0).get("model"));
        assertEquals(2, read.rows().get(0).rowNo(), "the header is row 1");
        assertEquals(ImportTemplate.csvHeader(ImportSheet.TURBINES).strip(),
                "\"场站编码 Site code [site_code]\",\"风机号 Turbine number [turbine_no]\",\"机型 Model [model]\"");
        ImportFile againFromItsTemplate = ImportFile.read((ImportTemplate.csvHeader(ImportSheet.TURBINES)
                + "GZBD,B01,SL3000\r\n").getBytes(StandardCharsets.UTF_8), ImportSheet.TURBINES);
        assertEquals(Optional.of("SL3000"), Optional.ofNullable(againFromItsTemplate.rows().get(0).get("model")));

        ImportFile gbk = ImportFile.read("site_code,turbine_no,model\r\n张北,A01,风机\r\n".getBytes(Charset.forName("GBK")),
                ImportSheet.TURBINES);
        assertEquals("张北", gbk.rows().get(0).get("site_code"), "U8's GBK export reads as it is");
        assertEquals("风机", gbk.rows().get(0).get("model"));
        BusinessException neither = assertThrows(BusinessException.class, () -> ImportFile.read(
                new byte[] {'a', ',', 'b', '\r', '\n', (byte) 0xFF, (byte) 0xFE, (byte) 0xFF}, ImportSheet.TURBINES));
        assertEquals("import.csv.encoding", neither.getProblems().get(0).getMessageKey());
        BusinessException noSheet = assertThrows(BusinessException.class,
                () -> ImportFile.read("a,b\r\n".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("import.csv.sheetRequired", noSheet.getProblems().get(0).getMessageKey());
        assertTrue(ImportFile.read("model\r\n".getBytes(StandardCharsets.UTF_8), ImportSheet.TURBINES).problems()
                .get(0).problem().getArguments()[0].toString().contains("site_code"));
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
