package org.fieldstock.interfaces.stock.web;

import java.io.Serializable;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.stock.StockCheckService;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.stock.StockDiscrepancy;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.PagedRows;
import org.omnifaces.cdi.ViewScoped;

/**
 * The planning office's stock check: balances against the sum of their ledger rows. The database
 * finds the discrepancies, a page at a time; the check runs again for each page the user turns to.
 */
@Named
@ViewScoped
public class StockCheckView implements Serializable {

    /** The rows of a page of the table. */
    static final int ROWS = 50;

    @Inject
    private StockCheckService check;

    @Inject
    private FacesFeedback feedback;

    private PagedRows<StockDiscrepancy> discrepancies;

    /** The first page, read by {@link #run} to say whether the books agree, handed to the table's first load. */
    private transient Page<StockDiscrepancy> firstPage;

    public void run() {
        discrepancies = null;
        if (feedback.attempt(() -> firstPage = check.discrepancies(PageRequest.firstRows(ROWS)))) {
            discrepancies = new PagedRows<>(this::page, d -> d.storeCode() + " " + d.itemCode() + " " + d.comparedWith());
            if (firstPage.rows().isEmpty()) {
                feedback.info("stockcheck.ok");
            }
        }
    }

    private Page<StockDiscrepancy> page(PageRequest request) {
        Page<StockDiscrepancy> read = firstPage;
        firstPage = null;
        if (read != null && read.request().first() == request.first() && read.request().size() == request.size()) {
            return read;
        }
        return check.discrepancies(new PageRequest(request.first(), request.size()));
    }

    public PagedRows<StockDiscrepancy> getDiscrepancies() {
        return discrepancies;
    }

    public boolean isRun() {
        return discrepancies != null;
    }
}
