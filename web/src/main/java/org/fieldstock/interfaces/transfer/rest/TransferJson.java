package org.fieldstock.interfaces.transfer.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.domain.transfer.TransferSlipLine;
import org.fieldstock.interfaces.shared.rest.ActionJson;

/**
 * A transfer slip as the API shows it, with its generated documents (id, number, status) once
 * reviewed, and what is missing on arrival and whether the planning office approved that loss; the
 * requisition it delivers, and whether it was shipped first in an emergency.
 */
@Schema(name = "Transfer")
public record TransferJson(long id, String number, String kind, String from, String fromUnit, String to,
        String toUnit, boolean crossBu, LocalDate date, String status, String packingListRef, String agreedBySending,
        String agreedByReceiving, String remark, GeneratedJson outbound, GeneratedJson inbound,
        BigDecimal missingOnArrival, String lossApprovedBy, Instant lossApprovedAt, String createdBy,
        Instant createdAt, String reviewedBy, Instant reviewedAt, int version, List<LineJson> lines,
        String requisition, Boolean emergency, List<ActionJson> actions) {

    /** A document the slip generated. */
    @Schema(name = "TransferDocument")
    public record GeneratedJson(long id, String number, String status, LocalDate date, String reviewedBy,
            Instant reviewedAt, int version) {

        static GeneratedJson of(StockDocument d) {
            return d == null ? null : new GeneratedJson(d.getId(), d.getNumber(), d.getStatus().name(),
                    d.getDocumentDate(), d.getReviewedBy(), d.getReviewedAt(), d.getVersion());
        }
    }

    @Schema(name = "TransferLine")
    public record LineJson(int lineNo, String item, String nameZh, String nameEn, String spec, String unit,
            BigDecimal quantity, String batch, List<String> serials, String remark) {

        static LineJson of(TransferSlipLine line) {
            return new LineJson(line.getLineNo(), line.getItem().getCode(), line.getItem().getNameZh(),
                    line.getItem().getNameEn(), line.getItem().getSpec(), line.getItem().getUnitEn(),
                    line.getQuantity().stripTrailingZeros(), line.getBatchNo(), List.copyOf(line.getSerials()),
                    line.getRemark());
        }
    }

    public static TransferJson of(TransferSlip s) {
        BigDecimal missing = s.reportedMissing();
        return new TransferJson(s.getId(), s.getNumber(), s.getKind().name(), s.getFromStore().getCode(),
                s.getFromStore().getOwner().getCode(), s.getToStore().getCode(), s.getToStore().getOwner().getCode(),
                s.isCrossBu(), s.getSlipDate(), s.getStatus().name(), s.getPackingListRef(), s.getAgreedBySending(),
                s.getAgreedByReceiving(), s.getRemark(), GeneratedJson.of(s.getOutbound()),
                GeneratedJson.of(s.getInbound()), missing.signum() == 0 ? null : missing.stripTrailingZeros(),
                s.getLossApprovedBy(), s.getLossApprovedAt(), s.getCreatedBy(), s.getCreatedAt(), s.getReviewedBy(),
                s.getReviewedAt(), s.getVersion(), s.getLines().stream().map(LineJson::of).toList(),
                s.getRequisition() == null ? null : s.getRequisition().getNumber(),
                s.isEmergency() ? Boolean.TRUE : null, null);
    }

    /** The same with what the caller may do to the slip now (only a single slip read carries it). */
    TransferJson withActions(List<ActionJson> allowedActions) {
        return new TransferJson(id, number, kind, from, fromUnit, to, toUnit, crossBu, date, status, packingListRef,
                agreedBySending, agreedByReceiving, remark, outbound, inbound, missingOnArrival, lossApprovedBy,
                lossApprovedAt, createdBy, createdAt, reviewedBy, reviewedAt, version, lines, requisition, emergency,
                allowedActions);
    }
}
