package org.fieldstock.interfaces.stock.rest;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.stock.DailyLedgerService;
import org.fieldstock.application.stock.DailyLedgerService.DailyLedger;
import org.fieldstock.domain.stock.LedgerRow;
import org.fieldstock.domain.stock.StockLedgerEntry;
import org.fieldstock.interfaces.shared.rest.RequestParameters;
import org.fieldstock.interfaces.stock.DailyLedgerPdf;

/**
 * The site's daily ledger (现场出入库流水账): one site, one day, every movement of its stores; and the
 * PDF of one or more days that the keeper prints and signs, in the client's language (Accept-Language).
 */
@Path("daily-ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Daily ledger", description = "A site's movements of one day, as its keeper signs them")
public class DailyLedgerResource {

    @Inject
    private DailyLedgerService dailyLedger;

    @Inject
    private Principal caller;

    @Context
    private HttpHeaders headers;

    /** A site's day; cut is true when the day had more rows than are shown. */
    @Schema(name = "DailyLedger")
    public record DailyLedgerJson(String site, String nameZh, String nameEn, LocalDate date, boolean cut,
            List<RowJson> rows) {
    }

    /**
     * One movement: in or out (a reversal of a receipt shows as out), the item's balance in that
     * store after it, and the document that booked it.
     */
    @Schema(name = "DailyLedgerRow")
    public record RowJson(Instant postedAt, String store, String document, String category, String item,
            String nameZh, String nameEn, String spec, String unit, BigDecimal in, BigDecimal out,
            BigDecimal balanceAfter, String remark) {

        static RowJson of(LedgerRow row) {
            StockLedgerEntry e = row.entry();
            BigDecimal quantity = e.getQuantity().stripTrailingZeros();
            return new RowJson(e.getPostedAt(), e.getStore().getCode(), e.getDocumentNumber(), row.category().name(),
                    e.getItem().getCode(), e.getItem().getNameZh(), e.getItem().getNameEn(), e.getItem().getSpec(),
                    e.getItem().getUnitEn(), quantity.signum() > 0 ? quantity : null,
                    quantity.signum() < 0 ? quantity.negate() : null, e.getBalanceAfter().stripTrailingZeros(),
                    row.remark());
        }
    }

    @GET
    @Operation(summary = "A site's daily ledger: every movement of its stores on the day (yyyy-MM-dd, default today)")
    public DailyLedgerJson day(@QueryParam("site") String site, @QueryParam("date") String date) {
        DailyLedger day = dailyLedger.day(site, RequestParameters.date("date", date));
        return new DailyLedgerJson(day.site().getCode(), day.site().getNameZh(), day.site().getNameEn(), day.day(),
                day.cut(), day.rows().stream().map(RowJson::of).toList());
    }

    @GET
    @Path("pdf")
    @Produces(DailyLedgerPdf.CONTENT_TYPE)
    @Operation(summary = "A site's daily ledger from one day to another (yyyy-MM-dd; to defaults to from, from to today; "
            + "at most " + DailyLedgerService.MAX_DAYS + " days) as a PDF to print and sign: every day on pages of its "
            + "own, in Chinese or English after Accept-Language")
    public Response pdf(@QueryParam("site") String site, @QueryParam("from") String from, @QueryParam("to") String to) {
        List<DailyLedger> days = dailyLedger.days(site, RequestParameters.date("from", from),
                RequestParameters.date("to", to));
        byte[] pdf = DailyLedgerPdf.render(days, RequestParameters.clientLocale(headers),
                caller.getName(), Instant.now());
        return Response.ok(pdf, DailyLedgerPdf.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + DailyLedgerPdf.fileName(days) + "\"")
                .build();
    }
}
