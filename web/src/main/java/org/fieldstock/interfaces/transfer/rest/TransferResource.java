package org.fieldstock.interfaces.transfer.rest;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.document.DocumentDraft;
import org.fieldstock.application.transfer.TransferDraft;
import org.fieldstock.application.transfer.TransferService;
import org.fieldstock.domain.document.Arrival;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.transfer.TransferSearch;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.application.requisition.ShippedFirstService;
import org.fieldstock.interfaces.document.rest.DocumentRequest;
import org.fieldstock.interfaces.requisition.rest.RequisitionLinkRequest;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.shared.rest.ActionJson;
import org.fieldstock.interfaces.shared.rest.MalformedRequestException;
import org.fieldstock.interfaces.shared.rest.Pages;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/**
 * Transfer slips: make, read, list, modify, review (generating the transfer-out and transfer-in),
 * unreview, delete; record the arrival; approve a loss on arrival; work lists, goods in transit and
 * the month-end cross-BU report. The generated documents are shipped and received by reviewing
 * them under /documents.
 */
@Path("transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Transfers", description = "Transfer slips between stores, goods in transit")
public class TransferResource {

    @Inject
    private TransferService transfers;

    @Inject
    private ShippedFirstService shippedFirst;

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpHeaders headers;

    @POST
    @Operation(summary = "Make a transfer slip; it is saved, not yet reviewed")
    public Response create(TransferRequest request) {
        TransferJson created = TransferJson.of(transfers.create(draft(RequestParameters.requireBody(request))));
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Operation(summary = "List transfer slips with an end in a store the caller may see, newest first, a page at a time"
            + " (page from 0, size up to 500, default 50; max is the older name of size); sort=number or slipDate,"
            + " -number or -slipDate for descending. X-Total-Count gives the total, Link the next and previous pages")
    @APIResponse(responseCode = "200", description = "The page's slips",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TransferJson.class)))
    public Response list(@QueryParam("store") String store, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("crossBu") Boolean crossBu,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("max") Integer max,
            @QueryParam("sort") String sort) {
        TransferSearch search = new TransferSearch(store,
                RequestParameters.enumValue("status", status, DocumentStatus.class),
                RequestParameters.date("from", from), RequestParameters.date("to", to), crossBu);
        PageRequest request = Pages.sorted(Pages.request(page, size, max), sort, Set.of("number", "slipDate"));
        return Pages.ok(transfers.search(search, request), TransferJson::of, uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one transfer slip with its generated documents, the actions the caller may do to it"
            + " now and why not the others")
    public TransferJson read(@PathParam("id") long id) {
        TransferSlip slip = transfers.find(id);
        return TransferJson.of(slip).withActions(ActionJson.of(transfers.allowedActions(slip),
                MessageBundle.supported(headers.getAcceptableLanguages())));
    }

    @PUT
    @Path("{id}/requisition")
    @Operation(summary = "Link the requisition filed after a slip shipped first in an emergency: its arrival then"
            + " counts against it, and the slip leaves the BU's list of emergencies")
    public TransferJson followedBy(@PathParam("id") long id, RequisitionLinkRequest request) {
        shippedFirst.followShipment(id, RequestParameters.requireBody(request).requisition());
        return TransferJson.of(transfers.find(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Modify a saved (unreviewed) slip; its kind stays")
    public TransferJson modify(@PathParam("id") long id, TransferRequest request) {
        TransferRequest body = RequestParameters.requireBody(request);
        return TransferJson.of(transfers.modify(id, body.version(), draft(body)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a saved (unreviewed) slip")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Integer version) {
        transfers.delete(id, version);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Review: generates the transfer-out of the sending store and the transfer-in of the receiving one")
    public TransferJson review(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return TransferJson.of(transfers.review(id, version));
    }

    @POST
    @Path("{id}/unreview")
    @Operation(summary = "Unreview while the transfer-out is not reviewed; the generated documents are deleted")
    public TransferJson unreview(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return TransferJson.of(transfers.unreview(id, version));
    }

    @PUT
    @Path("{id}/arrival")
    @Operation(summary = "Record on the transfer-in what arrived damaged or missing, and the arrival date; then review the transfer-in")
    public TransferJson arrival(@PathParam("id") long id, ArrivalRequest request) {
        RequestParameters.requireBody(request);
        List<Arrival> arrivals = request.lines() == null ? List.of()
                : request.lines().stream().filter(java.util.Objects::nonNull)
                        .map(l -> new Arrival(l.line(), l.damaged(), l.missing(), l.damagedSerials(), l.missingSerials()))
                        .toList();
        return TransferJson.of(transfers.recordArrival(id, request.version(), request.date(), arrivals));
    }

    @POST
    @Path("{id}/loss-approval")
    @Operation(summary = "Planning office: approve the loss of the units missing on arrival")
    public TransferJson approveLoss(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return TransferJson.of(transfers.approveLoss(id, version));
    }

    @DELETE
    @Path("{id}/loss-approval")
    @Operation(summary = "Planning office: withdraw a loss approval, so that the transfer-in can be unreviewed")
    public TransferJson withdrawLossApproval(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return TransferJson.of(transfers.withdrawLossApproval(id, version));
    }

    @GET
    @Path("work")
    @Operation(summary = "The caller's work lists: slips to review, transfer-outs to ship, transfer-ins to receive, losses to approve")
    public TransferWorkJson work() {
        return TransferWorkJson.of(transfers.workFor());
    }

    @GET
    @Path("in-transit")
    @Operation(summary = "Goods in transit per slip line, oldest first, optionally to or from one store, with age in days;"
            + " a page at a time (page, size as for the list); sort=slipNumber, fromStore, toStore, item, shippedOn or"
            + " ageDays, with a - before it for descending")
    @APIResponse(responseCode = "200", description = "The page's lines in transit",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = InTransitJson.class)))
    public Response inTransit(@QueryParam("store") String store, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest request = Pages.sorted(Pages.request(page, size, null), sort,
                Set.of("slipNumber", "fromStore", "toStore", "item", "shippedOn", "ageDays"));
        return Pages.ok(transfers.inTransit(store, request), InTransitJson::of, uriInfo);
    }

    @GET
    @Path("cross-bu-report")
    @Operation(summary = "Planning office, month end: the reviewed cross-BU slips of a month (yyyy-MM) that BU managers agreed")
    public List<TransferJson> crossBuReport(@QueryParam("month") String month) {
        return transfers.agreedCrossBu(month(month)).stream().map(TransferJson::of).toList();
    }

    private static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return YearMonth.now();
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new MalformedRequestException("request.month.invalid", "month", value);
        }
    }


    private static TransferDraft draft(TransferRequest request) {
        List<DocumentDraft.Line> lines = request.lines() == null ? List.of()
                : request.lines().stream()
                        .map(DocumentRequest.Line::toDraft)
                        .toList();
        return new TransferDraft(RequestParameters.enumValue("kind", request.kind(), StoreKind.class), request.from(),
                request.to(), request.date(), request.packingListRef(), request.agreedBySending(),
                request.agreedByReceiving(), request.remark(), lines, Boolean.TRUE.equals(request.emergency()));
    }
}
