package org.fieldstock.interfaces.audit.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.fieldstock.application.audit.AuditService;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditEvent;
import org.fieldstock.domain.audit.AuditSearch;
import org.fieldstock.interfaces.shared.AuditDetails;
import org.fieldstock.interfaces.shared.rest.Pages;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/** The audit trail: planning office and administrator. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who did what and when; planning office and administrator")
public class AuditResource {

    @Inject
    private AuditService audit;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    /** An entry; detail as stored (codes, or a message key and its arguments), text as the audit screen shows it. */
    @Schema(name = "AuditEntry")
    public record AuditJson(long id, Instant occurredAt, String actor, AuditAction action, String subjectType,
            String subject, String orgUnit, String detail, String text) {

        static AuditJson of(AuditEvent e, Locale locale) {
            return new AuditJson(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getSubjectType().name(),
                    e.getSubjectRef(), e.getOrgUnitCode(), e.getDetail(),
                    e.getDetail() == null ? null : AuditDetails.text(locale, e.getDetail()));
        }
    }

    @GET
    @Operation(summary = "Entries newest first, a page at a time (page from 0, size up to 500; max is the older name"
            + " of size); every filter optional (dates as yyyy-MM-dd, subject matches a part)")
    @APIResponse(responseCode = "200", description = "The page's entries; X-Total-Count and Link next/prev headers",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditJson.class)))
    public Response search(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("subject") String subject, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("max") Integer max) {
        LocalDate fromDate = RequestParameters.date("from", from);
        LocalDate toDate = RequestParameters.date("to", to);
        AuditAction actionValue = RequestParameters.enumValue("action", action, AuditAction.class);
        Locale locale = RequestParameters.clientLocale(headers);
        return Pages.ok(audit.page(new AuditSearch(fromDate, toDate, actor, actionValue, subject),
                Pages.request(page, size, max)), e -> AuditJson.of(e, locale), uriInfo);
    }
}
