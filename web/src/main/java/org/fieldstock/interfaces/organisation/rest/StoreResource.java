package org.fieldstock.interfaces.organisation.rest;

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
import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.organisation.OrganisationService;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.interfaces.shared.rest.Pages;

/** Stores as master data: listed, renamed, opened and closed. Their stock is {@code stock.rest.StoreStockResource}. */
@Path("stores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Master data")
public class StoreResource {

    @Inject
    private CatalogService catalog;

    @Inject
    private OrganisationService organisation;

    @Context
    private UriInfo uriInfo;

    /** A store as listed. */
    public record StoreJson(String code, String kind, String owner, String nameZh, String nameEn, boolean active,
            int version) {

        static StoreJson of(Store s) {
            return new StoreJson(s.getCode(), s.getKind().name(), s.getOwner().getCode(), s.getNameZh(),
                    s.getNameEn(), s.isActive(), s.getVersion());
        }
    }

    /** The version read, so that a change made meanwhile is refused (409). */
    @Schema(name = "StoreVersion")
    public record VersionJson(Integer version) {
    }

    /** New names of a store; version is the one read, so that a change made meanwhile is refused (409). */
    @Schema(name = "StoreRename")
    public record RenameJson(String nameZh, String nameEn, Integer version) {
    }

    @GET
    @Operation(summary = "The stores the caller sees, by code, a page at a time (page, size; X-Total-Count says how many)")
    @APIResponse(responseCode = "200", description = "A page of the stores",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StoreJson.class)))
    public Response stores(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return Pages.ok(catalog.stores(Pages.request(page, size, null)), StoreJson::of, uriInfo);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a store; planning office or administrator")
    public StoreJson rename(@PathParam("code") String code, RenameJson rename) {
        RenameJson r = rename == null ? new RenameJson(null, null, null) : rename;
        return StoreJson.of(organisation.renameStore(code, r.nameZh(), r.nameEn(), r.version()));
    }

    @POST
    @Path("{code}/deactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close an empty store for documents and stock movements; planning office or administrator")
    public StoreJson deactivate(@PathParam("code") String code, VersionJson body) {
        return StoreJson.of(organisation.setStoreActive(code, false, body == null ? null : body.version()));
    }

    @POST
    @Path("{code}/activate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a store again; planning office or administrator")
    public StoreJson activate(@PathParam("code") String code, VersionJson body) {
        return StoreJson.of(organisation.setStoreActive(code, true, body == null ? null : body.version()));
    }
}
