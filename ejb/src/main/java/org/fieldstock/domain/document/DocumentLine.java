package org.fieldstock.domain.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.fieldstock.domain.failedpart.FailureRecord;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Turbine;
import org.fieldstock.domain.shared.BaseEntity;

/**
 * One line of a stock document: an item and a signed quantity in the item's unit; for a
 * serial-tracked item the serials of the units, for a shelf-life item the batch, and for a part
 * fitted to or taken from a turbine, the turbine.
 */
@Entity
@Table(name = "stock_document_line")
public class DocumentLine extends BaseEntity {

    /** The column of a line's remark. */
    public static final int MAX_REMARK_LENGTH = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private StockDocument document;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private Item item;

    @Column(name = "quantity", nullable = false, precision = 18, scale = 4)
    private BigDecimal quantity;

    @Column(name = "remark")
    private String remark;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "turbine_id")
    private Turbine turbine;

    @Column(name = "batch_no")
    private String batchNo;

    /**
     * On lines that bring a batch in, as entered; on lines that take from a batch, the batch's date
     * as it was when the document was reviewed.
     */
    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "stock_document_line_serial", joinColumns = @JoinColumn(name = "line_id"))
    @OrderColumn(name = "serial_pos")
    @Column(name = "serial_no", nullable = false)
    private List<String> serials = new ArrayList<>();

    /** On a transfer-in line: units that arrived damaged, booked into the receiving unit's damaged store. */
    @Column(name = "damaged_on_arrival", precision = 18, scale = 4)
    private BigDecimal damagedOnArrival;

    /** On a transfer-in line: units that did not arrive, a loss the planning office approves. */
    @Column(name = "missing_on_arrival", precision = 18, scale = 4)
    private BigDecimal missingOnArrival;

    /** The serials among {@link #serials} that arrived damaged, comma-separated (serials hold no commas). */
    @Column(name = "damaged_serials")
    private String damagedSerials;

    @Column(name = "missing_serials")
    private String missingSerials;

    /** On a line that replaced a failed part, and on the intake line that booked the removed part in: the register's entry. */
    @Embedded
    private FailureRecord failure;

    protected DocumentLine() {
    }

    DocumentLine(StockDocument document, int lineNo, NewLine line, boolean keepExpiry) {
        this.document = Objects.requireNonNull(document);
        this.lineNo = lineNo;
        this.item = Objects.requireNonNull(line.item());
        this.quantity = Objects.requireNonNull(line.quantity());
        this.remark = line.remark() == null || line.remark().isBlank() ? null : line.remark().strip();
        this.turbine = line.turbine();
        this.batchNo = line.batchNo();
        this.expiryDate = keepExpiry ? line.expiryDate() : null;
        this.serials.addAll(line.serials());
        this.failure = line.failure();
    }

    void noteExpiry(LocalDate expiry) {
        this.expiryDate = expiry;
    }

    void recordArrival(BigDecimal damaged, BigDecimal missing, List<String> damagedSerialList,
            List<String> missingSerialList) {
        this.damagedOnArrival = damaged.signum() == 0 ? null : damaged;
        this.missingOnArrival = missing.signum() == 0 ? null : missing;
        this.damagedSerials = damagedSerialList.isEmpty() ? null : String.join(",", damagedSerialList);
        this.missingSerials = missingSerialList.isEmpty() ? null : String.join(",", missingSerialList);
    }

    NewLine asNewLine() {
        return new NewLine(item, quantity, remark, turbine, batchNo, expiryDate, serials, getFailure());
    }

    /** The document the line belongs to. */
    public StockDocument getDocument() {
        return document;
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

    public Turbine getTurbine() {
        return turbine;
    }

    public String getBatchNo() {
        return batchNo;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public List<String> getSerials() {
        return Collections.unmodifiableList(serials);
    }

    /** The register's entry of the failed part this line replaced or booked in; none on other lines. */
    public FailureRecord getFailure() {
        return failure == null || failure.isEmpty() ? null : failure;
    }

    public BigDecimal getDamagedOnArrival() {
        return damagedOnArrival == null ? BigDecimal.ZERO : damagedOnArrival;
    }

    public BigDecimal getMissingOnArrival() {
        return missingOnArrival == null ? BigDecimal.ZERO : missingOnArrival;
    }

    /** What arrived in good order: the line's quantity less what arrived damaged or did not arrive. */
    public BigDecimal getArrivedGood() {
        return quantity.subtract(getDamagedOnArrival()).subtract(getMissingOnArrival());
    }

    public List<String> getDamagedSerials() {
        return split(damagedSerials);
    }

    public List<String> getMissingSerials() {
        return split(missingSerials);
    }

    /** The serials that arrived in good order. */
    public List<String> getArrivedGoodSerials() {
        List<String> good = new ArrayList<>(serials);
        good.removeAll(getDamagedSerials());
        good.removeAll(getMissingSerials());
        return good;
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : List.of(joined.split(","));
    }
}
