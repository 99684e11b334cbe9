package org.fieldstock.interfaces.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * What the menu offers the user: only what their roles, as they count at their org unit, allow.
 * Hiding is a courtesy; the services refuse the same things on every door.
 */
@Named
@RequestScoped
public class Navigation {

    @Inject
    private CurrentCaller currentCaller;

    private Caller caller;
    private boolean resolved;

    private Caller caller() {
        if (!resolved) {
            resolved = true;
            try {
                caller = currentCaller.get();
            } catch (BusinessException unknownOrDisabled) {
                caller = null;
            }
        }
        return caller;
    }

    public boolean isStockWork() {
        return caller() != null && caller().worksWithStock();
    }

    public boolean isEntersDocuments() {
        return caller() != null
                && (caller().has(Role.PLANNER) || caller().has(Role.ACCOUNTANT) || caller().has(Role.KEEPER));
    }

    /** Transfer slips are made by the planning office (any) and BU accountants (within their BU). */
    public boolean isArrangesTransfers() {
        return caller() != null && (caller().has(Role.PLANNER) || caller().has(Role.ACCOUNTANT));
    }

    /** The month-end reports are the planning office's. */
    public boolean isPlanningOffice() {
        return caller() != null && caller().worksWithStock()
                && caller().getOrgUnit().getKind() == org.fieldstock.domain.organisation.OrgUnitKind.PLANNING_OFFICE;
    }

    /** The repair hub's open repairs and turnaround: the planning office, the accountants who follow repairs, the hub. */
    public boolean isFollowsRepairs() {
        return caller() != null && caller().worksWithStock() && (caller().has(Role.PLANNER)
                || caller().has(Role.ACCOUNTANT) || caller().getOrgUnit().isProductionManagement());
    }

    /** Requisitions: whoever sees a site's (everyone who works with stock, and their signers). */
    public boolean isFollowsRequisitions() {
        return caller() != null && (caller().worksWithStock() || caller().has(Role.SITE_CHIEF)
                || caller().has(Role.BU_PLANNER) || caller().has(Role.BU_SUPERVISOR));
    }

    /** A new requisition: a site's keeper or chief. */
    public boolean isDraftsRequisitions() {
        return caller() != null && caller().mayDraftRequisitionFor(caller().getOrgUnit());
    }

    public boolean isPlanner() {
        return caller() != null && caller().has(Role.PLANNER);
    }

    /** Master data screens: the planning office all of them, the administrator the organisation. */
    public boolean isMasterData() {
        return isPlanner() || isAdmin();
    }

    /** The go-live import: the planning office and the administrator (each their sheets). */
    public boolean isImports() {
        return caller() != null && caller().mayFollowImports();
    }

    /** Item-code requests: those who may send one, and the planning office that answers them. */
    public boolean isRequestsItems() {
        return caller() != null && (caller().has(Role.KEEPER) || caller().has(Role.ACCOUNTANT)
                || caller().has(Role.BU_MANAGER) || caller().has(Role.PLANNER));
    }

    /** Month close: BU accountants close their BU's months; the planning office closes and reopens any. */
    public boolean isClosesMonths() {
        return caller() != null && (caller().has(Role.PLANNER) || caller().has(Role.ACCOUNTANT));
    }

    public boolean isAdmin() {
        return caller() != null && caller().has(Role.ADMIN);
    }
}
