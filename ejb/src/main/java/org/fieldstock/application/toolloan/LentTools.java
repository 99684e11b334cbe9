package org.fieldstock.application.toolloan;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fieldstock.domain.document.StockMovement;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.toolloan.ToolLoanRepository;

/**
 * Lent tools stay on hand but are not there to issue: what an issue takes out of a store leaves the
 * store holding at least what it has out on loan, and no lent unit leaves by its serial. Asked once
 * the posting has locked the balances, so that a loan and an issue of the last unit at once cannot
 * both pass.
 */
@ApplicationScoped
public class LentTools {

    @Inject
    private ToolLoanRepository loans;

    @Inject
    private StockLedger ledger;

    public void requireStillHeld(List<StockMovement> posted) {
        for (StockMovement movement : posted) {
            if (movement.delta().signum() >= 0 || movement.item().getCategory() != ItemCategory.TOOL) {
                continue;
            }
            for (String serial : movement.serials()) {
                if (loans.isOut(movement.item(), serial)) {
                    throw new BusinessException(BusinessException.Kind.CONFLICT, "loan.serial.lentOut",
                            movement.item().getCode(), serial);
                }
            }
            BigDecimal lent = loans.lentOut(movement.store(), movement.item());
            if (lent.signum() > 0 && ledger.balance(movement.store(), movement.item()).compareTo(lent) < 0) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "loan.toolsLent", movement.item().getCode(),
                        movement.store().getCode(), lent.stripTrailingZeros().toPlainString());
            }
        }
    }
}
