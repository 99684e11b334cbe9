package org.fieldstock.domain.transfer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;

/** Stores and finds transfer slips. Deleted slips are kept but never found. */
public interface TransferSlipRepository {

    Optional<TransferSlip> find(long id);

    /** The slip with this number, unless deleted. */
    Optional<TransferSlip> findByNumber(String number);

    /** Loads the slip and locks its row until the transaction ends. */
    Optional<TransferSlip> findForUpdate(long id);

    void add(TransferSlip slip);

    /** A new readable number, unique across servers: TR, year and a sequence number. */
    String nextNumber(LocalDate date);

    /** The id of the (not deleted) slip that generated the document, read without loading or locking it. */
    Optional<Long> idOfSlipGenerating(long documentId);

    /** The (not deleted) slip that generated the document, if any. */
    Optional<TransferSlip> generating(long documentId);

    /** By the id of a transfer-in, the code of the unit that sent it (the slip's sending store's owner). */
    Map<Long, String> sendersOf(Collection<Long> inboundIds);

    /**
     * One page of the slips matching the search and the scope, newest first or in the order asked
     * for: {@code number} or {@code slipDate} (any other sort is the list's own order).
     */
    Page<TransferSlip> search(TransferSearch search, SlipScope scope, PageRequest request);

    /** Saved slips in the scope, oldest first: the ones waiting for review; at most {@code max}. */
    List<TransferSlip> awaitingReview(SlipScope scope, int max);

    /** Reviewed slips in the scope whose transfer-out is not reviewed yet, oldest first; at most {@code max}. */
    List<TransferSlip> awaitingShipment(SlipScope scope, int max);

    /** Shipped slips in the scope whose transfer-in is not reviewed yet, oldest first; at most {@code max}. */
    List<TransferSlip> awaitingArrival(SlipScope scope, int max);

    /** Received slips with units missing whose loss is not approved yet, oldest first; at most {@code max}. */
    List<TransferSlip> lossesAwaitingApproval(int max);

    /**
     * One page of the goods in transit today per slip line, in the scope and (if {@code store} is not
     * null) to or from that store: shipped and not yet received, or received with units missing whose
     * loss is not approved yet. Oldest first, or by {@code slipNumber}, {@code fromStore},
     * {@code toStore}, {@code item}, {@code shippedOn} or {@code ageDays}.
     */
    Page<InTransit> inTransit(SlipScope scope, Store store, LocalDate today, ZoneId zone, PageRequest request);

    /** Reviewed cross-BU slips dated within the period, by date and number. */
    List<TransferSlip> crossBu(LocalDate from, LocalDate to);
}
