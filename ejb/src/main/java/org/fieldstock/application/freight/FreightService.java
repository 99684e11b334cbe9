package org.fieldstock.application.freight;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.document.StockDocumentRepository;
import org.fieldstock.domain.freight.FreightMode;
import org.fieldstock.domain.freight.FreightRepository;
import org.fieldstock.domain.freight.FreightRequest;
import org.fieldstock.domain.freight.FreightRules;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.domain.transfer.TransferSlipRepository;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.fieldstock.domain.user.StoreScope;

/**
 * Freight of shipments (3篇 3.2): whoever enters the sending store's documents files each shipment's
 * freight with the slip or return it carries; the rules (with the thresholds set in
 * {@code fieldstock.freight.*}) say whether the site decides, the BU approves, or the BU manager; the
 * month's list of a BU adds them up.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.BU_PLANNER_NAME,
        Role.BU_SUPERVISOR_NAME, Role.KEEPER_NAME, Role.SITE_CHIEF_NAME, Role.VIEWER_NAME})
public class FreightService {

    public static final String VEHICLE_TOLERANCE = "fieldstock.freight.vehicle-tolerance-percent";
    public static final String EXPRESS_SITE_LIMIT = "fieldstock.freight.express-site-limit";
    public static final int MAX_LISTED = 5_000;

    @Inject
    private FreightRepository freight;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private TransferSlipRepository slips;

    @Inject
    private StockDocumentRepository documents;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    /** A shipment's freight as the screen or the API hands it in: codes and numbers. */
    public record FreightDraft(String storeCode, FreightMode mode, BigDecimal amount, BigDecimal referencePrice,
            LocalDate shipDate, String carrier, String slipNumber, String documentNumber) implements java.io.Serializable {
    }

    /** A BU's (or the caller's) shipments of a month, and what they cost per mode. */
    public record MonthList(YearMonth month, String unitCode, List<FreightRequest> requests,
            java.util.Map<FreightMode, BigDecimal> totals) {
    }

    /** The rules in force: the seed's, with the thresholds set in the configuration. */
    public FreightRules rules() {
        var config = ConfigProvider.getConfig();
        return new FreightRules(
                config.getOptionalValue(VEHICLE_TOLERANCE, BigDecimal.class).orElse(FreightRules.SEED.vehicleTolerancePercent()),
                config.getOptionalValue(EXPRESS_SITE_LIMIT, BigDecimal.class).orElse(FreightRules.SEED.expressSiteLimit()));
    }

    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public FreightRequest file(FreightDraft draft) {
        Caller caller = currentCaller.get();
        Store store = readableStore(draft.storeCode());
        caller.requireEntryRight(store);
        TransferSlip slip = blank(draft.slipNumber()) ? null : slips.findByNumber(draft.slipNumber().strip())
                .filter(s -> caller.mayRead(s.getFromStore()) || caller.mayRead(s.getToStore()))
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID, "freight.slip.unknown",
                        draft.slipNumber().strip()));
        StockDocument carried = blank(draft.documentNumber()) ? null : documents.findByNumber(draft.documentNumber()
                        .strip()).filter(d -> caller.mayRead(d.getStore()))
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID, "document.reverses.unknown",
                        draft.documentNumber().strip()));
        LocalDate shipped = draft.shipDate() == null ? LocalDate.now() : draft.shipDate();
        FreightRequest request = new FreightRequest(freight.nextNumber(shipped), store, draft.mode(), draft.amount(),
                draft.referencePrice(), shipped, draft.carrier(), slip, carried, rules(), caller.getUsername(),
                Instant.now());
        freight.add(request);
        audit.record(caller.getUsername(), AuditAction.FREIGHT_FILED, AuditSubject.STORE, store.getCode(),
                store.getOwner().getCode(), request.getNumber() + " " + request.getMode() + " "
                        + request.getAmount().toPlainString() + " → " + request.getNeeds());
        return request;
    }

    /** Approves or refuses a waiting request: the BU's accountant or manager; air freight its manager. */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME})
    public FreightRequest decide(long id, boolean approved, String note) {
        Caller caller = currentCaller.get();
        FreightRequest request = freight.findForUpdate(id).filter(r -> caller.mayRead(r.getStore()))
                .orElseThrow(() -> new NotFoundException("freight.notFound", id));
        if (!caller.mayApproveFreight(request.getStore(), request.getNeeds())) {
            throw new AccessDeniedException("freight.approval.notYours", request.getNumber());
        }
        request.decide(approved, note, caller.getUsername(), Instant.now());
        audit.record(caller.getUsername(), approved ? AuditAction.FREIGHT_APPROVED : AuditAction.FREIGHT_REFUSED,
                AuditSubject.STORE, request.getStore().getCode(), request.getStore().getOwner().getCode(),
                request.getNumber());
        return request;
    }

    /** Whether the caller answers the request (it waits, and it is theirs to answer). */
    public boolean mayDecide(FreightRequest request) {
        return request.getStatus() == org.fieldstock.domain.freight.FreightStatus.REQUESTED
                && currentCaller.get().mayApproveFreight(request.getStore(), request.getNeeds());
    }

    public FreightRequest find(long id) {
        Caller caller = currentCaller.get();
        return freight.find(id).filter(r -> caller.mayRead(r.getStore()))
                .orElseThrow(() -> new NotFoundException("freight.notFound", id));
    }

    /**
     * The month's freight list of a BU (with its sites), or of the caller's own stores when no BU is
     * named: every shipment by date, and what they cost per mode.
     */
    public MonthList month(String businessUnitCode, YearMonth month) {
        Caller caller = currentCaller.get();
        YearMonth shown = month == null ? YearMonth.now() : month;
        StoreScope scope = caller.ownScope();
        String unit = null;
        if (!blank(businessUnitCode)) {
            OrgUnit bu = organisation.orgUnitByCode(businessUnitCode.strip())
                    .filter(u -> u.getKind() == OrgUnitKind.BU).orElseThrow(() -> new NotFoundException(
                            "outboundCheck.bu.unknown", businessUnitCode.strip()));
            unit = bu.getCode();
            scope = StoreScope.under(bu);
        }
        StoreScope readable = caller.readScope();
        List<FreightRequest> requests = freight.shipped(scope, shown.atDay(1), shown.atEndOfMonth(), MAX_LISTED)
                .stream().filter(r -> readable.includes(r.getStore())).toList();
        java.util.Map<FreightMode, BigDecimal> totals = new java.util.EnumMap<>(FreightMode.class);
        requests.forEach(r -> totals.merge(r.getMode(), r.getAmount(), BigDecimal::add));
        return new MonthList(shown, unit, requests, totals);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private Store readableStore(String code) {
        Caller caller = currentCaller.get();
        String given = code == null ? "" : code.strip();
        return organisation.storeByCode(given).filter(caller::mayRead)
                .orElseThrow(() -> new NotFoundException("store.unknown", given));
    }
}
