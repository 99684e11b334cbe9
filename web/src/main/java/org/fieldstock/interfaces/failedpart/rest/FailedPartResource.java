package org.fieldstock.interfaces.failedpart.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.failedpart.FailedPartService;
import org.fieldstock.application.failedpart.RegisterEntry;
import org.fieldstock.domain.failedpart.FailureCause;
import org.fieldstock.domain.failedpart.RegisterSearch;
import org.fieldstock.interfaces.failedpart.RegisterWorkbook;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/** The damaged-part register of the sites the caller may see. */
@Path("failed-parts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Failed parts", description = "The damaged-part register (返修损坏备件清单) and the return to the repair hub")
public class FailedPartResource {

    @Inject
    private FailedPartService failedParts;

    @GET
    @Operation(summary = "The damaged-part register: every failed part booked into a site's damaged store, oldest"
            + " first, with what of it still waits there (returned=false) or has left it (returned=true); at most "
            + FailedPartService.MAX_ENTRIES + " lines, so narrow by site and dates")
    public List<RegisterEntryJson> register(@QueryParam("site") String site, @QueryParam("turbine") String turbine,
            @QueryParam("item") String item, @QueryParam("cause") String cause, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("returned") Boolean returned) {
        return failedParts.register(search(site, turbine, item, cause, from, to, returned)).stream()
                .map(RegisterEntryJson::of).toList();
    }

    @GET
    @Path("workbook")
    @Produces(RegisterWorkbook.CONTENT_TYPE)
    @Operation(summary = "The same register as an xlsx workbook, headers in Chinese and English")
    public Response workbook(@QueryParam("site") String site, @QueryParam("turbine") String turbine,
            @QueryParam("item") String item, @QueryParam("cause") String cause, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("returned") Boolean returned) {
        List<RegisterEntry> entries = failedParts.register(search(site, turbine, item, cause, from, to, returned));
        StreamingOutput body = out -> RegisterWorkbook.write(entries, site == null ? "" : site, out);
        return Response.ok(body, RegisterWorkbook.CONTENT_TYPE).header("Content-Disposition",
                "attachment; filename=\"" + RegisterWorkbook.fileName(site, LocalDate.now()) + "\"").build();
    }

    static RegisterSearch search(String site, String turbine, String item, String cause, String from, String to,
            Boolean returned) {
        return new RegisterSearch(site, turbine, item, RequestParameters.enumValue("cause", cause, FailureCause.class),
                RequestParameters.date("from", from), RequestParameters.date("to", to), returned);
    }
}
