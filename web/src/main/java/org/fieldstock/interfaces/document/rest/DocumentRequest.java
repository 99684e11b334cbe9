package org.fieldstock.interfaces.document.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.application.document.DocumentDraft;

/**
 * A document to create or the new content of one to modify.
 *
 * @param category  PURCHASE, PETTY_PURCHASE, DAMAGE_INTAKE, REPAIRED, MATERIAL_RETURN, SELF_USE, REPAIR_RETURN, SCRAP
 * @param store     store code, e.g. ZBET-G (fixed once created)
 * @param supplier  supplier code; required for PURCHASE
 * @param reverses  for MATERIAL_RETURN (red ink): the number of the reviewed receipt it reverses
 * @param date      document date, ISO yyyy-MM-dd
 * @param remark    free text
 * @param lines     item code and quantity per line
 * @param version   for modify: the version read, so that a change made meanwhile is detected
 */
@Schema(name = "DocumentRequest")
public record DocumentRequest(String category, String store, String supplier, String reverses, LocalDate date,
        String remark, List<Line> lines, Integer version) {

    /**
     * One line.
     *
     * @param item     item code
     * @param quantity in the item's unit (decimals only for L, kg, m); below zero on a MATERIAL_RETURN
     * @param remark   free text
     * @param turbine  SELF_USE and DAMAGE_INTAKE: the number of the turbine (风机号) at the store's site
     * @param batch    items with a shelf life: the batch received or issued (required to review)
     * @param expiry   receipts of items with a shelf life: the batch's expiry date, yyyy-MM-dd
     * @param serials  serial-tracked items: one serial number per unit (required to review)
     */
    @Schema(name = "DocumentRequestLine")
    public record Line(String item, BigDecimal quantity, String remark, String turbine, String batch,
            LocalDate expiry, List<String> serials) {

        /** The line as the services take it; null stays null (the service reports it). */
        public static DocumentDraft.Line toDraft(Line line) {
            return line == null ? null : new DocumentDraft.Line(line.item(), line.quantity(), line.remark(),
                    line.turbine(), line.batch(), line.expiry(), line.serials());
        }
    }
}
