package org.fieldstock.domain.freight;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.TextRules;
import org.fieldstock.domain.transfer.TransferSlip;

/**
 * The freight of one shipment from a store (3篇 3.2): how it travels, what it costs, the transfer
 * slip or return document it carries; what the rules ask of it when it is filed (nothing, the BU's
 * approval, or the BU manager's), and the answer.
 */
@Entity
@Table(name = "freight_request")
public class FreightRequest extends BaseEntity {

    public static final int MAX_TEXT = 200;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "request_no", nullable = false, updatable = false, length = 30)
    private String number;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "store_id", nullable = false, updatable = false)
    private Store store;

    @Enumerated(EnumType.STRING)
    @Column(name = "freight_mode", nullable = false, updatable = false, length = 20)
    private FreightMode mode;

    @Column(name = "amount", nullable = false, updatable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "reference_price", updatable = false, precision = 18, scale = 2)
    private BigDecimal referencePrice;

    @Column(name = "ship_date", nullable = false, updatable = false)
    private LocalDate shipDate;

    @Column(name = "carrier", nullable = false, updatable = false, length = MAX_TEXT)
    private String carrier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "transfer_slip_id", updatable = false)
    private TransferSlip transferSlip;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id", updatable = false)
    private StockDocument document;

    @Enumerated(EnumType.STRING)
    @Column(name = "needs", nullable = false, updatable = false, length = 30)
    private FreightApproval needs;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private FreightStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    protected FreightRequest() {
    }

    /**
     * A shipment's freight, filed under the rules: within what the site decides it is recorded as
     * decided, else it waits for the BU's (or the BU manager's) approval. Names the slip or the
     * document it carries (one of them), shipped from the store. Throws with every broken rule at once.
     */
    public FreightRequest(String number, Store store, FreightMode mode, BigDecimal amount, BigDecimal referencePrice,
            LocalDate shipDate, String carrier, TransferSlip slip, StockDocument carried, FreightRules rules,
            String user, Instant now) {
        List<Problem> problems = new ArrayList<>(FreightRules.problems(mode, amount, referencePrice));
        String text = TextRules.clean(carrier);
        if (text == null || text.length() > MAX_TEXT) {
            problems.add(new Problem("freight.carrier.required", MAX_TEXT));
        }
        if (shipDate == null) {
            problems.add(new Problem("freight.shipDate.required"));
        }
        if ((slip == null) == (carried == null)) {
            problems.add(new Problem("freight.carries.one"));
        } else if (carried != null && carried.getCategory() != org.fieldstock.domain.document.DocumentCategory.MATERIAL_RETURN
                && carried.getCategory() != org.fieldstock.domain.document.DocumentCategory.REPAIR_RETURN) {
            problems.add(new Problem("freight.carries.notAReturn", carried.getNumber()));
        } else if (slip != null && !slip.getFromStore().getCode().equals(store.getCode())
                || carried != null && !carried.getStore().getCode().equals(store.getCode())) {
            problems.add(new Problem("freight.carries.otherStore", slip != null ? slip.getNumber() : carried.getNumber(),
                    store.getCode()));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        this.number = Objects.requireNonNull(number);
        this.store = store;
        this.mode = mode;
        this.amount = amount;
        this.referencePrice = mode == FreightMode.HIRED_VEHICLE ? referencePrice : null;
        this.shipDate = shipDate;
        this.carrier = text;
        this.transferSlip = slip;
        this.document = carried;
        this.needs = rules.approvalFor(mode, amount, referencePrice);
        this.status = needs == FreightApproval.SITE_DECIDES ? FreightStatus.SITE_DECIDED : FreightStatus.REQUESTED;
        this.requestedBy = Objects.requireNonNull(user);
        this.requestedAt = Objects.requireNonNull(now);
    }

    /** Approves or refuses a request waiting for it; the caller checks who may. */
    public void decide(boolean approved, String note, String user, Instant now) {
        if (status != FreightStatus.REQUESTED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "freight.notWaiting", number, status.name());
        }
        String text = TextRules.clean(note);
        if (!approved && text == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "freight.refusal.reasonRequired");
        }
        this.status = approved ? FreightStatus.APPROVED : FreightStatus.REFUSED;
        this.decisionNote = text;
        this.decidedBy = Objects.requireNonNull(user);
        this.decidedAt = Objects.requireNonNull(now);
    }

    public int getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public Store getStore() {
        return store;
    }

    public FreightMode getMode() {
        return mode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getReferencePrice() {
        return referencePrice;
    }

    public LocalDate getShipDate() {
        return shipDate;
    }

    public String getCarrier() {
        return carrier;
    }

    public TransferSlip getTransferSlip() {
        return transferSlip;
    }

    public StockDocument getDocument() {
        return document;
    }

    public FreightApproval getNeeds() {
        return needs;
    }

    public FreightStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
