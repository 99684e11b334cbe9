package org.fieldstock.domain.requisition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.transfer.TransferSlip;

/** Requisitions, their numbers, and what the site's reviewed receipts naming them brought. */
public interface RequisitionRepository {

    void add(Requisition requisition);

    Optional<Requisition> find(long id);

    /** The requisition, locked until the transaction ends: its steps and its deliveries one at a time. */
    Optional<Requisition> findForUpdate(long id);

    /** REQ-year-sequence, never reused. */
    String nextNumber(LocalDate date);

    /**
     * The requisitions of sites under {@code within} (a site, a BU; null: every site), newest first,
     * at most {@code max}; only open ones if asked.
     */
    List<Requisition> search(OrgUnit within, boolean openOnly, int max);

    Optional<Requisition> byNumber(String number);

    /** By item id, what the reviewed inbound documents into the requisition's site naming it brought. */
    Map<Long, BigDecimal> receivedByItem(Requisition requisition);

    /**
     * By item id, what is on its way to the site for it and has not arrived: the lines of its transfer
     * slips whose arrival is not reviewed, and of its saved receipts; leaving out one slip and one
     * document (null: none), the one being changed.
     */
    Map<Long, BigDecimal> comingByItem(Requisition requisition, Long exceptSlipId, Long exceptDocumentId);

    /**
     * Purchases bought first in an emergency still waiting for their requisition, at the stores of
     * the sites under {@code within} (a site, a BU; null: everywhere), oldest first, at most {@code max}.
     */
    List<StockDocument> purchasesAwaitingRequisition(OrgUnit within, int max);

    /** Slips shipped first in an emergency to the sites under {@code within}, still waiting for their requisition. */
    List<TransferSlip> shipmentsAwaitingRequisition(OrgUnit within, int max);

    /**
     * The requisitions of sites under {@code within} (null: every site) drafted before {@code end}
     * that had not ended before {@code start}: open ones, and those whose last step came since.
     */
    List<Requisition> activeBetween(OrgUnit within, java.time.Instant start, java.time.Instant end);
}
