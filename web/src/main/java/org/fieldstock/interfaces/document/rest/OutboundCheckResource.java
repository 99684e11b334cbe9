package org.fieldstock.interfaces.document.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.document.OutboundCheckService;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.OutboundCheckRule;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/** Where outbounds are checked by a second person before review (出库复核): the rules per BU and category. */
@Path("outbound-checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outbound checks", description = "Which outbounds a second person checks before review (出库复核)")
public class OutboundCheckResource {

    @Inject
    private OutboundCheckService checks;

    /**
     * A rule.
     *
     * @param bu       the BU whose stores' outbounds are checked; left out: every BU (the planning office only)
     * @param category SELF_USE, STORAGE_DAMAGE, REPAIR_RETURN, SCRAP, GOOD_TRANSFER_OUT or
     *                 DAMAGED_TRANSFER_OUT; left out: every one of them
     */
    @Schema(name = "OutboundCheckRequest")
    public record RuleRequest(String bu, String category) {
    }

    @Schema(name = "OutboundCheckRule")
    public record RuleJson(long id, String bu, String category, String setBy, Instant setAt) {

        static RuleJson of(OutboundCheckRule rule) {
            return new RuleJson(rule.getId(), rule.getBusinessUnit() == null ? null : rule.getBusinessUnit().getCode(),
                    rule.getCategory() == null ? null : rule.getCategory().name(), rule.getSetBy(), rule.getSetAt());
        }
    }

    @GET
    @Operation(summary = "Every rule of which outbounds are checked by a second person")
    public List<RuleJson> rules() {
        return checks.rules().stream().map(RuleJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Require checks of a BU's outbounds (or every BU's) of a category (or every one): the BU's"
            + " accountant for its own BU, the planning office for any")
    public Response require(RuleRequest request) {
        RuleRequest body = RequestParameters.requireBody(request);
        OutboundCheckRule rule = checks.require(body.bu(),
                RequestParameters.enumValue("category", body.category(), DocumentCategory.class));
        return Response.created(URI.create("outbound-checks/" + rule.getId())).entity(RuleJson.of(rule)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "No longer require the checks of a rule")
    public Response remove(@PathParam("id") long id) {
        checks.remove(id);
        return Response.noContent().build();
    }
}
