package org.fieldstock.interfaces.requisition;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldstock.application.requisition.MinimumStockService;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.requisition.MinimumStock;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.interfaces.shared.WorkbookCells;

/**
 * Minimum stock (最低库存量) as an xlsx workbook: a store's levels handed out, filled in or changed
 * and read back. Columns: store, item code, name, spec, unit, minimum, reorder quantity; name, spec
 * and unit are for the reader and not read back. Headers in Chinese and English.
 */
public final class MinimumStockWorkbook {

    public static final String CONTENT_TYPE = WorkbookCells.CONTENT_TYPE;

    static final String[] HEADERS = WorkbookCells.bilingual("workbook.store", "workbook.itemCode", "workbook.name",
            "workbook.spec", "workbook.unit", "workbook.minimum", "workbook.reorder");
    private static final int STORE = 0;
    private static final int ITEM = 1;
    private static final int MINIMUM = 5;
    private static final int REORDER = 6;
    private static final int FIRST_ROW = 2;

    private MinimumStockWorkbook() {
    }

    /** A store's levels, one row an item, to fill in or change and import again. */
    public static void write(String storeCode, List<MinimumStock> levels, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(storeCode);
            CellStyle text = WorkbookCells.textStyle(workbook);
            WorkbookCells.titleAndHeaders(workbook, sheet, WorkbookCells.bilingual("minimumStock.workbook.title")
                    + "  " + storeCode, HEADERS);
            int r = FIRST_ROW;
            for (MinimumStock level : levels) {
                Item item = level.getItem();
                Row row = sheet.createRow(r++);
                WorkbookCells.textCell(row, STORE, storeCode, text);
                WorkbookCells.textCell(row, ITEM, item.getCode(), text);
                WorkbookCells.textCell(row, 2, item.getNameZh() + " " + item.getNameEn(), text);
                WorkbookCells.textCell(row, 3, item.getSpec(), text);
                WorkbookCells.textCell(row, 4, item.getUnitZh() + " " + item.getUnitEn(), text);
                row.createCell(MINIMUM).setCellValue(level.getMinimum().doubleValue());
                if (level.getReorderQuantity() != null) {
                    row.createCell(REORDER).setCellValue(level.getReorderQuantity().doubleValue());
                }
            }
            workbook.write(out);
        }
    }

    /**
     * The rows of a workbook, empty rows skipped, by their row number in Excel. A file that is not a
     * workbook, or a quantity that is not a number, is refused naming the row; nothing is read then.
     */
    public static List<MinimumStockService.LevelRow> read(byte[] file) {
        List<MinimumStockService.LevelRow> rows = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        DataFormatter formatter = WorkbookCells.formatter();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || WorkbookCells.text(formatter, row, STORE) == null
                        && WorkbookCells.text(formatter, row, ITEM) == null) {
                    continue;
                }
                int rowNo = r + 1;
                rows.add(new MinimumStockService.LevelRow(rowNo, WorkbookCells.text(formatter, row, STORE),
                        WorkbookCells.text(formatter, row, ITEM), WorkbookCells.quantity(formatter, row, MINIMUM, rowNo, unreadable),
                        WorkbookCells.quantity(formatter, row, REORDER, rowNo, unreadable)));
            }
        } catch (IOException | RuntimeException e) {
            throw new BusinessException(BusinessException.Kind.INVALID, "minimumStock.import.notAWorkbook");
        }
        if (!unreadable.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, unreadable);
        }
        return rows;
    }

    public static String fileName(String storeCode) {
        return "minimum-stock-" + storeCode + ".xlsx";
    }
}
