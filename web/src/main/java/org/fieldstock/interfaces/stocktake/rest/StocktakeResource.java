package org.fieldstock.interfaces.stocktake.rest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.stocktake.CampaignDraft;
import org.fieldstock.application.stocktake.StocktakeService;
import org.fieldstock.application.stocktake.StocktakeViews.SheetDetail;
import org.fieldstock.domain.stocktake.CampaignKind;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.stocktake.CountEntry;
import org.fieldstock.domain.stocktake.StocktakeRepository;
import org.fieldstock.interfaces.shared.WorkbookCells;
import org.fieldstock.interfaces.shared.rest.MalformedRequestException;
import org.fieldstock.interfaces.shared.rest.MaxBodySize;
import org.fieldstock.interfaces.shared.rest.Pages;
import org.fieldstock.interfaces.shared.rest.RequestParameters;
import org.fieldstock.interfaces.stocktake.CountSheetWorkbook;

/**
 * Stocktakes: open a campaign (202: its sheets are frozen in the background; read it to follow the
 * progress), read campaigns and sheets, name the team, enter counts (JSON, or the sheet's xlsx
 * workbook exported and filled in), submit, approve or send back, and discard a failed opening.
 */
@Path("stocktakes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stocktakes", description = "Quarterly and monthly counts of the stores, their sheets and adjustments")
public class StocktakeResource {

    @Inject
    private StocktakeService stocktakes;

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpHeaders headers;

    @POST
    @Operation(summary = "Open a campaign: one count sheet per active store of the scope; the books are frozen in the background")
    public Response open(CampaignRequest request) {
        CampaignRequest body = RequestParameters.requireBody(request);
        StocktakeJson.Campaign opened = StocktakeJson.Campaign.of(stocktakes.open(new CampaignDraft(
                RequestParameters.enumValue("kind", body.kind(), CampaignKind.class), body.scope(), body.deadline(),
                Boolean.TRUE.equals(body.blind()), body.remark())), locale());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(opened.id())).build();
        return Response.accepted(opened).location(location).build();
    }

    @GET
    @Operation(summary = "The campaigns with a sheet the caller may see, newest first, a page at a time (page, size;"
            + " X-Total-Count says how many)")
    @APIResponse(responseCode = "200", description = "A page of the campaigns",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StocktakeJson.Campaign.class)))
    public Response list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return Pages.ok(stocktakes.campaigns(Pages.request(page, size, null)),
                c -> StocktakeJson.Campaign.of(c, locale()), uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A campaign: its opening progress, a page of the visible stores' sheets with their state and"
            + " figures (page, size, sort=store|status, asc or desc; X-Total-Count: the sheets in all), and the totals"
            + " over every visible sheet")
    @APIResponse(responseCode = "200", description = "The campaign with a page of its sheets",
            content = @Content(schema = @Schema(implementation = StocktakeJson.Campaign.class)))
    public Response read(@PathParam("id") long id, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") String sort, @QueryParam("desc") boolean descending) {
        PageRequest request = Pages.request(page, size, null);
        if (StocktakeRepository.SORT_STATUS.equals(sort) || StocktakeRepository.SORT_STORE.equals(sort)) {
            request = request.sortedBy(new PageRequest.Sort(sort, !descending));
        }
        var overview = stocktakes.overview(id, request);
        return Pages.ok(StocktakeJson.Campaign.of(overview, locale()), overview.sheets(), uriInfo);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close an open campaign; sheets not approved stay unadjusted (refused while a submitted sheet waits)")
    public StocktakeJson.Campaign close(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return StocktakeJson.Campaign.of(stocktakes.close(id, version), locale());
    }

    @GET
    @Path("{id}/workbooks")
    @Produces("application/zip")
    @Operation(summary = "Every sheet of the campaign the caller may see, one xlsx workbook per store, in a zip (streamed)")
    public Response workbooks(@PathParam("id") long id) {
        var campaign = stocktakes.campaign(id);
        List<Long> sheets = stocktakes.sheetIds(id);
        StreamingOutput body = out -> {
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
                for (long sheet : sheets) {
                    CountSheetWorkbook.writeEntry(stocktakes.sheet(sheet), zip);
                }
            }
        };
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + campaign.getNumber() + ".zip\"")
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Discard a campaign whose opening failed")
    public Response discard(@PathParam("id") long id) {
        stocktakes.discard(id);
        return Response.noContent().build();
    }

    @GET
    @Path("sheets/{sheetId}")
    @Operation(summary = "A count sheet with its lines (in a blind count the counters see no book quantities until all is counted)")
    public StocktakeJson.SheetDetailJson sheet(@PathParam("sheetId") long sheetId) {
        return StocktakeJson.SheetDetailJson.of(stocktakes.sheet(sheetId));
    }

    @PUT
    @Path("sheets/{sheetId}/team")
    @Operation(summary = "Name who counted and who witnessed (监盘)")
    public StocktakeJson.SheetDetailJson team(@PathParam("sheetId") long sheetId, SheetActionRequest request) {
        SheetActionRequest body = RequestParameters.requireBody(request);
        return StocktakeJson.SheetDetailJson.of(stocktakes.nameTeam(sheetId, body.version(), body.counter(),
                body.witness()));
    }

    @POST
    @Path("sheets/{sheetId}/counts")
    @Operation(summary = "Record counts, all or none; each problem names its row")
    public StocktakeJson.SheetDetailJson counts(@PathParam("sheetId") long sheetId, CountsRequest request) {
        CountsRequest body = RequestParameters.requireBody(request);
        List<CountEntry> entries = new ArrayList<>();
        List<CountsRequest.Count> counts = body.counts() == null ? List.of() : body.counts();
        for (int i = 0; i < counts.size(); i++) {
            CountsRequest.Count c = Objects.requireNonNullElse(counts.get(i),
                    new CountsRequest.Count(null, null, null, null, null, null));
            entries.add(new CountEntry(i + 1, c.item(), c.counted(), c.reason(), c.batch(), c.expiry(), c.serials()));
        }
        return StocktakeJson.SheetDetailJson.of(stocktakes.enterCounts(sheetId, body.version(), body.countedAt(),
                entries));
    }

    @GET
    @Path("sheets/{sheetId}/workbook")
    @Produces(CountSheetWorkbook.CONTENT_TYPE)
    @Operation(summary = "The sheet as an xlsx workbook to count on: store, item, name, spec, unit, book quantity, empty count column")
    public Response workbook(@PathParam("sheetId") long sheetId) {
        SheetDetail detail = stocktakes.sheet(sheetId);
        StreamingOutput body = out -> CountSheetWorkbook.write(detail, out);
        return Response.ok(body, CountSheetWorkbook.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + CountSheetWorkbook.fileName(detail) + "\"")
                .build();
    }

    @PUT
    @Path("sheets/{sheetId}/workbook")
    @Consumes({CountSheetWorkbook.CONTENT_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @MaxBodySize(WorkbookCells.MAX_BYTES)
    @Operation(summary = "Import the counts of a filled-in workbook: every bad row is reported and then nothing is imported")
    public StocktakeJson.SheetDetailJson importWorkbook(@PathParam("sheetId") long sheetId,
            @QueryParam("version") Integer version, @QueryParam("countedAt") String countedAt, InputStream file) {
        byte[] bytes = limited(file);
        SheetDetail sheet = stocktakes.sheet(sheetId);
        CountSheetWorkbook.Read read = CountSheetWorkbook.read(new ByteArrayInputStream(bytes),
                sheet.sheet().getCampaign().getNumber(), sheet.sheet().getStore().getCode());
        return StocktakeJson.SheetDetailJson.of(stocktakes.importCounts(sheetId, version, instant(countedAt),
                read.entries(), read.unreadable()));
    }

    @POST
    @Path("sheets/{sheetId}/submit")
    @Operation(summary = "Hand the sheet to the BU manager: every line counted, every difference with a reason")
    public StocktakeJson.SheetDetailJson submit(@PathParam("sheetId") long sheetId,
            @QueryParam("version") Integer version) {
        return StocktakeJson.SheetDetailJson.of(stocktakes.submit(sheetId, version));
    }

    @POST
    @Path("sheets/{sheetId}/approve")
    @Operation(summary = "BU manager: approve; gains and losses are posted as stocktake documents")
    public StocktakeJson.SheetDetailJson approve(@PathParam("sheetId") long sheetId, SheetActionRequest request) {
        SheetActionRequest body = request == null ? new SheetActionRequest(null, null, null, null) : request;
        return StocktakeJson.SheetDetailJson.of(stocktakes.approve(sheetId, body.version(), body.comment()));
    }

    @POST
    @Path("sheets/{sheetId}/return")
    @Operation(summary = "BU manager: send the sheet back to be counted again, saying why")
    public StocktakeJson.SheetDetailJson sendBack(@PathParam("sheetId") long sheetId, SheetActionRequest request) {
        SheetActionRequest body = RequestParameters.requireBody(request);
        return StocktakeJson.SheetDetailJson.of(stocktakes.sendBack(sheetId, body.version(), body.comment()));
    }

    private static byte[] limited(InputStream file) {
        if (file == null) {
            throw new MalformedRequestException("request.workbook.required");
        }
        return WorkbookCells.readLimited(file);
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new MalformedRequestException("request.instant.invalid", "countedAt", value);
        }
    }

    private Locale locale() {
        return RequestParameters.clientLocale(headers);
    }
}
