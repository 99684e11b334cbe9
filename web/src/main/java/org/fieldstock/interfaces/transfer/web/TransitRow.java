package org.fieldstock.interfaces.transfer.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.transfer.InTransit;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.interfaces.shared.ItemRef;
import org.fieldstock.interfaces.shared.StoreRef;

/**
 * Goods of one slip line in transit, as the in-transit list and the slip page show them: the slip,
 * the item and batch, how many, whether reported missing, when shipped and how many days ago, and
 * the slip line (which tells the rows of a slip apart).
 */
public record TransitRow(long slipId, String slipNumber, StoreKind kind, StoreRef fromStore, StoreRef toStore,
        ItemRef item, String batchNo, BigDecimal quantity, boolean reportedMissing, LocalDate shippedOn,
        long ageDays, int lineNo) implements Serializable {

    static TransitRow of(InTransit transit) {
        TransferSlip slip = transit.slip();
        return new TransitRow(slip.getId(), slip.getNumber(), slip.getKind(), StoreRef.of(slip.getFromStore()),
                StoreRef.of(slip.getToStore()), ItemRef.of(transit.line().getItem()), transit.line().getBatchNo(),
                transit.quantity(), transit.reportedMissing(), transit.shippedOn(), transit.ageDays(),
                transit.line().getLineNo());
    }

    static List<TransitRow> all(List<InTransit> transits) {
        return transits.stream().map(TransitRow::of).toList();
    }
}
