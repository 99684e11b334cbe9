package org.fieldstock.application.requisition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.document.StockDocumentRepository;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.requisition.RequisitionRepository;
import org.fieldstock.domain.requisition.RequisitionStatus;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.domain.transfer.TransferSlipRepository;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * Emergencies (3篇 1.1): a purchase or a transfer slip flagged "requisition to follow" goes ahead of
 * its paperwork and stays on the BU's list until the requisition filed after it is linked to it;
 * what it brought then counts against that requisition, as if it had named it from the start.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.BU_PLANNER_NAME,
        Role.BU_SUPERVISOR_NAME, Role.KEEPER_NAME, Role.SITE_CHIEF_NAME, Role.VIEWER_NAME})
public class ShippedFirstService {

    /** The most emergencies of each kind one list reads. */
    public static final int MAX_LISTED = 500;

    /** Requisitions an emergency may follow up: filed, in signing or approved; not drafts, not ended. */
    private static final Set<RequisitionStatus> FOLLOWING = EnumSet.of(RequisitionStatus.FILED,
            RequisitionStatus.CHECKED, RequisitionStatus.SUPERVISOR_SIGNED, RequisitionStatus.APPROVED);

    @Inject
    private RequisitionRepository requisitions;

    @Inject
    private StockDocumentRepository documents;

    @Inject
    private TransferSlipRepository slips;

    @Inject
    private RequisitionDeliveries deliveries;

    @Inject
    private RequisitionScope scopes;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    /** What went ahead: a purchase at the site, or a transfer slip to it. */
    public enum Kind {
        PURCHASE, TRANSFER
    }

    /** One emergency on the list: what it is, where it went, since when, and what it brought. */
    public record Awaiting(Kind kind, long id, String number, String siteCode, String storeCode, LocalDate date,
            long ageDays, DocumentStatus status, String createdBy, Map<Item, BigDecimal> quantities,
            boolean mayLink) {
    }

    /**
     * The emergencies still waiting for their requisition the caller sees, oldest first: of one site
     * or BU when given, else all of theirs.
     */
    public List<Awaiting> awaiting(String unitCode) {
        RequisitionScope.Within scope = scopes.of(unitCode);
        if (scope.nothing()) {
            return List.of();
        }
        Caller caller = currentCaller.get();
        LocalDate today = LocalDate.now();
        List<Awaiting> rows = new ArrayList<>();
        for (StockDocument purchase : requisitions.purchasesAwaitingRequisition(scope.unit(), MAX_LISTED)) {
            if (caller.mayRead(purchase.getStore())) {
                Map<Item, BigDecimal> quantities = new LinkedHashMap<>();
                purchase.getLines().forEach(line -> quantities.merge(line.getItem(), line.getQuantity().abs(),
                        BigDecimal::add));
                rows.add(row(Kind.PURCHASE, purchase.getId(), purchase.getNumber(), purchase.getStore(),
                        purchase.getDocumentDate(), purchase.getStatus(), purchase.getCreatedBy(), quantities, today,
                        caller));
            }
        }
        for (TransferSlip slip : requisitions.shipmentsAwaitingRequisition(scope.unit(), MAX_LISTED)) {
            if (caller.mayRead(slip.getToStore())) {
                Map<Item, BigDecimal> quantities = new LinkedHashMap<>();
                slip.getLines().forEach(line -> quantities.merge(line.getItem(), line.getQuantity(), BigDecimal::add));
                rows.add(row(Kind.TRANSFER, slip.getId(), slip.getNumber(), slip.getToStore(), slip.getSlipDate(),
                        slip.getStatus(), slip.getCreatedBy(), quantities, today, caller));
            }
        }
        rows.sort(Comparator.comparing(Awaiting::date).thenComparing(Awaiting::number));
        return rows;
    }

    private static Awaiting row(Kind kind, long id, String number, Store store, LocalDate date, DocumentStatus status,
            String createdBy, Map<Item, BigDecimal> quantities, LocalDate today, Caller caller) {
        return new Awaiting(kind, id, number, store.getOwner().getCode(), store.getCode(), date,
                ChronoUnit.DAYS.between(date, today), status, createdBy, quantities,
                caller.mayLinkRequisitionFor(store.getOwner()));
    }

    /** Links the requisition filed after an emergency purchase; a reviewed purchase then delivers to it. */
    public Requisition followPurchase(long documentId, String requisitionNumber) {
        Caller caller = currentCaller.get();
        StockDocument purchase = documents.findForUpdate(documentId).filter(d -> caller.mayRead(d.getStore()))
                .orElseThrow(() -> new NotFoundException("document.notFound", documentId));
        Requisition requisition = following(caller, requisitionNumber, purchase.getStore(), purchase.getNumber());
        if (!purchase.isAwaitingRequisition()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "requisition.link.notAwaiting",
                    purchase.getNumber());
        }
        Map<Item, BigDecimal> brought = new LinkedHashMap<>();
        purchase.getLines().forEach(line -> brought.merge(line.getItem(), line.getQuantity().abs(), BigDecimal::add));
        deliveries.requireWithin(requisition, brought, null, null, false, BusinessException.Kind.INVALID);
        purchase.followedBy(requisition);
        if (purchase.getStatus() == DocumentStatus.REVIEWED) {
            deliveries.arrivalsChanged(requisition, caller.getUsername());
        }
        audited(caller, requisition, purchase.getNumber());
        return requisition;
    }

    /** Links the requisition filed after an emergency shipment; its arrival, once reviewed, delivers to it. */
    public Requisition followShipment(long slipId, String requisitionNumber) {
        Caller caller = currentCaller.get();
        TransferSlip slip = slips.findForUpdate(slipId).filter(s -> caller.mayRead(s.getFromStore())
                || caller.mayRead(s.getToStore()))
                .orElseThrow(() -> new NotFoundException("transfer.notFound", slipId));
        Requisition requisition = following(caller, requisitionNumber, slip.getToStore(), slip.getNumber());
        if (!slip.isAwaitingRequisition()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "requisition.link.notAwaiting",
                    slip.getNumber());
        }
        Map<Item, BigDecimal> brought = new LinkedHashMap<>();
        slip.getLines().forEach(line -> brought.merge(line.getItem(), line.getQuantity(), BigDecimal::add));
        deliveries.requireWithin(requisition, brought, null, null, false, BusinessException.Kind.INVALID);
        slip.followedBy(requisition);
        if (slip.getInbound() != null && slip.getInbound().getStatus() == DocumentStatus.REVIEWED) {
            deliveries.arrivalsChanged(requisition, caller.getUsername());
        }
        audited(caller, requisition, slip.getNumber());
        return requisition;
    }

    /** The requisition an emergency at the store follows: the caller's to link, of the store's site, filed. */
    private Requisition following(Caller caller, String number, Store store, String emergencyNumber) {
        OrgUnit site = store.getOwner();
        if (!caller.mayLinkRequisitionFor(site)) {
            throw new AccessDeniedException("access.denied.requisitionLink", caller.getUsername(), emergencyNumber);
        }
        String given = number == null ? "" : number.strip();
        if (given.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "requisition.link.numberRequired",
                    emergencyNumber);
        }
        Requisition requisition = requisitions.byNumber(given).filter(r -> caller.maySeeRequisitionsOf(r.getSite()))
                .flatMap(r -> requisitions.findForUpdate(r.getId()))
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID, "requisition.unknownNumber",
                        given));
        if (!requisition.getSite().getCode().equals(site.getCode())) {
            throw new BusinessException(BusinessException.Kind.INVALID, "requisition.otherSite", given,
                    requisition.getSite().getCode(), store.getCode());
        }
        if (!FOLLOWING.contains(requisition.getStatus())) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "requisition.link.notFiled", given,
                    MessageKey.of(requisition.getStatus()));
        }
        return requisition;
    }

    private void audited(Caller caller, Requisition requisition, String emergencyNumber) {
        audit.record(caller.getUsername(), AuditAction.REQUISITION_LINKED, AuditSubject.REQUISITION,
                requisition.getNumber(), requisition.getSite().getCode(), emergencyNumber);
    }
}
