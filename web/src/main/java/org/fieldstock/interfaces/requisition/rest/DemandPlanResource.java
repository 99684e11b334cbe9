package org.fieldstock.interfaces.requisition.rest;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.requisition.DemandPlanService;
import org.fieldstock.interfaces.requisition.DemandPlanWorkbook;
import org.fieldstock.interfaces.shared.WorkbookCells;
import org.fieldstock.interfaces.shared.rest.MalformedRequestException;
import org.fieldstock.interfaces.shared.rest.MaxBodySize;

/** The annual demand plan (年度需求计划): the planning office's workbook out and back in, an item's figures. */
@Path("demand-plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Demand plan", description = "The annual demand plan per BU and item, beside consumption")
public class DemandPlanResource {

    @Inject
    private DemandPlanService plans;

    /** A BU's item in the plan: the year before's self use, open requisitions, minimum stock, the plan. */
    @Schema(name = "DemandPlanRow")
    public record PlanRowJson(String bu, String item, String nameZh, String nameEn, String unit,
            BigDecimal consumedYearBefore, BigDecimal requested, BigDecimal minimum, BigDecimal planned, String note) {

        static PlanRowJson of(DemandPlanService.PlanRow row) {
            return new PlanRowJson(row.buCode(), row.item().getCode(), row.item().getNameZh(), row.item().getNameEn(),
                    row.item().getUnitEn(), plain(row.consumedYearBefore()), plain(row.requested()),
                    plain(row.minimum()), row.planned() == null ? null : plain(row.planned()), row.note());
        }
    }

    /** An item's year at a BU: consumed (none for a year still to come) and planned (none if not planned). */
    @Schema(name = "ItemDemandYear")
    public record ItemYearJson(String bu, int year, BigDecimal consumed, BigDecimal planned) {
    }

    /** What an import did. */
    @Schema(name = "DemandPlanImport")
    public record ImportJson(int planned, int removed) {
    }

    @GET
    @Operation(summary = "The plan of a year (next year by default) for one BU (bu) or every BU the caller sees:"
            + " per item the year before's consumption, open requisitions, minimum stock and the planned quantity")
    public List<PlanRowJson> sheet(@QueryParam("year") Integer year, @QueryParam("bu") String bu) {
        return plans.sheet(year(year), bu).stream().map(PlanRowJson::of).toList();
    }

    @GET
    @Path("workbook")
    @Produces(DemandPlanWorkbook.CONTENT_TYPE)
    @Operation(summary = "The same plan as an xlsx workbook for the planning office to fill in and import again")
    public Response workbook(@QueryParam("year") Integer year, @QueryParam("bu") String bu) {
        int planYear = year(year);
        List<DemandPlanService.PlanRow> rows = plans.sheet(planYear, bu);
        StreamingOutput body = out -> DemandPlanWorkbook.write(planYear, rows, out);
        return Response.ok(body, DemandPlanWorkbook.CONTENT_TYPE).header("Content-Disposition",
                "attachment; filename=\"" + DemandPlanWorkbook.fileName(planYear) + "\"").build();
    }

    @PUT
    @Path("workbook")
    @Consumes({WorkbookCells.CONTENT_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @MaxBodySize(WorkbookCells.MAX_BYTES)
    @Operation(summary = "The planning office imports the edited plan of a year: all rows or none, every row's"
            + " problem answered with its row number; a row without a planned quantity takes the item off the plan")
    public ImportJson importWorkbook(@QueryParam("year") Integer year, InputStream file) {
        // who may import is answered before the file is read, so that a stranger learns nothing of it
        plans.requireMayPlan();
        if (file == null) {
            throw new MalformedRequestException("request.workbook.required");
        }
        DemandPlanService.Imported done = plans.importPlan(year(year),
                DemandPlanWorkbook.read(WorkbookCells.readLimited(file)));
        return new ImportJson(done.planned(), done.removed());
    }

    @GET
    @Path("items/{item}")
    @Operation(summary = "An item's consumption and plan per BU the caller sees, last year, this year and next")
    public List<ItemYearJson> ofItem(@PathParam("item") String item) {
        return plans.ofItem(item).stream().map(y -> new ItemYearJson(y.buCode(), y.year(),
                y.consumed() == null ? null : plain(y.consumed()), y.planned() == null ? null : plain(y.planned())))
                .toList();
    }

    private static int year(Integer year) {
        return year == null ? LocalDate.now().getYear() + 1 : year;
    }

    private static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
