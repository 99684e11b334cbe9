package org.fieldstock.interfaces.report.rest;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.report.StockSummaryService;
import org.fieldstock.domain.report.StockSummary;
import org.fieldstock.domain.report.SummaryColumn;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.interfaces.report.StockSummaryPdf;
import org.fieldstock.interfaces.report.StockSummaryWorkbook;
import org.fieldstock.interfaces.shared.rest.Pages;
import org.fieldstock.interfaces.shared.rest.ReportFormat;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/**
 * The monthly reports. Each answers JSON (paged), an xlsx workbook or a PDF, as {@code format=}
 * (json, xlsx, pdf) or the {@code Accept} header asks.
 */
@Path("reports")
@RequestScoped
@Tag(name = "Reports", description = "The monthly figures read from the stock ledger")
public class ReportResource {

    @Inject
    private StockSummaryService summaries;

    @Inject
    private Principal caller;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /** A month's summary: its scope, the value totals, and a page of its lines. */
    @Schema(name = "StockSummary")
    public record SummaryJson(String month, String unit, String store, boolean perItem, TotalsJson totals,
            List<LineJson> lines) {
    }

    @Schema(name = "StockSummaryTotals")
    public record TotalsJson(int lines, BigDecimal opening, Map<String, BigDecimal> columns, BigDecimal in,
            BigDecimal out, BigDecimal closing, int unpriced) {
    }

    /**
     * One line: quantities (the out columns as positive quantities; a material return is a negative
     * in, a return to stock a negative out), only the columns that moved; values at the standard price.
     */
    @Schema(name = "StockSummaryLine")
    public record LineJson(String store, String item, String nameZh, String nameEn, String spec, String unit,
            BigDecimal unitPrice, BigDecimal opening, Map<String, BigDecimal> columns, BigDecimal in, BigDecimal out,
            BigDecimal closing, BigDecimal openingValue, BigDecimal inValue, BigDecimal outValue,
            BigDecimal closingValue) {

        static LineJson of(StockSummary.Line line) {
            Map<String, BigDecimal> columns = new LinkedHashMap<>();
            line.columns().forEach((column, quantity) -> {
                if (quantity.signum() != 0) {
                    columns.put(column.name(), plain(quantity));
                }
            });
            return new LineJson(line.store() == null ? null : line.store().getCode(), line.item().getCode(),
                    line.item().getNameZh(), line.item().getNameEn(), line.item().getSpec(), line.item().getUnitEn(),
                    line.unitPrice(), plain(line.opening()), columns, plain(line.in()), plain(line.out()),
                    plain(line.closing()), line.value(line.opening()), line.value(line.in()), line.value(line.out()),
                    line.value(line.closing()));
        }
    }

    @GET
    @Path("stock-summary")
    @Produces({ReportFormat.PRODUCES_JSON, ReportFormat.PRODUCES_XLSX, ReportFormat.PRODUCES_PDF})
    @Operation(summary = "The in/out/balance summary (收发存汇总表) of a month (month=2026-11) for a store (store=),"
            + " a site, a BU or the whole organisation (unit=, the planning office's code), by default the caller's"
            + " own: per store and item, or per item over the stores (perItem=true), the opening balance, in and out"
            + " per category, the closing balance, and their values at the standard price; JSON pages its lines"
            + " (page, size), the workbook and the PDF hold them all")
    public Response stockSummary(@QueryParam("month") String month, @QueryParam("unit") String unit,
            @QueryParam("store") String store, @QueryParam("perItem") Boolean perItem,
            @QueryParam("format") String format, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ReportFormat answer = ReportFormat.of(format, headers);
        PageRequest request = Pages.request(page, size, null);
        YearMonth asked = month(month);
        StockSummary summary = summaries.summary(asked, unit, store, Boolean.TRUE.equals(perItem));
        String scope = store != null && !store.isBlank() ? store.strip()
                : summaries.scope(unit, null).unit().getCode();
        return switch (answer) {
            case XLSX -> {
                StreamingOutput body = out -> StockSummaryWorkbook.write(summary, scope, out);
                yield Response.ok(body, answer.mediaType()).header("Content-Disposition",
                        "attachment; filename=\"" + StockSummaryWorkbook.fileName(scope, summary) + "\"").build();
            }
            case PDF -> Response.ok(StockSummaryPdf.render(summary, scope, RequestParameters.clientLocale(headers),
                            caller.getName(), Instant.now()), answer.mediaType())
                    .header("Content-Disposition", "attachment; filename=\"" + StockSummaryPdf.fileName(scope, summary)
                            + "\"").build();
            case JSON -> {
                List<StockSummary.Line> lines = summary.lines();
                int from = Math.min(request.first(), lines.size());
                Page<StockSummary.Line> shown = new Page<>(lines.subList(from, Math.min(from + request.size(),
                        lines.size())), lines.size(), false, request);
                StockSummary.Totals totals = summary.totals();
                Map<String, BigDecimal> columns = new LinkedHashMap<>();
                for (SummaryColumn column : SummaryColumn.values()) {
                    columns.put(column.name(), totals.columns().get(column));
                }
                SummaryJson body = new SummaryJson(asked.toString(), scope, store, Boolean.TRUE.equals(perItem),
                        new TotalsJson(lines.size(), totals.opening(), columns, totals.in(), totals.out(),
                                totals.closing(), totals.unpriced()),
                        shown.rows().stream().map(LineJson::of).toList());
                yield Pages.ok(body, shown, uri);
            }
        };
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.now();
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException(BusinessException.Kind.INVALID, "report.month.invalid", month.strip());
        }
    }

    private static BigDecimal plain(BigDecimal quantity) {
        return new BigDecimal(quantity.stripTrailingZeros().toPlainString());
    }
}
