package org.fieldstock.application.requisition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.requisition.RequisitionLine;
import org.fieldstock.domain.requisition.RequisitionRepository;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;

/**
 * What reaches a site for its requisition: per item what it asked for, what arrived (the reviewed
 * receipts and transfer arrivals naming it) and what is on its way. Nothing may bring more than was
 * asked, and the arrivals close the requisition, or open it again when one is taken back.
 */
@ApplicationScoped
public class RequisitionDeliveries {

    @Inject
    private RequisitionRepository requisitions;

    /** One item of a requisition: asked, arrived, on its way, and what is still to send. */
    public record ItemDelivery(Item item, BigDecimal asked, BigDecimal arrived, BigDecimal coming) {

        public BigDecimal open() {
            return asked.subtract(arrived).subtract(coming).max(BigDecimal.ZERO);
        }
    }

    /** Per item, in the order of the requisition's lines; parts still without a code are not yet deliverable. */
    public List<ItemDelivery> of(Requisition requisition) {
        Map<Long, BigDecimal> arrived = requisitions.receivedByItem(requisition);
        Map<Long, BigDecimal> coming = requisitions.comingByItem(requisition, null, null);
        return asked(requisition).entrySet().stream().map(e -> new ItemDelivery(e.getKey(), e.getValue(),
                arrived.getOrDefault(e.getKey().getId(), BigDecimal.ZERO),
                coming.getOrDefault(e.getKey().getId(), BigDecimal.ZERO))).toList();
    }

    /**
     * Refuses, naming each item, a shipment or receipt that would bring an item the requisition did
     * not ask for, or more of one than it asked beside what arrived and what is on its way (leaving
     * out the slip or document being changed). On review only what arrived counts.
     */
    public void requireWithin(Requisition requisition, Map<Item, BigDecimal> adding, Long exceptSlipId,
            Long exceptDocumentId, boolean onArrival, BusinessException.Kind kind) {
        Map<Item, BigDecimal> asked = asked(requisition);
        Map<Long, BigDecimal> arrived = requisitions.receivedByItem(requisition);
        Map<Long, BigDecimal> coming = onArrival ? Map.of()
                : requisitions.comingByItem(requisition, exceptSlipId, exceptDocumentId);
        List<Problem> problems = new ArrayList<>();
        adding.forEach((item, quantity) -> {
            BigDecimal wanted = asked.entrySet().stream().filter(e -> e.getKey().getId().equals(item.getId()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (wanted == null) {
                problems.add(new Problem("requisition.itemNotAsked", requisition.getNumber(), item.getCode()));
                return;
            }
            BigDecimal there = arrived.getOrDefault(item.getId(), BigDecimal.ZERO);
            BigDecimal onTheWay = coming.getOrDefault(item.getId(), BigDecimal.ZERO);
            if (there.add(onTheWay).add(quantity).compareTo(wanted) > 0) {
                problems.add(new Problem("requisition.deliversTooMuch", requisition.getNumber(), item.getCode(),
                        plain(wanted), plain(there), plain(onTheWay), plain(quantity)));
            }
        });
        if (!problems.isEmpty()) {
            throw new BusinessException(kind, problems);
        }
    }

    /** After a receipt or an arrival naming it was reviewed or taken back: closes it, or opens it again. */
    public void arrivalsChanged(Requisition named, String user) {
        Requisition requisition = requisitions.findForUpdate(named.getId()).orElseThrow();
        Map<Long, BigDecimal> arrived = new HashMap<>(requisitions.receivedByItem(requisition));
        Map<RequisitionLine, BigDecimal> perLine = new HashMap<>();
        for (RequisitionLine line : requisition.getLines()) {
            Item item = line.deliveredItem();
            if (item == null) {
                continue;
            }
            // what arrived of an item goes to its lines in their order
            BigDecimal left = arrived.getOrDefault(item.getId(), BigDecimal.ZERO);
            BigDecimal given = left.min(line.getQuantity());
            perLine.put(line, given);
            arrived.put(item.getId(), left.subtract(given));
        }
        requisition.delivered(perLine, user, Instant.now());
    }

    /** By item, what the lines ask for; lines of parts still without a code are left out. */
    private static Map<Item, BigDecimal> asked(Requisition requisition) {
        Map<Item, BigDecimal> asked = new LinkedHashMap<>();
        for (RequisitionLine line : requisition.getLines()) {
            Item item = line.deliveredItem();
            if (item != null) {
                asked.merge(item, line.getQuantity(), BigDecimal::add);
            }
        }
        return asked;
    }

    private static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }
}
