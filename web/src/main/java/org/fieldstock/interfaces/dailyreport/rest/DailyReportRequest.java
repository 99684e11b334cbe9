package org.fieldstock.interfaces.dailyreport.rest;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.application.dailyreport.DailyReportDraft;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/** A site's day as the keeper sends it: the reason when late, and one line a movement. */
@Schema(name = "DailyReportRequest")
public record DailyReportRequest(String lateReason, List<Line> lines) {

    /**
     * One movement: in or out (exactly one), the site's balance after it, and the category when the
     * keeper knows it (the BU maps it otherwise). The store defaults to the site's good store (its
     * damaged store for damage intake, repair return and scrap). A petty purchase names the approved
     * requisition (REQ-…) it was bought for.
     */
    @Schema(name = "DailyReportRequestLine")
    public record Line(String store, String category, String item, String name, BigDecimal in, BigDecimal out,
            BigDecimal balance, String supplier, String turbine, String batch, String serials, String remark,
            String requisition) {

        DailyReportDraft.Line toDraft() {
            return new DailyReportDraft.Line(store, RequestParameters.enumValue("category", category,
                    DocumentCategory.class), item, name, in, out, balance, supplier, turbine, batch, serials, remark,
                    requisition);
        }
    }

    DailyReportDraft toDraft() {
        return new DailyReportDraft(lateReason, lines == null ? List.of()
                : lines.stream().map(line -> line == null ? null : line.toDraft()).toList());
    }
}
