package org.fieldstock.interfaces.requisition.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.requisition.DemandPlanService;
import org.fieldstock.interfaces.requisition.DemandPlanWorkbook;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.ItemRef;
import org.fieldstock.interfaces.shared.OrgUnitRef;
import org.fieldstock.interfaces.shared.WorkbookCells;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The annual demand plan on screen: a year (next year unless chosen) of one BU or every BU the user
 * sees, with the workbook to hand out and, for the planning office, the edited one to import.
 */
@Named
@ViewScoped
public class DemandPlanView implements Serializable {

    @Inject
    private DemandPlanService plans;

    @Inject
    private FacesFeedback feedback;

    private int year = LocalDate.now().getYear() + 1;
    private String buCode;
    private List<OrgUnitRef> businessUnits = List.of();
    private List<Row> rows = List.of();
    private boolean mayPlan;

    /** A BU's item in the plan, as the page shows it. */
    public record Row(String buCode, ItemRef item, BigDecimal consumedYearBefore, BigDecimal requested,
            BigDecimal minimum, BigDecimal planned, String note) implements Serializable {
    }

    public void load() {
        businessUnits = OrgUnitRef.all(plans.businessUnits());
        mayPlan = plans.mayPlan();
        show();
    }

    public void show() {
        rows = feedback.answer(() -> plans.sheet(year, buCode).stream().map(r -> new Row(r.buCode(),
                ItemRef.of(r.item()), plain(r.consumedYearBefore()), plain(r.requested()), plain(r.minimum()),
                r.planned() == null ? null : plain(r.planned()), r.note())).toList()).orElse(List.of());
    }

    public StreamedContent getWorkbook() {
        List<DemandPlanService.PlanRow> sheet = feedback.answer(() -> plans.sheet(year, buCode)).orElse(null);
        if (sheet == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DemandPlanWorkbook.write(year, sheet, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name(DemandPlanWorkbook.fileName(year))
                .contentType(DemandPlanWorkbook.CONTENT_TYPE).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** Imports the edited plan of the year shown: all rows or none, each problem with its row. */
    public void importWorkbook(FileUploadEvent event) {
        if (event.getFile().getSize() > WorkbookCells.MAX_BYTES) {
            feedback.error("stocktake.import.tooLarge", WorkbookCells.MAX_BYTES / 1024 / 1024);
            return;
        }
        byte[] file = event.getFile().getContent();
        feedback.answer(() -> plans.importPlan(year, DemandPlanWorkbook.read(file))).ifPresent(done -> {
            feedback.info("demandPlan.import.done", done.planned(), done.removed());
            show();
        });
    }

    private static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return java.util.stream.IntStream.rangeClosed(now - 1, now + 2).boxed().toList();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getBuCode() {
        return buCode;
    }

    public void setBuCode(String buCode) {
        this.buCode = buCode;
    }

    public List<OrgUnitRef> getBusinessUnits() {
        return businessUnits;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isMayPlan() {
        return mayPlan;
    }
}
