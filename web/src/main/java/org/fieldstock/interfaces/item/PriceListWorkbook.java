package org.fieldstock.interfaces.item;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fieldstock.application.item.PriceListService.PriceLine;
import org.fieldstock.application.item.PriceListService.PriceRow;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.interfaces.shared.WorkbookCells;

/**
 * The repair-parts price list (配件价格表) as an xlsx workbook: per item the price in force on a day,
 * since when, and the next price to come; and two empty columns, the new price and the day it takes
 * effect, which the planning office fills in and uploads again. Only the rows with a new price are
 * read back.
 */
public final class PriceListWorkbook {

    public static final String CONTENT_TYPE = WorkbookCells.CONTENT_TYPE;

    static final String[] HEADERS = WorkbookCells.bilingual("prices.item", "prices.name", "prices.spec",
            "prices.unit", "prices.price", "prices.since", "prices.next", "prices.nextFrom", "prices.newPrice",
            "prices.newFrom", "prices.note");
    static final int CODE = 0;
    static final int NEW_PRICE = 8;
    static final int NEW_FROM = 9;
    static final int NOTE = 10;
    private static final int FIRST_ROW = 2;

    private PriceListWorkbook() {
    }

    public static String fileName(LocalDate at) {
        return "price-list-" + at + ".xlsx";
    }

    public static void write(List<PriceLine> lines, LocalDate at, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("prices");
            CellStyle text = WorkbookCells.textStyle(workbook);
            WorkbookCells.titleAndHeaders(workbook, sheet, WorkbookCells.bilingual("prices.title") + "  " + at, HEADERS);
            int r = FIRST_ROW;
            for (PriceLine line : lines) {
                Row row = sheet.createRow(r++);
                String[] cells = {line.item().getCode(), line.item().getNameZh() + " " + line.item().getNameEn(),
                        line.item().getSpec(), line.item().getUnitZh() + " " + line.item().getUnitEn()};
                for (int c = 0; c < cells.length; c++) {
                    WorkbookCells.textCell(row, c, cells[c], text);
                }
                if (line.price() != null) {
                    row.createCell(4).setCellValue(line.price().doubleValue());
                }
                WorkbookCells.textCell(row, 5, line.effectiveFrom() == null ? null : line.effectiveFrom().toString(), text);
                if (line.next() != null) {
                    row.createCell(6).setCellValue(line.next().getUnitPrice().doubleValue());
                    WorkbookCells.textCell(row, 7, line.next().getEffectiveFrom().toString(), text);
                }
                WorkbookCells.textCell(row, NEW_FROM, null, text);
                WorkbookCells.textCell(row, NOTE, null, text);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** The rows with a new price; any unreadable one is told with its row number, and then none is taken. */
    public static List<PriceRow> read(InputStream file) {
        List<PriceRow> rows = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        DataFormatter formatter = WorkbookCells.formatter();
        try (Workbook workbook = WorkbookFactory.create(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || WorkbookCells.text(formatter, row, NEW_PRICE) == null) {
                    continue;
                }
                int rowNo = r + 1;
                BigDecimal price = WorkbookCells.quantity(formatter, row, NEW_PRICE, rowNo, unreadable);
                LocalDate from = null;
                try {
                    from = WorkbookCells.date(formatter, row.getCell(NEW_FROM));
                } catch (DateTimeParseException e) {
                    unreadable.add(new Problem("price.import.notADate", rowNo, WorkbookCells.text(formatter, row,
                            NEW_FROM)));
                }
                rows.add(new PriceRow(rowNo, WorkbookCells.text(formatter, row, CODE), price, from,
                        WorkbookCells.text(formatter, row, NOTE)));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException business) {
                throw business;
            }
            throw new BusinessException(BusinessException.Kind.INVALID, "request.workbook.unreadable");
        }
        if (!unreadable.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, unreadable);
        }
        return rows;
    }
}
