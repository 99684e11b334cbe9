package org.fieldstock.interfaces.requisition.web;

import java.io.Serializable;
import java.math.BigDecimal;

import org.fieldstock.application.requisition.RequisitionDraft;
import org.fieldstock.domain.requisition.RequisitionLine;
import org.fieldstock.domain.requisition.RequisitionLineKind;
import org.fieldstock.domain.requisition.Urgency;
import org.fieldstock.interfaces.shared.ItemRef;

/** One line on the requisition screen, as entered or as saved. */
public class RequisitionLineRow implements Serializable {

    private ItemRef item;
    private Long itemRequestId;
    private RequisitionLineKind kind;
    private String name;
    private String spec;
    private String unit;
    private BigDecimal quantity;
    private Urgency urgency = Urgency.NORMAL;
    private String reason;

    static RequisitionLineRow of(RequisitionLine line) {
        RequisitionLineRow row = new RequisitionLineRow();
        row.item = line.getItem() == null ? null : ItemRef.of(line.getItem());
        row.itemRequestId = line.getItemRequest() == null ? null : line.getItemRequest().getId();
        row.kind = line.getKind();
        row.name = line.getName();
        row.spec = line.getSpec();
        row.unit = line.getUnit();
        // plain, so that the input shows 20 and not 2E+1
        row.quantity = new BigDecimal(line.getQuantity().stripTrailingZeros().toPlainString());
        row.urgency = line.getUrgency();
        row.reason = line.getReason();
        return row;
    }

    boolean isBlank() {
        return item == null && itemRequestId == null && quantity == null && (reason == null || reason.isBlank());
    }

    RequisitionDraft.Line toDraft() {
        return new RequisitionDraft.Line(item == null ? null : item.code(), itemRequestId, kind, quantity, urgency,
                reason);
    }

    public ItemRef getItem() {
        return item;
    }

    public void setItem(ItemRef item) {
        this.item = item;
    }

    public Long getItemRequestId() {
        return itemRequestId;
    }

    public void setItemRequestId(Long itemRequestId) {
        this.itemRequestId = itemRequestId;
    }

    public RequisitionLineKind getKind() {
        return kind;
    }

    public void setKind(RequisitionLineKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public String getSpec() {
        return spec;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
