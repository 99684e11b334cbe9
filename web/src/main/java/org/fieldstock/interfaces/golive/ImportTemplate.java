package org.fieldstock.interfaces.golive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldstock.domain.golive.ImportColumn;
import org.fieldstock.domain.golive.ImportSheet;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.shared.WorkbookCells;

/**
 * The workbook the application hands out to be filled in: one tab per sheet, each column headed in
 * Chinese and English with its key ("物料编码 Item code [code]"), above the headers whether it must be
 * filled in and the old ERP's (U8) column name, and a tab of instructions (the values a column allows).
 * The header line of a CSV file of one sheet is the same headers.
 */
public final class ImportTemplate {

    public static final String FILE_NAME = "fieldstock-go-live-template.xlsx";

    private ImportTemplate() {
    }

    public static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle text = WorkbookCells.textStyle(workbook);
            instructions(workbook.createSheet(WorkbookCells.bilingual(ImportFile.INSTRUCTIONS_KEY)));
            for (ImportSheet kind : ImportSheet.values()) {
                Sheet sheet = workbook.createSheet(WorkbookCells.bilingual("import.sheet." + kind.fileName()));
                Row hints = sheet.createRow(0);
                Row headers = sheet.createRow(1);
                int c = 0;
                for (ImportColumn column : kind.columns()) {
                    hints.createCell(c).setCellValue(hint(column));
                    headers.createCell(c).setCellValue(header(column));
                    headers.getCell(c).setCellStyle(header);
                    // codes stay as typed (0012 is not 12), dates and numbers as the user enters them
                    sheet.setDefaultColumnStyle(c, text);
                    sheet.setColumnWidth(c, 24 * 256);
                    c++;
                }
                sheet.createFreezePane(0, 2);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header line of a CSV file of the sheet. */
    public static String csvHeader(ImportSheet sheet) {
        return String.join(",", sheet.columns().stream().map(column -> "\"" + header(column) + "\"").toList())
                + "\r\n";
    }

    static String header(ImportColumn column) {
        return WorkbookCells.bilingual("import.column." + column.key()) + " [" + column.key() + "]";
    }

    private static String hint(ImportColumn column) {
        String need = WorkbookCells.bilingual(column.required() ? "import.template.required"
                : "import.template.optional");
        return column.u8Name() == null ? need : need + " · U8 " + column.u8Name();
    }

    private static void instructions(Sheet sheet) {
        String[] keys = {"import.template.line.order", "import.template.line.keys", "import.template.line.kinds",
            "import.template.line.categories", "import.template.line.flags", "import.template.line.dates",
            "import.template.line.roles", "import.template.line.opening", "import.template.line.serials",
            "import.template.line.csv"};
        int r = 0;
        for (String key : keys) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(MessageBundle.text(Locale.SIMPLIFIED_CHINESE, key));
            row.createCell(1).setCellValue(MessageBundle.text(Locale.ENGLISH, key));
        }
        sheet.setColumnWidth(0, 80 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }
}
