package org.fieldstock.application.transfer;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.application.document.DocumentDraft;
import org.fieldstock.domain.organisation.StoreKind;

/**
 * A transfer slip as a screen or the API hands it in: store codes, not entities. The lines are
 * those of a document (item code, quantity, remark, batch, serials; turbine and expiry are not used).
 */
public record TransferDraft(StoreKind kind, String fromStoreCode, String toStoreCode, LocalDate slipDate,
        String packingListRef, String agreedBySending, String agreedByReceiving, String remark,
        List<DocumentDraft.Line> lines) implements Serializable {

    public TransferDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
