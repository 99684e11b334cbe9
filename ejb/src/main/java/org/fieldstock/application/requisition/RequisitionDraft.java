package org.fieldstock.application.requisition;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import org.fieldstock.domain.requisition.RequisitionLineKind;
import org.fieldstock.domain.requisition.Urgency;

/**
 * A requisition as the screens and REST send it: the site, a remark, and per line an item code or
 * the id of an item-code request, the list of a requested part, the quantity, urgency and reason.
 */
public record RequisitionDraft(String siteCode, String remark, List<Line> lines) implements Serializable {

    public RequisitionDraft {
        lines = lines == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(lines));
    }

    public record Line(String itemCode, Long itemRequestId, RequisitionLineKind kind, BigDecimal quantity,
            Urgency urgency, String reason) implements Serializable {
    }
}
