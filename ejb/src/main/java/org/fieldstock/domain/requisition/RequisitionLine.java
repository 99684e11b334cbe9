package org.fieldstock.domain.requisition;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.request.ItemRequest;
import org.fieldstock.domain.shared.BaseEntity;

/**
 * One line of a requisition, with the item's name, spec and unit as they were asked for (a part
 * without a code has them from its item-code request).
 */
@Entity
@Table(name = "requisition_line")
public class RequisitionLine extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requisition_id", nullable = false, updatable = false)
    private Requisition requisition;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private RequisitionLineKind kind;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "item_id")
    private Item item;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_request_id")
    private ItemRequest itemRequest;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "spec")
    private String spec;

    @Column(name = "unit", nullable = false)
    private String unit;

    @Column(name = "quantity", nullable = false, precision = 18, scale = 4)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false)
    private Urgency urgency;

    @Column(name = "reason", nullable = false)
    private String reason;

    protected RequisitionLine() {
    }

    /** A line already checked by {@link RequisitionLineRules}. */
    RequisitionLine(Requisition requisition, int lineNo, NewRequisitionLine line) {
        this.requisition = Objects.requireNonNull(requisition);
        this.lineNo = lineNo;
        this.item = line.item();
        this.itemRequest = line.itemRequest();
        if (item != null) {
            this.kind = RequisitionLineKind.of(item.getCategory());
            this.name = item.getNameZh() + " " + item.getNameEn();
            this.spec = item.getSpec();
            this.unit = item.getUnitZh() + " " + item.getUnitEn();
        } else {
            this.kind = line.kind() == null ? RequisitionLineKind.SPARE : line.kind();
            this.name = itemRequest.getName();
            this.spec = itemRequest.getSpec();
            this.unit = itemRequest.getUnit();
        }
        this.quantity = line.quantity();
        this.urgency = line.urgency();
        this.reason = line.reason();
    }

    /** The item that delivers the line: the one asked for, or the one created from its item-code request. */
    public Item deliveredItem() {
        return item != null ? item : itemRequest.getItem();
    }

    public Requisition getRequisition() {
        return requisition;
    }

    public int getLineNo() {
        return lineNo;
    }

    public RequisitionLineKind getKind() {
        return kind;
    }

    public Item getItem() {
        return item;
    }

    public ItemRequest getItemRequest() {
        return itemRequest;
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

    public Urgency getUrgency() {
        return urgency;
    }

    public String getReason() {
        return reason;
    }
}
