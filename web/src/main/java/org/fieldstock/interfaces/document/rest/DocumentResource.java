package org.fieldstock.interfaces.document.rest;

import java.net.URI;
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
import org.fieldstock.application.document.StockDocumentService;
import org.fieldstock.application.requisition.ShippedFirstService;
import org.fieldstock.application.transfer.TransferService;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.Receiving;
import org.fieldstock.domain.document.DocumentSearch;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.DocumentType;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.interfaces.requisition.rest.RequisitionLinkRequest;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.shared.rest.ActionJson;
import org.fieldstock.interfaces.shared.rest.Pages;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/** Other-inbound and other-outbound documents: create, read, list, modify, review, unreview, delete. */
@Path("documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Other-inbound and other-outbound stock documents")
public class DocumentResource {

    @Inject
    private StockDocumentService documents;

    @Inject
    private TransferService transfers;

    @Inject
    private ShippedFirstService shippedFirst;

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpHeaders headers;

    @POST
    @Operation(summary = "Enter a document; it is saved, not yet reviewed")
    public Response create(DocumentRequest request) {
        DocumentJson created = DocumentJson.of(documents.create(draft(RequestParameters.requireBody(request))));
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Operation(summary = "List documents, newest first (or sorted by documentDate, number or status; -name for"
            + " descending), a page at a time (page from 0, size up to 500; max is the older name of size); deleted"
            + " ones are not listed")
    @APIResponse(responseCode = "200", description = "The page's documents; X-Total-Count and Link next/prev headers",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DocumentJson.class)))
    public Response list(@QueryParam("store") String store, @QueryParam("status") String status,
            @QueryParam("type") String type, @QueryParam("category") String category, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("max") Integer max, @QueryParam("sort") String sort) {
        DocumentSearch search = new DocumentSearch(store,
                RequestParameters.enumValue("status", status, DocumentStatus.class),
                RequestParameters.date("from", from), RequestParameters.date("to", to),
                RequestParameters.enumValue("type", type, DocumentType.class),
                RequestParameters.enumValue("category", category, DocumentCategory.class));
        PageRequest request = Pages.sorted(Pages.request(page, size, max), sort, DocumentSearch.SORTS);
        return Pages.ok(documents.page(search, request), DocumentJson::of, uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one document, with the actions the caller may do to it now and why not the others")
    public DocumentJson read(@PathParam("id") long id) {
        StockDocument document = documents.find(id);
        return DocumentJson.of(document, transfers.generating(document).map(TransferSlip::getId).orElse(null))
                .withRemovedPartsIntake(documents.removedPartsIntakeOf(document).orElse(null))
                .withActions(ActionJson.of(documents.allowedActions(document),
                        MessageBundle.supported(headers.getAcceptableLanguages())));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Modify a saved (unreviewed) document; its store stays, its category may change within its type")
    public DocumentJson modify(@PathParam("id") long id, DocumentRequest request) {
        DocumentRequest body = RequestParameters.requireBody(request);
        return DocumentJson.of(documents.modify(id, body.version(), draft(body)));
    }

    /** The papers attached to goods booked on the shipper's word. */
    @Schema(name = "PapersRequest")
    public record PapersRequest(String deliveryNote, Integer version) {
    }

    @PUT
    @Path("{id}/papers")
    @Operation(summary = "Attach the delivery note or packing list of goods booked provisionally on the shipper's word"
            + " (saved or reviewed; no stock moves): whoever enters the store's documents")
    public DocumentJson attachPapers(@PathParam("id") long id, PapersRequest request) {
        PapersRequest body = RequestParameters.requireBody(request);
        return DocumentJson.of(documents.attachPapers(id, body.version(), body.deliveryNote()));
    }

    @GET
    @Path("{id}/return")
    @Operation(summary = "The red-ink return of what is left to give back of a reviewed document, to POST as it is"
            + " or changed: a MATERIAL_RETURN of a receipt, an ISSUE_RETURN (leftovers, goods bounced back) of an issue")
    public DocumentRequest returnOf(@PathParam("id") long id) {
        return DocumentRequest.of(documents.returnDraftOf(id));
    }

    @PUT
    @Path("{id}/requisition")
    @Operation(summary = "Link the requisition filed after a purchase bought first in an emergency: a reviewed"
            + " purchase then counts against it, and leaves the BU's list of emergencies")
    public DocumentJson followedBy(@PathParam("id") long id, RequisitionLinkRequest request) {
        shippedFirst.followPurchase(id, RequestParameters.requireBody(request).requisition());
        return DocumentJson.of(documents.find(id));
    }

    @POST
    @Path("{id}/check")
    @Operation(summary = "Check a saved outbound as the second person (出库复核), where a rule requires it before review:"
            + " someone who enters or reviews the store's documents, not who entered it or changed it last")
    public DocumentJson check(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return DocumentJson.of(documents.check(id, version));
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Review: the document moves stock")
    public DocumentJson review(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return DocumentJson.of(documents.review(id, version));
    }

    @POST
    @Path("{id}/unreview")
    @Operation(summary = "Unreview: reversing ledger rows take the stock movement back")
    public DocumentJson unreview(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return DocumentJson.of(documents.unreview(id, version));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a saved (unreviewed) document")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Integer version) {
        documents.delete(id, version);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/ledger")
    @Operation(summary = "The stock ledger rows the document wrote: postings and reversals")
    public List<LedgerEntryJson> ledger(@PathParam("id") long id) {
        return documents.ledgerOf(id).stream().map(LedgerEntryJson::of).toList();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who created, modified, reviewed, unreviewed or deleted the document, when, and what changed;"
            + " a deleted document's too, for whoever may read its store")
    public List<HistoryEntryJson> history(@PathParam("id") long id) {
        return documents.historyOf(id).stream().map(HistoryEntryJson::of).toList();
    }


    private static DocumentDraft draft(DocumentRequest request) {
        List<DocumentDraft.Line> lines = request.lines() == null ? List.of()
                : request.lines().stream()
                        .map(DocumentRequest.Line::toDraft)
                        .toList();
        return new DocumentDraft(RequestParameters.enumValue("category", request.category(), DocumentCategory.class),
                request.store(), request.supplier(), request.reverses(), request.date(), request.remark(), lines,
                request.requisition(), Boolean.TRUE.equals(request.emergency()),
                new Receiving(request.deliveryNote(), request.shipperConfirmation(), request.arrivedOn()));
    }
}
