package org.fieldstock.domain.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores and finds transfer slips. Deleted slips are kept but never found. */
public interface TransferSlipRepository {

    Optional<TransferSlip> find(long id);

    /** Loads the slip and locks its row until the transaction ends. */
    Optional<TransferSlip> findForUpdate(long id);

    void add(TransferSlip slip);

    /** A new readable number, unique across servers: TR, year and a sequence number. */
    String nextNumber(LocalDate date);

    /** The id of the (not deleted) slip that generated the document, read without loading or locking it. */
    Optional<Long> idOfSlipGenerating(long documentId);

    /** The (not deleted) slip that generated the document, if any. */
    Optional<TransferSlip> generating(long documentId);

    /** Slips matching the search, newest first. */
    List<TransferSlip> search(TransferSearch search);

    /** Saved slips, oldest first: the ones waiting for review. */
    List<TransferSlip> awaitingReview();

    /** Reviewed slips whose transfer-out is not reviewed yet, oldest first. */
    List<TransferSlip> awaitingShipment();

    /**
     * Reviewed slips with goods in transit, oldest first: shipped and not yet received, or received
     * with units missing whose loss is not approved yet.
     */
    List<TransferSlip> inTransit();

    /** Reviewed cross-BU slips dated within the period, by date and number. */
    List<TransferSlip> crossBu(LocalDate from, LocalDate to);
}
