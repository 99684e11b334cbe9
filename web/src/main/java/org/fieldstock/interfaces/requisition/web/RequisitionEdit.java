package org.fieldstock.interfaces.requisition.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.requisition.RequisitionDeliveries;
import org.fieldstock.application.requisition.RequisitionDraft;
import org.fieldstock.application.requisition.RequisitionService;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.requisition.RequisitionAction;
import org.fieldstock.domain.requisition.RequisitionLineKind;
import org.fieldstock.domain.requisition.RequisitionStatus;
import org.fieldstock.domain.requisition.Urgency;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.domain.user.Role;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.ItemRef;
import org.omnifaces.cdi.ViewScoped;

/**
 * One requisition: the site drafts and changes it, each signer signs in turn, sends it back or
 * refuses it with a reason, and the planning office ships its lines. Buttons follow what the
 * service says the user may do; the service checks again.
 */
@Named
@ViewScoped
public class RequisitionEdit implements Serializable {

    private static final int EMPTY_ROWS_FOR_NEW = 3;

    @Inject
    private RequisitionService requisitions;

    @Inject
    private CatalogService catalog;

    @Inject
    private FacesFeedback feedback;

    private Long id;
    private String number;
    private String siteCode;
    private RequisitionStatus status;
    private Role waitingFor;
    private Instant checkDueAt;
    private boolean checkOverdue;
    private int version;
    private String remark;
    private String reason;
    private boolean mayShip;
    private List<RequisitionLineRow> rows = new ArrayList<>();
    private Set<RequisitionAction> allowed = EnumSet.noneOf(RequisitionAction.class);
    private List<EventRow> events = List.of();
    private List<Integer> photoPositions = List.of();
    private List<DeliveryRow> deliveries = List.of();

    /** One step of the requisition's way. */
    public record EventRow(String step, RequisitionStatus statusAfter, String by, Instant at, String reason)
            implements Serializable {
    }

    /** Per item: asked, arrived, on its way, still to send. */
    public record DeliveryRow(String item, String asked, String arrived, String coming, String open)
            implements Serializable {

        static DeliveryRow of(RequisitionDeliveries.ItemDelivery d) {
            return new DeliveryRow(d.item().getCode(), plain(d.asked()), plain(d.arrived()), plain(d.coming()),
                    plain(d.open()));
        }

        private static String plain(java.math.BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    /** Called from f:viewAction once the id parameter is set. */
    public void load() {
        if (id == null) {
            requisitions.draftingSite().ifPresentOrElse(site -> {
                siteCode = site.getCode();
                allowed = EnumSet.of(RequisitionAction.MODIFY);
            }, () -> feedback.error("requisition.draft.notYours"));
            for (int i = 0; i < EMPTY_ROWS_FOR_NEW; i++) {
                rows.add(new RequisitionLineRow());
            }
            return;
        }
        feedback.attempt(() -> show(requisitions.find(id)));
    }

    private void show(Requisition shown) {
        Instant now = Instant.now();
        id = shown.getId();
        number = shown.getNumber();
        siteCode = shown.getSite().getCode();
        status = shown.getStatus();
        waitingFor = shown.waitingFor().orElse(null);
        checkDueAt = shown.getCheckDueAt();
        checkOverdue = shown.isCheckOverdue(now);
        version = shown.getVersion();
        remark = shown.getRemark();
        reason = null;
        rows = new ArrayList<>(shown.getLines().stream().map(RequisitionLineRow::of).toList());
        allowed = requisitions.allowedActions(shown);
        if (isEditable()) {
            rows.add(new RequisitionLineRow());
        }
        events = shown.getEvents().stream().map(e -> new EventRow(e.getStep().name(), e.getStatusAfter(),
                e.getDoneBy(), e.getDoneAt(), e.getReason())).toList();
        deliveries = status == RequisitionStatus.APPROVED || status == RequisitionStatus.CLOSED
                ? requisitions.deliveries(shown).stream().map(DeliveryRow::of).toList() : List.of();
        mayShip = requisitions.mayShip(shown);
        photoPositions = shown.getPhotos().stream().map(p -> p.getPosition()).toList();
    }

    /** A photo chosen on the page: added to the draft at once. */
    public void uploadPhoto(org.primefaces.event.FileUploadEvent event) {
        byte[] content = event.getFile().getContent();
        if (feedback.attempt(() -> requisitions.addPhoto(id, content))) {
            feedback.attempt(() -> show(requisitions.find(id)));
        }
    }

    public void removePhoto(int position) {
        if (feedback.attempt(() -> requisitions.removePhoto(id, position))) {
            feedback.attempt(() -> show(requisitions.find(id)));
        }
    }

    public List<Integer> getPhotoPositions() {
        return photoPositions;
    }

    public List<ItemRef> completeItem(String text) {
        return ItemRef.all(catalog.searchItems(text));
    }

    public void addLine() {
        rows.add(new RequisitionLineRow());
    }

    public void removeLine(RequisitionLineRow row) {
        rows.remove(row);
    }

    /** Saves the draft, new or changed; a new one then opens under its own address. */
    public void save() throws IOException {
        RequisitionDraft draft = new RequisitionDraft(siteCode, remark, rows.stream()
                .filter(row -> !row.isBlank()).map(RequisitionLineRow::toDraft).toList());
        boolean isNew = id == null;
        List<Requisition> saved = new ArrayList<>(1);
        if (!feedback.attempt(() -> saved.add(isNew ? requisitions.create(draft)
                : requisitions.modify(id, version, draft)))) {
            return;
        }
        if (isNew) {
            feedback.flashInfo("requisition.saved", saved.get(0).getNumber());
            redirect("/requisitions/edit.xhtml?id=" + saved.get(0).getId());
            return;
        }
        show(saved.get(0));
        feedback.info("requisition.saved", number);
    }

    /** A step (sign, check, supervise, approve, send back, refuse, withdraw), with the reason typed if any. */
    public void step(String action) {
        RequisitionAction chosen = RequisitionAction.valueOf(action);
        if (feedback.attempt(() -> show(requisitions.perform(id, chosen, version, reason)))) {
            feedback.info("requisition.stepDone", number, feedback.text("RequisitionStatus." + status.name()));
        }
    }

    /** Ships every coded line's open quantity from the central store on a saved slip, and opens it. */
    public void ship() throws IOException {
        List<TransferSlip> made = new ArrayList<>(1);
        if (feedback.attempt(() -> made.add(requisitions.shipOpenLines(id)))) {
            feedback.flashInfo("requisition.shipped", made.get(0).getNumber(), number);
            redirect("/transfers/edit.xhtml?id=" + made.get(0).getId());
        }
    }

    private static void redirect(String page) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + page);
    }

    public boolean may(String action) {
        return allowed.contains(RequisitionAction.valueOf(action));
    }

    public boolean isEditable() {
        return allowed.contains(RequisitionAction.MODIFY);
    }

    public RequisitionLineKind[] getKinds() {
        return RequisitionLineKind.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNumber() {
        return number;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public RequisitionStatus getStatus() {
        return status;
    }

    public Role getWaitingFor() {
        return waitingFor;
    }

    public Instant getCheckDueAt() {
        return checkDueAt;
    }

    public boolean isCheckOverdue() {
        return checkOverdue;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isMayShip() {
        return mayShip;
    }

    public List<RequisitionLineRow> getRows() {
        return rows;
    }

    public List<EventRow> getEvents() {
        return events;
    }

    public List<DeliveryRow> getDeliveries() {
        return deliveries;
    }
}
