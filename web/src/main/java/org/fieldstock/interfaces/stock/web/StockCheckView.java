package org.fieldstock.interfaces.stock.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.stock.StockCheckService;
import org.fieldstock.domain.stock.StockDiscrepancy;
import org.fieldstock.interfaces.shared.FacesFeedback;

/** The planning office's stock check: balances against the sum of their ledger rows. */
@Named
@ViewScoped
public class StockCheckView implements Serializable {

    @Inject
    private StockCheckService check;

    @Inject
    private FacesFeedback feedback;

    private List<StockDiscrepancy> discrepancies;

    public void run() {
        if (feedback.attempt(() -> discrepancies = check.discrepancies()) && discrepancies.isEmpty()) {
            feedback.info("stockcheck.ok");
        }
    }

    public List<StockDiscrepancy> getDiscrepancies() {
        return discrepancies;
    }

    public boolean isRun() {
        return discrepancies != null;
    }
}
