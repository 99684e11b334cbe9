package org.fieldstock.interfaces.requisition;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fieldstock.application.requisition.DemandPlanService;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.interfaces.shared.WorkbookCells;

/**
 * The annual demand plan (年度需求计划) as an xlsx workbook the planning office edits: per BU and item
 * the year before's consumption, open requisitions and minimum stock for the reader, and the planned
 * quantity and note it fills in. Read back are the BU, the item code, the planned quantity and the
 * note; headers in Chinese and English.
 */
public final class DemandPlanWorkbook {

    public static final String CONTENT_TYPE = WorkbookCells.CONTENT_TYPE;

    static final String[] HEADERS = WorkbookCells.bilingual("workbook.bu", "workbook.itemCode", "workbook.name",
            "workbook.spec", "workbook.unit", "workbook.consumedYearBefore", "workbook.requested", "workbook.minimum",
            "workbook.planned", "workbook.note");
    private static final int BU = 0;
    private static final int ITEM = 1;
    private static final int CONSUMED = 5;
    private static final int REQUESTED = 6;
    private static final int MINIMUM = 7;
    private static final int PLANNED = 8;
    private static final int NOTE = 9;
    private static final int FIRST_ROW = 2;

    private DemandPlanWorkbook() {
    }

    public static void write(int year, List<DemandPlanService.PlanRow> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet(String.valueOf(year));
            CellStyle text = WorkbookCells.textStyle(workbook);
            WorkbookCells.titleAndHeaders(workbook, sheet, WorkbookCells.bilingual("demandPlan.title") + "  " + year,
                    HEADERS);
            int r = FIRST_ROW;
            for (DemandPlanService.PlanRow plan : rows) {
                Item item = plan.item();
                Row row = sheet.createRow(r++);
                WorkbookCells.textCell(row, BU, plan.buCode(), text);
                WorkbookCells.textCell(row, ITEM, item.getCode(), text);
                WorkbookCells.textCell(row, 2, item.getNameZh() + " " + item.getNameEn(), text);
                WorkbookCells.textCell(row, 3, item.getSpec(), text);
                WorkbookCells.textCell(row, 4, item.getUnitZh() + " " + item.getUnitEn(), text);
                row.createCell(CONSUMED).setCellValue(plan.consumedYearBefore().doubleValue());
                row.createCell(REQUESTED).setCellValue(plan.requested().doubleValue());
                row.createCell(MINIMUM).setCellValue(plan.minimum().doubleValue());
                if (plan.planned() != null) {
                    row.createCell(PLANNED).setCellValue(plan.planned().doubleValue());
                }
                WorkbookCells.textCell(row, NOTE, plan.note(), text);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** The rows of an edited workbook by their row number in Excel; empty rows skipped. */
    public static List<DemandPlanService.ImportRow> read(byte[] file) {
        List<DemandPlanService.ImportRow> rows = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        DataFormatter formatter = WorkbookCells.formatter();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || WorkbookCells.text(formatter, row, BU) == null
                        && WorkbookCells.text(formatter, row, ITEM) == null) {
                    continue;
                }
                int rowNo = r + 1;
                rows.add(new DemandPlanService.ImportRow(rowNo, WorkbookCells.text(formatter, row, BU),
                        WorkbookCells.text(formatter, row, ITEM),
                        WorkbookCells.quantity(formatter, row, PLANNED, rowNo, unreadable),
                        WorkbookCells.text(formatter, row, NOTE)));
            }
        } catch (IOException | RuntimeException e) {
            throw new BusinessException(BusinessException.Kind.INVALID, "demandPlan.import.notAWorkbook");
        }
        if (!unreadable.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, unreadable);
        }
        return rows;
    }

    public static String fileName(int year) {
        return "demand-plan-" + year + ".xlsx";
    }
}
