package org.fieldstock.interfaces.failedpart.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.failedpart.FailedPartService;
import org.fieldstock.application.failedpart.RegisterEntry;
import org.fieldstock.application.failedpart.RepairTracking;
import org.fieldstock.domain.failedpart.FailureCause;
import org.fieldstock.domain.failedpart.RegisterSearch;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.interfaces.failedpart.RegisterPdf;
import org.fieldstock.interfaces.failedpart.RegisterWorkbook;
import org.fieldstock.interfaces.shared.rest.RequestParameters;
import org.fieldstock.interfaces.transfer.rest.TransferJson;

/** The damaged-part register of the sites the caller may see. */
@Path("failed-parts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Failed parts", description = "The damaged-part register (返修损坏备件清单) and the return to the repair hub")
public class FailedPartResource {

    @Inject
    private FailedPartService failedParts;

    @Inject
    private RepairTracking repairs;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext securityContext;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(summary = "The damaged-part register: every failed part booked into a site's damaged store, oldest"
            + " first, with what of it still waits there (returned=false) or has left it (returned=true); at most "
            + FailedPartService.MAX_ENTRIES + " lines, so narrow by site and dates; own=true: only the sites of the"
            + " caller's own unit, not every site they may read")
    public List<RegisterEntryJson> register(@QueryParam("site") String site, @QueryParam("turbine") String turbine,
            @QueryParam("item") String item, @QueryParam("cause") String cause, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("returned") Boolean returned, @QueryParam("own") boolean own) {
        RegisterSearch search = search(site, turbine, item, cause, from, to, returned);
        return failedParts.register(own ? new RegisterSearch(search.siteCode(), search.turbineNo(), search.itemCode(),
                search.cause(), search.from(), search.to(), search.returned(), true) : search).stream()
                .map(RegisterEntryJson::of).toList();
    }

    /**
     * The register lines of one site that go back to the repair hub on one slip.
     *
     * @param site  the site code
     * @param lines per line, the damage intake's id and the line number, as the register lists them
     */
    @Schema(name = "ReturnSlipRequest")
    public record ReturnSlipRequest(String site, List<LineJson> lines) {

        /** One register line. */
        @Schema(name = "ReturnSlipLine")
        public record LineJson(Long intake, Integer line) {
        }
    }

    @POST
    @Path("return-slips")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A damaged-goods transfer slip, saved, of the chosen register lines still waiting at a site,"
            + " to the repair hub; who may make it follows the transfer rules (across BUs: the planning office)")
    public Response returnSlip(ReturnSlipRequest request) {
        ReturnSlipRequest body = RequestParameters.requireBody(request);
        List<FailedPartService.LineRef> lines = body.lines() == null ? List.of() : body.lines().stream()
                .filter(line -> line != null && line.intake() != null && line.line() != null)
                .map(line -> new FailedPartService.LineRef(line.intake(), line.line())).toList();
        TransferJson created = TransferJson.of(failedParts.returnSlip(body.site(), lines));
        return Response.created(uriInfo.getBaseUriBuilder().path("transfers").path(String.valueOf(created.id()))
                .build()).entity(created).build();
    }

    @GET
    @Path("serials/{item}/{serial}")
    @Operation(summary = "Where a serial-tracked unit has been: every reviewed document that moved it (stores,"
            + " turbines, repairs, dates), where it is now, how often it came back repaired, and whether scrapping"
            + " it is advised (a class II part repaired fieldstock.failed-parts.scrap-after-repairs times, 3)")
    public SerialHistoryJson serial(@PathParam("item") String item, @PathParam("serial") String serial) {
        return SerialHistoryJson.of(failedParts.history(item, serial));
    }

    /**
     * A repair of a tool under warranty by its maker at the site.
     *
     * @param date  the day of the repair, yyyy-MM-dd
     * @param maker who repaired it
     * @param work  what was done
     */
    @Schema(name = "WarrantyRepairRequest")
    public record WarrantyRepairRequest(LocalDate date, String maker, String work) {
    }

    @POST
    @Path("serials/{item}/{serial}/warranty-repairs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the maker repaired a tool under warranty at the site where it is kept; nothing"
            + " moves or ships, the entry joins the unit's history; by whoever enters documents for its store")
    public Response warrantyRepair(@PathParam("item") String item, @PathParam("serial") String serial,
            WarrantyRepairRequest request) {
        WarrantyRepairRequest body = RequestParameters.requireBody(request);
        failedParts.recordWarrantyRepair(item, serial, body.date(), body.maker(), body.work());
        return Response.created(uriInfo.getBaseUriBuilder().path("failed-parts").path("serials").path(item)
                .path(serial).build()).entity(SerialHistoryJson.of(failedParts.history(item, serial))).build();
    }

    @GET
    @Path("hub")
    @Operation(summary = "The repair hub: the parts still there (waiting or sent to repair) with their age and the site"
            + " they came from, and the turnaround (days from arrival to repaired or scrapped) per item and per site"
            + " over the last year; serial-tracked units by serial, the rest by quantity, first in first out")
    public HubRepairsJson hub() {
        return HubRepairsJson.of(repairs.hub());
    }

    @GET
    @Path("returns")
    @Operation(summary = "Per site: what waits in its damaged store to go back to the repair hub (units, packed m³,"
            + " the oldest part's age) and whether the return is DUE (the cycle's day has come, or the volume is"
            + " reached) or OVERDUE; the cycle (15 days, 3 m³) is a setting")
    public List<SiteReturnJson> returns() {
        return failedParts.returns().stream().map(SiteReturnJson::of).toList();
    }

    @GET
    @Path("workbook")
    @Produces(RegisterWorkbook.CONTENT_TYPE)
    @Operation(summary = "The same register as an xlsx workbook, headers in Chinese and English")
    public Response workbook(@QueryParam("site") String site, @QueryParam("turbine") String turbine,
            @QueryParam("item") String item, @QueryParam("cause") String cause, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("returned") Boolean returned) {
        List<RegisterEntry> entries = failedParts.register(search(site, turbine, item, cause, from, to, returned));
        StreamingOutput body = out -> RegisterWorkbook.write(entries, site == null ? "" : site, out);
        return Response.ok(body, RegisterWorkbook.CONTENT_TYPE).header("Content-Disposition",
                "attachment; filename=\"" + RegisterWorkbook.fileName(site, LocalDate.now()) + "\"").build();
    }

    @GET
    @Path("packing-list")
    @Produces(RegisterPdf.CONTENT_TYPE)
    @Operation(summary = "The signable packing list of a return shipment to the repair hub, in the language asked"
            + " for: the chosen lines (line=intakeId:lineNo, repeated), all still waiting in the site's damaged store,"
            + " or without any chosen every line still waiting that matches the other filters")
    public Response packingList(@QueryParam("site") String site, @QueryParam("turbine") String turbine,
            @QueryParam("item") String item, @QueryParam("cause") String cause, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("line") List<String> lines) {
        OrgUnit unit = failedParts.site(site);
        List<RegisterEntry> entries = failedParts.packingList(search(unit.getCode(), turbine, item, cause, from, to,
                false), lines == null ? List.of() : lines.stream().map(FailedPartResource::lineRef).toList());
        Instant now = Instant.now();
        byte[] pdf = RegisterPdf.render(unit, entries, RequestParameters.clientLocale(headers),
                securityContext.getUserPrincipal().getName(), now);
        return Response.ok(pdf, RegisterPdf.CONTENT_TYPE).header("Content-Disposition",
                "attachment; filename=\"" + RegisterPdf.fileName(unit, now) + "\"").build();
    }

    /** A register line named as intake id and line number, {@code 1234:2}. */
    private static FailedPartService.LineRef lineRef(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split(":");
        try {
            if (parts.length == 2) {
                return new FailedPartService.LineRef(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (NumberFormatException e) {
            // refused below, naming the value
        }
        throw new BusinessException(BusinessException.Kind.INVALID, "register.line.invalid", "line", text);
    }

    static RegisterSearch search(String site, String turbine, String item, String cause, String from, String to,
            Boolean returned) {
        return new RegisterSearch(site, turbine, item, RequestParameters.enumValue("cause", cause, FailureCause.class),
                RequestParameters.date("from", from), RequestParameters.date("to", to), returned);
    }
}
