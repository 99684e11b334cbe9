package org.fieldstock.interfaces.freight.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.freight.FreightService;
import org.fieldstock.application.item.CatalogService;
import org.fieldstock.domain.freight.FreightApproval;
import org.fieldstock.domain.freight.FreightMode;
import org.fieldstock.domain.freight.FreightRequest;
import org.fieldstock.domain.freight.FreightRules;
import org.fieldstock.domain.freight.FreightStatus;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.StoreRef;
import org.omnifaces.cdi.ViewScoped;

/**
 * Freight of the user's shipments (3篇 3.2): the month's list with its totals per mode, filing a
 * shipment's freight (the rules say who must approve it), and approving or refusing what waits for
 * the user.
 */
@Named
@ViewScoped
public class FreightView implements Serializable {

    @Inject
    private FreightService freight;

    @Inject
    private CatalogService catalog;

    @Inject
    private FacesFeedback feedback;

    private String month = YearMonth.now().toString();
    private String businessUnitCode;
    private List<Row> rows = List.of();
    private Map<FreightMode, BigDecimal> totals = Map.of();
    private List<StoreRef> stores = List.of();
    private FreightRules rules;

    private String storeCode;
    private FreightMode mode = FreightMode.EXPRESS;
    private BigDecimal amount;
    private BigDecimal referencePrice;
    private LocalDate shipDate = LocalDate.now();
    private String carrier;
    private String slipNumber;
    private String documentNumber;
    private String note;

    /** A shipment as the list shows it, with whether the user answers it. */
    public record Row(long id, String number, String storeCode, FreightMode mode, BigDecimal amount,
            BigDecimal referencePrice, LocalDate shipDate, String carrier, String carries, FreightApproval needs,
            FreightStatus status, String decidedBy, String note, boolean mayDecide) implements Serializable {
    }

    public void load() {
        stores = StoreRef.all(catalog.storesForEntry());
        if (storeCode == null && !stores.isEmpty()) {
            // shipments leave from the good store, as a rule
            storeCode = stores.stream().filter(s -> s.kind() == org.fieldstock.domain.organisation.StoreKind.GOOD)
                    .findFirst().orElse(stores.get(0)).code();
        }
        rules = freight.rules();
        show();
    }

    public void show() {
        feedback.attempt(() -> {
            FreightService.MonthList list = freight.month(businessUnitCode, YearMonth.parse(month));
            rows = list.requests().stream().map(this::row).toList();
            totals = list.totals();
        });
    }

    private Row row(FreightRequest r) {
        return new Row(r.getId(), r.getNumber(), r.getStore().getCode(), r.getMode(), r.getAmount(),
                r.getReferencePrice(), r.getShipDate(), r.getCarrier(), r.getTransferSlip() != null
                        ? r.getTransferSlip().getNumber() : r.getDocument().getNumber(), r.getNeeds(), r.getStatus(),
                r.getDecidedBy(), r.getDecisionNote(), freight.mayDecide(r));
    }

    public void file() {
        feedback.answer(() -> freight.file(new FreightService.FreightDraft(storeCode, mode, amount,
                mode == FreightMode.HIRED_VEHICLE ? referencePrice : null, shipDate, carrier, slipNumber,
                documentNumber))).ifPresent(filed -> {
                    feedback.info("freight.filed", filed.getNumber(), MessageKey.of(filed.getNeeds()));
                    amount = null;
                    referencePrice = null;
                    carrier = null;
                    slipNumber = null;
                    documentNumber = null;
                    month = YearMonth.from(filed.getShipDate()).toString();
                    show();
                });
    }

    public void approve(Row row) {
        decide(row, true);
    }

    public void refuse(Row row) {
        decide(row, false);
    }

    private void decide(Row row, boolean approved) {
        feedback.answer(() -> freight.decide(row.id(), approved, note)).ifPresent(decided -> {
            feedback.info("freight.decided", decided.getNumber(), MessageKey.of(decided.getStatus()));
            note = null;
            show();
        });
    }

    public boolean isMayFile() {
        return !stores.isEmpty();
    }

    public FreightMode[] getModes() {
        return FreightMode.values();
    }

    public FreightRules getRules() {
        return rules;
    }

    public List<Map.Entry<FreightMode, BigDecimal>> getTotals() {
        return List.copyOf(totals.entrySet());
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<StoreRef> getStores() {
        return stores;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month == null || month.isBlank() ? YearMonth.now().toString() : month.strip();
    }

    public String getBusinessUnitCode() {
        return businessUnitCode;
    }

    public void setBusinessUnitCode(String businessUnitCode) {
        this.businessUnitCode = businessUnitCode == null || businessUnitCode.isBlank() ? null : businessUnitCode;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }

    public FreightMode getMode() {
        return mode;
    }

    public void setMode(FreightMode mode) {
        this.mode = mode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getReferencePrice() {
        return referencePrice;
    }

    public void setReferencePrice(BigDecimal referencePrice) {
        this.referencePrice = referencePrice;
    }

    public LocalDate getShipDate() {
        return shipDate;
    }

    public void setShipDate(LocalDate shipDate) {
        this.shipDate = shipDate;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getSlipNumber() {
        return slipNumber;
    }

    public void setSlipNumber(String slipNumber) {
        this.slipNumber = slipNumber;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
