package org.fieldstock.interfaces.freight.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.freight.FreightService;
import org.fieldstock.domain.freight.FreightMode;
import org.fieldstock.domain.freight.FreightRequest;
import org.fieldstock.domain.freight.FreightRules;
import org.fieldstock.interfaces.shared.rest.MalformedRequestException;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/** Freight of shipments (3篇 3.2): filed per shipment, answered by the BU, listed per month. */
@Path("freight")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Freight", description = "Freight requests per shipment, their approval and the monthly list")
public class FreightResource {

    @Inject
    private FreightService freight;

    /**
     * A shipment's freight.
     *
     * @param store          the sending store
     * @param mode           HIRED_VEHICLE, AIR or EXPRESS
     * @param amount         what it costs, in yuan
     * @param referencePrice HIRED_VEHICLE: the route's reference price
     * @param shipDate       yyyy-MM-dd, today when left out
     * @param carrier        who carries it (company, vehicle, waybill)
     * @param slip           the number of the transfer slip it carries, or
     * @param document       the number of the return document it carries
     */
    @Schema(name = "FreightRequestBody")
    public record FreightBody(String store, String mode, BigDecimal amount, BigDecimal referencePrice,
            LocalDate shipDate, String carrier, String slip, String document) {
    }

    /** The answer: a reason is required to refuse. */
    @Schema(name = "FreightDecision")
    public record DecisionBody(String note) {
    }

    @Schema(name = "FreightRequest")
    public record FreightJson(long id, String number, String store, String mode, BigDecimal amount,
            BigDecimal referencePrice, LocalDate shipDate, String carrier, String slip, String document, String needs,
            String status, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, String note) {

        static FreightJson of(FreightRequest r) {
            return new FreightJson(r.getId(), r.getNumber(), r.getStore().getCode(), r.getMode().name(), r.getAmount(),
                    r.getReferencePrice(), r.getShipDate(), r.getCarrier(),
                    r.getTransferSlip() == null ? null : r.getTransferSlip().getNumber(),
                    r.getDocument() == null ? null : r.getDocument().getNumber(), r.getNeeds().name(),
                    r.getStatus().name(), r.getRequestedBy(), r.getRequestedAt(), r.getDecidedBy(), r.getDecidedAt(),
                    r.getDecisionNote());
        }
    }

    @Schema(name = "FreightMonth")
    public record MonthJson(String month, String bu, List<FreightJson> requests, Map<String, BigDecimal> totals) {
    }

    @Schema(name = "FreightRules")
    public record RulesJson(BigDecimal vehicleTolerancePercent, BigDecimal expressSiteLimit) {
    }

    @GET
    @Path("rules")
    @Operation(summary = "The freight thresholds in force (fieldstock.freight.vehicle-tolerance-percent,"
            + " fieldstock.freight.express-site-limit)")
    public RulesJson rules() {
        FreightRules rules = freight.rules();
        return new RulesJson(rules.vehicleTolerancePercent(), rules.expressSiteLimit());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a shipment's freight with the slip or return it carries: whoever enters the sending"
            + " store's documents; within the rules the site decides (SITE_DECIDED), else it waits for the BU")
    public Response file(FreightBody request) {
        FreightBody body = RequestParameters.requireBody(request);
        FreightRequest filed = freight.file(new FreightService.FreightDraft(body.store(),
                RequestParameters.enumValue("mode", body.mode(), FreightMode.class), body.amount(),
                body.referencePrice(), body.shipDate(), body.carrier(), body.slip(), body.document()));
        return Response.created(URI.create("freight/" + filed.getId())).entity(FreightJson.of(filed)).build();
    }

    @GET
    @Operation(summary = "The month's freight list (month=yyyy-MM, this month when left out) of a BU and its sites"
            + " (bu=), or of the caller's own stores, with the total per mode")
    public MonthJson month(@QueryParam("bu") String bu, @QueryParam("month") String month) {
        YearMonth shown;
        try {
            shown = month == null || month.isBlank() ? null : YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new MalformedRequestException("request.month.invalid", "month", month);
        }
        FreightService.MonthList list = freight.month(bu, shown);
        Map<String, BigDecimal> totals = new java.util.LinkedHashMap<>();
        list.totals().forEach((mode, total) -> totals.put(mode.name(), total));
        return new MonthJson(list.month().toString(), list.unitCode(),
                list.requests().stream().map(FreightJson::of).toList(), totals);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One freight request")
    public FreightJson read(@PathParam("id") long id) {
        return FreightJson.of(freight.find(id));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a waiting request: the BU's accountant or manager; air freight its manager")
    public FreightJson approve(@PathParam("id") long id, DecisionBody request) {
        return FreightJson.of(freight.decide(id, true, request == null ? null : request.note()));
    }

    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse a waiting request, with the reason")
    public FreightJson refuse(@PathParam("id") long id, DecisionBody request) {
        return FreightJson.of(freight.decide(id, false, request == null ? null : request.note()));
    }
}
