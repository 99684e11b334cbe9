package org.fieldstock.interfaces.stock.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.stock.StockCheckService;
import org.fieldstock.domain.stock.StockDiscrepancy;

/** The stock check: balances that differ from the sum of their ledger rows (planning office only). */
@Path("stock-check")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stock")
public class StockCheckResource {

    @Inject
    private StockCheckService check;

    @GET
    @Operation(summary = "Balances that differ from the sum of their ledger rows; an empty list when the books agree")
    public List<StockDiscrepancy> discrepancies() {
        return check.discrepancies();
    }
}
