package org.fieldstock.domain.requisition;

import java.math.BigDecimal;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.request.ItemRequest;

/**
 * A requisition line as entered: a coded item, or the request for the code of an uncoded part; how
 * many, how urgent (normal unless said), and why. The list it goes on follows the item's category; a
 * requested part's is given ({@code kind}), spares unless said.
 */
public record NewRequisitionLine(Item item, ItemRequest itemRequest, RequisitionLineKind kind, BigDecimal quantity,
        Urgency urgency, String reason) {

    public NewRequisitionLine {
        urgency = urgency == null ? Urgency.NORMAL : urgency;
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
