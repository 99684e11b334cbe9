package org.fieldstock.interfaces.document.web;

import java.io.Serializable;
import java.math.BigDecimal;

import org.fieldstock.application.DocumentDraft;
import org.fieldstock.domain.item.Item;

/** One editable line of the document editor. */
public class LineRow implements Serializable {

    private Item item;
    private BigDecimal quantity;
    private String remark;
    private BigDecimal onHand;

    public LineRow() {
    }

    LineRow(Item item, BigDecimal quantity, String remark) {
        this.item = item;
        this.quantity = quantity;
        this.remark = remark;
    }

    boolean isBlank() {
        return item == null && quantity == null && (remark == null || remark.isBlank());
    }

    DocumentDraft.Line toDraft() {
        return new DocumentDraft.Line(item == null ? null : item.getCode(), quantity, remark);
    }

    /** On hand of the item in the document's store, shown while entering. */
    public BigDecimal getOnHand() {
        return onHand;
    }

    void setOnHand(BigDecimal onHand) {
        this.onHand = onHand;
    }

    public Item getItem() {
        return item;
    }

    public void setItem(Item item) {
        this.item = item;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }
}
