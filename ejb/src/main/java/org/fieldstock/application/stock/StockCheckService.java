package org.fieldstock.application.stock;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.domain.stock.StockDiscrepancy;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.user.Role;

/** The planning office's check that every balance equals the sum of its ledger rows. */
@Stateless
@RolesAllowed(Role.PLANNER_NAME)
public class StockCheckService {

    @Inject
    private StockLedger ledger;

    public List<StockDiscrepancy> discrepancies() {
        return ledger.discrepancies();
    }
}
