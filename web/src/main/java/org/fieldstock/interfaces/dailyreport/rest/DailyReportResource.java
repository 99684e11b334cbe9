package org.fieldstock.interfaces.dailyreport.rest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.dailyreport.DailyReportDraft;
import org.fieldstock.application.dailyreport.DailyReportService;
import org.fieldstock.application.dailyreport.DailyReportService.SiteDay;
import org.fieldstock.application.dailyreport.DailyReportService.SiteDays;
import org.fieldstock.domain.dailyreport.DailyReportLine;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.interfaces.dailyreport.DailyReportWorkbook;
import org.fieldstock.interfaces.shared.WorkbookCells;
import org.fieldstock.interfaces.shared.rest.MalformedRequestException;
import org.fieldstock.interfaces.shared.rest.MaxBodySize;
import org.fieldstock.interfaces.shared.rest.Pages;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/**
 * The sites' daily reports: the keeper submits (or corrects) the day's movements as JSON or as a
 * workbook in the daily-ledger layout; the BU reads them with its checks and makes draft documents
 * of them; per site and day, whether the report came on time, late or not at all.
 */
@Path("daily-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Daily reports", description = "The sites' evening reports of their day, and the BU's drafts of them")
public class DailyReportResource {

    @Inject
    private DailyReportService reports;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    /** One site's days: punctuality ON_TIME, LATE, MISSING or DUE (today, deadline not passed). */
    @Schema(name = "DailyReportSiteDays")
    public record SiteDaysJson(String site, String nameZh, String nameEn, List<DayJson> days) {

        static SiteDaysJson of(SiteDays site) {
            return new SiteDaysJson(site.site().getCode(), site.site().getNameZh(), site.site().getNameEn(),
                    site.days().stream().map(DayJson::of).toList());
        }
    }

    @Schema(name = "DailyReportDay")
    public record DayJson(LocalDate date, String punctuality, String status, Instant submittedAt, String lateReason) {

        static DayJson of(SiteDay day) {
            return new DayJson(day.day(), day.punctuality().name(),
                    day.report() == null ? null : day.report().getStatus().name(),
                    day.report() == null ? null : day.report().getSubmittedAt(),
                    day.report() == null ? null : day.report().getLateReason());
        }
    }

    @GET
    @Operation(summary = "Per site (of the BU, default the caller's) and day (from..to, default today, at most 62 days): "
            + "on time, late (with the keeper's reason), missing, or still due; a page of sites by code (page, size;"
            + " X-Total-Count says how many)")
    @APIResponse(responseCode = "200", description = "A page of sites with their days",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SiteDaysJson.class)))
    public Response punctuality(@QueryParam("bu") String bu, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return Pages.ok(reports.punctuality(bu, RequestParameters.date("from", from), RequestParameters.date("to", to),
                Pages.request(page, size, null)), SiteDaysJson::of, uriInfo);
    }

    @GET
    @Path("missing")
    @Operation(summary = "The sites (of the BU, default the caller's) whose report of today is not in: MISSING after "
            + "the evening deadline, DUE before it")
    public List<SiteDaysJson> missingToday(@QueryParam("bu") String bu) {
        return reports.notInToday(bu).stream().map(SiteDaysJson::of).toList();
    }

    @GET
    @Path("{site}/{date}")
    @Operation(summary = "A site's report of a day, with the BU's check of each line")
    public DailyReportJson read(@PathParam("site") String site, @PathParam("date") String date) {
        return json(site, day(date));
    }

    @PUT
    @Path("{site}/{date}")
    @Operation(summary = "Submit the site's day (or correct it until the BU has made documents of it; version: the "
            + "report's version the correction is based on, 409 when it changed meanwhile); after the evening deadline "
            + "the late reason is required")
    public DailyReportJson submit(@PathParam("site") String site, @PathParam("date") String date,
            @QueryParam("version") Integer version, DailyReportRequest request) {
        LocalDate day = day(date);
        reports.submit(site, day, RequestParameters.requireBody(request).toDraft(), version);
        return json(site, day);
    }

    @GET
    @Path("{site}/{date}/workbook")
    @Produces(WorkbookCells.CONTENT_TYPE)
    @Operation(summary = "The day as an xlsx workbook in the daily-ledger layout: what was reported, or empty to fill in")
    public Response workbook(@PathParam("site") String site, @PathParam("date") String date) {
        LocalDate day = day(date);
        OrgUnit unit = reports.readableSite(site);
        List<DailyReportLine> lines = reports.find(site, day).map(r -> r.report().getLines()).orElse(List.of());
        StreamingOutput body = out -> DailyReportWorkbook.write(unit, day, lines, out);
        return Response.ok(body, WorkbookCells.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + DailyReportWorkbook.fileName(unit.getCode(),
                        day) + "\"")
                .build();
    }

    @PUT
    @Path("{site}/{date}/workbook")
    @Consumes({WorkbookCells.CONTENT_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @MaxBodySize(WorkbookCells.MAX_BYTES)
    @Operation(summary = "Submit the day as a filled-in workbook; every unreadable row is reported and then nothing is taken")
    public DailyReportJson submitWorkbook(@PathParam("site") String site, @PathParam("date") String date,
            @QueryParam("lateReason") String lateReason, @QueryParam("version") Integer version, InputStream file) {
        LocalDate day = day(date);
        if (file == null) {
            throw new MalformedRequestException("request.workbook.required");
        }
        DailyReportWorkbook.Read read = DailyReportWorkbook.read(new ByteArrayInputStream(
                WorkbookCells.readLimited(file)), site == null ? "" : site.strip(), day);
        reports.submit(site, day, new DailyReportDraft(lateReason, read.readableLines()), version);
        return json(site, day);
    }

    @POST
    @Path("{site}/{date}/drafts")
    @Operation(summary = "BU: make draft documents of the report (one per store, category and supplier, dated on "
            + "the day); refused while a line has an error. Review them as any document.")
    public DailyReportJson draft(@PathParam("site") String site, @PathParam("date") String date,
            @QueryParam("version") Integer version) {
        LocalDate day = day(date);
        reports.draft(site, day, version);
        return json(site, day);
    }

    private DailyReportJson json(String site, LocalDate day) {
        return DailyReportJson.of(reports.find(site, day).orElseThrow(() -> notFound(site, day)),
                RequestParameters.clientLocale(headers));
    }

    private static NotFoundException notFound(String site, LocalDate day) {
        return new NotFoundException("dailyReport.none", String.valueOf(site), day);
    }

    private static LocalDate day(String date) {
        LocalDate day = RequestParameters.date("date", date);
        if (day == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "dailyReport.date.required");
        }
        return day;
    }
}
