package org.fieldstock.application.failedpart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentLine;
import org.fieldstock.domain.failedpart.FailedPartRepository;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.transfer.TransferSlipRepository;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * Repairs followed to their end at the repair hub: a part arrives in the hub's damaged store (on a
 * return slip, or failed again there), may be sent to repair (repair return), and ends repaired
 * (repaired inbound into the hub's good store) or scrapped. Serial-tracked units are followed by
 * serial; unserialised parts by quantity, what ends first having arrived first.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class RepairTracking {

    /** How far back arrivals and their ends are read. */
    static final int DAYS_READ = 365;

    @Inject
    private FailedPartRepository failedParts;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private TransferSlipRepository slips;

    @Inject
    private CurrentCaller currentCaller;

    /** The hub's open repairs, oldest first, and its turnaround over the last year; for who may read the hub. */
    public HubRepairs hub() {
        Caller caller = currentCaller.get();
        OrgUnit department = organisation.allOrgUnits().stream().filter(OrgUnit::isProductionManagement).findFirst()
                .orElseThrow(() -> new NotFoundException("register.noRepairHub"));
        List<Store> stores = organisation.storesOf(department);
        List<Store> damaged = stores.stream().filter(s -> s.getKind() == StoreKind.DAMAGED).toList();
        List<Store> good = stores.stream().filter(s -> s.getKind() == StoreKind.GOOD).toList();
        if (damaged.stream().noneMatch(caller::mayRead)) {
            throw new NotFoundException("register.noRepairHub");
        }
        LocalDate today = LocalDate.now();
        LocalDate from = today.minusDays(DAYS_READ);
        List<DocumentLine> arrivals = failedParts.linesOf(damaged,
                List.of(DocumentCategory.DAMAGED_TRANSFER_IN, DocumentCategory.DAMAGE_INTAKE), from);
        List<DocumentLine> sent = failedParts.linesOf(damaged, List.of(DocumentCategory.REPAIR_RETURN), from);
        List<DocumentLine> ends = new ArrayList<>(failedParts.linesOf(damaged, List.of(DocumentCategory.SCRAP), from));
        ends.addAll(failedParts.linesOf(good, List.of(DocumentCategory.REPAIRED), from));
        ends.sort(Comparator.comparing((DocumentLine l) -> l.getDocument().getDocumentDate())
                .thenComparing(l -> l.getDocument().getId()));

        Map<Long, String> siteOf = slips.sendersOf(arrivals.stream()
                .filter(line -> line.getDocument().getCategory() == DocumentCategory.DAMAGED_TRANSFER_IN)
                .map(line -> line.getDocument().getId()).distinct().toList());
        List<HubRepairs.Open> open = new ArrayList<>();
        Map<String, List<Long>> daysByItem = new TreeMap<>();
        Map<String, List<Long>> daysBySite = new TreeMap<>();
        Map<String, Deque<Arrival>> waiting = new HashMap<>();
        for (DocumentLine line : arrivals) {
            // a part that failed again at the hub, or a transfer-in without its slip, comes from the hub itself
            String site = siteOf.getOrDefault(line.getDocument().getId(), department.getCode());
            if (line.getItem().isSerialTracked()) {
                for (String serial : line.getArrivedGoodSerials()) {
                    waiting.computeIfAbsent(key(line.getItem(), serial), k -> new ArrayDeque<>())
                            .add(new Arrival(line.getItem(), serial, BigDecimal.ONE, site, date(line)));
                }
            } else {
                BigDecimal arrived = line.getQuantity().subtract(line.getMissingOnArrival());
                waiting.computeIfAbsent(key(line.getItem(), null), k -> new ArrayDeque<>())
                        .add(new Arrival(line.getItem(), null, arrived, site, date(line)));
            }
        }
        for (DocumentLine end : ends) {
            if (end.getItem().isSerialTracked()) {
                for (String serial : end.getSerials()) {
                    close(waiting.get(key(end.getItem(), serial)), BigDecimal.ONE, date(end), daysByItem, daysBySite);
                }
            } else {
                close(waiting.get(key(end.getItem(), null)), end.getQuantity().abs(), date(end), daysByItem,
                        daysBySite);
            }
        }
        Map<String, LocalDate> lastSent = new HashMap<>();
        for (DocumentLine line : sent) {
            for (String serial : line.getItem().isSerialTracked() ? line.getSerials() : List.<String>of()) {
                lastSent.put(key(line.getItem(), serial), date(line));
            }
        }
        for (Deque<Arrival> queue : waiting.values()) {
            for (Arrival a : queue) {
                if (a.left.signum() > 0) {
                    LocalDate sentOn = a.serial == null ? null : lastSent.get(key(a.item, a.serial));
                    open.add(new HubRepairs.Open(a.item, a.serial, a.left, a.site, a.arrived,
                            ChronoUnit.DAYS.between(a.arrived, today), sentOn != null && !sentOn.isBefore(a.arrived)));
                }
            }
        }
        open.sort(Comparator.comparing(HubRepairs.Open::arrived).thenComparing(o -> o.item().getCode()));
        return new HubRepairs(open, turnaround(daysByItem), turnaround(daysBySite));
    }

    /** Ends what arrived first of the queue with this quantity, noting the days each part spent at the hub. */
    private static void close(Deque<Arrival> queue, BigDecimal quantity, LocalDate ended,
            Map<String, List<Long>> daysByItem, Map<String, List<Long>> daysBySite) {
        BigDecimal left = quantity;
        while (queue != null && left.signum() > 0) {
            Arrival first = queue.stream().filter(a -> a.left.signum() > 0 && !a.arrived.isAfter(ended)).findFirst()
                    .orElse(null);
            if (first == null) {
                return;
            }
            BigDecimal taken = first.left.min(left);
            first.left = first.left.subtract(taken);
            left = left.subtract(taken);
            long days = ChronoUnit.DAYS.between(first.arrived, ended);
            daysByItem.computeIfAbsent(first.item.getCode(), k -> new ArrayList<>()).add(days);
            daysBySite.computeIfAbsent(first.site, k -> new ArrayList<>()).add(days);
        }
    }

    private static List<HubRepairs.Turnaround> turnaround(Map<String, List<Long>> days) {
        return days.entrySet().stream().map(e -> new HubRepairs.Turnaround(e.getKey(), e.getValue().size(),
                BigDecimal.valueOf(e.getValue().stream().mapToLong(Long::longValue).sum())
                        .divide(BigDecimal.valueOf(e.getValue().size()), 1, RoundingMode.HALF_UP),
                e.getValue().stream().mapToLong(Long::longValue).max().orElse(0))).toList();
    }

    private static LocalDate date(DocumentLine line) {
        return line.getDocument().getDocumentDate();
    }

    private static String key(Item item, String serial) {
        return item.getCode() + "/" + (serial == null ? "" : serial);
    }

    /** What of one arrival has not ended yet. */
    private static final class Arrival {
        private final Item item;
        private final String serial;
        private final String site;
        private final LocalDate arrived;
        private BigDecimal left;

        Arrival(Item item, String serial, BigDecimal quantity, String site, LocalDate arrived) {
            this.item = item;
            this.serial = serial;
            this.left = quantity;
            this.site = site;
            this.arrived = arrived;
        }
    }
}
