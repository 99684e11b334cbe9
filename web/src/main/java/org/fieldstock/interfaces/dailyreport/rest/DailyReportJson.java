package org.fieldstock.interfaces.dailyreport.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.application.dailyreport.DailyReportService.CheckedReport;
import org.fieldstock.application.dailyreport.DailyReportService.LineCheck;
import org.fieldstock.domain.dailyreport.DailyReport;
import org.fieldstock.domain.dailyreport.DailyReportLine;
import org.fieldstock.interfaces.shared.MessageBundle;

/**
 * A site's report of a day: how it stands (ON_TIME, LATE, MISSING, DUE), its state (SUBMITTED, or
 * DRAFTED once the BU made documents of it), and its lines with the BU's check of each: errors stop
 * documents being made, warnings only tell.
 */
@Schema(name = "DailyReport")
public record DailyReportJson(String site, LocalDate date, String status, String punctuality, String submittedBy,
        Instant submittedAt, String lateReason, String changedBy, Instant changedAt, String draftedBy,
        Instant draftedAt, boolean draftable, int version, List<LineJson> lines) {

    /** One line: in or out, the site's balance after it, the document it became. */
    @Schema(name = "DailyReportLine")
    public record LineJson(int line, String store, String category, String item, boolean itemKnown, String name,
            BigDecimal in, BigDecimal out, BigDecimal balance, String supplier, String turbine, String batch,
            String serials, String remark, String requisition, String document, List<String> errors,
            List<String> warnings) {

        static LineJson of(DailyReportLine l, LineCheck check, Locale locale) {
            BigDecimal quantity = l.getQuantity().stripTrailingZeros();
            return new LineJson(l.getLineNo(), l.getStore().getCode(),
                    l.getCategory() == null ? null : l.getCategory().name(), l.getItemCode(), l.getItem() != null,
                    l.getItemName(), l.isIn() ? quantity : null, l.isIn() ? null : quantity.negate(),
                    l.getBalance() == null ? null : l.getBalance().stripTrailingZeros(), l.getSupplierCode(),
                    l.getTurbineNo(), l.getBatchNo(), l.getSerials(), l.getRemark(), l.getRequisitionNumber(),
                    l.getDocumentNumber(),
                    check.errors().stream().map(p -> MessageBundle.text(locale, p)).toList(),
                    check.warnings().stream().map(p -> MessageBundle.text(locale, p)).toList());
        }
    }

    static DailyReportJson of(CheckedReport checked, Locale locale) {
        DailyReport r = checked.report();
        return new DailyReportJson(r.getSite().getCode(), r.getDay(), r.getStatus().name(),
                checked.punctuality().name(), r.getSubmittedBy(), r.getSubmittedAt(), r.getLateReason(),
                r.getChangedBy(), r.getChangedAt(), r.getDraftedBy(), r.getDraftedAt(),
                r.getStatus() == org.fieldstock.domain.dailyreport.ReportStatus.SUBMITTED && !checked.hasErrors(),
                r.getVersion(), r.getLines().stream()
                        .map(l -> LineJson.of(l, checked.checks().get(l.getLineNo()), locale)).toList());
    }
}
