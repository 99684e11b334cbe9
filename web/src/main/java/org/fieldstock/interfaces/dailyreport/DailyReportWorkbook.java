package org.fieldstock.interfaces.dailyreport;

import static org.fieldstock.interfaces.shared.WorkbookCells.number;
import static org.fieldstock.interfaces.shared.WorkbookCells.text;
import static org.fieldstock.interfaces.shared.WorkbookCells.textCell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldstock.application.dailyreport.DailyReportDraft;
import org.fieldstock.domain.dailyreport.DailyReportLine;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.shared.WorkbookCells;

/**
 * The site's day as a workbook in the daily-ledger layout (store, item, name, spec, unit, in, out,
 * balance), with what the BU needs beyond it (category, turbine, supplier, batch, serials, remark):
 * handed out empty or with what was already reported, read back line by line. Columns are read by
 * position; title and headers are in Chinese and English, from the bundles.
 */
public final class DailyReportWorkbook {

    static final String[] HEADERS = WorkbookCells.bilingual("workbook.store", "workbook.itemCode", "workbook.name",
            "workbook.spec", "workbook.unit", "workbook.in", "workbook.out", "workbook.balance", "workbook.category",
            "workbook.turbine", "workbook.supplier", "workbook.batch", "workbook.serials", "workbook.remark",
            "workbook.requisition");
    private static final int STORE = 0;
    private static final int ITEM = 1;
    private static final int NAME = 2;
    private static final int IN = 5;
    private static final int OUT = 6;
    private static final int BALANCE = 7;
    private static final int CATEGORY = 8;
    private static final int TURBINE = 9;
    private static final int SUPPLIER = 10;
    private static final int BATCH = 11;
    private static final int SERIALS = 12;
    private static final int REMARK = 13;
    private static final int REQUISITION = 14;
    private static final int FIRST_LINE_ROW = 2;
    private static final String TITLE = WorkbookCells.bilingual("workbook.dailyLedger");
    /** The title as workbooks handed out before the words came from the bundles have it: still checked for its day. */
    private static final String TITLE_BEFORE_BUNDLES = "现场出入库流水账 Daily ledger";

    private DailyReportWorkbook() {
    }

    public static String fileName(String siteCode, LocalDate day) {
        return "daily-report-" + siteCode + "-" + day + ".xlsx";
    }

    /** The workbook of a site's day: the lines already reported, or none. */
    public static void write(OrgUnit site, LocalDate day, List<DailyReportLine> lines, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(site.getCode() + " " + day);
            CellStyle text = WorkbookCells.textStyle(workbook);
            WorkbookCells.titleAndHeaders(workbook, sheet, heading(site.getCode(), day) + "  " + site.getNameZh()
                    + " / " + site.getNameEn(), HEADERS);
            int r = FIRST_LINE_ROW;
            for (DailyReportLine line : lines) {
                Row row = sheet.createRow(r++);
                textCell(row, STORE, line.getStore().getCode(), text);
                textCell(row, ITEM, line.getItemCode(), text);
                textCell(row, NAME, line.getItemName() != null ? line.getItemName()
                        : line.getItem() == null ? null : line.getItem().getNameZh(), text);
                if (line.getItem() != null) {
                    textCell(row, 3, line.getItem().getSpec(), text);
                    textCell(row, 4, line.getItem().getUnitZh(), text);
                }
                row.createCell(line.isIn() ? IN : OUT).setCellValue(line.getQuantity().abs().doubleValue());
                if (line.getBalance() != null) {
                    row.createCell(BALANCE).setCellValue(line.getBalance().doubleValue());
                }
                textCell(row, CATEGORY, line.getCategory() == null ? null
                        : MessageBundle.label(Locale.SIMPLIFIED_CHINESE, line.getCategory()), text);
                textCell(row, TURBINE, line.getTurbineNo(), text);
                textCell(row, SUPPLIER, line.getSupplierCode(), text);
                textCell(row, BATCH, line.getBatchNo(), text);
                textCell(row, SERIALS, line.getSerials(), text);
                textCell(row, REMARK, line.getRemark(), text);
                textCell(row, REQUISITION, line.getRequisitionNumber(), text);
            }
            sheet.createFreezePane(0, FIRST_LINE_ROW);
            int[] widths = {10, 16, 20, 16, 8, 10, 10, 10, 14, 10, 12, 12, 24, 30};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
        }
    }

    private static String heading(String siteCode, LocalDate day) {
        return heading(TITLE, siteCode, day);
    }

    private static String heading(String title, String siteCode, LocalDate day) {
        return title + " " + siteCode + " " + day;
    }

    /** Whether a title row names another site or day than the one the workbook is read for. */
    private static boolean ofAnotherDay(String heading, String siteCode, LocalDate day) {
        for (String title : List.of(TITLE, TITLE_BEFORE_BUNDLES)) {
            if (heading.startsWith(title)) {
                return !heading.startsWith(heading(title, siteCode, day));
            }
        }
        return false;
    }

    /** The lines read, and the rows that could not be read, by their row number in Excel. */
    public record Read(List<DailyReportDraft.Line> lines, List<Problem> unreadable) {

        /** The lines, when every row could be read; otherwise every unreadable row is named and none is taken. */
        public List<DailyReportDraft.Line> readableLines() {
            if (!unreadable.isEmpty()) {
                throw new BusinessException(BusinessException.Kind.INVALID, unreadable);
            }
            return lines;
        }
    }

    /**
     * Reads the lines of a workbook for the site's day. Empty rows are skipped; a workbook of
     * another site or day, a quantity that is not a number, a category no one knows are reported.
     */
    public static Read read(InputStream file, String siteCode, LocalDate day) {
        List<DailyReportDraft.Line> lines = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        DataFormatter formatter = WorkbookCells.formatter();
        Map<String, DocumentCategory> categories = categoriesByName();
        try (Workbook workbook = WorkbookFactory.create(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row title = sheet.getRow(0);
            String heading = title == null ? null : text(formatter, title, 0);
            if (heading != null && ofAnotherDay(heading, siteCode, day)) {
                return new Read(List.of(), List.of(new Problem("dailyReport.import.otherDay", siteCode, day)));
            }
            for (int r = FIRST_LINE_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(formatter, row)) {
                    continue;
                }
                int rowNo = r + 1;
                BigDecimal in = WorkbookCells.quantity(formatter, row, IN, rowNo, unreadable);
                BigDecimal out = WorkbookCells.quantity(formatter, row, OUT, rowNo, unreadable);
                BigDecimal balance = WorkbookCells.quantity(formatter, row, BALANCE, rowNo, unreadable);
                String categoryText = text(formatter, row, CATEGORY);
                DocumentCategory category = null;
                if (categoryText != null) {
                    category = categories.get(categoryText.toLowerCase(Locale.ROOT));
                    if (category == null) {
                        unreadable.add(new Problem("dailyReport.import.category", rowNo, categoryText));
                    }
                }
                lines.add(new DailyReportDraft.Line(text(formatter, row, STORE), category, text(formatter, row, ITEM),
                        text(formatter, row, NAME), in, out, balance, text(formatter, row, SUPPLIER),
                        text(formatter, row, TURBINE), text(formatter, row, BATCH), text(formatter, row, SERIALS),
                        text(formatter, row, REMARK), text(formatter, row, REQUISITION)));
            }
        } catch (IOException | RuntimeException e) {
            return new Read(List.of(), List.of(new Problem("stocktake.import.notAWorkbook")));
        }
        return new Read(lines, unreadable);
    }

    private static boolean blank(DataFormatter formatter, Row row) {
        for (int c = 0; c < HEADERS.length; c++) {
            if (text(formatter, row, c) != null) {
                return false;
            }
        }
        return true;
    }

    /** A category by its code or its name in either language, as a keeper may write it. */
    private static Map<String, DocumentCategory> categoriesByName() {
        Map<String, DocumentCategory> byName = new HashMap<>();
        for (DocumentCategory category : DocumentCategory.values()) {
            byName.put(category.name().toLowerCase(Locale.ROOT), category);
            for (Locale locale : MessageBundle.SUPPORTED) {
                byName.put(MessageBundle.label(locale, category).toLowerCase(Locale.ROOT), category);
            }
        }
        return byName;
    }
}
