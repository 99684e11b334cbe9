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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.organisation.OrganisationService;
import org.fieldstock.domain.organisation.Turbine;

/** The turbines (风机号) of a site. */
@Path("sites/{site}/turbines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Master data")
public class TurbineResource {

    @Inject
    private OrganisationService organisation;

    /** A turbine to add or change; the number is ignored on change. */
    @Schema(name = "TurbineRequest")
    public record TurbineRequest(String turbineNo, String model, Integer version) {
    }

    @Schema(name = "Turbine")
    public record TurbineJson(String site, String turbineNo, String model, int version) {

        static TurbineJson of(Turbine t) {
            return new TurbineJson(t.getSite().getCode(), t.getTurbineNo(), t.getModel(), t.getVersion());
        }
    }

    @GET
    @Operation(summary = "The turbines of a site the caller sees, by number")
    public List<TurbineJson> all(@PathParam("site") String site) {
        return organisation.turbines(site).stream().map(TurbineJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a turbine to a site; planning office")
    public Response add(@PathParam("site") String site, TurbineRequest request) {
        TurbineRequest r = request == null ? new TurbineRequest(null, null, null) : request;
        Turbine turbine = organisation.addTurbine(site, r.turbineNo(), r.model());
        return Response.created(URI.create("sites/" + turbine.getSite().getCode() + "/turbines/"
                + turbine.getTurbineNo())).entity(TurbineJson.of(turbine)).build();
    }

    @PUT
    @Path("{turbineNo}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a turbine's model; planning office")
    public TurbineJson change(@PathParam("site") String site, @PathParam("turbineNo") String turbineNo,
            TurbineRequest request) {
        TurbineRequest r = request == null ? new TurbineRequest(null, null, null) : request;
        return TurbineJson.of(organisation.changeTurbine(site, turbineNo, r.model(), r.version()));
    }
}
