package org.fieldstock.domain.user;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.fieldstock.domain.golive.ImportSheet;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.AccessDeniedException;

/**
 * The user behind the current call, with the org-scope rules that decide what they may see and
 * touch. A role counts only at the level of the organisation it belongs to ({@link Role#belongsAt}):
 * an accountant's role on a site's user, say, grants nothing. User administration refuses such
 * combinations; this is the second line.
 */
public final class Caller {

    private final String username;
    private final EnumSet<Role> roles;
    private final OrgUnit orgUnit;

    public Caller(String username, Set<Role> roles, OrgUnit orgUnit) {
        this.username = Objects.requireNonNull(username);
        this.orgUnit = Objects.requireNonNull(orgUnit);
        this.roles = EnumSet.noneOf(Role.class);
        roles.stream().filter(role -> role.belongsAt(orgUnit.getKind())).forEach(this.roles::add);
    }

    /**
     * What the caller may see of a store (its stock, documents and ledger): the planning office
     * and BU accountants every store (accountants read other BUs' documents); a BU manager the BU's
     * stores; a keeper the site's; a viewer the stores under their own org unit.
     */
    public boolean mayRead(Store store) {
        return readsEveryStore()
                || has(Role.BU_MANAGER) && sameBusinessUnit(store)
                || has(Role.KEEPER) && ownsSite(store)
                || has(Role.VIEWER) && isUnderOwnUnit(store);
    }

    /** Whether {@link #mayRead} holds for every store, so that lists need no filter. */
    public boolean readsEveryStore() {
        return has(Role.PLANNER) || has(Role.ACCOUNTANT)
                || has(Role.VIEWER) && orgUnit.getKind() == OrgUnitKind.PLANNING_OFFICE;
    }

    /**
     * The stores {@link #mayRead} lets the caller read, as lists filter by them in the database: a BU
     * manager's BU (its own stores and its sites'), a keeper's or a viewer's own unit and what lies
     * right under it (roles held at the wrong level are already dropped).
     */
    public StoreScope readScope() {
        if (readsEveryStore()) {
            return StoreScope.all();
        }
        if (has(Role.BU_MANAGER) || has(Role.KEEPER) || has(Role.VIEWER)) {
            return StoreScope.under(orgUnit);
        }
        return StoreScope.none();
    }

    /**
     * The stores of the caller's own unit and those under it, of those the caller reads (for the
     * planning office every store it reads): what the lists of work waiting show unless asked for
     * another store.
     */
    public StoreScope ownScope() {
        StoreScope readable = readScope();
        if (readable.isEmpty() || orgUnit.getKind() == OrgUnitKind.PLANNING_OFFICE) {
            return readable;
        }
        return StoreScope.under(orgUnit);
    }

    /** Planning office: any store; BU accountant: the stores of the BU and its sites; site keeper: the site's own stores. */
    public boolean mayEnterDocumentsFor(Store store) {
        return has(Role.PLANNER)
                || has(Role.ACCOUNTANT) && sameBusinessUnit(store)
                || has(Role.KEEPER) && ownsSite(store);
    }

    /** Reviewing moves stock: the planning office for any store, a BU accountant for the BU's own stores. */
    public boolean mayReviewDocumentsFor(Store store) {
        return has(Role.PLANNER) || has(Role.ACCOUNTANT) && sameBusinessUnit(store);
    }

    /**
     * Who answers a freight request of a store's shipment (3篇 3.2): the BU's accountant or manager, or
     * the planning office; air freight, which needs the BU manager's approval, only its manager (or the
     * planning office, as for every approval the rules give a BU).
     */
    public boolean mayApproveFreight(Store store, org.fieldstock.domain.freight.FreightApproval needs) {
        return switch (needs) {
            case SITE_DECIDES -> false;
            case BU -> mayReviewDocumentsFor(store) || mayApproveFor(store);
            case BU_MANAGER -> mayApproveFor(store);
        };
    }

    /** The approvals the rules give a BU (scrap): the BU's manager, or the planning office for any BU. */
    public boolean mayApproveFor(Store store) {
        return has(Role.PLANNER) || has(Role.BU_MANAGER) && sameBusinessUnit(store);
    }

    /**
     * Transfer slips: between stores of one BU the BU's accountant makes and reviews them; between
     * BUs only the planning office does (a BU has no right to, whatever it agreed).
     */
    public boolean mayArrangeTransfer(Store from, Store to) {
        return has(Role.PLANNER) || has(Role.ACCOUNTANT) && sameBusinessUnit(from) && sameBusinessUnit(to);
    }

    /** Goods missing on a transfer's arrival are written off by the planning office. */
    public boolean mayApproveTransferLoss() {
        return has(Role.PLANNER);
    }

    /**
     * Stocktakes: the planning office opens the quarterly count of every store and may open a BU's
     * monthly or quarterly count; a BU accountant opens those of the own BU's stores. Which kinds
     * count which org unit's stores is {@link org.fieldstock.domain.stocktake.CampaignKind}'s rule.
     */
    public boolean mayOpenStocktake(OrgUnit scope) {
        if (scope == null) {
            return false;
        }
        return has(Role.PLANNER)
                || has(Role.ACCOUNTANT) && scope.getKind() == OrgUnitKind.BU && orgUnit.businessUnit() != null
                        && orgUnit.businessUnit().getCode().equals(scope.getCode());
    }

    public void requireStocktakeRight(OrgUnit scope) {
        if (!mayOpenStocktake(scope)) {
            throw new AccessDeniedException("access.denied.stocktake", username, scope == null ? "" : scope.getCode());
        }
    }

    /** Month-end close: a BU's accountant closes the BU's months, the planning office any BU's. */
    public boolean mayCloseMonth(OrgUnit businessUnit) {
        return businessUnit != null && (has(Role.PLANNER) || has(Role.ACCOUNTANT) && orgUnit.businessUnit() != null
                && orgUnit.businessUnit().getCode().equals(businessUnit.getCode()));
    }

    /**
     * Who requires outbounds to be checked by a second person: the planning office for any BU and for
     * every BU at once ({@code null}), a BU's accountant for its own BU.
     */
    public boolean maySetOutboundChecks(OrgUnit businessUnit) {
        return businessUnit == null ? has(Role.PLANNER) : mayCloseMonth(businessUnit);
    }

    /** Only the planning office opens a closed month again. */
    public boolean mayReopenMonth() {
        return has(Role.PLANNER);
    }

    /** Whether the caller does stock work at all (an administrator alone does not). */
    public boolean worksWithStock() {
        return has(Role.PLANNER) || has(Role.ACCOUNTANT) || has(Role.BU_MANAGER) || has(Role.KEEPER)
                || has(Role.VIEWER);
    }

    /** New item codes may be asked for by a keeper for the own site, by a BU accountant or manager for the BU or one of its sites. */
    public boolean mayRequestItemsFor(OrgUnit unit) {
        if (unit == null) {
            return false;
        }
        return has(Role.KEEPER) && orgUnit.getKind() == OrgUnitKind.SITE && orgUnit.getCode().equals(unit.getCode())
                || (has(Role.ACCOUNTANT) || has(Role.BU_MANAGER)) && orgUnit.getKind() == OrgUnitKind.BU
                        && unit.businessUnit() != null && unit.businessUnit().getCode().equals(orgUnit.getCode());
    }

    /** Item requests: the planning office sees every one; a requester those it may make. */
    public boolean maySeeItemRequestsOf(OrgUnit unit) {
        return has(Role.PLANNER) || mayRequestItemsFor(unit);
    }

    /**
     * The org unit under which the caller sees item requests (with the units below it): null for
     * the planning office (everywhere), the own site or BU for requesters.
     */
    public OrgUnit itemRequestScope() {
        return has(Role.PLANNER) ? null : orgUnit;
    }

    /**
     * Requisitions of a site: the planning office and production management, who fulfil them, see
     * every one; the people of a BU its sites'; a site's own people the site's.
     */
    public boolean maySeeRequisitionsOf(OrgUnit site) {
        if (site == null || !worksWithStock() && !has(Role.BU_PLANNER) && !has(Role.BU_SUPERVISOR)
                && !has(Role.SITE_CHIEF)) {
            return false;
        }
        if (orgUnit.getKind() == OrgUnitKind.PLANNING_OFFICE || orgUnit.isProductionManagement()) {
            return true;
        }
        return orgUnit.getKind() == OrgUnitKind.BU && site.businessUnit() != null
                && site.businessUnit().getCode().equals(orgUnit.getCode())
                || orgUnit.getKind() == OrgUnitKind.SITE && orgUnit.getCode().equals(site.getCode());
    }

    /** A site's requisitions are drafted, and changed while drafts, by its keeper or its chief. */
    public boolean mayDraftRequisitionFor(OrgUnit site) {
        return (has(Role.KEEPER) || has(Role.SITE_CHIEF)) && orgUnit.getKind() == OrgUnitKind.SITE
                && site != null && orgUnit.getCode().equals(site.getCode());
    }

    /**
     * Whether the caller gives a site's requisition the signature of that role: the site's own chief,
     * or the planner, supervisor or manager of the site's BU.
     */
    public boolean maySignRequisitionAs(Role signer, OrgUnit site) {
        boolean signs = signer == Role.SITE_CHIEF || signer == Role.BU_PLANNER || signer == Role.BU_SUPERVISOR
                || signer == Role.BU_MANAGER;
        if (!signs || site == null || !has(signer)) {
            return false;
        }
        return signer == Role.SITE_CHIEF ? orgUnit.getCode().equals(site.getCode())
                : site.businessUnit() != null && orgUnit.getCode().equals(site.businessUnit().getCode());
    }

    /**
     * Whether the caller links the requisition filed after an emergency shipment or purchase to it:
     * the site's keeper or chief, who file it, the accountant or planner of the site's BU, who follow
     * the BU's list of emergencies, or the planning office.
     */
    public boolean mayLinkRequisitionFor(OrgUnit site) {
        if (site == null) {
            return false;
        }
        return has(Role.PLANNER) && orgUnit.getKind() == OrgUnitKind.PLANNING_OFFICE || mayDraftRequisitionFor(site)
                || (has(Role.ACCOUNTANT) || has(Role.BU_PLANNER)) && orgUnit.getKind() == OrgUnitKind.BU
                        && site.businessUnit() != null && orgUnit.getCode().equals(site.businessUnit().getCode());
    }

    /**
     * Going live, what the caller may import: the organisation, the planning office or the administrator
     * (who keep it on the screens too); the catalogue, suppliers, turbines and the opening balances, the
     * planning office; the users, the administrator.
     */
    public boolean mayImport(ImportSheet sheet) {
        boolean planningOffice = has(Role.PLANNER) && orgUnit.getKind() == OrgUnitKind.PLANNING_OFFICE;
        return switch (sheet) {
            case ORG_UNITS, STORES -> planningOffice || has(Role.ADMIN);
            case ITEMS, SUPPLIERS, TURBINES, OPENING_BALANCES -> planningOffice;
            case USERS -> has(Role.ADMIN);
        };
    }

    /** Who follows the imports (their progress, problems and outcome): whoever may import anything. */
    public boolean mayFollowImports() {
        return Arrays.stream(ImportSheet.values()).anyMatch(this::mayImport);
    }

    /** The annual demand plan is the planning office's: it sets and imports it (年度需求计划). */
    public boolean mayPlanDemand() {
        return has(Role.PLANNER) && orgUnit.getKind() == OrgUnitKind.PLANNING_OFFICE;
    }

    /**
     * Whose demand plan the caller reads: the planning office and production management every BU's,
     * the people of a BU (or of its sites) their BU's.
     */
    public boolean maySeeDemandPlanOf(OrgUnit businessUnit) {
        if (businessUnit == null || !worksWithStock() && !has(Role.BU_PLANNER) && !has(Role.BU_SUPERVISOR)
                && !has(Role.SITE_CHIEF)) {
            return false;
        }
        if (orgUnit.getKind() == OrgUnitKind.PLANNING_OFFICE || orgUnit.isProductionManagement()) {
            return true;
        }
        OrgUnit own = orgUnit.getKind() == OrgUnitKind.BU ? orgUnit : orgUnit.businessUnit();
        return own != null && own.getCode().equals(businessUnit.getCode());
    }

    /**
     * Minimum stock levels of a store: set by the planning office for any store, and by a BU's
     * accountant or planner for the stores of the BU and its sites.
     */
    public boolean maySetMinimumStock(Store store) {
        return has(Role.PLANNER) || (has(Role.ACCOUNTANT) || has(Role.BU_PLANNER)) && sameBusinessUnit(store);
    }

    public void requireEntryRight(Store store) {
        if (!mayEnterDocumentsFor(store)) {
            throw new AccessDeniedException("access.denied.enter", username, store.getCode());
        }
    }

    public void requireReviewRight(Store store) {
        if (!mayReviewDocumentsFor(store)) {
            throw new AccessDeniedException("access.denied.review", username, store.getCode());
        }
    }

    public void requireApprovalRight(Store store) {
        if (!mayApproveFor(store)) {
            throw new AccessDeniedException("access.denied.approve", username, store.getCode());
        }
    }

    public void requireTransferRight(Store from, Store to) {
        if (!mayArrangeTransfer(from, to)) {
            throw new AccessDeniedException("access.denied.transfer", username, from.getCode(), to.getCode());
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    private boolean ownsSite(Store store) {
        return orgUnit.getKind() == OrgUnitKind.SITE && orgUnit.getCode().equals(store.getOwner().getCode());
    }

    private boolean isUnderOwnUnit(Store store) {
        for (OrgUnit unit = store.getOwner(); unit != null; unit = unit.getParent()) {
            if (unit.getCode().equals(orgUnit.getCode())) {
                return true;
            }
        }
        return false;
    }

    private boolean sameBusinessUnit(Store store) {
        OrgUnit mine = orgUnit.businessUnit();
        OrgUnit theirs = store.businessUnit();
        return mine != null && theirs != null && mine.getCode().equals(theirs.getCode());
    }

    public String getUsername() {
        return username;
    }

    /** The roles that count at the caller's org unit. */
    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }
}
