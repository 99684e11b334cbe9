package org.fieldstock.interfaces.closing.rest;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.closing.MonthClosingService;
import org.fieldstock.domain.closing.ClosedMonth;
import org.fieldstock.interfaces.shared.rest.MalformedRequestException;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/**
 * Month-end close per BU: close a month that has ended (the BU's accountant or the planning office);
 * reopen it with a reason (the planning office); list a BU's closed months. While a month is closed,
 * no document of the BU's stores dated in it is entered, changed, reviewed, unreviewed or deleted.
 */
@Path("month-closes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Month close", description = "Closing a BU's month, and reopening it")
public class MonthCloseResource {

    @Inject
    private MonthClosingService closing;

    /** A month to close: the BU's code and the month (yyyy-MM). */
    @Schema(name = "MonthCloseRequest")
    public record CloseRequest(String bu, String month) {
    }

    /** Why the planning office opens a closed month again. */
    @Schema(name = "MonthReopenRequest")
    public record ReopenRequest(String reason) {
    }

    /** A BU's month as closed (closed true) or reopened (closed false, with who, when and why). */
    @Schema(name = "ClosedMonth")
    public record ClosedMonthJson(String bu, String month, boolean closed, String closedBy, Instant closedAt,
            String reopenedBy, Instant reopenedAt, String reopenReason, int version) {

        static ClosedMonthJson of(ClosedMonth m) {
            return new ClosedMonthJson(m.getBusinessUnit().getCode(), m.getMonth().toString(), m.isClosed(),
                    m.getClosedBy(), m.getClosedAt(), m.getReopenedBy(), m.getReopenedAt(), m.getReopenReason(),
                    m.getVersion());
        }
    }

    @GET
    @Operation(summary = "The closed (and reopened) months of a BU, or of every BU, newest first")
    public List<ClosedMonthJson> list(@QueryParam("bu") String bu) {
        return closing.months(bu).stream().map(ClosedMonthJson::of).toList();
    }

    @POST
    @Operation(summary = "Close a BU's month that has ended: its documents are final until the month is reopened")
    public ClosedMonthJson close(CloseRequest request) {
        CloseRequest body = RequestParameters.requireBody(request);
        return ClosedMonthJson.of(closing.close(body.bu(), month(body.month())));
    }

    @POST
    @Path("{bu}/{month}/reopen")
    @Operation(summary = "Planning office: open a closed month again, saying why (audited)")
    public ClosedMonthJson reopen(@PathParam("bu") String bu, @PathParam("month") String month,
            ReopenRequest request) {
        ReopenRequest body = RequestParameters.requireBody(request);
        return ClosedMonthJson.of(closing.reopen(bu, month(month), body.reason()));
    }

    private static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new MalformedRequestException("request.month.invalid", "month", value);
        }
    }
}
