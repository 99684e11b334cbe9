package org.fieldstock.interfaces.request.rest;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
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
import org.fieldstock.application.request.ItemRequestService;
import org.fieldstock.domain.request.ItemRequest;
import org.fieldstock.domain.request.ItemRequestPhoto;
import org.fieldstock.domain.request.ItemRequestStatus;
import org.fieldstock.interfaces.item.rest.ItemBody;
import org.fieldstock.interfaces.item.rest.ItemJson;
import org.fieldstock.interfaces.shared.rest.MaxBodySize;
import org.fieldstock.interfaces.shared.rest.Pages;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/** Requests for a new item code, with photos; the planning office creates the item or rejects the request. */
@Path("item-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Item requests", description = "Sites and BUs ask for new item codes; the planning office decides")
public class ItemRequestResource {

    /**
     * A request with its photos: five of the largest allowed as Base64 text (a third more than
     * their bytes, line breaks allowed) and the rest of the request.
     */
    static final long MAX_REQUEST_BYTES = 16L * 1024 * 1024;

    @Inject
    private ItemRequestService requests;

    @Context
    private UriInfo uriInfo;

    /**
     * A new request: for a site or BU (empty: the requester's own), what the item is, and 1 to 5
     * photos, each a JPEG or PNG of at most 2 MB as Base64 text.
     */
    @Schema(name = "NewItemRequest")
    public record NewRequestJson(String orgUnit, String name, String spec, String unit, String reason,
            List<String> photos) {
    }

    /** Why the request is turned down; version is the one read. */
    @Schema(name = "ItemRequestRejection")
    public record RejectionJson(String reason, Integer version) {
    }

    @Schema(name = "ItemRequestPhoto")
    public record PhotoJson(int position, String contentType, int sizeBytes, String href) {
    }

    @Schema(name = "ItemRequest")
    public record RequestJson(long id, String orgUnit, String name, String spec, String unit, String reason,
            String status, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
            String itemCode, String rejectionReason, int version, List<PhotoJson> photos) {

        static RequestJson of(ItemRequest r) {
            return new RequestJson(r.getId(), r.getRequestedFor().getCode(), r.getName(), r.getSpec(), r.getUnit(),
                    r.getReason(), r.getStatus().name(), r.getRequestedBy(), r.getRequestedAt(), r.getDecidedBy(),
                    r.getDecidedAt(), r.getItem() == null ? null : r.getItem().getCode(), r.getRejectionReason(),
                    r.getVersion(), r.getPhotos().stream().map(p -> new PhotoJson(p.getPosition(),
                            p.getType().mediaType(), p.getSizeBytes(),
                            "item-requests/" + r.getId() + "/photos/" + p.getPosition())).toList());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @MaxBodySize(MAX_REQUEST_BYTES)
    @Operation(summary = "Request a new item code; site keepers, BU accountants and managers")
    public Response submit(NewRequestJson request) {
        NewRequestJson r = request == null ? new NewRequestJson(null, null, null, null, null, null) : request;
        List<byte[]> photos = new ArrayList<>();
        if (r.photos() != null) {
            for (int i = 0; i < r.photos().size(); i++) {
                photos.add(RequestParameters.base64("photos[" + i + "]", r.photos().get(i)));
            }
        }
        ItemRequest created = requests.submit(r.orgUnit(), r.name(), r.spec(), r.unit(), r.reason(), photos);
        return Response.created(URI.create("item-requests/" + created.getId())).entity(RequestJson.of(created))
                .build();
    }

    @GET
    @Operation(summary = "The requests the caller sees, newest first: the planning office all, requesters their"
            + " site's or BU's; optionally of one status (OPEN, CREATED, REJECTED); a page at a time (page, size;"
            + " X-Total-Count says how many)")
    @APIResponse(responseCode = "200", description = "A page of the requests",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RequestJson.class)))
    public Response list(@QueryParam("status") String status, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return Pages.ok(requests.requests(RequestParameters.enumValue("status", status, ItemRequestStatus.class),
                Pages.request(page, size, null)), RequestJson::of, uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One request")
    public RequestJson one(@PathParam("id") long id) {
        return RequestJson.of(requests.request(id));
    }

    @GET
    @Path("{id}/photos/{position}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "A photo of a request, as the picture itself")
    public Response photo(@PathParam("id") long id, @PathParam("position") int position) {
        ItemRequestPhoto photo = requests.photo(id, position);
        CacheControl privateCache = new CacheControl();
        privateCache.setPrivate(true);
        return Response.ok(photo.getContent(), photo.getType().mediaType()).cacheControl(privateCache)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("{id}/create-item")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create the item the request asks for; version is the request's; planning office")
    public Response createItem(@PathParam("id") long id, ItemBody item) {
        ItemBody r = item == null ? ItemBody.EMPTY : item;
        ItemJson created = ItemJson.of(requests.createItem(id, r.code(), r.details(), r.version()));
        return Response.created(URI.create("items/" + created.code())).entity(created).build();
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject the request, saying why; planning office")
    public RequestJson reject(@PathParam("id") long id, RejectionJson rejection) {
        RejectionJson r = rejection == null ? new RejectionJson(null, null) : rejection;
        return RequestJson.of(requests.reject(id, r.reason(), r.version()));
    }
}
