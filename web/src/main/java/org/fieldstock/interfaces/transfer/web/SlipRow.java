package org.fieldstock.interfaces.transfer.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.domain.transfer.TransferSlipLine;
import org.fieldstock.interfaces.shared.ItemRef;
import org.fieldstock.interfaces.shared.StoreRef;

/**
 * A transfer slip as the work lists, the search and the month-end report show it: header, whether
 * it is between BUs and the managers who agreed it then, the documents it generated, and its lines.
 */
public record SlipRow(long id, String number, LocalDate slipDate, StoreKind kind, StoreRef fromStore,
        StoreRef toStore, boolean crossBu, DocumentStatus status, String agreedBySending, String agreedByReceiving,
        DocumentRef outbound, DocumentRef inbound, List<Line> lines) implements Serializable {

    /** A line: the item and how many. */
    public record Line(ItemRef item, BigDecimal quantity) implements Serializable {

        static Line of(TransferSlipLine line) {
            return new Line(ItemRef.of(line.getItem()), line.getQuantity());
        }
    }

    static SlipRow of(TransferSlip slip) {
        return new SlipRow(slip.getId(), slip.getNumber(), slip.getSlipDate(), slip.getKind(),
                StoreRef.of(slip.getFromStore()), StoreRef.of(slip.getToStore()), slip.isCrossBu(), slip.getStatus(),
                slip.getAgreedBySending(), slip.getAgreedByReceiving(), DocumentRef.of(slip.getOutbound()),
                DocumentRef.of(slip.getInbound()), slip.getLines().stream().map(Line::of).toList());
    }

    static List<SlipRow> all(List<TransferSlip> slips) {
        return slips.stream().map(SlipRow::of).toList();
    }
}
