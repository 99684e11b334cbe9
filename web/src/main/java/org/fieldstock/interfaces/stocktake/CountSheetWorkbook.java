package org.fieldstock.interfaces.stocktake;

import static org.fieldstock.interfaces.shared.WorkbookCells.date;
import static org.fieldstock.interfaces.shared.WorkbookCells.number;
import static org.fieldstock.interfaces.shared.WorkbookCells.text;
import static org.fieldstock.interfaces.shared.WorkbookCells.textCell;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fieldstock.application.stocktake.StocktakeViews.LineView;
import org.fieldstock.application.stocktake.StocktakeViews.SheetDetail;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.SerialText;
import org.fieldstock.domain.stocktake.CountEntry;
import org.fieldstock.interfaces.shared.WorkbookCells;

/**
 * A count sheet as an xlsx workbook: exported with the store, item code, name, spec, unit, book
 * quantity (left empty in a blind count) and an empty count column (or the count entered so far),
 * plus reason, batch, expiry and serials for the differences; and read back into counts. Columns
 * are found by position, never by their headers, which are in Chinese and English (from the
 * bundles) so that one file serves both; a sheet exported by an earlier version reads the same.
 */
public final class CountSheetWorkbook {

    public static final String CONTENT_TYPE = WorkbookCells.CONTENT_TYPE;

    /** The largest workbook read back: far above a store's 2,000-odd lines. */
    public static final int MAX_BYTES = WorkbookCells.MAX_BYTES;

    static final String[] HEADERS = WorkbookCells.bilingual("workbook.store", "workbook.itemCode", "workbook.name",
            "workbook.spec", "workbook.unit", "workbook.bookQuantity", "workbook.counted", "workbook.reason",
            "workbook.batch", "workbook.expiry", "workbook.serialList");
    private static final int STORE = 0;
    private static final int ITEM = 1;
    private static final int COUNTED = 6;
    private static final int REASON = 7;
    private static final int BATCH = 8;
    private static final int EXPIRY = 9;
    private static final int SERIALS = 10;
    /** The start of the title row, which names the campaign and the store. */
    private static final String TITLE = WorkbookCells.bilingual("workbook.countSheet") + " ";
    /**
     * The start of the title row as sheets exported before the words came from the bundles have it,
     * so that such a sheet, filled in and sent back, is still checked against its campaign.
     */
    private static final String TITLE_BEFORE_BUNDLES = "盘点表 Count sheet ";
    /** The title row, then the header row; lines start on the third row. */
    private static final int FIRST_LINE_ROW = 2;

    private CountSheetWorkbook() {
    }

    /** Writes the sheet as the caller may see it (a blind count's book quantities stay empty). */
    public static void write(SheetDetail detail, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(detail.sheet().getStore().getCode());
            CellStyle text = WorkbookCells.textStyle(workbook);
            WorkbookCells.titleAndHeaders(workbook, sheet, TITLE + " " + detail.sheet().getCampaign().getNumber()
                    + "  " + detail.sheet().getStore().getCode() + " " + detail.sheet().getStore().getNameZh() + " / "
                    + detail.sheet().getStore().getNameEn(), HEADERS);
            int r = FIRST_LINE_ROW;
            for (LineView line : detail.lines()) {
                Row row = sheet.createRow(r++);
                row.createCell(STORE).setCellValue(detail.sheet().getStore().getCode());
                row.createCell(ITEM).setCellValue(line.item().getCode());
                row.createCell(2).setCellValue(line.item().getNameZh());
                row.createCell(3).setCellValue(nullToEmpty(line.item().getSpec()));
                row.createCell(4).setCellValue(line.item().getUnitZh());
                if (line.bookQuantity() != null) {
                    row.createCell(5).setCellValue(line.bookQuantity().doubleValue());
                }
                if (line.countedQuantity() != null) {
                    row.createCell(COUNTED).setCellValue(line.countedQuantity().doubleValue());
                }
                textCell(row, REASON, line.reason(), text);
                textCell(row, BATCH, line.batchNo(), text);
                textCell(row, EXPIRY, line.expiryDate() == null ? null : line.expiryDate().toString(), text);
                textCell(row, SERIALS, line.serials().isEmpty() ? null : String.join(",", line.serials()), text);
            }
            sheet.createFreezePane(0, FIRST_LINE_ROW);
            int[] widths = {10, 16, 24, 20, 8, 14, 14, 30, 14, 16, 30};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** The workbook's file name: campaign and store. */
    public static String fileName(SheetDetail detail) {
        return detail.sheet().getCampaign().getNumber() + "-" + detail.sheet().getStore().getCode() + ".xlsx";
    }

    /** Adds the sheet's workbook to a zip as an entry of its own; the zip stays open for the next. */
    public static void writeEntry(SheetDetail detail, ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry(fileName(detail)));
        // POI closes the stream it writes to
        write(detail, new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                zip.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
        zip.closeEntry();
    }


    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The counts read from a workbook, and the rows that could not be read (by their row number in Excel). */
    public record Read(List<CountEntry> entries, List<Problem> unreadable) {
    }

    /**
     * Reads the counts of a workbook meant for the given campaign and store. Rows without a count are
     * skipped (not counted yet) unless something else was typed on them; a row of another store, a
     * count or date that is not one, a workbook of another campaign, or a file that is no workbook
     * is reported, with its row number.
     */
    public static Read read(InputStream in, String campaignNumber, String storeCode) {
        List<CountEntry> entries = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        DataFormatter formatter = WorkbookCells.formatter();
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row title = sheet.getRow(0);
            String heading = title == null ? null : text(formatter, title, 0);
            if (heading != null && (heading.startsWith(TITLE) || heading.startsWith(TITLE_BEFORE_BUNDLES))
                    && !heading.contains(" " + campaignNumber + " ")) {
                // last quarter's sheet of the same store would otherwise count into this one
                return new Read(List.of(), List.of(new Problem("stocktake.import.otherCampaign", campaignNumber)));
            }
            for (int r = FIRST_LINE_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                int rowNo = r + 1;
                String countedText = text(formatter, row, COUNTED);
                if (countedText == null) {
                    if (text(formatter, row, REASON) != null || text(formatter, row, BATCH) != null
                            || text(formatter, row, EXPIRY) != null || text(formatter, row, SERIALS) != null) {
                        // what was typed beside the count would be lost without it
                        unreadable.add(new Problem("stocktake.import.noCount", rowNo, text(formatter, row, ITEM)));
                    }
                    continue;
                }
                String store = text(formatter, row, STORE);
                if (store != null && !store.equals(storeCode)) {
                    unreadable.add(new Problem("stocktake.import.otherStore", rowNo, store, storeCode));
                    continue;
                }
                BigDecimal counted = number(row.getCell(COUNTED), countedText);
                if (counted == null) {
                    unreadable.add(new Problem("stocktake.import.notANumber", rowNo, countedText));
                    continue;
                }
                LocalDate expiry;
                try {
                    expiry = date(formatter, row.getCell(EXPIRY));
                } catch (DateTimeParseException e) {
                    unreadable.add(new Problem("stocktake.import.notADate", rowNo, text(formatter, row, EXPIRY)));
                    continue;
                }
                String serials = text(formatter, row, SERIALS);
                entries.add(new CountEntry(rowNo, text(formatter, row, ITEM), counted, text(formatter, row, REASON),
                        text(formatter, row, BATCH), expiry,
                        SerialText.split(serials)));
            }
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a workbook in several ways; to the user it is one thing
            return new Read(List.of(), List.of(new Problem("stocktake.import.notAWorkbook")));
        }
        return new Read(entries, unreadable);
    }



}
