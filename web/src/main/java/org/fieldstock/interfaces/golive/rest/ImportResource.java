package org.fieldstock.interfaces.golive.rest;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.golive.GoLiveImportService;
import org.fieldstock.domain.golive.ImportProblem;
import org.fieldstock.domain.golive.ImportRun;
import org.fieldstock.domain.golive.ImportSheet;
import org.fieldstock.interfaces.golive.ImportFile;
import org.fieldstock.interfaces.golive.ImportTemplate;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.shared.WorkbookCells;
import org.fieldstock.interfaces.shared.rest.MalformedRequestException;
import org.fieldstock.interfaces.shared.rest.MaxBodySize;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/** Going live from the old ERP: the template out, a filled-in file in, its run followed. */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Go-live import", description = "Org units, stores, items, suppliers, turbines, users and opening"
        + " balances from the template workbook or CSV: dry run, all or nothing, in the background")
public class ImportResource {

    @Inject
    private GoLiveImportService imports;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    /** A problem of a row: sheet, row and column (when it is about one) and what is wrong, in the caller's language. */
    @Schema(name = "ImportProblem")
    public record ProblemJson(String sheet, Integer row, String column, String message) {

        static ProblemJson of(ImportProblem problem, Locale locale) {
            return new ProblemJson(problem.getSheet() == null ? null : problem.getSheet().fileName(),
                    problem.getRowNo(), problem.getColumn(), MessageBundle.stored(locale, problem.getMessage()));
        }
    }

    /** A run: how far it has come (percent: checking is the first half, writing the second) and how it ended. */
    @Schema(name = "ImportRun")
    public record RunJson(long id, String fileName, String sha256, boolean dryRun, LocalDate goLiveDay, String status,
            boolean finished, int percent, int rows, int rowsDone, int created, int changed, int unchanged,
            int problemCount, String startedBy, Instant startedAt, Instant finishedAt, List<ProblemJson> problems) {

        static RunJson of(ImportRun run, List<ProblemJson> problems) {
            return new RunJson(run.getId(), run.getFileName(), run.getFileSha256(), run.isDryRun(), run.getGoLiveDay(),
                    run.getStatus().name(), run.getStatus().isFinished(), run.percentDone(), run.getRowsTotal(),
                    run.getRowsDone(), run.getRowsCreated(), run.getRowsChanged(), run.getRowsUnchanged(),
                    run.getProblemCount(), run.getStartedBy(), run.getStartedAt(), run.getFinishedAt(), problems);
        }
    }

    /** A temporary password of a user the run created. */
    @Schema(name = "ImportPassword")
    public record PasswordJson(String username, String temporaryPassword) {
    }

    @GET
    @Path("template")
    @Produces({WorkbookCells.CONTENT_TYPE, "text/csv"})
    @Operation(summary = "The template: an xlsx workbook with every sheet, or (sheet=items, format=csv) the header"
            + " line of one sheet as CSV")
    public Response template(@QueryParam("sheet") String sheet, @QueryParam("format") String format) {
        imports.requireImporter();
        if ("csv".equalsIgnoreCase(format)) {
            ImportSheet kind = sheet(sheet);
            if (kind == null) {
                throw new MalformedRequestException("import.csv.sheetRequired");
            }
            return Response.ok(ImportTemplate.csvHeader(kind), "text/csv;charset=UTF-8").header("Content-Disposition",
                    "attachment; filename=\"" + kind.fileName() + ".csv\"").build();
        }
        return Response.ok(ImportTemplate.workbook(), WorkbookCells.CONTENT_TYPE).header("Content-Disposition",
                "attachment; filename=\"" + ImportTemplate.FILE_NAME + "\"").build();
    }

    @POST
    @Consumes({WorkbookCells.CONTENT_TYPE, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @MaxBodySize(ImportFile.MAX_BYTES)
    @Operation(summary = "Start a run of a filled-in template (xlsx) or a CSV file of one sheet (sheet=items):"
            + " dryRun=true checks every row and imports nothing; otherwise every row is written or none."
            + " Answers 202 with the run at once; follow it at Location")
    public Response start(InputStream file, @QueryParam("dryRun") Boolean dryRun,
            @QueryParam("goLiveDay") String goLiveDay, @QueryParam("sheet") String sheet,
            @QueryParam("fileName") String fileName) {
        if (file == null) {
            throw new MalformedRequestException("request.workbook.required");
        }
        LocalDate day = RequestParameters.date("goLiveDay", goLiveDay);
        ImportSheet kind = sheet(sheet);
        byte[] content = ImportFile.readLimited(file);
        String name = fileName == null || fileName.isBlank() ? (kind == null ? "workbook.xlsx" : kind.fileName() + ".csv")
                : fileName;
        return accepted(imports.start(ImportFile.read(content, kind).request(name, content, kind,
                Boolean.TRUE.equals(dryRun), day)));
    }

    @POST
    @Path("{id}/import")
    @Operation(summary = "Import the file of a dry run that found nothing wrong, as it was checked (same go-live day):"
            + " a new run, answered 202 at once")
    public Response importChecked(@PathParam("id") long id) {
        return accepted(ImportFile.importChecked(imports, id));
    }

    private Response accepted(ImportRun run) {
        return Response.accepted(RunJson.of(run, List.of()))
                .location(uriInfo.getBaseUriBuilder().path("imports").path(Long.toString(run.getId())).build())
                .build();
    }

    @GET
    @Operation(summary = "The latest runs, newest first (without their problems)")
    public List<RunJson> latest(@QueryParam("max") Integer max) {
        return imports.latest(max == null ? 50 : max).stream().map(run -> RunJson.of(run, List.of())).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A run as it stands, with its problems (the first 1,000) once it has ended")
    public RunJson run(@PathParam("id") long id) {
        Locale locale = RequestParameters.clientLocale(headers);
        ImportRun run = imports.run(id);
        List<ProblemJson> problems = run.getStatus().isFinished()
                ? imports.problems(id).stream().map(problem -> ProblemJson.of(problem, locale)).toList() : List.of();
        return RunJson.of(run, problems);
    }

    @POST
    @Path("{id}/passwords")
    @Operation(summary = "The temporary passwords of the users the run created, once, to the administrator who ran"
            + " it: afterwards they are gone (each user must change theirs at the first login)")
    public List<PasswordJson> passwords(@PathParam("id") long id) {
        return imports.takePasswords(id).stream()
                .map(password -> new PasswordJson(password.getUsername(), password.getTemporary())).toList();
    }

    private static ImportSheet sheet(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return ImportSheet.named(name).orElseThrow(() -> new MalformedRequestException("import.sheet.unknown", name));
    }
}
