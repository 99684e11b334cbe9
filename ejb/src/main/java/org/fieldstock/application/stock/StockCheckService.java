package org.fieldstock.application.stock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.stock.StockDiscrepancy;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.user.Role;

/** The planning office's check that every balance equals the sum of its ledger rows. */
@Stateless
@RolesAllowed(Role.PLANNER_NAME)
public class StockCheckService {

    @Inject
    private StockLedger ledger;

    /** A page of the balances that disagree (the database finds them: it reads the whole ledger, seconds on a large one). */
    public Page<StockDiscrepancy> discrepancies(PageRequest request) {
        return ledger.discrepancies(request);
    }
}
