package org.fieldstock.domain.requisition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldstock.domain.organisation.OrgUnit;

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
}
