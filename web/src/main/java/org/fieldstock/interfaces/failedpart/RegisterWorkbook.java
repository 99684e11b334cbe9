package org.fieldstock.interfaces.failedpart;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fieldstock.application.failedpart.RegisterEntry;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.shared.WorkbookCells;

/**
 * The damaged-part register (返修损坏备件清单) as an xlsx workbook, one row per failed part, with the
 * seed's columns and what still waits in the damaged store; headers in Chinese and English, causes
 * in both, so that the one file goes ahead to the repair hub.
 */
public final class RegisterWorkbook {

    public static final String CONTENT_TYPE = WorkbookCells.CONTENT_TYPE;

    static final String[] HEADERS = WorkbookCells.bilingual("register.intakeDate", "register.intake",
            "register.site", "workbook.itemCode", "workbook.name", "workbook.spec", "workbook.unit",
            "register.quantity", "workbook.turbine", "register.replacedBy", "register.replacedOn",
            "register.fittedSerial", "register.removedSerial", "register.cause", "register.note", "register.issue",
            "register.waiting");
    private static final int QUANTITY = 7;
    private static final int WAITING = 16;

    private RegisterWorkbook() {
    }

    public static void write(List<RegisterEntry> entries, String scope, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("register");
            CellStyle text = WorkbookCells.textStyle(workbook);
            WorkbookCells.titleAndHeaders(workbook, sheet, WorkbookCells.bilingual("register.title") + "  " + scope,
                    HEADERS);
            int r = 2;
            for (RegisterEntry e : entries) {
                Row row = sheet.createRow(r++);
                String[] cells = {e.intakeDate().toString(), e.intakeNumber(), e.store().getOwner().getCode(),
                        e.item().getCode(), e.item().getNameZh() + " " + e.item().getNameEn(), e.item().getSpec(),
                        e.item().getUnitZh() + " " + e.item().getUnitEn(), null, e.turbineNo(), e.replacedBy(),
                        e.replacedOn() == null ? null : e.replacedOn().toString(), String.join(",", e.fittedSerials()),
                        String.join(",", e.removedSerials()), cause(e), e.note(), e.issueNumber(), null};
                for (int c = 0; c < cells.length; c++) {
                    if (c != QUANTITY && c != WAITING) {
                        WorkbookCells.textCell(row, c, cells[c] == null || cells[c].isEmpty() ? null : cells[c], text);
                    }
                }
                row.createCell(QUANTITY).setCellValue(e.quantity().doubleValue());
                row.createCell(WAITING).setCellValue(e.waiting().doubleValue());
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static String cause(RegisterEntry e) {
        if (e.cause() == null) {
            return null;
        }
        String key = "FailureCause." + e.cause().name();
        return MessageBundle.text(Locale.SIMPLIFIED_CHINESE, key) + " " + MessageBundle.text(Locale.ENGLISH, key);
    }

    /** The file's name: the register of a site (or of all the caller sees) on a day. */
    public static String fileName(String scope, LocalDate day) {
        return "register-" + (scope == null || scope.isBlank() ? "all" : scope) + "-" + day + ".xlsx";
    }
}
