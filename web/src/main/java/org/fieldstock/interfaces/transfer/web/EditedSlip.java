package org.fieldstock.interfaces.transfer.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fieldstock.domain.document.AllowedActions;
import org.fieldstock.domain.document.DocumentAction;
import org.fieldstock.domain.document.DocumentLine;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.interfaces.shared.ItemRef;
import org.fieldstock.interfaces.shared.StoreRef;

/**
 * The saved slip the slip page shows, as it was read: its header, the versions actions are taken
 * against, the documents it generated, what arrived once the transfer-in is reviewed, and what the
 * services answered then about the user: what the lifecycle allows them to do to the slip
 * ({@code allowed}), whether they may record its arrival ({@code mayRecordArrival}) and review each
 * document. The page decides its
 * buttons from these answers.
 */
public record EditedSlip(long id, String number, int version, StoreKind kind, DocumentStatus status,
        boolean crossBu, StoreRef fromStore, StoreRef toStore, String createdBy, Instant createdAt,
        String reviewedBy, Instant reviewedAt, boolean lossAwaitingApproval, BigDecimal reportedMissing,
        String lossApprovedBy, Instant lossApprovedAt, GeneratedDocument outbound, GeneratedDocument inbound,
        List<ReceivedLine> received, Set<DocumentAction> allowed, boolean mayRecordArrival) implements Serializable {

    /** A document the slip generated: what the page shows of it, its version, and whether the user may review it. */
    public record GeneratedDocument(long id, String number, int version, DocumentStatus status, boolean mayReview)
            implements Serializable {

        static GeneratedDocument of(StockDocument document, boolean mayReview) {
            return document == null ? null
                    : new GeneratedDocument(document.getId(), document.getNumber(), document.getVersion(),
                            document.getStatus(), mayReview);
        }
    }

    /** A line of the reviewed transfer-in: sent, arrived in good order, damaged and missing. */
    public record ReceivedLine(int lineNo, ItemRef item, BigDecimal quantity, BigDecimal arrivedGood,
            BigDecimal damagedOnArrival, BigDecimal missingOnArrival) implements Serializable {

        static ReceivedLine of(DocumentLine line) {
            return new ReceivedLine(line.getLineNo(), ItemRef.of(line.getItem()), line.getQuantity(),
                    line.getArrivedGood(), line.getDamagedOnArrival(), line.getMissingOnArrival());
        }
    }

    static EditedSlip of(TransferSlip slip, AllowedActions actions, boolean mayRecordArrival, GeneratedDocument outbound,
            GeneratedDocument inbound) {
        StockDocument transferIn = slip.getInbound();
        List<ReceivedLine> received = transferIn == null || transferIn.getStatus() != DocumentStatus.REVIEWED
                ? List.of() : transferIn.getLines().stream().map(ReceivedLine::of).toList();
        return new EditedSlip(slip.getId(), slip.getNumber(), slip.getVersion(), slip.getKind(), slip.getStatus(),
                slip.isCrossBu(), StoreRef.of(slip.getFromStore()), StoreRef.of(slip.getToStore()),
                slip.getCreatedBy(), slip.getCreatedAt(), slip.getReviewedBy(), slip.getReviewedAt(),
                slip.isLossAwaitingApproval(), slip.reportedMissing(), slip.getLossApprovedBy(),
                slip.getLossApprovedAt(), outbound, inbound, received, actions.allowed(), mayRecordArrival);
    }

    /** Whether the user may do the action to the slip, as the lifecycle answered when it was read. */
    public boolean allows(DocumentAction action) {
        return allowed.contains(action);
    }
}
