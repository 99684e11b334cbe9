package org.fieldstock.interfaces.dailyreport.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.dailyreport.ReconciliationService;
import org.fieldstock.application.dailyreport.ReconciliationService.Reconciliation;
import org.fieldstock.application.dailyreport.ReconciliationService.Row;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/** The reconciliation of the 15th: a site's books against what it last reported or counted. */
@Path("reconciliations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reconciliation", description = "Books against the sites' latest reported or counted quantities")
public class ReconciliationResource {

    @Inject
    private ReconciliationService reconciliation;

    @Schema(name = "Reconciliation")
    public record ReconciliationJson(String site, LocalDate date, int differences, List<RowJson> rows) {
    }

    /**
     * One item of one store: books at the end of the date; the site's quantity from its latest REPORT
     * (daily report balance) or COUNT (stocktake), or NONE; the books as of that day; the difference
     * (site less books as of that day).
     */
    @Schema(name = "ReconciliationRow")
    public record RowJson(String store, String item, String nameZh, String nameEn, BigDecimal books,
            BigDecimal site, String source, LocalDate asOf, String reference, BigDecimal booksAsOf,
            BigDecimal difference) {

        static RowJson of(Row r) {
            return new RowJson(r.store().getCode(), r.item().getCode(), r.item().getNameZh(), r.item().getNameEn(),
                    plain(r.books()), plain(r.site()), r.source().name(), r.asOf(), r.reference(),
                    plain(r.booksAsOf()), plain(r.difference()));
        }

        private static BigDecimal plain(BigDecimal value) {
            return value == null ? null : value.stripTrailingZeros();
        }
    }

    @GET
    @Path("{site}")
    @Operation(summary = "A site's reconciliation at the end of a date (default: the latest 15th); "
            + "differencesOnly=true lists only the items that differ")
    public ReconciliationJson of(@PathParam("site") String site, @QueryParam("date") String date,
            @QueryParam("differencesOnly") boolean differencesOnly) {
        Reconciliation result = reconciliation.of(site, RequestParameters.date("date", date));
        List<Row> rows = differencesOnly ? result.differences() : result.rows();
        return new ReconciliationJson(result.site().getCode(), result.day(), result.differences().size(),
                rows.stream().map(RowJson::of).toList());
    }
}
