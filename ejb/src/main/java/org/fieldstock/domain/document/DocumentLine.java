package org.fieldstock.domain.document;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.shared.BaseEntity;

/** One line of a stock document: an item and a signed quantity in the item's unit. */
@Entity
@Table(name = "stock_document_line")
public class DocumentLine extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private StockDocument document;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private Item item;

    @Column(name = "quantity", nullable = false, precision = 18, scale = 4)
    private BigDecimal quantity;

    @Column(name = "remark")
    private String remark;

    protected DocumentLine() {
    }

    DocumentLine(StockDocument document, int lineNo, Item item, BigDecimal quantity, String remark) {
        this.document = Objects.requireNonNull(document);
        this.lineNo = lineNo;
        this.item = Objects.requireNonNull(item);
        this.quantity = Objects.requireNonNull(quantity);
        this.remark = remark;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Item getItem() {
        return item;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getRemark() {
        return remark;
    }
}
