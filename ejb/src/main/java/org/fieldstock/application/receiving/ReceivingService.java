package org.fieldstock.application.receiving;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.document.Receiving;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.document.StockDocumentRepository;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.receiving.DiscrepancyKind;
import org.fieldstock.domain.receiving.DiscrepancyPhoto;
import org.fieldstock.domain.receiving.DiscrepancyReport;
import org.fieldstock.domain.receiving.DiscrepancyRepository;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * Receiving at the sites (3篇 1.2): check, count, then book within five working days of arrival; the
 * receipts waiting and the overdue ones, those booked on the shipper's word still without papers, and
 * the discrepancy reports — written by whoever enters the store's documents, with photos, for the site
 * chief and the BU, settled by the document that puts them right. The lists show the caller's own
 * stores (the site's, or the BU's and its sites').
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.BU_PLANNER_NAME,
        Role.BU_SUPERVISOR_NAME, Role.KEEPER_NAME, Role.SITE_CHIEF_NAME, Role.VIEWER_NAME})
public class ReceivingService {

    public static final int MAX_LISTED = 2_000;

    @Inject
    private DiscrepancyRepository discrepancies;

    @Inject
    private StockDocumentRepository documents;

    @Inject
    private ItemRepository items;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    /** A delivered receipt waiting to be counted and booked, with its clock. */
    public record ToCount(StockDocument receipt, LocalDate arrivedOn, LocalDate due, long daysOverdue,
            boolean provisional) {

        public boolean overdue() {
            return daysOverdue > 0;
        }
    }

    /** The caller's delivered receipts not booked yet, the oldest arrival first; the overdue ones only, if asked. */
    public List<ToCount> toCount(boolean overdueOnly) {
        LocalDate today = LocalDate.now();
        LocalDate arrivedBy = overdueOnly ? Receiving.latestOverdueArrival(today) : null;
        return discrepancies.waitingToBeCounted(currentCaller.get().ownScope(), arrivedBy, MAX_LISTED).stream()
                .map(d -> {
                    LocalDate arrived = d.getReceiving().arrivedOn() == null ? d.getDocumentDate()
                            : d.getReceiving().arrivedOn();
                    LocalDate due = d.getCountDue();
                    long late = today.isAfter(due) ? java.time.temporal.ChronoUnit.DAYS.between(due, today) : 0;
                    return new ToCount(d, arrived, due, late, d.getReceiving().isProvisional());
                })
                .sorted(java.util.Comparator.comparing(ToCount::due).thenComparing(t -> t.receipt().getNumber()))
                .toList();
    }

    /** The caller's delivered receipts saved or booked on the shipper's word, their papers still to be attached. */
    public List<StockDocument> withoutPapers() {
        return discrepancies.withoutPapers(currentCaller.get().ownScope(), MAX_LISTED);
    }

    /** Writes a discrepancy report on a delivered receipt: whoever enters the receipt's store's documents. */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public DiscrepancyReport report(String receiptNumber, DiscrepancyKind kind, String itemCode, BigDecimal quantity,
            String description) {
        Caller caller = currentCaller.get();
        StockDocument receipt = readableDocument(receiptNumber);
        caller.requireEntryRight(receipt.getStore());
        Item item = itemCode == null || itemCode.isBlank() ? null : items.byCode(itemCode.strip()).orElseThrow(() ->
                new BusinessException(BusinessException.Kind.INVALID, "item.unknownCode", itemCode));
        Instant now = Instant.now();
        DiscrepancyReport report = new DiscrepancyReport(discrepancies.nextNumber(LocalDate.now()), receipt, kind, item,
                quantity, description, caller.getUsername(), now);
        discrepancies.add(report);
        audit.record(caller.getUsername(), AuditAction.DISCREPANCY_REPORTED, AuditSubject.DOCUMENT,
                receipt.getNumber(), receipt.getStore().getOwner().getCode(), report.getNumber() + " " + kind
                        + (item == null ? "" : " " + item.getCode()) + (quantity == null ? ""
                        : " " + quantity.stripTrailingZeros().toPlainString()));
        return report;
    }

    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public DiscrepancyPhoto addPhoto(long id, byte[] content) {
        Caller caller = currentCaller.get();
        DiscrepancyReport report = lockReadable(id);
        caller.requireEntryRight(report.getReceipt().getStore());
        return report.addPhoto(content, caller.getUsername(), Instant.now());
    }

    /** Settles a report with the document (by number) that puts it right: whoever enters the store's documents. */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public DiscrepancyReport settle(long id, String documentNumber) {
        Caller caller = currentCaller.get();
        DiscrepancyReport report = lockReadable(id);
        caller.requireEntryRight(report.getReceipt().getStore());
        StockDocument settling = readableDocument(documentNumber);
        report.settle(settling, caller.getUsername(), Instant.now());
        audit.record(caller.getUsername(), AuditAction.DISCREPANCY_SETTLED, AuditSubject.DOCUMENT,
                report.getReceipt().getNumber(), report.getReceipt().getStore().getOwner().getCode(),
                report.getNumber() + " → " + settling.getNumber());
        return report;
    }

    public DiscrepancyReport find(long id) {
        Caller caller = currentCaller.get();
        return discrepancies.find(id).filter(r -> caller.mayRead(r.getReceipt().getStore()))
                .orElseThrow(() -> new NotFoundException("discrepancy.notFound", id));
    }

    public DiscrepancyPhoto photo(long id, int position) {
        DiscrepancyReport report = find(id);
        return report.photo(position).orElseThrow(() -> new NotFoundException("discrepancy.photo.notFound", position,
                report.getNumber()));
    }

    /** The reports of the caller's own stores: the open ones, or all; the newest first. */
    public List<DiscrepancyReport> search(boolean openOnly) {
        return discrepancies.search(currentCaller.get().ownScope(), openOnly, MAX_LISTED);
    }

    /** The reports on a receipt the caller may read. */
    public List<DiscrepancyReport> ofReceipt(StockDocument receipt) {
        return currentCaller.get().mayRead(receipt.getStore()) ? discrepancies.ofReceipt(receipt) : List.of();
    }

    /** Whether the caller writes and settles the reports of the store's receipts. */
    public boolean mayReport(StockDocument receipt) {
        return currentCaller.get().mayEnterDocumentsFor(receipt.getStore());
    }

    private DiscrepancyReport lockReadable(long id) {
        Caller caller = currentCaller.get();
        return discrepancies.findForUpdate(id).filter(r -> caller.mayRead(r.getReceipt().getStore()))
                .orElseThrow(() -> new NotFoundException("discrepancy.notFound", id));
    }

    private StockDocument readableDocument(String number) {
        Caller caller = currentCaller.get();
        String given = number == null ? "" : number.strip();
        return documents.findByNumber(given).filter(d -> caller.mayRead(d.getStore()))
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID, "document.reverses.unknown",
                        given));
    }
}
