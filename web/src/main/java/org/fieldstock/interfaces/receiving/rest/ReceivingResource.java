package org.fieldstock.interfaces.receiving.rest;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.receiving.ReceivingService;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.receiving.DiscrepancyKind;
import org.fieldstock.domain.receiving.DiscrepancyPhoto;
import org.fieldstock.domain.receiving.DiscrepancyReport;
import org.fieldstock.interfaces.shared.rest.MalformedRequestException;
import org.fieldstock.interfaces.shared.rest.MaxBodySize;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/**
 * Receiving at the sites (3篇 1.2): the delivered receipts to count within five working days, those
 * booked on the shipper's word without papers, and the discrepancy reports with photos.
 */
@Path("receiving")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Receiving", description = "Receipts to count, receipts without papers, discrepancy reports")
public class ReceivingResource {

    @Inject
    private ReceivingService receiving;

    @Schema(name = "ReceiptToCount")
    public record ToCountJson(long id, String number, String store, String category, LocalDate arrivedOn,
            LocalDate countDue, boolean overdue, long daysOverdue, boolean provisional, String deliveryNote) {
    }

    @Schema(name = "ReceiptWithoutPapers")
    public record WithoutPapersJson(long id, String number, String store, String status, LocalDate date,
            String shipperConfirmation) {
    }

    /**
     * A discrepancy found when a delivery was checked and counted.
     *
     * @param receipt     the number of the delivered receipt (PURCHASE or REPAIRED)
     * @param kind        SHORT, OVER, DAMAGED_PACKAGING or DAMAGED_GOODS
     * @param item        the item (required for SHORT and OVER)
     * @param quantity    how many short, over or damaged (required for SHORT and OVER)
     * @param description what was found, in writing
     */
    @Schema(name = "DiscrepancyRequest")
    public record DiscrepancyRequest(String receipt, String kind, String item, BigDecimal quantity,
            String description) {
    }

    /** The document that settles a report: a material return of the receipt, a damage intake or storage damage. */
    @Schema(name = "DiscrepancySettleRequest")
    public record SettleRequest(String document) {
    }

    @Schema(name = "Discrepancy")
    public record DiscrepancyJson(long id, String number, String receipt, long receiptId, String store, String kind,
            String item, BigDecimal quantity, String description, String reportedBy, Instant reportedAt, int photos,
            boolean settled, String settledBy, Long settledById, Instant settledAt) {

        static DiscrepancyJson of(DiscrepancyReport r) {
            return new DiscrepancyJson(r.getId(), r.getNumber(), r.getReceipt().getNumber(), r.getReceipt().getId(),
                    r.getReceipt().getStore().getCode(), r.getKind().name(),
                    r.getItem() == null ? null : r.getItem().getCode(),
                    r.getQuantity() == null ? null : new BigDecimal(r.getQuantity().stripTrailingZeros().toPlainString()),
                    r.getDescription(), r.getReportedBy(), r.getReportedAt(), r.getPhotos().size(), r.isSettled(),
                    r.getSettledBy() == null ? null : r.getSettledBy().getNumber(),
                    r.getSettledBy() == null ? null : r.getSettledBy().getId(), r.getSettledAt());
        }
    }

    @GET
    @Path("to-count")
    @Operation(summary = "The caller's delivered receipts not booked yet, with the last day to count them (5 working"
            + " days after arrival); overdue=true for the late ones only")
    public List<ToCountJson> toCount(@QueryParam("overdue") Boolean overdue) {
        return receiving.toCount(Boolean.TRUE.equals(overdue)).stream().map(t -> new ToCountJson(t.receipt().getId(),
                t.receipt().getNumber(), t.receipt().getStore().getCode(), t.receipt().getCategory().name(),
                t.arrivedOn(), t.due(), t.overdue(), t.daysOverdue(), t.provisional(),
                t.receipt().getReceiving().deliveryNote())).toList();
    }

    @GET
    @Path("without-papers")
    @Operation(summary = "The caller's delivered receipts saved or booked on the shipper's word, papers still to come")
    public List<WithoutPapersJson> withoutPapers() {
        return receiving.withoutPapers().stream().map(ReceivingResource::withoutPapers).toList();
    }

    private static WithoutPapersJson withoutPapers(StockDocument d) {
        return new WithoutPapersJson(d.getId(), d.getNumber(), d.getStore().getCode(), d.getStatus().name(),
                d.getDocumentDate(), d.getReceiving().shipperConfirmation());
    }

    @GET
    @Path("discrepancies")
    @Operation(summary = "The discrepancy reports of the caller's stores: open ones (open=true, the default) or all")
    public List<DiscrepancyJson> discrepancies(@QueryParam("open") Boolean open) {
        return receiving.search(open == null || open).stream().map(DiscrepancyJson::of).toList();
    }

    @POST
    @Path("discrepancies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report what the check of a delivery found short, over or damaged: whoever enters the"
            + " receipt's store's documents")
    public Response report(DiscrepancyRequest request) {
        DiscrepancyRequest body = RequestParameters.requireBody(request);
        DiscrepancyReport report = receiving.report(body.receipt(),
                RequestParameters.enumValue("kind", body.kind(), DiscrepancyKind.class), body.item(), body.quantity(),
                body.description());
        return Response.created(URI.create("receiving/discrepancies/" + report.getId()))
                .entity(DiscrepancyJson.of(report)).build();
    }

    @GET
    @Path("discrepancies/{id}")
    @Operation(summary = "One discrepancy report")
    public DiscrepancyJson discrepancy(@PathParam("id") long id) {
        return DiscrepancyJson.of(receiving.find(id));
    }

    @POST
    @Path("discrepancies/{id}/photos")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @MaxBodySize(DiscrepancyReport.MAX_PHOTO_BYTES + 1024)
    @Operation(summary = "Add a photo (JPEG or PNG, at most 2 MB; at most five) to an open report")
    public Response addPhoto(@PathParam("id") long id, InputStream picture) throws java.io.IOException {
        if (picture == null) {
            throw new MalformedRequestException("request.body.required");
        }
        DiscrepancyPhoto photo = receiving.addPhoto(id, picture.readNBytes(DiscrepancyReport.MAX_PHOTO_BYTES + 1));
        return Response.created(URI.create("receiving/discrepancies/" + id + "/photos/" + photo.getPosition()))
                .entity(DiscrepancyJson.of(receiving.find(id))).build();
    }

    @GET
    @Path("discrepancies/{id}/photos/{position}")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "A photo of a discrepancy report, as the picture itself")
    public Response photo(@PathParam("id") long id, @PathParam("position") int position) {
        DiscrepancyPhoto photo = receiving.photo(id, position);
        CacheControl privateCache = new CacheControl();
        privateCache.setPrivate(true);
        return Response.ok(photo.getContent(), photo.getType().mediaType()).cacheControl(privateCache).build();
    }

    @POST
    @Path("discrepancies/{id}/settle")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Settle a report with the document that puts it right (by number)")
    public DiscrepancyJson settle(@PathParam("id") long id, SettleRequest request) {
        return DiscrepancyJson.of(receiving.settle(id, RequestParameters.requireBody(request).document()));
    }
}
