package org.fieldstock.application.organisation;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.application.shared.MasterDataRights;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.organisation.Turbine;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.TextRules;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * The organisation as the planning office and the administrator keep it: BUs and sites, each
 * with its good and damaged store, and the turbines of each site (planning office only). Others
 * read what is in their scope; anything else does not exist for them.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME,
        Role.ADMIN_NAME})
public class OrganisationService {

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private AuditTrail audit;

    @Inject
    private CurrentCaller currentCaller;

    /** The org units the caller sees: all for the planning office, the administrator and readers of every store. */
    public List<OrgUnit> orgUnits() {
        Caller caller = currentCaller.get();
        List<OrgUnit> all = organisation.allOrgUnits();
        if (seesWholeOrganisation(caller)) {
            return all;
        }
        List<Store> stores = organisation.allStores();
        return all.stream().filter(unit -> unit.getCode().equals(caller.getOrgUnit().getCode())
                || stores.stream().anyMatch(s -> s.getOwner().getCode().equals(unit.getCode()) && caller.mayRead(s)))
                .toList();
    }

    /**
     * A page of the org units the caller sees, in the organisation chart's order (the planning office,
     * then each BU followed by its sites), chosen in the database.
     */
    public Page<OrgUnit> orgUnits(PageRequest request) {
        Caller caller = currentCaller.get();
        return organisation.orgUnits(seesWholeOrganisation(caller), caller.getOrgUnit().getId(),
                caller.readScope(), request);
    }

    /** The org units of a kind the caller sees, by code (the BUs a new site may hang under, say). */
    public List<OrgUnit> orgUnitsOfKind(OrgUnitKind kind) {
        Caller caller = currentCaller.get();
        if (seesWholeOrganisation(caller)) {
            return organisation.orgUnitsOfKind(kind);
        }
        return orgUnits().stream().filter(unit -> unit.getKind() == kind).toList();
    }

    /** The stores of these units that the caller sees, by code. */
    public List<Store> storesOf(List<OrgUnit> units) {
        Caller caller = currentCaller.get();
        return organisation.storesOwnedBy(units).stream().filter(s -> seesWholeOrganisation(caller) || caller.mayRead(s))
                .toList();
    }

    public OrgUnit orgUnit(String code) {
        String cleaned = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return orgUnits().stream().filter(u -> u.getCode().equals(cleaned)).findFirst()
                .orElseThrow(() -> new NotFoundException("orgUnit.unknown", cleaned));
    }

    /** The stores the caller sees, by code. */
    public List<Store> stores() {
        Caller caller = currentCaller.get();
        return organisation.allStores().stream().filter(s -> seesWholeOrganisation(caller) || caller.mayRead(s))
                .toList();
    }

    /** A new BU (under the planning office) or site (under a BU), with its good and damaged store. */
    @RolesAllowed({Role.PLANNER_NAME, Role.ADMIN_NAME})
    public OrgUnit createOrgUnit(String code, OrgUnitKind kind, String nameZh, String nameEn, String parentCode,
            String province) {
        Caller caller = MasterDataRights.requireOrganisationKeeper(currentCaller.get());
        String cleanCode = TextRules.clean(code) == null ? null : code.strip().toUpperCase(Locale.ROOT);
        String cleanParent = TextRules.clean(parentCode);
        OrgUnit parent = cleanParent == null ? null : organisation.orgUnitByCode(cleanParent.toUpperCase(Locale.ROOT))
                .orElse(null);
        List<Problem> problems = OrgUnit.check(cleanCode, kind, TextRules.clean(nameZh), TextRules.clean(nameEn),
                parent);
        if (cleanParent != null && parent == null) {
            problems.removeIf(p -> p.getMessageKey().startsWith("orgUnit.parent."));
            problems.add(new Problem("orgUnit.unknown", cleanParent));
        }
        String cleanProvince = TextRules.clean(province);
        TextRules.optional(problems, cleanProvince, 40, "field.province");
        TextRules.throwIfAny(problems);
        if (organisation.orgUnitByCode(cleanCode).isPresent()
                || organisation.storeByCode(cleanCode + "-G").isPresent()
                || organisation.storeByCode(cleanCode + "-D").isPresent()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "orgUnit.code.taken", cleanCode);
        }
        OrgUnit unit = new OrgUnit(cleanCode, kind, nameZh.strip(), nameEn.strip(), parent, cleanProvince);
        Store good = Store.of(unit, StoreKind.GOOD);
        Store damaged = Store.of(unit, StoreKind.DAMAGED);
        organisation.add(unit, good, damaged);
        audit.record(caller.getUsername(), AuditAction.MASTER_DATA_CREATED, AuditSubject.ORG_UNIT, cleanCode,
                cleanCode, kind.name() + " " + parent.getCode() + " " + unit.getNameZh() + " / " + unit.getNameEn()
                        + " stores: " + good.getCode() + " " + damaged.getCode());
        return unit;
    }

    @RolesAllowed({Role.PLANNER_NAME, Role.ADMIN_NAME})
    public OrgUnit renameOrgUnit(String code, String nameZh, String nameEn, Integer expectedVersion) {
        Caller caller = MasterDataRights.requireOrganisationKeeper(currentCaller.get());
        String cleaned = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        OrgUnit unit = organisation.orgUnitByCodeForUpdate(cleaned)
                .orElseThrow(() -> new NotFoundException("orgUnit.unknown", cleaned));
        MasterDataRights.requireVersion(expectedVersion, unit.getVersion(), unit.getCode());
        String before = unit.getNameZh() + " / " + unit.getNameEn();
        unit.rename(nameZh, nameEn);
        audit.record(caller.getUsername(), AuditAction.MASTER_DATA_CHANGED, AuditSubject.ORG_UNIT, unit.getCode(),
                unit.getCode(), before + " → " + unit.getNameZh() + " / " + unit.getNameEn());
        return unit;
    }

    @RolesAllowed({Role.PLANNER_NAME, Role.ADMIN_NAME})
    public Store renameStore(String code, String nameZh, String nameEn, Integer expectedVersion) {
        Caller caller = MasterDataRights.requireOrganisationKeeper(currentCaller.get());
        String cleaned = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        Store store = organisation.storeByCodeForUpdate(cleaned)
                .orElseThrow(() -> new NotFoundException("store.unknown", cleaned));
        MasterDataRights.requireVersion(expectedVersion, store.getVersion(), store.getCode());
        String before = store.getNameZh() + " / " + store.getNameEn();
        store.rename(nameZh, nameEn);
        audit.record(caller.getUsername(), AuditAction.MASTER_DATA_CHANGED, AuditSubject.STORE, store.getCode(),
                store.getOwner().getCode(), before + " → " + store.getNameZh() + " / " + store.getNameEn());
        return store;
    }

    /** Opens or closes a store for documents; a store closes only when nothing is on hand in it. */
    @RolesAllowed({Role.PLANNER_NAME, Role.ADMIN_NAME})
    public Store setStoreActive(String code, boolean active, Integer expectedVersion) {
        Caller caller = MasterDataRights.requireOrganisationKeeper(currentCaller.get());
        String cleaned = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        Store store = organisation.storeByCodeForUpdate(cleaned)
                .orElseThrow(() -> new NotFoundException("store.unknown", cleaned));
        MasterDataRights.requireVersion(expectedVersion, store.getVersion(), store.getCode());
        if (active) {
            store.activate();
        } else {
            store.deactivate(organisation.hasStock(store));
        }
        audit.record(caller.getUsername(), AuditAction.MASTER_DATA_CHANGED, AuditSubject.STORE, store.getCode(),
                store.getOwner().getCode(), active ? "active" : "inactive");
        return store;
    }

    /** The turbines of a site the caller sees, by number. */
    public List<Turbine> turbines(String siteCode) {
        return organisation.turbinesOf(visibleSite(siteCode));
    }

    @RolesAllowed(Role.PLANNER_NAME)
    public Turbine addTurbine(String siteCode, String turbineNo, String model) {
        Caller caller = MasterDataRights.requirePlanner(currentCaller.get());
        OrgUnit site = visibleSite(siteCode);
        String number = TextRules.clean(turbineNo) == null ? null : turbineNo.strip().toUpperCase(Locale.ROOT);
        String cleanModel = TextRules.clean(model);
        TextRules.throwIfAny(Turbine.check(number, cleanModel));
        if (organisation.turbine(site, number).isPresent()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "turbine.number.taken", number,
                    site.getCode());
        }
        Turbine turbine = new Turbine(site, number, cleanModel);
        organisation.add(turbine);
        audit.record(caller.getUsername(), AuditAction.MASTER_DATA_CREATED, AuditSubject.TURBINE,
                site.getCode() + " " + number, site.getCode(), cleanModel);
        return turbine;
    }

    @RolesAllowed(Role.PLANNER_NAME)
    public Turbine changeTurbine(String siteCode, String turbineNo, String model, Integer expectedVersion) {
        Caller caller = MasterDataRights.requirePlanner(currentCaller.get());
        OrgUnit site = visibleSite(siteCode);
        String number = turbineNo == null ? "" : turbineNo.strip().toUpperCase(Locale.ROOT);
        Turbine turbine = organisation.turbineForUpdate(site, number)
                .orElseThrow(() -> new NotFoundException("turbine.notFound", number, site.getCode()));
        MasterDataRights.requireVersion(expectedVersion, turbine.getVersion(), site.getCode() + " " + number);
        String before = turbine.getModel();
        turbine.changeModel(model);
        audit.record(caller.getUsername(), AuditAction.MASTER_DATA_CHANGED, AuditSubject.TURBINE,
                site.getCode() + " " + number, site.getCode(), before + " → " + turbine.getModel());
        return turbine;
    }

    private OrgUnit visibleSite(String siteCode) {
        OrgUnit unit = orgUnit(siteCode);
        if (unit.getKind() != OrgUnitKind.SITE) {
            throw new BusinessException(BusinessException.Kind.INVALID, "turbine.siteOnly", unit.getCode());
        }
        return unit;
    }

    private static boolean seesWholeOrganisation(Caller caller) {
        return caller.readsEveryStore() || caller.has(Role.ADMIN);
    }
}
