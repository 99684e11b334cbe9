package org.fieldstock.application.transfer;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.application.document.DocumentDraft;
import org.fieldstock.domain.organisation.StoreKind;

/**
 * A transfer slip as a screen or the API hands it in: store codes, not entities. The lines are
 * those of a document (item code, quantity, remark, batch, serials; turbine and expiry are not used).
 * An emergency slip is shipped ahead of its requisition, which is to follow.
 */
public record TransferDraft(StoreKind kind, String fromStoreCode, String toStoreCode, LocalDate slipDate,
        String packingListRef, String agreedBySending, String agreedByReceiving, String remark,
        List<DocumentDraft.Line> lines, boolean emergency) implements Serializable {

    public TransferDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A slip shipped in the ordinary way, not ahead of its requisition. */
    public TransferDraft(StoreKind kind, String fromStoreCode, String toStoreCode, LocalDate slipDate,
            String packingListRef, String agreedBySending, String agreedByReceiving, String remark,
            List<DocumentDraft.Line> lines) {
        this(kind, fromStoreCode, toStoreCode, slipDate, packingListRef, agreedBySending, agreedByReceiving, remark,
                lines, false);
    }
}
