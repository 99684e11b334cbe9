package org.fieldstock.interfaces.receiving.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.receiving.ReceivingService;
import org.fieldstock.domain.receiving.DiscrepancyKind;
import org.fieldstock.domain.receiving.DiscrepancyPhoto;
import org.fieldstock.domain.receiving.DiscrepancyReport;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.ItemRef;
import org.omnifaces.cdi.ViewScoped;

/**
 * Receiving at the site and the BU: deliveries waiting to be counted (the overdue ones marked),
 * deliveries booked without papers, and the discrepancy reports — written with photos by whoever
 * enters the store's documents, settled by the document that puts them right.
 */
@Named
@ViewScoped
public class ReceivingView implements Serializable {

    @Inject
    private ReceivingService receiving;

    @Inject
    private CatalogService catalog;

    @Inject
    private FacesFeedback feedback;

    private boolean overdueOnly;
    private boolean openOnly = true;
    private List<CountRow> toCount = List.of();
    private List<PapersRow> withoutPapers = List.of();
    private List<ReportRow> reports = List.of();

    private String receiptNumber;
    private DiscrepancyKind kind = DiscrepancyKind.SHORT;
    private ItemRef item;
    private BigDecimal quantity;
    private String description;

    private ReportRow selected;
    private String settlingNumber;

    /** A delivery waiting to be counted. */
    public record CountRow(long id, String number, String storeCode, LocalDate arrivedOn, LocalDate due,
            long daysOverdue, boolean provisional) implements Serializable {

        public boolean isOverdue() {
            return daysOverdue > 0;
        }
    }

    /** A delivery booked or saved on the shipper's word. */
    public record PapersRow(long id, String number, String storeCode, LocalDate date, String confirmation)
            implements Serializable {
    }

    /** A discrepancy report, with the numbers of its photos and whether the user may act on it. */
    public record ReportRow(long id, String number, String receipt, long receiptId, String storeCode,
            DiscrepancyKind kind, String itemCode, String quantity, String description, String reportedBy,
            Instant reportedAt, List<Integer> photos, String settledBy, Long settledById, boolean mayAct)
            implements Serializable {
    }

    public void load() {
        show();
    }

    public void show() {
        feedback.attempt(() -> {
            toCount = receiving.toCount(overdueOnly).stream().map(t -> new CountRow(t.receipt().getId(),
                    t.receipt().getNumber(), t.receipt().getStore().getCode(), t.arrivedOn(), t.due(), t.daysOverdue(),
                    t.provisional())).toList();
            withoutPapers = receiving.withoutPapers().stream().map(d -> new PapersRow(d.getId(), d.getNumber(),
                    d.getStore().getCode(), d.getDocumentDate(), d.getReceiving().shipperConfirmation())).toList();
            reports = receiving.search(openOnly).stream().map(this::row).toList();
            if (selected != null) {
                selected = row(receiving.find(selected.id()));
            }
        });
    }

    private ReportRow row(DiscrepancyReport r) {
        return new ReportRow(r.getId(), r.getNumber(), r.getReceipt().getNumber(), r.getReceipt().getId(),
                r.getReceipt().getStore().getCode(), r.getKind(), r.getItem() == null ? null : r.getItem().getCode(),
                r.getQuantity() == null ? null : r.getQuantity().stripTrailingZeros().toPlainString(), r.getDescription(),
                r.getReportedBy(), r.getReportedAt(), r.getPhotos().stream().map(DiscrepancyPhoto::getPosition).toList(),
                r.getSettledBy() == null ? null : r.getSettledBy().getNumber(),
                r.getSettledBy() == null ? null : r.getSettledBy().getId(),
                !r.isSettled() && receiving.mayReport(r.getReceipt()));
    }

    public List<ItemRef> completeItem(String text) {
        return ItemRef.all(catalog.searchItems(text));
    }

    public void report() {
        feedback.answer(() -> receiving.report(receiptNumber, kind, item == null ? null : item.code(), quantity,
                description)).ifPresent(report -> {
                    feedback.info("receiving.reported", report.getNumber());
                    selected = row(report);
                    receiptNumber = null;
                    item = null;
                    quantity = null;
                    description = null;
                    show();
                });
    }

    public void select(ReportRow row) {
        selected = row;
        settlingNumber = null;
    }

    public void uploadPhoto(org.primefaces.event.FileUploadEvent event) {
        if (selected == null) {
            return;
        }
        byte[] content = event.getFile().getContent();
        if (feedback.attempt(() -> receiving.addPhoto(selected.id(), content))) {
            feedback.info("receiving.photoAdded", selected.number());
            show();
        }
    }

    public void settle() {
        if (selected == null) {
            return;
        }
        if (feedback.attempt(() -> receiving.settle(selected.id(), settlingNumber))) {
            feedback.info("receiving.settledDone", selected.number(), settlingNumber.strip());
            show();
        }
    }

    public DiscrepancyKind[] getKinds() {
        return DiscrepancyKind.values();
    }

    public long getOverdueCount() {
        return toCount.stream().filter(CountRow::isOverdue).count();
    }

    public List<CountRow> getToCount() {
        return toCount;
    }

    public List<PapersRow> getWithoutPapers() {
        return withoutPapers;
    }

    public List<ReportRow> getReports() {
        return reports;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public void setReceiptNumber(String receiptNumber) {
        this.receiptNumber = receiptNumber;
    }

    public DiscrepancyKind getKind() {
        return kind;
    }

    public void setKind(DiscrepancyKind kind) {
        this.kind = kind;
    }

    public ItemRef getItem() {
        return item;
    }

    public void setItem(ItemRef item) {
        this.item = item;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ReportRow getSelected() {
        return selected;
    }

    public String getSettlingNumber() {
        return settlingNumber;
    }

    public void setSettlingNumber(String settlingNumber) {
        this.settlingNumber = settlingNumber;
    }
}
