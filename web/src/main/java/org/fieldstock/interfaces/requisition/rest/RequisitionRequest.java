package org.fieldstock.interfaces.requisition.rest;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.application.requisition.RequisitionDraft;
import org.fieldstock.domain.requisition.RequisitionLineKind;
import org.fieldstock.domain.requisition.Urgency;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/**
 * A requisition to draft, or the new content of a draft.
 *
 * @param site    the site's code (fixed once drafted)
 * @param remark  free text
 * @param lines   per line: item code, or itemRequest (the id of an item-code request for an uncoded part,
 *                with kind TOOL, CONSUMABLE or SPARE); quantity; urgency NORMAL (default), URGENT or
 *                EMERGENCY; reason
 * @param version for a change: the version read
 */
@Schema(name = "RequisitionRequest")
public record RequisitionRequest(String site, String remark, List<Line> lines, Integer version) {

    @Schema(name = "RequisitionRequestLine")
    public record Line(String item, Long itemRequest, String kind, BigDecimal quantity, String urgency,
            String reason) {
    }

    RequisitionDraft toDraft() {
        return new RequisitionDraft(site, remark, lines == null ? List.of() : lines.stream().map(line -> line == null
                ? null
                : new RequisitionDraft.Line(line.item(), line.itemRequest(),
                        RequestParameters.enumValue("kind", line.kind(), RequisitionLineKind.class), line.quantity(),
                        RequestParameters.enumValue("urgency", line.urgency(), Urgency.class), line.reason()))
                .toList());
    }
}
