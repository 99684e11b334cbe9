package org.fieldstock.domain.transfer;

import java.util.List;
import java.util.Optional;

import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.document.DocumentAction;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.Lifecycle;
import org.fieldstock.domain.shared.Refusal;
import org.fieldstock.domain.user.Caller;

/**
 * The life cycle of a transfer slip: whoever may arrange the transfer (the BU within a BU, the
 * planning office across BUs) saves, modifies, reviews and unreviews it. Reviewing generates its
 * documents on the slip's date in both stores' books, unreviewing deletes them from the days they
 * are dated; both stores must be open for review.
 */
public final class TransferSlipLifecycle implements Lifecycle<TransferSlip> {

    public static final TransferSlipLifecycle RULES = new TransferSlipLifecycle();

    private TransferSlipLifecycle() {
    }

    @Override
    public String number(TransferSlip slip) {
        return slip.getNumber();
    }

    @Override
    public int version(TransferSlip slip) {
        return slip.getVersion();
    }

    @Override
    public DocumentStatus status(TransferSlip slip) {
        return slip.getStatus();
    }

    @Override
    public String changedMeanwhileKey() {
        return "transfer.changedMeanwhile";
    }

    @Override
    public Optional<Refusal> refuseCaller(DocumentAction action, TransferSlip slip, Caller caller) {
        return Refusal.of(() -> caller.requireTransferRight(slip.getFromStore(), slip.getToStore()));
    }

    @Override
    public List<BookDay> booksTouched(DocumentAction action, TransferSlip slip) {
        return switch (action) {
            case REVIEW -> List.of(new BookDay(slip.getFromStore(), slip.getSlipDate(), slip.getNumber()),
                    new BookDay(slip.getToStore(), slip.getSlipDate(), slip.getNumber()));
            case UNREVIEW -> slip.getOutbound() == null ? List.of() : List.of(
                    new BookDay(slip.getFromStore(), slip.getOutbound().getDocumentDate(),
                            slip.getOutbound().getNumber()),
                    new BookDay(slip.getToStore(), slip.getInbound().getDocumentDate(),
                            slip.getInbound().getNumber()));
            // a saved slip is in nobody's books yet
            case MODIFY, DELETE, CHECK -> List.of();
        };
    }

    @Override
    public Optional<Refusal> refuseState(DocumentAction action, TransferSlip slip) {
        if (action == DocumentAction.CHECK) {
            // the goods leaving are checked on the slip's transfer-out, where that is required
            return Optional.of(Refusal.conflict("transfer.check.onOutbound", slip.getNumber()));
        }
        if (action == DocumentAction.UNREVIEW && slip.getOutbound() != null
                && slip.getOutbound().getStatus() == DocumentStatus.REVIEWED) {
            // the goods have left: they come back on their transfer-out being unreviewed first
            return Optional.of(Refusal.conflict("transfer.unreview.shipped", slip.getNumber(),
                    slip.getOutbound().getNumber()));
        }
        if (action != DocumentAction.REVIEW) {
            return Optional.empty();
        }
        return Refusal.of(() -> {
            slip.getFromStore().requireActive();
            slip.getToStore().requireActive();
        });
    }

    @Override
    public Audited audited(DocumentAction action, TransferSlip slip) {
        return switch (action) {
            case MODIFY -> entry(AuditAction.TRANSFER_MODIFIED, slip, "");
            case DELETE -> entry(AuditAction.TRANSFER_DELETED, slip, "");
            case REVIEW -> entry(AuditAction.TRANSFER_REVIEWED, slip, generated(slip));
            // the engine asks before the documents are deleted, so that the entry names them
            case UNREVIEW -> entry(AuditAction.TRANSFER_UNREVIEWED, slip, generated(slip));
            case CHECK -> entry(AuditAction.DOCUMENT_CHECKED, slip, "");
        };
    }

    /** The numbers of the documents the slip generated, as its audit entries name them. */
    public static String generated(TransferSlip slip) {
        return slip.getOutbound() == null ? "" : slip.getOutbound().getNumber() + " " + slip.getInbound().getNumber();
    }

    /** The audit entry of something done to the slip. */
    public static Audited entry(AuditAction action, TransferSlip slip, String detail) {
        return new Audited(action, AuditSubject.TRANSFER_SLIP, slip.getNumber(), slip.getFromStore().getOwner().getCode(),
                (slip.getFromStore().getCode() + " → " + slip.getToStore().getCode() + " " + detail).strip());
    }
}
