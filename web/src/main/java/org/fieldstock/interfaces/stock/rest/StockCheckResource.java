package org.fieldstock.interfaces.stock.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.stock.StockCheckService;
import org.fieldstock.domain.stock.StockDiscrepancy;
import org.fieldstock.interfaces.shared.rest.Pages;

/** The stock check: balances that differ from the sum of their ledger rows (planning office only). */
@Path("stock-check")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stock")
public class StockCheckResource {

    @Inject
    private StockCheckService check;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(summary = "Balances that differ from the sum of their ledger rows, their batches or their serials, by"
            + " store and item, a page at a time (page, size; X-Total-Count says how many); an empty list when the"
            + " books agree. It reads the whole ledger: seconds on a large one")
    @APIResponse(responseCode = "200", description = "A page of the discrepancies",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StockDiscrepancy.class)))
    public Response discrepancies(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return Pages.ok(check.discrepancies(Pages.request(page, size, null)), d -> d, uriInfo);
    }
}
