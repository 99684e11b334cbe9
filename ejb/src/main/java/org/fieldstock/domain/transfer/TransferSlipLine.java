package org.fieldstock.domain.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.shared.BaseEntity;

/** One line of a transfer slip: the item, how many, and for tracked items which batch and serials go. */
@Entity
@Table(name = "transfer_slip_line")
public class TransferSlipLine extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "slip_id", nullable = false, updatable = false)
    private TransferSlip slip;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private Item item;

    @Column(name = "quantity", nullable = false, precision = 18, scale = 4)
    private BigDecimal quantity;

    @Column(name = "batch_no")
    private String batchNo;

    @Column(name = "remark")
    private String remark;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "transfer_slip_line_serial", joinColumns = @JoinColumn(name = "line_id"))
    @OrderColumn(name = "serial_pos")
    @Column(name = "serial_no", nullable = false)
    private List<String> serials = new ArrayList<>();

    protected TransferSlipLine() {
    }

    TransferSlipLine(TransferSlip slip, int lineNo, NewLine line) {
        this.slip = Objects.requireNonNull(slip);
        this.lineNo = lineNo;
        this.item = Objects.requireNonNull(line.item());
        this.quantity = Objects.requireNonNull(line.quantity());
        this.batchNo = line.batchNo();
        this.remark = line.remark() == null || line.remark().isBlank() ? null : line.remark().strip();
        this.serials.addAll(line.serials());
    }

    NewLine asNewLine() {
        return new NewLine(item, quantity, remark, null, batchNo, null, serials);
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

    public String getBatchNo() {
        return batchNo;
    }

    public String getRemark() {
        return remark;
    }

    public List<String> getSerials() {
        return Collections.unmodifiableList(serials);
    }
}
