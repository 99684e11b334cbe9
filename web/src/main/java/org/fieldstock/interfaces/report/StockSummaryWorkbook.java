package org.fieldstock.interfaces.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fieldstock.domain.report.StockSummary;
import org.fieldstock.domain.report.SummaryColumn;
import org.fieldstock.interfaces.shared.WorkbookCells;

/**
 * The in/out/balance summary (收发存汇总表) of a month as an xlsx workbook: a row per store and item
 * (or per item), the opening balance, every inbound and outbound category's column, the closing
 * balance, then the values at the standard price; the value totals below. Headers in Chinese and
 * English; numbers as numbers, so that the accountant sums them again.
 */
public final class StockSummaryWorkbook {

    public static final String CONTENT_TYPE = WorkbookCells.CONTENT_TYPE;

    /** Store, item, name, spec, unit, price: the columns before the quantities. */
    static final int FIRST_QUANTITY = 6;

    private StockSummaryWorkbook() {
    }

    public static String[] headers() {
        List<String> keys = new ArrayList<>(List.of("summary.store", "summary.item", "summary.name", "summary.spec",
                "summary.unitOfMeasure", "summary.price", "summary.opening"));
        SummaryColumn.ins().forEach(column -> keys.add("SummaryColumn." + column.name()));
        keys.add("summary.in");
        SummaryColumn.outs().forEach(column -> keys.add("SummaryColumn." + column.name()));
        keys.addAll(List.of("summary.out", "summary.closing", "summary.openingValue", "summary.inValue",
                "summary.outValue", "summary.closingValue"));
        return WorkbookCells.bilingual(keys.toArray(String[]::new));
    }

    public static void write(StockSummary summary, String scope, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("summary");
            CellStyle text = WorkbookCells.textStyle(workbook);
            WorkbookCells.titleAndHeaders(workbook, sheet, WorkbookCells.bilingual("summary.title") + "  " + scope
                    + "  " + summary.month(), headers());
            int r = 2;
            for (StockSummary.Line line : summary.lines()) {
                Row row = sheet.createRow(r++);
                String[] cells = {line.store() == null ? null : line.store().getCode(), line.item().getCode(),
                        line.item().getNameZh() + " " + line.item().getNameEn(), line.item().getSpec(),
                        line.item().getUnitZh() + " " + line.item().getUnitEn()};
                for (int c = 0; c < cells.length; c++) {
                    WorkbookCells.textCell(row, c, cells[c], text);
                }
                number(row, 5, line.unitPrice());
                int c = FIRST_QUANTITY;
                number(row, c++, line.opening());
                for (SummaryColumn column : SummaryColumn.ins()) {
                    number(row, c++, line.quantity(column));
                }
                number(row, c++, line.in());
                for (SummaryColumn column : SummaryColumn.outs()) {
                    number(row, c++, line.quantity(column));
                }
                number(row, c++, line.out());
                number(row, c++, line.closing());
                number(row, c++, line.value(line.opening()));
                number(row, c++, line.value(line.in()));
                number(row, c++, line.value(line.out()));
                number(row, c, line.value(line.closing()));
            }
            StockSummary.Totals totals = summary.totals();
            Row total = sheet.createRow(r + 1);
            WorkbookCells.textCell(total, 0, WorkbookCells.bilingual("summary.total"), text);
            int values = headers().length - 4;
            number(total, values, totals.opening());
            number(total, values + 1, totals.in());
            number(total, values + 2, totals.out());
            number(total, values + 3, totals.closing());
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    public static String fileName(String scope, StockSummary summary) {
        return "stock-summary-" + scope + "-" + summary.month() + ".xlsx";
    }
}
