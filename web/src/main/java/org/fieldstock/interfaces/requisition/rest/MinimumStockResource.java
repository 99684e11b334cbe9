package org.fieldstock.interfaces.requisition.rest;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.requisition.MinimumStockService;
import org.fieldstock.application.requisition.RequisitionService;
import org.fieldstock.domain.requisition.MinimumStock;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.interfaces.requisition.MinimumStockWorkbook;
import org.fieldstock.interfaces.shared.WorkbookCells;
import org.fieldstock.interfaces.shared.rest.MalformedRequestException;
import org.fieldstock.interfaces.shared.rest.MaxBodySize;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/** Minimum stock (最低库存量) per item and store, the stores below it, suggestions, and the shortfalls' requisition. */
@Path("minimum-stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Minimum stock", description = "Levels per item and store, the alert below them, the shortfalls' requisition")
public class MinimumStockResource {

    @Inject
    private MinimumStockService minimumStock;

    @Inject
    private RequisitionService requisitions;

    @Schema(name = "MinimumStockLevel")
    public record LevelJson(String store, String item, BigDecimal minimum, BigDecimal reorder, BigDecimal onHand,
            BigDecimal shortfall, String setBy, Instant setAt) {

        static LevelJson of(MinimumStockService.LevelState state) {
            return new LevelJson(state.level().getStore().getCode(), state.level().getItem().getCode(),
                    plain(state.level().getMinimum()), state.level().getReorderQuantity() == null ? null
                            : plain(state.level().getReorderQuantity()), plain(state.onHand()),
                    plain(state.shortfall()), state.level().getSetBy(), state.level().getSetAt());
        }
    }

    /** The levels to set: the minimum (zero or more) and, optionally, how much to ask for at once. */
    @Schema(name = "MinimumStockRequest")
    public record LevelRequest(BigDecimal minimum, BigDecimal reorder) {
    }

    @Schema(name = "MinimumStockSuggestion")
    public record SuggestionJson(String item, BigDecimal consumed12Months, BigDecimal monthly, BigDecimal suggested,
            BigDecimal current) {
    }

    /** The site whose good store's shortfalls to ask for. */
    @Schema(name = "ShortfallRequisitionRequest")
    public record ShortfallJson(String site) {
    }

    @GET
    @Operation(summary = "The minimum stock levels of a store the caller may read, with its on-hand and shortfall")
    public List<LevelJson> ofStore(@QueryParam("store") String store) {
        return minimumStock.ofStore(store).stream().map(LevelJson::of).toList();
    }

    @PUT
    @Path("{code}/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the minimum (and reorder quantity) of an item in a store: the planning office, or the"
            + " BU's accountant or planner for the BU's stores")
    public LevelJson set(@PathParam("code") String store, @PathParam("item") String item, LevelRequest request) {
        LevelRequest body = RequestParameters.requireBody(request);
        minimumStock.set(store, item, body.minimum(), body.reorder());
        return minimumStock.ofStore(store).stream().filter(s -> s.level().getItem().getCode().equals(item.strip()))
                .findFirst().map(LevelJson::of).orElseThrow();
    }

    @DELETE
    @Path("{code}/{item}")
    @Operation(summary = "Remove the minimum of an item in a store")
    public Response remove(@PathParam("code") String store, @PathParam("item") String item) {
        minimumStock.remove(store, item);
        return Response.noContent().build();
    }

    /** What an import did. */
    @Schema(name = "MinimumStockImport")
    public record ImportJson(int set, int removed) {
    }

    @GET
    @Path("workbook")
    @Produces(MinimumStockWorkbook.CONTENT_TYPE)
    @Operation(summary = "A store's minimum-stock levels as an xlsx workbook to fill in or change and import again")
    public Response workbook(@QueryParam("store") String store) {
        List<MinimumStock> levels = minimumStock.ofStore(store).stream().map(MinimumStockService.LevelState::level)
                .toList();
        String code = store.strip();
        StreamingOutput body = out -> MinimumStockWorkbook.write(code, levels, out);
        return Response.ok(body, MinimumStockWorkbook.CONTENT_TYPE).header("Content-Disposition",
                "attachment; filename=\"" + MinimumStockWorkbook.fileName(code) + "\"").build();
    }

    @PUT
    @Path("workbook")
    @Consumes({WorkbookCells.CONTENT_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @MaxBodySize(WorkbookCells.MAX_BYTES)
    @Operation(summary = "Import a minimum-stock workbook (store, item, minimum, reorder quantity; both quantities"
            + " empty removes a level): all rows or none, every row's problem answered with its row number")
    public ImportJson importWorkbook(InputStream file) {
        if (file == null) {
            throw new MalformedRequestException("request.workbook.required");
        }
        MinimumStockService.Imported done = minimumStock.importLevels(MinimumStockWorkbook.read(
                WorkbookCells.readLimited(file)));
        return new ImportJson(done.set(), done.removed());
    }

    @GET
    @Path("below")
    @Operation(summary = "The levels of the stores the caller sees that are below their minimum (the work lists' alert)")
    public List<LevelJson> below() {
        return minimumStock.belowMinimum().stream().map(LevelJson::of).toList();
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Minimums suggested from the store's self use over the last twelve months (the average month"
            + " times fieldstock.minimum-stock.cover-months), most consumed first, beside the level in force")
    public List<SuggestionJson> suggestions(@QueryParam("store") String store) {
        return minimumStock.suggestions(store).stream().map(s -> new SuggestionJson(s.item().getCode(),
                plain(s.consumed()), plain(s.monthly()), plain(s.minimum()),
                s.current() == null ? null : plain(s.current()))).toList();
    }

    @POST
    @Path("requisition")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a requisition of everything the site's good store is short of: the site's keeper or chief")
    public Response requisition(ShortfallJson request) {
        Requisition drafted = minimumStock.draftShortfalls(RequestParameters.requireBody(request).site());
        return Response.created(URI.create("requisitions/" + drafted.getId()))
                .entity(RequisitionJson.of(drafted, requisitions.allowedActions(drafted), Instant.now())).build();
    }

    private static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
