package org.fieldstock.domain.requisition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.fieldstock.domain.document.Quantity;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.request.ItemRequest;
import org.fieldstock.domain.request.ItemRequestStatus;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;

/**
 * What a requisition's lines must be, every problem at once and each naming its line: at least one
 * and at most {@link #MAX_LINES}; each a coded item or the site's own open request for a code; a
 * quantity above zero in the item's units; a reason.
 */
public final class RequisitionLineRules {

    public static final int MAX_LINES = 200;
    public static final int MAX_REASON_LENGTH = 300;

    private RequisitionLineRules() {
    }

    public static List<Problem> problems(OrgUnit site, List<NewRequisitionLine> lines) {
        List<Problem> problems = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            problems.add(new Problem("requisition.lines.none"));
            return problems;
        }
        if (lines.size() > MAX_LINES) {
            problems.add(new Problem("requisition.lines.tooMany", MAX_LINES));
            return problems;
        }
        int lineNo = 0;
        for (NewRequisitionLine line : lines) {
            lineNo++;
            if (line == null || line.item() == null && line.itemRequest() == null) {
                problems.add(new Problem("requisition.line.itemRequired", lineNo));
                continue;
            }
            if (line.item() != null && line.itemRequest() != null) {
                problems.add(new Problem("requisition.line.itemOrRequest", lineNo));
                continue;
            }
            String named = line.item() != null ? line.item().getCode() : line.itemRequest().getName();
            if (line.itemRequest() != null) {
                checkRequest(site, lineNo, line.itemRequest(), problems);
            }
            checkQuantity(lineNo, named, line, problems);
            if (line.reason() == null) {
                problems.add(new Problem("requisition.line.reasonRequired", lineNo, named));
            } else if (line.reason().length() > MAX_REASON_LENGTH) {
                problems.add(new Problem("requisition.line.reasonTooLong", lineNo, MAX_REASON_LENGTH));
            }
        }
        return problems;
    }

    /** A part without a code is asked for on the site's (or its BU's) own request, still waiting for its code. */
    private static void checkRequest(OrgUnit site, int lineNo, ItemRequest request, List<Problem> problems) {
        OrgUnit of = request.getRequestedFor();
        boolean ours = of.getCode().equals(site.getCode())
                || site.businessUnit() != null && of.getCode().equals(site.businessUnit().getCode());
        if (!ours) {
            problems.add(new Problem("requisition.line.requestOfOther", lineNo, request.getId(), of.getCode()));
        } else if (request.getStatus() == ItemRequestStatus.CREATED) {
            problems.add(new Problem("requisition.line.requestCoded", lineNo, request.getId(),
                    request.getItem().getCode()));
        } else if (request.getStatus() != ItemRequestStatus.OPEN) {
            problems.add(new Problem("requisition.line.requestClosed", lineNo, request.getId(),
                    MessageKey.of(request.getStatus())));
        }
        if (request.getUnit() == null || request.getUnit().isBlank()) {
            problems.add(new Problem("requisition.line.unitRequired", lineNo, request.getName()));
        }
    }

    private static void checkQuantity(int lineNo, String named, NewRequisitionLine line, List<Problem> problems) {
        BigDecimal quantity = line.quantity();
        if (quantity == null) {
            problems.add(new Problem("line.quantity.required", lineNo, named));
        } else if (quantity.signum() <= 0) {
            problems.add(new Problem("line.quantity.mustBePositive", lineNo, named, quantity.toPlainString()));
        } else if (Quantity.tooLarge(quantity)) {
            problems.add(new Problem("line.quantity.tooLarge", lineNo, named, Quantity.MAX.toPlainString()));
        } else if (Quantity.tooPrecise(quantity)) {
            problems.add(new Problem("line.quantity.tooPrecise", lineNo, named, Quantity.SCALE));
        } else if (line.item() != null && !line.item().acceptsQuantity(quantity)) {
            problems.add(new Problem("line.quantity.wholeUnits", lineNo, named, quantity.toPlainString(),
                    line.item().getUnitEn()));
        }
    }
}
