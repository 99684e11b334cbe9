package org.fieldstock.interfaces.requisition.rest;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.requisition.RequisitionProgress;
import org.fieldstock.application.requisition.RequisitionService;
import org.fieldstock.application.requisition.ShippedFirstService;
import org.fieldstock.application.requisition.WeeklyProgress;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.requisition.RequisitionAction;
import org.fieldstock.domain.requisition.RequisitionPhoto;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.interfaces.requisition.WeeklyProgressPdf;
import org.fieldstock.interfaces.requisition.WeeklyProgressWorkbook;
import org.fieldstock.interfaces.shared.rest.MalformedRequestException;
import org.fieldstock.interfaces.shared.rest.MaxBodySize;
import org.fieldstock.interfaces.shared.rest.RequestParameters;
import org.fieldstock.interfaces.transfer.rest.TransferJson;

/** Requisitions (内部联络单): a site asks, its chief signs, the BU checks and signs, production management delivers. */
@Path("requisitions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requisitions", description = "What a site asks for, its way through the BU's signatures, its clocks")
public class RequisitionResource {

    @Inject
    private RequisitionService requisitions;

    @Inject
    private ShippedFirstService shippedFirst;

    @Inject
    private RequisitionProgress progress;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext securityContext;

    /** An item an emergency brought and how many. */
    @Schema(name = "ShippedFirstLine")
    public record ShippedFirstLineJson(String item, String nameZh, String nameEn, BigDecimal quantity) {
    }

    /**
     * A purchase (PURCHASE) or transfer slip (TRANSFER) sent ahead of its requisition: its number,
     * where it went, since when (days), and whether the caller may link the requisition to it.
     */
    @Schema(name = "ShippedFirst")
    public record ShippedFirstJson(String kind, long id, String number, String site, String store, LocalDate date,
            long ageDays, String status, String createdBy, List<ShippedFirstLineJson> lines, boolean mayLink) {

        static ShippedFirstJson of(ShippedFirstService.Awaiting row) {
            return new ShippedFirstJson(row.kind().name(), row.id(), row.number(), row.siteCode(), row.storeCode(),
                    row.date(), row.ageDays(), row.status().name(), row.createdBy(),
                    row.quantities().entrySet().stream().map(e -> new ShippedFirstLineJson(e.getKey().getCode(),
                            e.getKey().getNameZh(), e.getKey().getNameEn(), e.getValue().stripTrailingZeros())).toList(),
                    row.mayLink());
        }
    }

    /**
     * A step of a requisition: WITHDRAW (a draft), SIGN (the site chief), CHECK (the BU planner),
     * SUPERVISE (the BU supervisor), APPROVE (the BU manager), SEND_BACK or REFUSE (whoever's
     * signature it waits for; both with a reason); version is the one read.
     */
    @Schema(name = "RequisitionStepRequest")
    public record StepJson(String action, String reason, Integer version) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a site's requisition: the site's keeper or chief")
    public Response create(RequisitionRequest request) {
        Requisition created = requisitions.create(RequestParameters.requireBody(request).toDraft());
        return Response.created(URI.create("requisitions/" + created.getId())).entity(json(created)).build();
    }

    @GET
    @Operation(summary = "The requisitions the caller sees, newest first (the planning office and production"
            + " management every site's, a BU its sites', a site its own): of one site or BU (unit), only open ones"
            + " (open=true); each says who it waits for, since when, and whether the planner's check is overdue")
    public List<RequisitionJson> list(@QueryParam("unit") String unit, @QueryParam("open") boolean openOnly) {
        Instant now = Instant.now();
        return requisitions.list(unit, openOnly).stream()
                .map(r -> RequisitionJson.of(r, requisitions.allowedActions(r), now)).toList();
    }

    /** One requisition of the weekly report, as it stood at the week's end. */
    @Schema(name = "WeeklyProgressRow")
    public record WeeklyRowJson(long id, String number, String site, String status, String waitingFor,
            Instant filedAt, Instant checkDueAt, boolean checkLate, long ageDays, List<String> stepsThisWeek,
            int lines) {
    }

    /** The weekly progress report: the week, its counts, and its requisitions, the late ones first. */
    @Schema(name = "WeeklyProgress")
    public record WeeklyJson(String unit, LocalDate monday, LocalDate sunday, int filed, int approved, int closed,
            int refused, int openAtEnd, int late, List<WeeklyRowJson> requisitions) {

        static WeeklyJson of(WeeklyProgress week) {
            WeeklyProgress.Counts c = week.counts();
            return new WeeklyJson(week.unitCode(), week.monday(), week.sunday(), c.filed(), c.approved(), c.closed(),
                    c.refused(), c.openAtEnd(), c.late(), week.rows().stream().map(r -> new WeeklyRowJson(r.id(),
                            r.number(), r.siteCode(), r.status().name(),
                            r.waitingFor() == null ? null : r.waitingFor().name(), r.filedAt(), r.checkDueAt(),
                            r.checkLate(), r.ageDays(), r.stepsThisWeek().stream().map(Enum::name).toList(),
                            r.lineCount())).toList());
        }
    }

    @GET
    @Path("weekly")
    @Operation(summary = "The weekly progress report of requisitions: the week (Monday to Sunday) holding the day"
            + " given (week=yyyy-MM-dd, this week by default) of a BU or site (unit) or of all the caller sees; every"
            + " requisition open at some time in the week as it stood at its end, the late checks first, and the"
            + " week's counts")
    public WeeklyJson weekly(@QueryParam("unit") String unit, @QueryParam("week") String week) {
        return WeeklyJson.of(progress.week(unit, RequestParameters.date("week", week)));
    }

    @GET
    @Path("weekly/workbook")
    @Produces(WeeklyProgressWorkbook.CONTENT_TYPE)
    @Operation(summary = "The same weekly report as an xlsx workbook, headers in Chinese and English")
    public Response weeklyWorkbook(@QueryParam("unit") String unit, @QueryParam("week") String week) {
        WeeklyProgress report = progress.week(unit, RequestParameters.date("week", week));
        StreamingOutput body = out -> WeeklyProgressWorkbook.write(report, out);
        return Response.ok(body, WeeklyProgressWorkbook.CONTENT_TYPE).header("Content-Disposition",
                "attachment; filename=\"" + WeeklyProgressWorkbook.fileName(report) + "\"").build();
    }

    @GET
    @Path("weekly/pdf")
    @Produces(WeeklyProgressPdf.CONTENT_TYPE)
    @Operation(summary = "The same weekly report as a PDF for the BU's meeting, in the language asked for")
    public Response weeklyPdf(@QueryParam("unit") String unit, @QueryParam("week") String week) {
        WeeklyProgress report = progress.week(unit, RequestParameters.date("week", week));
        byte[] pdf = WeeklyProgressPdf.render(report, RequestParameters.clientLocale(headers),
                securityContext.getUserPrincipal().getName(), Instant.now());
        return Response.ok(pdf, WeeklyProgressPdf.CONTENT_TYPE).header("Content-Disposition",
                "attachment; filename=\"" + WeeklyProgressPdf.fileName(report) + "\"").build();
    }

    @GET
    @Path("shipped-first")
    @Operation(summary = "Emergencies still waiting for their requisition, oldest first: purchases bought and slips"
            + " shipped first, flagged 'requisition to follow', of the caller's sites (or of one site or BU: unit);"
            + " each leaves the list once its requisition is linked (PUT /documents/{id}/requisition,"
            + " PUT /transfers/{id}/requisition)")
    public List<ShippedFirstJson> shippedFirst(@QueryParam("unit") String unit) {
        return shippedFirst.awaiting(unit).stream().map(ShippedFirstJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One requisition with its lines, its steps, its photos and what the caller may do to it now")
    public RequisitionJson get(@PathParam("id") long id) {
        Requisition requisition = requisitions.find(id);
        return json(requisition).withPhotos(requisition);
    }

    @POST
    @Path("{id}/photos")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @MaxBodySize(Requisition.MAX_PHOTO_BYTES + 1024)
    @Operation(summary = "Add a photo (the picture itself, JPEG or PNG, at most 2 MB; at most five) to a draft: the"
            + " site's keeper or chief")
    public Response addPhoto(@PathParam("id") long id, InputStream picture) throws java.io.IOException {
        if (picture == null) {
            throw new MalformedRequestException("request.body.required");
        }
        RequisitionPhoto photo = requisitions.addPhoto(id, picture.readNBytes(Requisition.MAX_PHOTO_BYTES + 1));
        return Response.created(URI.create("requisitions/" + id + "/photos/" + photo.getPosition()))
                .entity(get(id)).build();
    }

    @GET
    @Path("{id}/photos/{position}")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "A photo of a requisition, as the picture itself")
    public Response photo(@PathParam("id") long id, @PathParam("position") int position) {
        RequisitionPhoto photo = requisitions.photo(id, position);
        CacheControl privateCache = new CacheControl();
        privateCache.setPrivate(true);
        return Response.ok(photo.getContent(), photo.getType().mediaType()).cacheControl(privateCache).build();
    }

    @DELETE
    @Path("{id}/photos/{position}")
    @Operation(summary = "Remove a photo from a draft")
    public Response removePhoto(@PathParam("id") long id, @PathParam("position") int position) {
        requisitions.removePhoto(id, position);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a draft (its lines and remark): the site's keeper or chief; version is the one read")
    public RequisitionJson modify(@PathParam("id") long id, RequisitionRequest request) {
        RequisitionRequest body = RequestParameters.requireBody(request);
        return json(requisitions.modify(id, body.version(), body.toDraft()));
    }

    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a step: WITHDRAW, SIGN, CHECK, SUPERVISE, APPROVE, SEND_BACK or REFUSE (the last two"
            + " with a reason), each only by its own signer of the site or its BU, in turn")
    public RequisitionJson step(@PathParam("id") long id, StepJson step) {
        StepJson body = RequestParameters.requireBody(step);
        RequisitionAction action = RequestParameters.enumValue("action", body.action(), RequisitionAction.class);
        return json(requisitions.perform(id, action, body.version(), body.reason()));
    }

    /** Which lines of the requisition to ship, how many, and which serials or batch. */
    @Schema(name = "RequisitionShipment")
    public record ShipmentJson(List<ShipmentLineJson> lines) {
    }

    @Schema(name = "RequisitionShipmentLine")
    public record ShipmentLineJson(int line, BigDecimal quantity, String batch, List<String> serials) {
    }

    @Schema(name = "RequisitionDelivery")
    public record DeliveryJson(String item, BigDecimal asked, BigDecimal arrived, BigDecimal coming, BigDecimal open) {
    }

    @POST
    @Path("{id}/shipments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ship lines of an approved requisition from the central store to the site's good store: a"
            + " saved transfer slip naming the requisition (the transfer rules say who: across BUs the planning"
            + " office); no line beyond what it still waits for")
    public Response ship(@PathParam("id") long id, ShipmentJson shipment) {
        ShipmentJson body = RequestParameters.requireBody(shipment);
        TransferSlip slip = requisitions.shipFromCentralStore(id, body.lines() == null ? List.of()
                : body.lines().stream().map(line -> line == null ? null : new RequisitionService.ShipmentLine(
                        line.line(), line.quantity(), line.batch(), line.serials())).toList());
        return Response.created(URI.create("transfers/" + slip.getId())).entity(TransferJson.of(slip)).build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "Per item what the requisition asked for, what arrived (reviewed receipts and transfer"
            + " arrivals naming it, in good order), what is on its way, and what is still to send")
    public List<DeliveryJson> deliveries(@PathParam("id") long id) {
        return requisitions.deliveries(requisitions.find(id)).stream().map(d -> new DeliveryJson(d.item().getCode(),
                d.asked().stripTrailingZeros(), d.arrived().stripTrailingZeros(), d.coming().stripTrailingZeros(),
                d.open().stripTrailingZeros())).toList();
    }

    private RequisitionJson json(Requisition requisition) {
        return RequisitionJson.of(requisition, requisitions.allowedActions(requisition), Instant.now());
    }
}
