package org.fieldstock.interfaces.organisation.rest;

import java.net.URI;
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
import org.fieldstock.application.organisation.OrganisationService;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.interfaces.shared.rest.Pages;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/** The organisation: BUs and sites with their stores. */
@Path("org-units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Master data", description = "Org units, stores, items, suppliers, turbines; planning office maintains them")
public class OrgUnitResource {

    @Inject
    private OrganisationService organisation;

    @Context
    private UriInfo uriInfo;

    /** A new BU or site; the code is ignored on rename, and so are kind, parent and province. */
    @Schema(name = "OrgUnitRequest")
    public record OrgUnitRequest(String code, String kind, String nameZh, String nameEn, String parent,
            String province, Integer version) {
    }

    @Schema(name = "OrgUnit")
    public record OrgUnitJson(String code, String kind, String nameZh, String nameEn, String parent, String province,
            int version, List<String> stores) {

        static OrgUnitJson of(OrgUnit unit, List<Store> stores) {
            return new OrgUnitJson(unit.getCode(), unit.getKind().name(), unit.getNameZh(), unit.getNameEn(),
                    unit.getParent() == null ? null : unit.getParent().getCode(), unit.getProvince(),
                    unit.getVersion(), stores.stream().filter(s -> s.getOwner().getCode().equals(unit.getCode()))
                            .map(Store::getCode).toList());
        }
    }

    @GET
    @Operation(summary = "The org units the caller sees, each with the codes of its stores, in the organisation"
            + " chart's order (the planning office, each BU followed by its sites), a page at a time (page, size;"
            + " X-Total-Count says how many)")
    @APIResponse(responseCode = "200", description = "A page of the org units",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OrgUnitJson.class)))
    public Response all(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<OrgUnit> units = organisation.orgUnits(Pages.request(page, size, null));
        List<Store> stores = organisation.storesOf(units.rows());
        return Pages.ok(units, u -> OrgUnitJson.of(u, stores), uriInfo);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One org unit")
    public OrgUnitJson one(@PathParam("code") String code) {
        OrgUnit unit = organisation.orgUnit(code);
        return OrgUnitJson.of(unit, organisation.storesOf(List.of(unit)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a BU (parent: the planning office) or a site (parent: a BU), with its good and"
            + " damaged store; planning office or administrator")
    public Response create(OrgUnitRequest request) {
        OrgUnitRequest r = request == null ? new OrgUnitRequest(null, null, null, null, null, null, null) : request;
        OrgUnit unit = organisation.createOrgUnit(r.code(), RequestParameters.enumValue("kind", r.kind(),
                OrgUnitKind.class), r.nameZh(), r.nameEn(), r.parent(), r.province());
        return Response.created(URI.create("org-units/" + unit.getCode()))
                .entity(OrgUnitJson.of(unit, organisation.storesOf(List.of(unit)))).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename an org unit; send the version you read to be told of a change made meanwhile (409)")
    public OrgUnitJson rename(@PathParam("code") String code, OrgUnitRequest request) {
        OrgUnitRequest r = request == null ? new OrgUnitRequest(null, null, null, null, null, null, null) : request;
        OrgUnit unit = organisation.renameOrgUnit(code, r.nameZh(), r.nameEn(), r.version());
        return OrgUnitJson.of(unit, organisation.storesOf(List.of(unit)));
    }
}
