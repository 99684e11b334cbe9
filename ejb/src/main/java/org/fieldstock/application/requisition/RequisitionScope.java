package org.fieldstock.application.requisition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.user.Caller;

/**
 * Where a requisition list looks for the caller: the planning office and production management
 * everywhere, a BU its sites, a site itself; narrowed to one site or BU when one is asked for (a
 * unit the caller does not see does not exist for them).
 */
@ApplicationScoped
public class RequisitionScope {

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private CurrentCaller currentCaller;

    /** Nothing to list, or the sites under {@code unit} (null: every site). */
    public record Within(boolean nothing, OrgUnit unit) {
    }

    /** The BUs and sites whose requisitions the caller may list, in the chart's order, for a screen's choice. */
    public java.util.List<OrgUnit> units() {
        Caller caller = currentCaller.get();
        OrgUnit own = caller.getOrgUnit();
        boolean everywhere = own.getKind() == OrgUnitKind.PLANNING_OFFICE || own.isProductionManagement();
        return organisation.allOrgUnits().stream().filter(unit -> unit.getKind() == OrgUnitKind.SITE
                ? caller.maySeeRequisitionsOf(unit)
                : unit.getKind() == OrgUnitKind.BU && (everywhere || unit.getCode().equals(own.getCode()))).toList();
    }

    public Within of(String unitCode) {
        Caller caller = currentCaller.get();
        OrgUnit own = caller.getOrgUnit();
        boolean everywhere = own.getKind() == OrgUnitKind.PLANNING_OFFICE || own.isProductionManagement();
        OrgUnit within = everywhere ? null : own;
        if (unitCode != null && !unitCode.isBlank()) {
            OrgUnit asked = organisation.orgUnitByCode(unitCode.strip())
                    .orElseThrow(() -> new NotFoundException("orgUnit.unknown", unitCode.strip()));
            boolean visible = asked.getKind() == OrgUnitKind.SITE ? caller.maySeeRequisitionsOf(asked)
                    : everywhere || asked.getCode().equals(own.getCode());
            if (!visible) {
                throw new NotFoundException("orgUnit.unknown", asked.getCode());
            }
            within = asked;
        }
        boolean nothing = !everywhere && own.getKind() != OrgUnitKind.BU && own.getKind() != OrgUnitKind.SITE;
        return new Within(nothing, within);
    }
}
