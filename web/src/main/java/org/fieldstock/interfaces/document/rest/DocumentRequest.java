package org.fieldstock.interfaces.document.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.application.document.DocumentDraft;
import org.fieldstock.domain.failedpart.FailureCause;
import org.fieldstock.domain.failedpart.FailureRecord;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/**
 * A document to create or the new content of one to modify.
 *
 * @param category  PURCHASE, PETTY_PURCHASE, DAMAGE_INTAKE, REPAIRED, MATERIAL_RETURN, SELF_USE, STORAGE_DAMAGE,
 *                  REPAIR_RETURN, SCRAP, ISSUE_RETURN
 * @param store     store code, e.g. ZBET-G (fixed once created)
 * @param supplier  supplier code; required for PURCHASE
 * @param reverses  red ink: for MATERIAL_RETURN the number of the reviewed receipt it reverses, for
 *                  ISSUE_RETURN (return to stock) the number of the reviewed issue it gives back part of
 * @param date      document date, ISO yyyy-MM-dd
 * @param remark    free text
 * @param lines     item code and quantity per line; a SELF_USE line onto a turbine may record the
 *                  failed part it replaced; every STORAGE_DAMAGE line says why the part is damaged
 * @param version   for modify: the version read, so that a change made meanwhile is detected
 * @param requisition PURCHASE and PETTY_PURCHASE: the number of the approved requisition (REQ-…) of the
 *                  store's site the receipt fulfils; its review counts against it. A PETTY_PURCHASE
 *                  needs one, unless it is an emergency
 * @param emergency PURCHASE and PETTY_PURCHASE: bought first in an emergency, its requisition to follow
 *                  (linked afterwards by PUT /api/documents/{id}/requisition); on the BU's list until then
 * @param deliveryNote PURCHASE and REPAIRED (delivered goods): the delivery note or packing list they came with;
 *                  a delivered receipt is reviewed only with it or with the shipper's confirmation
 * @param shipperConfirmation PURCHASE and REPAIRED without papers: who at the shipper confirmed the goods; the
 *                  receipt is then booked provisionally until its papers are attached (PUT /api/documents/{id}/papers)
 * @param arrivedOn PURCHASE and REPAIRED: the day the goods arrived (the document's date when left out); they are
 *                  counted and booked within 5 working days of it
 */
@Schema(name = "DocumentRequest")
public record DocumentRequest(String category, String store, String supplier, String reverses, LocalDate date,
        String remark, List<Line> lines, Integer version, String requisition, Boolean emergency, String deliveryNote,
        String shipperConfirmation, LocalDate arrivedOn) {

    /** A document the services drafted (a return of what is left), as a client would send it. */
    public static DocumentRequest of(DocumentDraft draft) {
        return new DocumentRequest(draft.category().name(), draft.storeCode(), draft.supplierCode(),
                draft.reversesNumber(), draft.documentDate(), draft.remark(), draft.lines().stream()
                        .map(line -> new Line(line.itemCode(), line.quantity(), line.remark(), line.turbineNo(),
                                line.batchNo(), line.expiryDate(), line.serials(), null))
                        .toList(), null, draft.requisitionNumber(), draft.emergency() ? Boolean.TRUE : null,
                draft.receiving() == null ? null : draft.receiving().deliveryNote(),
                draft.receiving() == null ? null : draft.receiving().shipperConfirmation(),
                draft.receiving() == null ? null : draft.receiving().arrivedOn());
    }

    /**
     * One line.
     *
     * @param item     item code
     * @param quantity in the item's unit (decimals only for L, kg, m); below zero on a MATERIAL_RETURN or ISSUE_RETURN
     * @param remark   free text
     * @param turbine  SELF_USE and DAMAGE_INTAKE: the number of the turbine (风机号) at the store's site
     * @param batch    items with a shelf life: the batch received or issued (required to review)
     * @param expiry   receipts of items with a shelf life: the batch's expiry date, yyyy-MM-dd
     * @param serials  serial-tracked items: one serial number per unit (required to review); on a
     *                 replacement, the new units fitted
     * @param replacement SELF_USE: the failed part this line replaced on the turbine, booked into the
     *                 site's damaged store when the issue is reviewed; STORAGE_DAMAGE (required, no
     *                 removed serials: the units are the line's own) and DAMAGE_INTAKE: why the part failed
     */
    @Schema(name = "DocumentRequestLine")
    public record Line(String item, BigDecimal quantity, String remark, String turbine, String batch,
            LocalDate expiry, List<String> serials, Replacement replacement) {

        /** The line as the services take it; null stays null (the service reports it). */
        public static DocumentDraft.Line toDraft(Line line) {
            return line == null ? null : new DocumentDraft.Line(line.item(), line.quantity(), line.remark(),
                    line.turbine(), line.batch(), line.expiry(), line.serials(),
                    line.replacement() == null ? null : line.replacement().toRecord());
        }
    }

    /**
     * The damaged-part register's entry (返修损坏备件清单) of a replaced part.
     *
     * @param replacedBy     who replaced it (更换人); the one entering it when left out
     * @param replacedOn     when (更换日期), yyyy-MM-dd; the document's date when left out
     * @param removedSerials serial-tracked items: the serials of the old units removed (旧件序列号), one per unit
     * @param cause          WEAR, ELECTRICAL, MECHANICAL, OVERHEATING, LEAK, LIGHTNING, STORAGE or OTHER
     * @param note           what failed, in the keeper's words
     */
    @Schema(name = "Replacement")
    public record Replacement(String replacedBy, LocalDate replacedOn, List<String> removedSerials, String cause,
            String note) {

        FailureRecord toRecord() {
            return new FailureRecord(replacedBy, replacedOn, removedSerials,
                    RequestParameters.enumValue("replacement.cause", cause, FailureCause.class), note);
        }
    }
}
