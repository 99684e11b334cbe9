package org.fieldstock.interfaces.document.web;

import java.io.Serializable;
import java.math.BigDecimal;

import org.fieldstock.application.DocumentDraft;
import org.fieldstock.domain.item.Item;

/** One editable line of the document editor. The item is looked up from the code for display. */
public class LineRow implements Serializable {

    private String itemCode;
    private BigDecimal quantity;
    private String remark;
    private Item item;

    public LineRow() {
    }

    LineRow(Item item, BigDecimal quantity, String remark) {
        this.item = item;
        this.itemCode = item.getCode();
        this.quantity = quantity;
        this.remark = remark;
    }

    boolean isBlank() {
        return (itemCode == null || itemCode.isBlank()) && quantity == null && (remark == null || remark.isBlank());
    }

    DocumentDraft.Line toDraft() {
        return new DocumentDraft.Line(itemCode, quantity, remark);
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
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

    public Item getItem() {
        return item;
    }

    void setItem(Item item) {
        this.item = item;
    }
}
