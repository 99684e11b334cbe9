package org.fieldstock.application.requisition;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.document.DocumentDraft;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.application.transfer.TransferDraft;
import org.fieldstock.application.transfer.TransferService;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.request.ItemRequest;
import org.fieldstock.domain.request.ItemRequestRepository;
import org.fieldstock.domain.requisition.NewRequisitionLine;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.requisition.RequisitionAction;
import org.fieldstock.domain.requisition.RequisitionLine;
import org.fieldstock.domain.requisition.RequisitionPhoto;
import org.fieldstock.domain.requisition.RequisitionRepository;
import org.fieldstock.domain.requisition.RequisitionStatus;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.domain.user.Role;

/**
 * Requisitions from draft to approval: the site's keeper or chief drafts and changes them, the
 * chief signs, the BU's planner checks within the clock, its supervisor and manager sign. Every
 * right is the requisition's answer for the caller ({@link Requisition#whyNot}); a requisition the
 * caller may not see does not exist for them. Every step is audited.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.BU_PLANNER_NAME,
        Role.BU_SUPERVISOR_NAME, Role.KEEPER_NAME, Role.SITE_CHIEF_NAME, Role.VIEWER_NAME})
public class RequisitionService {

    /** How long the BU planner has to check a filed requisition unless set: a day (3篇 1.1). */
    public static final Duration DEFAULT_CHECK_WITHIN = Duration.ofHours(24);
    /** The most requisitions one list reads. */
    public static final int MAX_LISTED = 1_000;

    @Inject
    private RequisitionRepository requisitions;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private ItemRepository items;

    @Inject
    private ItemRequestRepository itemRequests;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private RequisitionDeliveries deliveries;

    @Inject
    private TransferService transfers;

    @Inject
    private RequisitionScope scopes;

    /** {@code fieldstock.requisitions.check-hours}: the planner's clock, 24 hours unless set. */
    public Duration checkWithin() {
        return ConfigProvider.getConfig().getOptionalValue("fieldstock.requisitions.check-hours", Integer.class)
                .map(Duration::ofHours).orElse(DEFAULT_CHECK_WITHIN);
    }

    /** A new draft of a site's requisition, by the site's keeper or chief. */
    public Requisition create(RequisitionDraft draft) {
        Caller caller = currentCaller.get();
        OrgUnit site = siteOf(draft.siteCode());
        if (!caller.mayDraftRequisitionFor(site)) {
            throw new AccessDeniedException("access.denied.requisition", caller.getUsername(), site.getCode());
        }
        Instant now = Instant.now();
        Requisition requisition = new Requisition(requisitions.nextNumber(LocalDate.now()), site, draft.remark(),
                lines(site, draft.lines()), caller.getUsername(), now);
        requisitions.add(requisition);
        audited(caller, AuditAction.REQUISITION_CREATED, requisition, null);
        return requisition;
    }

    /** Changes a draft; {@code expectedVersion} is the one read, so that a change made meanwhile is not lost. */
    public Requisition modify(long id, Integer expectedVersion, RequisitionDraft draft) {
        Caller caller = currentCaller.get();
        Requisition requisition = lockedCurrent(id, expectedVersion);
        requisition.whyNot(RequisitionAction.MODIFY, caller).ifPresent(refusal -> {
            throw refusal.toException();
        });
        requisition.modify(draft.remark(), lines(requisition.getSite(), draft.lines()), caller.getUsername(),
                Instant.now());
        audited(caller, AuditAction.REQUISITION_MODIFIED, requisition, null);
        return requisition;
    }

    /** Adds a photo to a draft (the site's keeper or chief); JPEG or PNG, at most five. */
    public RequisitionPhoto addPhoto(long id, byte[] content) {
        Caller caller = currentCaller.get();
        Requisition requisition = lockedCurrent(id, null);
        RequisitionPhoto photo = requisition.addPhoto(content, caller, Instant.now());
        audited(caller, AuditAction.REQUISITION_MODIFIED, requisition, "photo " + photo.getPosition() + " added");
        return photo;
    }

    /** Removes a photo from a draft. */
    public void removePhoto(long id, int position) {
        Caller caller = currentCaller.get();
        Requisition requisition = lockedCurrent(id, null);
        requisition.removePhoto(position, caller);
        audited(caller, AuditAction.REQUISITION_MODIFIED, requisition, "photo " + position + " removed");
    }

    /** A photo of a requisition the caller sees. */
    public RequisitionPhoto photo(long id, int position) {
        Requisition requisition = find(id);
        return requisition.photo(position).orElseThrow(() -> new NotFoundException("requisition.photo.notFound",
                position, requisition.getNumber()));
    }

    /** A step: withdraw, sign, check, supervise, approve, send back or refuse (the last two with a reason). */
    public Requisition perform(long id, RequisitionAction action, Integer expectedVersion, String reason) {
        if (action == null || action == RequisitionAction.MODIFY) {
            throw new BusinessException(BusinessException.Kind.INVALID, "requisition.action.unknown",
                    action == null ? "" : action.name());
        }
        Caller caller = currentCaller.get();
        Requisition requisition = lockedCurrent(id, expectedVersion);
        requisition.perform(action, reason, caller, Instant.now(), checkWithin());
        if (action == RequisitionAction.APPROVE) {
            // an emergency's goods may have arrived before its requisition was approved
            deliveries.arrivalsChanged(requisition, caller.getUsername());
        }
        audited(caller, AuditAction.REQUISITION_STEP, requisition, action.name()
                + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
        return requisition;
    }

    /** What one line of a shipment sends: how many, and which serials or batch. */
    public record ShipmentLine(int lineNo, java.math.BigDecimal quantity, String batchNo, List<String> serials)
            implements java.io.Serializable {
    }

    /**
     * Ships an approved requisition's lines from production management's central store to the site's
     * good store: a saved transfer slip that names the requisition, so that its arrival counts
     * against it. The transfer rules decide who makes it (across BUs: the planning office); no line
     * more than it still waits for, and only parts that have their code.
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME})
    public TransferSlip shipFromCentralStore(long id, List<ShipmentLine> shipped) {
        Caller caller = currentCaller.get();
        Requisition requisition = lockedCurrent(id, null);
        Store central = storeOf(organisation.allOrgUnits().stream().filter(OrgUnit::isProductionManagement)
                .findFirst().orElse(null), "requisition.noCentralStore");
        Store siteStore = storeOf(requisition.getSite(), "requisition.siteHasNoGoodStore");
        caller.requireTransferRight(central, siteStore);
        if (requisition.getStatus() != RequisitionStatus.APPROVED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "requisition.notApproved",
                    requisition.getNumber(), MessageKey.of(requisition.getStatus()));
        }
        if (shipped == null || shipped.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "requisition.shipment.noLines");
        }
        List<Problem> problems = new ArrayList<>();
        List<DocumentDraft.Line> lines = new ArrayList<>();
        Map<Item, java.math.BigDecimal> adding = new LinkedHashMap<>();
        for (ShipmentLine line : shipped) {
            RequisitionLine asked = line == null || line.lineNo() < 1 || line.lineNo() > requisition.getLines().size()
                    ? null : requisition.getLines().get(line.lineNo() - 1);
            if (asked == null) {
                problems.add(new Problem("requisition.shipment.noSuchLine", requisition.getNumber(),
                        line == null ? 0 : line.lineNo()));
                continue;
            }
            Item item = asked.deliveredItem();
            if (item == null) {
                problems.add(new Problem("requisition.shipment.notCoded", asked.getLineNo(), asked.getName()));
                continue;
            }
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                problems.add(new Problem("line.quantity.mustBePositive", asked.getLineNo(), item.getCode(),
                        line.quantity() == null ? "" : line.quantity().toPlainString()));
                continue;
            }
            adding.merge(item, line.quantity(), java.math.BigDecimal::add);
            lines.add(new DocumentDraft.Line(item.getCode(), line.quantity(), requisition.getNumber() + " #"
                    + asked.getLineNo(), null, line.batchNo(), null, line.serials()));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        deliveries.requireWithin(requisition, adding, null, null, false, BusinessException.Kind.INVALID);
        TransferSlip slip = transfers.create(new TransferDraft(StoreKind.GOOD, central.getCode(), siteStore.getCode(),
                LocalDate.now(), null, null, null, "内部联络单 Requisition " + requisition.getNumber(), lines));
        slip.delivers(requisition);
        audited(caller, AuditAction.REQUISITION_STEP, requisition, "SHIPPED " + slip.getNumber());
        return slip;
    }

    /**
     * Ships everything an approved requisition still waits for: per coded line what is left of its
     * item after what arrived and what is on its way, given to the lines in their order.
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME})
    public TransferSlip shipOpenLines(long id) {
        Requisition requisition = find(id);
        Map<Long, java.math.BigDecimal> open = new java.util.HashMap<>();
        deliveries.of(requisition).forEach(d -> open.put(d.item().getId(), d.open()));
        List<ShipmentLine> lines = new ArrayList<>();
        for (RequisitionLine line : requisition.getLines()) {
            Item item = line.deliveredItem();
            java.math.BigDecimal left = item == null ? java.math.BigDecimal.ZERO
                    : open.getOrDefault(item.getId(), java.math.BigDecimal.ZERO);
            java.math.BigDecimal sent = left.min(line.getQuantity());
            if (sent.signum() > 0) {
                lines.add(new ShipmentLine(line.getLineNo(), sent, null, List.of()));
                open.put(item.getId(), left.subtract(sent));
            }
        }
        return shipFromCentralStore(id, lines);
    }

    /** Per item what the requisition asked for, what arrived and what is on its way. */
    public List<RequisitionDeliveries.ItemDelivery> deliveries(Requisition requisition) {
        find(requisition.getId());
        return deliveries.of(requisition);
    }

    private Store storeOf(OrgUnit unit, String missingKey) {
        if (unit == null) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, missingKey, "");
        }
        return organisation.storesOf(unit).stream()
                .filter(store -> store.getKind() == StoreKind.GOOD && store.isActive()).findFirst()
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.CONFLICT, missingKey,
                        unit.getCode()));
    }

    /** The requisition, if the caller may see its site; otherwise it does not exist for them. */
    public Requisition find(long id) {
        Caller caller = currentCaller.get();
        return requisitions.find(id).filter(r -> caller.maySeeRequisitionsOf(r.getSite()))
                .orElseThrow(() -> new NotFoundException("requisition.notFound", id));
    }

    /**
     * The requisitions the caller sees, newest first: of one site or BU when given (within what
     * they see), else all of theirs; only open ones if asked.
     */
    public List<Requisition> list(String unitCode, boolean openOnly) {
        RequisitionScope.Within scope = scopes.of(unitCode);
        return scope.nothing() ? List.of() : requisitions.search(scope.unit(), openOnly, MAX_LISTED);
    }

    /** The site the caller drafts requisitions for, if they draft any: a site's keeper or chief. */
    public java.util.Optional<OrgUnit> draftingSite() {
        Caller caller = currentCaller.get();
        return caller.mayDraftRequisitionFor(caller.getOrgUnit()) ? java.util.Optional.of(caller.getOrgUnit())
                : java.util.Optional.empty();
    }

    /** Whether the caller may ship the requisition's lines from the central store (the transfer rules decide). */
    public boolean mayShip(Requisition requisition) {
        Caller caller = currentCaller.get();
        OrgUnit production = organisation.allOrgUnits().stream().filter(OrgUnit::isProductionManagement).findFirst()
                .orElse(null);
        if (production == null || requisition.getStatus() != RequisitionStatus.APPROVED) {
            return false;
        }
        try {
            return caller.mayArrangeTransfer(storeOf(production, "requisition.noCentralStore"),
                    storeOf(requisition.getSite(), "requisition.siteHasNoGoodStore"));
        } catch (BusinessException noStore) {
            return false;
        }
    }

    /** What the caller may do to the requisition now, for a screen's buttons. */
    public Set<RequisitionAction> allowedActions(Requisition requisition) {
        Caller caller = currentCaller.get();
        Set<RequisitionAction> allowed = EnumSet.noneOf(RequisitionAction.class);
        for (RequisitionAction action : RequisitionAction.values()) {
            if (requisition.whyNot(action, caller).isEmpty()) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    private Requisition lockedCurrent(long id, Integer expectedVersion) {
        Caller caller = currentCaller.get();
        Requisition requisition = requisitions.findForUpdate(id).filter(r -> caller.maySeeRequisitionsOf(r.getSite()))
                .orElseThrow(() -> new NotFoundException("requisition.notFound", id));
        if (expectedVersion != null && expectedVersion != requisition.getVersion()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "requisition.changedMeanwhile",
                    requisition.getNumber());
        }
        return requisition;
    }

    private OrgUnit siteOf(String code) {
        String given = code == null ? "" : code.strip();
        OrgUnit unit = organisation.orgUnitByCode(given)
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID, "orgUnit.unknown", given));
        if (unit.getKind() != OrgUnitKind.SITE) {
            throw new BusinessException(BusinessException.Kind.INVALID, "requisition.site.notASite", given);
        }
        return unit;
    }

    /** The lines with their items and item-code requests found; unknown ones refused by line. */
    private List<NewRequisitionLine> lines(OrgUnit site, List<RequisitionDraft.Line> drafted) {
        List<Problem> problems = new ArrayList<>();
        List<NewRequisitionLine> lines = new ArrayList<>();
        int lineNo = 0;
        for (RequisitionDraft.Line line : drafted) {
            lineNo++;
            if (line == null) {
                lines.add(null);
                continue;
            }
            Item item = null;
            ItemRequest request = null;
            String code = line.itemCode() == null ? null : line.itemCode().strip();
            if (code != null && !code.isEmpty()) {
                item = items.byCode(code).orElse(null);
                if (item == null) {
                    problems.add(new Problem("requisition.line.unknownItem", lineNo, code));
                }
            }
            if (line.itemRequestId() != null) {
                request = itemRequests.find(line.itemRequestId()).orElse(null);
                if (request == null) {
                    problems.add(new Problem("requisition.line.unknownRequest", lineNo, line.itemRequestId()));
                }
            }
            lines.add(new NewRequisitionLine(item, request, line.kind(), line.quantity(), line.urgency(),
                    line.reason()));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        return lines;
    }

    private void audited(Caller caller, AuditAction action, Requisition requisition, String detail) {
        audit.record(caller.getUsername(), action, AuditSubject.REQUISITION, requisition.getNumber(),
                requisition.getSite().getCode(), detail == null ? requisition.getStatus().name()
                        : detail + " → " + requisition.getStatus().name());
    }
}
