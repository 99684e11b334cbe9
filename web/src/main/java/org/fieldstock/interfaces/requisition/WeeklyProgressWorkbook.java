package org.fieldstock.interfaces.requisition;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldstock.application.requisition.WeeklyProgress;
import org.fieldstock.domain.requisition.RequisitionEvent;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.shared.WorkbookCells;

/**
 * The weekly progress report of requisitions as an xlsx workbook: one row a requisition, late
 * ones first, then the week's counts; headers and states in Chinese and English.
 */
public final class WeeklyProgressWorkbook {

    public static final String CONTENT_TYPE = WorkbookCells.CONTENT_TYPE;

    static final String[] HEADERS = WorkbookCells.bilingual("requisition.number", "requisition.site",
            "requisition.status", "requisition.waitingFor", "weekly.filedAt", "requisition.checkDue", "weekly.late",
            "weekly.ageDays", "weekly.steps", "requisition.lines");
    private static final int AGE = 7;
    private static final int LINES = 9;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private WeeklyProgressWorkbook() {
    }

    public static void write(WeeklyProgress week, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("week " + week.monday());
            CellStyle text = WorkbookCells.textStyle(workbook);
            WorkbookCells.titleAndHeaders(workbook, sheet, WorkbookCells.bilingual("weekly.title") + "  "
                    + (week.unitCode() == null ? "" : week.unitCode() + "  ") + week.monday() + " – " + week.sunday(),
                    HEADERS);
            int r = 2;
            for (WeeklyProgress.Row row : week.rows()) {
                Row cells = sheet.createRow(r++);
                String[] values = {row.number(), row.siteCode(), both(row.status()),
                        row.waitingFor() == null ? null : both(row.waitingFor()), time(row.filedAt()),
                        time(row.checkDueAt()), row.checkLate() ? WorkbookCells.bilingual("weekly.lateYes") : null,
                        null, row.stepsThisWeek().stream().map(WeeklyProgressWorkbook::step)
                                .collect(Collectors.joining(", ")), null};
                for (int c = 0; c < values.length; c++) {
                    if (c != AGE && c != LINES) {
                        WorkbookCells.textCell(cells, c, values[c] == null || values[c].isEmpty() ? null : values[c],
                                text);
                    }
                }
                cells.createCell(AGE).setCellValue(row.ageDays());
                cells.createCell(LINES).setCellValue(row.lineCount());
            }
            WeeklyProgress.Counts counts = week.counts();
            Row total = sheet.createRow(r + 1);
            WorkbookCells.textCell(total, 0, MessageBundle.text(Locale.SIMPLIFIED_CHINESE, "weekly.counts",
                    counts.filed(), counts.approved(), counts.closed(), counts.refused(), counts.openAtEnd(),
                    counts.late()) + " / " + MessageBundle.text(Locale.ENGLISH, "weekly.counts", counts.filed(),
                    counts.approved(), counts.closed(), counts.refused(), counts.openAtEnd(), counts.late()), text);
            workbook.write(out);
        }
    }

    private static String both(Enum<?> value) {
        return MessageBundle.label(Locale.SIMPLIFIED_CHINESE, value) + " " + MessageBundle.label(Locale.ENGLISH, value);
    }

    private static String step(RequisitionEvent.Step step) {
        String key = WeeklyProgressPdf.stepKey(step);
        return MessageBundle.text(Locale.SIMPLIFIED_CHINESE, key) + " " + MessageBundle.text(Locale.ENGLISH, key);
    }

    private static String time(Instant instant) {
        return instant == null ? null : MINUTES.format(instant.atZone(ZoneId.systemDefault()));
    }

    public static String fileName(WeeklyProgress week) {
        return "requisitions-" + (week.unitCode() == null ? "all" : week.unitCode()) + "-week-" + week.monday()
                + ".xlsx";
    }
}
