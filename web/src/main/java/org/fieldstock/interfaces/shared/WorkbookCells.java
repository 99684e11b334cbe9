package org.fieldstock.interfaces.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;

/** Reading and writing the cells of the workbooks users fill in and send back (Apache POI). */
public final class WorkbookCells {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Far beyond any count sheet or daily ledger; a larger upload is refused before it is parsed. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private WorkbookCells() {
    }

    /** An uploaded workbook's bytes, refused when larger than {@link #MAX_BYTES}. */
    public static byte[] readLimited(InputStream file) {
        try {
            byte[] bytes = file.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new BusinessException(BusinessException.Kind.INVALID, "stocktake.import.tooLarge",
                        MAX_BYTES / 1024 / 1024);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Formats cells as the user sees them; a formula (a running balance, a sum) as the value Excel
     * last computed, not as its text.
     */
    public static DataFormatter formatter() {
        DataFormatter formatter = new DataFormatter();
        formatter.setUseCachedValuesForFormulaCells(true);
        return formatter;
    }

    /** The cell as the user sees it, stripped; null when empty. */
    public static String text(DataFormatter formatter, Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String value = formatter.formatCellValue(cell);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A number cell, or a text that is a plain decimal number; null when it is neither. */
    public static BigDecimal number(Cell cell, String text) {
        if (cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            // through the shortest decimal text, so that 2.1 stays 2.1 and not 2.1000000000000000888
            return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
        }
        try {
            // no grouping or decimal commas: "1,5" is not guessed at
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A quantity cell of a row being read: its number, null when empty; a text that is not a number
     * is noted against the row (by its number in Excel) and answers null.
     */
    public static BigDecimal quantity(DataFormatter formatter, Row row, int column, int rowNo,
            List<Problem> unreadable) {
        String value = text(formatter, row, column);
        if (value == null) {
            return null;
        }
        BigDecimal quantity = number(row.getCell(column), value);
        if (quantity == null) {
            unreadable.add(new Problem("stocktake.import.notANumber", rowNo, value));
        }
        return quantity;
    }

    /** A date cell or a yyyy-MM-dd text; null when empty. */
    public static LocalDate date(DataFormatter formatter, Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String value = formatter.formatCellValue(cell);
        return value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    /**
     * A title or column header in both languages, Chinese first ("仓库 Store"), from the bundles:
     * a workbook is handed on and filled in by people who read either, so it carries both.
     */
    public static String bilingual(String key) {
        return MessageBundle.text(Locale.SIMPLIFIED_CHINESE, key) + " " + MessageBundle.text(Locale.ENGLISH, key);
    }

    /** Column headers in both languages, in the order of the keys. */
    public static String[] bilingual(String... keys) {
        return Arrays.stream(keys).map(WorkbookCells::bilingual).toArray(String[]::new);
    }

    /** The two first rows of a workbook users fill in: a title that says what it is of, and the column headers, bold. */
    public static void titleAndHeaders(Workbook workbook, Sheet sheet, String title, String[] headers) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(header);
        Row head = sheet.createRow(1);
        for (int c = 0; c < headers.length; c++) {
            head.createCell(c).setCellValue(headers[c]);
            head.getCell(c).setCellStyle(header);
        }
    }

    /** The style of cells that hold codes and names: text, so that 0012 stays 0012. */
    public static CellStyle textStyle(Workbook workbook) {
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        return text;
    }

    /** A text cell (so that codes like 0012 stay as typed), empty when there is no value. */
    public static void textCell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }
}
