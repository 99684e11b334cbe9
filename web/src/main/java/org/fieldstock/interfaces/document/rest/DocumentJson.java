package org.fieldstock.interfaces.document.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.domain.document.DocumentLine;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.failedpart.FailureRecord;
import org.fieldstock.interfaces.shared.rest.ActionJson;

/**
 * A stock document as the API shows it. A transfer-in shows per line what arrived damaged or
 * missing, the damaged store those damaged units go to, and the slip that generated it. A self-use
 * issue that replaced failed parts shows per line the register's entry and, once reviewed, the damage
 * intake of the removed parts; that intake names the issue it was generated from. A purchase bought
 * first in an emergency says so ({@code emergency}) and names its requisition once one is linked. An
 * outbound checked by a second person (出库复核) names the checker ({@code checkedBy}, {@code checkedAt}). A
 * delivered receipt names its papers or the shipper's confirmation ({@code provisional} until the papers are
 * attached), the day the goods arrived and the last day to count them ({@code countDue}).
 */
@Schema(name = "Document")
public record DocumentJson(long id, String number, String type, String category, String ink, String store,
        String supplier, String reverses, LocalDate date, String status, String remark, String createdBy, Instant createdAt,
        String reviewedBy, Instant reviewedAt, String checkedBy, Instant checkedAt, int version, List<LineJson> lines, String damagedStore,
        Long transferSlip, DocumentRef generatedFrom, DocumentRef removedPartsIntake, String requisition,
        Boolean emergency, String deliveryNote, String shipperConfirmation, LocalDate arrivedOn, LocalDate countDue,
        Boolean provisional, List<ActionJson> actions) {

    /** Another document this one is tied to. */
    @Schema(name = "DocumentRef")
    public record DocumentRef(long id, String number) {

        static DocumentRef of(StockDocument document) {
            return document == null ? null : new DocumentRef(document.getId(), document.getNumber());
        }
    }

    /** The register's entry of the failed part a line replaced (on an issue) or booked in (on a damage intake). */
    @Schema(name = "ReplacementRecord")
    public record ReplacementJson(String replacedBy, LocalDate replacedOn, List<String> removedSerials, String cause,
            String note) {

        static ReplacementJson of(FailureRecord failure) {
            return failure == null ? null : new ReplacementJson(failure.getReplacedBy(), failure.getReplacedOn(),
                    failure.getRemovedSerials().isEmpty() ? null : failure.getRemovedSerials(),
                    failure.getCause() == null ? null : failure.getCause().name(), failure.getNote());
        }
    }

    /** One line with the item's description and unit. */
    @Schema(name = "DocumentLine")
    public record LineJson(int lineNo, String item, String nameZh, String nameEn, String spec, String unit,
            BigDecimal quantity, String remark, String turbine, String batch, LocalDate expiry, List<String> serials,
            BigDecimal damagedOnArrival, BigDecimal missingOnArrival, List<String> damagedSerials,
            List<String> missingSerials, ReplacementJson replacement) {

        static LineJson of(DocumentLine line) {
            return new LineJson(line.getLineNo(), line.getItem().getCode(), line.getItem().getNameZh(),
                    line.getItem().getNameEn(), line.getItem().getSpec(), line.getItem().getUnitEn(),
                    line.getQuantity().stripTrailingZeros(), line.getRemark(),
                    line.getTurbine() == null ? null : line.getTurbine().getTurbineNo(), line.getBatchNo(),
                    line.getExpiryDate(), List.copyOf(line.getSerials()),
                    line.getDamagedOnArrival().signum() == 0 ? null : line.getDamagedOnArrival().stripTrailingZeros(),
                    line.getMissingOnArrival().signum() == 0 ? null : line.getMissingOnArrival().stripTrailingZeros(),
                    line.getDamagedSerials().isEmpty() ? null : line.getDamagedSerials(),
                    line.getMissingSerials().isEmpty() ? null : line.getMissingSerials(),
                    ReplacementJson.of(line.getFailure()));
        }
    }

    static DocumentJson of(StockDocument d) {
        return of(d, null);
    }

    /** With the id of the transfer slip that generated the document, if one did. */
    public static DocumentJson of(StockDocument d, Long transferSlip) {
        return new DocumentJson(d.getId(), d.getNumber(), d.getType().name(), d.getCategory().name(),
                d.getInk().name(), d.getStore().getCode(), d.getSupplier() == null ? null : d.getSupplier().getCode(),
                d.getReverses() == null ? null : d.getReverses().getNumber(), d.getDocumentDate(), d.getStatus().name(), d.getRemark(), d.getCreatedBy(), d.getCreatedAt(),
                d.getReviewedBy(), d.getReviewedAt(), d.getCheckedBy(), d.getCheckedAt(), d.getVersion(), d.getLines().stream().map(LineJson::of).toList(),
                d.getDamagedStore() == null ? null : d.getDamagedStore().getCode(), transferSlip,
                DocumentRef.of(d.getGeneratedFrom()), null,
                d.getRequisition() == null ? null : d.getRequisition().getNumber(), d.isEmergency() ? Boolean.TRUE : null,
                d.getReceiving().deliveryNote(), d.getReceiving().shipperConfirmation(), d.getReceiving().arrivedOn(),
                d.getCountDue(), d.getReceiving().isProvisional() ? Boolean.TRUE : null, null);
    }

    /** The same with the damage intake that booked in what this replacements removed. */
    public DocumentJson withRemovedPartsIntake(StockDocument intake) {
        return new DocumentJson(id, number, type, category, ink, store, supplier, reverses, date, status, remark,
                createdBy, createdAt, reviewedBy, reviewedAt, checkedBy, checkedAt, version, lines, damagedStore, transferSlip,
                generatedFrom, DocumentRef.of(intake), requisition, emergency, deliveryNote, shipperConfirmation,
                arrivedOn, countDue, provisional, actions);
    }

    /** The same with what the caller may do to the document now (only a single document read carries it). */
    public DocumentJson withActions(List<ActionJson> allowedActions) {
        return new DocumentJson(id, number, type, category, ink, store, supplier, reverses, date, status, remark,
                createdBy, createdAt, reviewedBy, reviewedAt, checkedBy, checkedAt, version, lines, damagedStore, transferSlip,
                generatedFrom, removedPartsIntake, requisition, emergency, deliveryNote, shipperConfirmation,
                arrivedOn, countDue, provisional, allowedActions);
    }
}
