package org.fieldstock.interfaces.toolloan.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.toolloan.ToolLoanService;
import org.fieldstock.domain.failedpart.FailureCause;
import org.fieldstock.domain.toolloan.ReturnCondition;
import org.fieldstock.domain.toolloan.ToolLoan;
import org.fieldstock.interfaces.shared.rest.RequestParameters;
import org.fieldstock.interfaces.toolloan.ToolLoanPdf;

/** Tool loans (临时领用表): a site's tools lent to a person or work team, taken back fine or damaged. */
@Path("tool-loans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tool loans", description = "Lend a tool, take it back, what is out and overdue, the loan form")
public class ToolLoanResource {

    @Inject
    private ToolLoanService loans;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext securityContext;

    /**
     * A tool to lend.
     *
     * @param store    the site's good store, e.g. ZBET-G
     * @param item     the tool's item code (category TOOL)
     * @param serial   for a tool kept by serial: the unit lent (then the quantity is 1)
     * @param quantity for other tools: how many
     * @param borrower the person or work team it is lent to
     * @param purpose  what for (free text)
     * @param lentOn   yyyy-MM-dd, today when left out
     * @param dueOn    yyyy-MM-dd, when it is due back
     */
    @Schema(name = "ToolLoanRequest")
    public record LoanRequest(String store, String item, String serial, BigDecimal quantity, String borrower,
            String purpose, LocalDate lentOn, LocalDate dueOn) {
    }

    /**
     * How a lent tool came back.
     *
     * @param returnedOn yyyy-MM-dd, today when left out
     * @param condition  FINE or DAMAGED (a saved STORAGE_DAMAGE document then moves it to the damaged store)
     * @param note       what is wrong (required when DAMAGED)
     * @param cause      when DAMAGED: WEAR, ELECTRICAL, MECHANICAL, OVERHEATING, LEAK, LIGHTNING, STORAGE or OTHER
     * @param version    the loan's version read, so that a change made meanwhile is detected
     */
    @Schema(name = "ToolReturnRequest")
    public record ReturnRequest(LocalDate returnedOn, String condition, String note, String cause, Integer version) {
    }

    @Schema(name = "ToolLoan")
    public record LoanJson(long id, String number, int version, String store, String item, String itemName,
            String serial, BigDecimal quantity, String borrower, String purpose, LocalDate lentOn, LocalDate dueOn,
            String lentBy, Instant lentAt, boolean out, boolean overdue, long daysOverdue, LocalDate returnedOn,
            String returnedBy, String condition, String note, String damageDocument, Long damageDocumentId) {

        static LoanJson of(ToolLoan loan) {
            LocalDate today = LocalDate.now();
            return new LoanJson(loan.getId(), loan.getNumber(), loan.getVersion(), loan.getStore().getCode(),
                    loan.getItem().getCode(), loan.getItem().getNameZh() + " " + loan.getItem().getNameEn(),
                    loan.getSerialNo(), new BigDecimal(loan.getQuantity().stripTrailingZeros().toPlainString()),
                    loan.getBorrower(), loan.getPurpose(), loan.getLentOn(), loan.getDueOn(), loan.getLentBy(),
                    loan.getLentAt(), !loan.isReturned(), loan.isOverdue(today), loan.daysOverdue(today),
                    loan.getReturnedOn(), loan.getReturnedBy(),
                    loan.getCondition() == null ? null : loan.getCondition().name(), loan.getReturnNote(),
                    loan.getDamageDocument() == null ? null : loan.getDamageDocument().getNumber(),
                    loan.getDamageDocument() == null ? null : loan.getDamageDocument().getId());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lend a tool from a site's good store: whoever enters that store's documents; never more than"
            + " it holds and has not lent out, a tracked tool by a serial in the store")
    public Response lend(LoanRequest request) {
        LoanRequest body = RequestParameters.requireBody(request);
        ToolLoan loan = loans.lend(new ToolLoanService.LoanDraft(body.store(), body.item(), body.serial(),
                body.quantity(), body.borrower(), body.purpose(), body.lentOn(), body.dueOn()));
        return Response.created(URI.create("tool-loans/" + loan.getId())).entity(LoanJson.of(loan)).build();
    }

    @GET
    @Operation(summary = "The loans of the stores the caller reads (or of one): still out (out=true, the default),"
            + " or all; overdue=true for those past their due day only")
    public List<LoanJson> list(@QueryParam("store") String store, @QueryParam("out") Boolean out,
            @QueryParam("overdue") Boolean overdue) {
        return loans.search(store, out == null || out, Boolean.TRUE.equals(overdue)).stream().map(LoanJson::of)
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one loan")
    public LoanJson read(@PathParam("id") long id) {
        return LoanJson.of(loans.find(id));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a lent tool back, FINE or DAMAGED (with a note and cause: a STORAGE_DAMAGE document is"
            + " saved for the BU to review, moving it to the damaged store)")
    public LoanJson takeBack(@PathParam("id") long id, ReturnRequest request) {
        ReturnRequest body = RequestParameters.requireBody(request);
        return LoanJson.of(loans.takeBack(id, body.version(), new ToolLoanService.ReturnDraft(body.returnedOn(),
                RequestParameters.enumValue("condition", body.condition(), ReturnCondition.class), body.note(),
                RequestParameters.enumValue("cause", body.cause(), FailureCause.class))));
    }

    @GET
    @Path("{id}/form")
    @Produces(ToolLoanPdf.CONTENT_TYPE)
    @Operation(summary = "The printable loan form (临时领用表) as PDF, in the caller's language")
    public Response form(@PathParam("id") long id) {
        ToolLoan loan = loans.find(id);
        byte[] pdf = ToolLoanPdf.render(loan, RequestParameters.clientLocale(headers),
                securityContext.getUserPrincipal().getName(), Instant.now());
        return Response.ok(pdf, ToolLoanPdf.CONTENT_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + ToolLoanPdf.fileName(loan) + "\"").build();
    }
}
