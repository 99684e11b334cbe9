package org.fieldstock.domain.receiving;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.user.StoreScope;

/** Where discrepancy reports are kept, and the receipts the receiving lists show. */
public interface DiscrepancyRepository {

    String nextNumber(LocalDate date);

    void add(DiscrepancyReport report);

    Optional<DiscrepancyReport> find(long id);

    Optional<DiscrepancyReport> findForUpdate(long id);

    /** The reports of the scope's stores, the open ones only or all, the newest first; at most {@code max}. */
    List<DiscrepancyReport> search(StoreScope scope, boolean openOnly, int max);

    /** The reports on one receipt, in order. */
    List<DiscrepancyReport> ofReceipt(StockDocument receipt);

    /**
     * Saved (not yet booked) delivered receipts of the scope's stores, those arrived by the day only
     * (all: null), the oldest first; at most {@code max}.
     */
    List<StockDocument> waitingToBeCounted(StoreScope scope, LocalDate arrivedBy, int max);

    /** Delivered receipts of the scope's stores booked or saved on the shipper's word, their papers still to come. */
    List<StockDocument> withoutPapers(StoreScope scope, int max);
}
