package org.fieldstock.interfaces.stock.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.stock.StockQueryService;
import org.fieldstock.application.toolloan.ToolLoanService;
import org.fieldstock.application.stock.BinLocationService;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.interfaces.shared.ApplicationAddress;
import org.fieldstock.interfaces.stock.BinCardPdf;
import org.fieldstock.domain.stock.StockBalance;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.stock.IssueSuggestion;
import org.fieldstock.domain.stock.LedgerRow;
import org.fieldstock.domain.stock.SerialUnit;
import org.fieldstock.interfaces.shared.rest.Pages;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/** A store's stock: its ledger, its batches and serials, what to issue, and its on-hand now or at a past day. */
@Path("stores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stock", description = "Stores and on-hand stock")
public class StoreStockResource {

    @Inject
    private StockQueryService stock;

    @Inject
    private ToolLoanService toolLoans;

    @Inject
    private BinLocationService bins;

    @Context
    private jakarta.ws.rs.core.HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    /**
     * A ledger row with the category and date of its document; movementDay is the day it counts on in
     * the monthly figures (the document's date when it was posted); balanceAfter is its item's
     * balance after it.
     */
    @Schema(name = "StoreLedgerRow")
    public record LedgerRowJson(String document, String category, LocalDate documentDate, LocalDate movementDay,
            String movement, String item, BigDecimal quantity, BigDecimal balanceAfter, Instant postedAt,
            String postedBy) {

        static LedgerRowJson of(LedgerRow row) {
            var e = row.entry();
            return new LedgerRowJson(e.getDocumentNumber(), row.category().name(), row.documentDate(),
                    e.getMovementDay(), e.getMovement().name(), e.getItem().getCode(),
                    e.getQuantity().stripTrailingZeros(), e.getBalanceAfter().stripTrailingZeros(), e.getPostedAt(),
                    e.getPostedBy());
        }
    }

    @GET
    @Path("{code}/ledger")
    @Operation(summary = "The store's ledger a page at a time, the latest page first (page from 0, size up to 500),"
            + " each page oldest first: of one item or all, of one document category or all, posted between two days"
            + " (yyyy-MM-dd, both included); each row with its item's balance after it")
    @APIResponse(responseCode = "200", description = "The page's rows; X-Total-Count and Link next (older)/prev headers",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LedgerRowJson.class)))
    public Response ledger(@PathParam("code") String code, @QueryParam("item") String item,
            @QueryParam("category") String category, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<LedgerRow> latestFirst = stock.ledgerPage(code, item,
                RequestParameters.enumValue("category", category, DocumentCategory.class),
                RequestParameters.date("from", from), RequestParameters.date("to", to), Pages.request(page, size, null));
        List<LedgerRow> oldestFirst = new ArrayList<>(latestFirst.rows());
        Collections.reverse(oldestFirst);
        return Pages.ok(new Page<>(oldestFirst, latestFirst.total(), latestFirst.totalIsLowerBound(),
                latestFirst.request()), LedgerRowJson::of, uriInfo);
    }

    /** A batch of a shelf-life item in a store. */
    @Schema(name = "Batch")
    public record BatchJson(String batch, LocalDate expiry, BigDecimal onHand, Instant firstReceived) {
    }

    /** What is in a store of one item, batch by batch or serial by serial. */
    @Schema(name = "Lots")
    public record LotsJson(String store, String item, List<BatchJson> batches, List<String> serials) {
    }

    /** What to issue: batches nearest expiry first, or serials first arrived first, and what is missing. */
    @Schema(name = "IssueSuggestion")
    public record SuggestionJson(String store, String item, BigDecimal quantity, List<PickJson> batches,
            List<String> serials, BigDecimal shortfall) {
    }

    /** Take this quantity from that batch. */
    @Schema(name = "BatchPick")
    public record PickJson(String batch, LocalDate expiry, BigDecimal quantity) {
    }

    @GET
    @Path("{code}/lots")
    @Operation(summary = "Batches (nearest expiry first) and serials (first arrived first) of one item in the store")
    public LotsJson lots(@PathParam("code") String code, @QueryParam("item") String item) {
        return new LotsJson(code, item,
                stock.batches(code, item).stream().map(b -> new BatchJson(b.getBatchNo(), b.getExpiryDate(),
                        b.getOnHand().stripTrailingZeros(), b.getFirstReceived())).toList(),
                stock.serials(code, item).stream().map(SerialUnit::getSerialNo).toList());
    }

    @GET
    @Path("{code}/issue-suggestion")
    @Operation(summary = "What to issue for a quantity of an item: first-expiry-first batches, first-in-first-out serials")
    public SuggestionJson suggestion(@PathParam("code") String code, @QueryParam("item") String item,
            @QueryParam("quantity") BigDecimal quantity) {
        IssueSuggestion suggestion = stock.suggestIssue(code, item, quantity);
        return new SuggestionJson(code, item, quantity, suggestion.batches().stream()
                .map(p -> new PickJson(p.batchNo(), p.expiryDate(), p.quantity().stripTrailingZeros())).toList(),
                suggestion.serials(),
                suggestion.shortfall().stripTrailingZeros());
    }

    /** Where an item is kept in a store, and its bin card. */
    @Schema(name = "BinCard")
    public record BinJson(String store, String item, String zone, String level, String position, String place,
            String abc, BigDecimal onHand) {

        static BinJson of(String store, BinLocationService.BinCard card) {
            return new BinJson(store, card.item().getCode(), card.location().map(l -> l.getZone()).orElse(null),
                    card.location().map(l -> l.getLevel()).orElse(null),
                    card.location().map(l -> l.getPosition()).orElse(null),
                    card.location().map(l -> l.label()).orElse(null),
                    card.item().getAbcClass() == null ? null : card.item().getAbcClass().name(),
                    card.onHand().stripTrailingZeros());
        }
    }

    /** A place on the shelves: all three left out takes the item's place away. */
    @Schema(name = "BinPlaceRequest")
    public record PlaceRequest(String zone, String level, String position) {
    }

    @GET
    @Path("{code}/bins")
    @Operation(summary = "The bin cards of a store: each item it holds or that has a place in it, in shelf order")
    public List<BinJson> bins(@PathParam("code") String code) {
        return bins.cards(code).stream().map(card -> BinJson.of(code.strip(), card)).toList();
    }

    @GET
    @Path("{code}/bins/{item}")
    @Operation(summary = "The bin card of one item in a store: its place, ABC class and on-hand")
    public BinJson bin(@PathParam("code") String code, @PathParam("item") String item) {
        return BinJson.of(code.strip(), bins.card(code, item));
    }

    @PUT
    @Path("{code}/bins/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put an item at a place in the store (zone or rack, level, position): whoever enters the"
            + " store's documents; all three empty takes its place away")
    public BinJson place(@PathParam("code") String code, @PathParam("item") String item, PlaceRequest request) {
        PlaceRequest body = RequestParameters.requireBody(request);
        bins.place(code, item, body.zone(), body.level(), body.position());
        return BinJson.of(code.strip(), bins.card(code, item));
    }

    @GET
    @Path("{code}/bin-cards")
    @Produces(BinCardPdf.CONTENT_TYPE)
    @Operation(summary = "The store's bin cards as a label sheet (PDF), each with a QR code that opens the item's"
            + " on-hand and ledger at the store; item= for one item's card")
    public Response binCards(@PathParam("code") String code, @QueryParam("item") String item) {
        Store store = stock.store(code);
        List<BinLocationService.BinCard> cards = item == null || item.isBlank() ? bins.cards(code)
                : List.of(bins.card(code, item));
        URI application = uriInfo.getBaseUri().resolve("..");
        byte[] pdf = BinCardPdf.render(store, cards, RequestParameters.clientLocale(headers),
                ApplicationAddress.of(application));
        return Response.ok(pdf, BinCardPdf.CONTENT_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + BinCardPdf.fileName(store) + "\"").build();
    }

    @GET
    @Path("{code}/on-hand")
    @Operation(summary = "Non-zero on-hand stock of a store, by item code: now (with the tools of it out on loan),"
            + " or at the end of a past day (at=yyyy-MM-dd)")
    public List<OnHandJson> onHand(@PathParam("code") String code, @QueryParam("at") String at) {
        LocalDate day = RequestParameters.date("at", at);
        if (day == null) {
            List<StockBalance> balances = stock.onHand(code);
            Map<String, BigDecimal> lent = toolLoans.lentOut(code);
            return balances.stream().map(b -> OnHandJson.of(b, lent.get(b.getItem().getCode()))).toList();
        }
        return stock.onHandAt(code, day).stream().map(held -> OnHandJson.of(code, held.item(), held.quantity()))
                .toList();
    }
}
