package org.fieldstock.interfaces.requisition.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.requisition.RequisitionService;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.requisition.RequisitionAction;
import org.fieldstock.domain.transfer.TransferSlip;
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

    @GET
    @Path("{id}")
    @Operation(summary = "One requisition with its lines, its steps and what the caller may do to it now")
    public RequisitionJson get(@PathParam("id") long id) {
        return json(requisitions.find(id));
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
