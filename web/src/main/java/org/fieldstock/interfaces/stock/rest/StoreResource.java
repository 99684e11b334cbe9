package org.fieldstock.interfaces.stock.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.CatalogService;
import org.fieldstock.application.StockQueryService;
import org.fieldstock.interfaces.document.rest.LedgerEntryJson;

/** Stores and their on-hand stock. */
@Path("stores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stock", description = "Stores and on-hand stock")
public class StoreResource {

    @Inject
    private StockQueryService stock;

    @Inject
    private CatalogService catalog;

    /** A store as listed. */
    public record StoreJson(String code, String kind, String owner, String nameZh, String nameEn) {
    }

    @GET
    @Operation(summary = "All stores")
    public List<StoreJson> stores() {
        return catalog.stores().stream().map(s -> new StoreJson(s.getCode(), s.getKind().name(),
                s.getOwner().getCode(), s.getNameZh(), s.getNameEn())).toList();
    }

    @GET
    @Path("{code}/ledger")
    @Operation(summary = "The latest movements of one item in the store, oldest first, each with the balance it left")
    public List<LedgerEntryJson> ledger(@PathParam("code") String code, @QueryParam("item") String item) {
        return stock.movements(code, item).stream().map(LedgerEntryJson::of).toList();
    }

    @GET
    @Path("{code}/on-hand")
    @Operation(summary = "Non-zero on-hand stock of a store, by item code")
    public List<OnHandJson> onHand(@PathParam("code") String code) {
        return stock.onHand(code).stream().map(OnHandJson::of).toList();
    }
}
