package org.fieldstock.interfaces.item.rest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.item.PriceListService;
import org.fieldstock.application.item.PriceListService.PriceLine;
import org.fieldstock.domain.item.ItemPrice;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.interfaces.item.PriceListWorkbook;
import org.fieldstock.interfaces.shared.WorkbookCells;
import org.fieldstock.interfaces.shared.rest.MalformedRequestException;
import org.fieldstock.interfaces.shared.rest.MaxBodySize;
import org.fieldstock.interfaces.shared.rest.Pages;
import org.fieldstock.interfaces.shared.rest.ReportFormat;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/**
 * The repair-parts price list (配件价格表): the price of each item in force on a day, an item's
 * history, a new price from a day on (the planning office), and the list as a workbook to fill in
 * new prices and upload again.
 */
@Path("prices")
@RequestScoped
@Tag(name = "Price list", description = "Standard prices with the day each takes effect")
public class PriceListResource {

    @Inject
    private PriceListService prices;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Schema(name = "PriceLine")
    public record PriceLineJson(String item, String nameZh, String nameEn, BigDecimal price, LocalDate since,
            BigDecimal nextPrice, LocalDate nextFrom) {

        static PriceLineJson of(PriceLine line) {
            return new PriceLineJson(line.item().getCode(), line.item().getNameZh(), line.item().getNameEn(),
                    line.price(), line.effectiveFrom(), line.next() == null ? null : line.next().getUnitPrice(),
                    line.next() == null ? null : line.next().getEffectiveFrom());
        }
    }

    @Schema(name = "ItemPrice")
    public record PriceJson(String item, BigDecimal price, LocalDate effectiveFrom, String note, String setBy,
            Instant setAt) {

        static PriceJson of(ItemPrice price) {
            return new PriceJson(price.getItem().getCode(), price.getUnitPrice(), price.getEffectiveFrom(),
                    price.getNote(), price.getSetBy(), price.getSetAt());
        }
    }

    /** A new price: from the day on (today when left out; not before the current month). */
    public record NewPrice(BigDecimal price, String effectiveFrom, String note) {
    }

    @Schema(name = "PricesImported")
    public record ImportedJson(int set) {
    }

    @GET
    @Produces({ReportFormat.PRODUCES_JSON, ReportFormat.PRODUCES_XLSX})
    @Operation(summary = "The price of each item in force on a day (at=, today when left out), since when, and the"
            + " next price to come; q= filters by code, name or spec; JSON a page at a time (page, size), or the whole"
            + " list as the workbook to fill in (format=xlsx or Accept) with the new price and its first day")
    public Response list(@QueryParam("at") String at, @QueryParam("q") String text, @QueryParam("format") String format,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        LocalDate day = RequestParameters.date("at", at);
        LocalDate on = day == null ? LocalDate.now() : day;
        if (ReportFormat.of(format, headers) == ReportFormat.XLSX) {
            List<PriceLine> all = prices.wholeList(on);
            StreamingOutput body = out -> PriceListWorkbook.write(all, on, out);
            return Response.ok(body, PriceListWorkbook.CONTENT_TYPE).header("Content-Disposition",
                    "attachment; filename=\"" + PriceListWorkbook.fileName(on) + "\"").build();
        }
        PageRequest request = Pages.request(page, size, null);
        PriceListService.PricePage found = prices.priceList(text, on, request.first(), request.size());
        return Pages.ok(new Page<>(found.lines(), found.total(), false, request), PriceLineJson::of, uri);
    }

    @GET
    @Path("{item}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An item's list prices, the oldest effective first")
    public List<PriceJson> history(@PathParam("item") String item) {
        return prices.history(item).stream().map(PriceJson::of).toList();
    }

    @POST
    @Path("{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Planning office: a new standard price of the item from a day on; the catalogue shows it"
            + " once it is in force")
    public Response set(@PathParam("item") String item, NewPrice request) {
        NewPrice body = RequestParameters.requireBody(request);
        ItemPrice set = prices.setPrice(item, body.price(), RequestParameters.date("effectiveFrom",
                body.effectiveFrom()), body.note());
        return Response.created(URI.create("prices/" + set.getItem().getCode())).entity(PriceJson.of(set)).build();
    }

    @PUT
    @Consumes({WorkbookCells.CONTENT_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @MaxBodySize(WorkbookCells.MAX_BYTES)
    @Operation(summary = "Planning office: the new prices filled in the list's workbook, all of them or (a row"
            + " wrong) none, each problem told with its row")
    public ImportedJson upload(InputStream file) {
        if (file == null) {
            throw new MalformedRequestException("request.workbook.required");
        }
        return new ImportedJson(prices.importPrices(PriceListWorkbook.read(
                new ByteArrayInputStream(WorkbookCells.readLimited(file)))));
    }
}
