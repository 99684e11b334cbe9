package org.fieldstock.application.failedpart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.document.DocumentLine;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.failedpart.FailedPartRepository;
import org.fieldstock.domain.failedpart.FailureRecord;
import org.fieldstock.domain.failedpart.RegisterSearch;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.stock.SerialUnit;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * The damaged-part register (返修损坏备件清单) of the sites the caller may see: every failed part booked
 * into a site's damaged store, with what of it still waits there for the return to the repair hub.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class FailedPartService {

    /** The register lines one search reads at most: a BU's year of failed parts fits many times over. */
    public static final int MAX_ENTRIES = 5_000;

    @Inject
    private FailedPartRepository failedParts;

    @Inject
    private StockLedger ledger;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private CurrentCaller currentCaller;

    /** The sites whose register the caller may see, by code. */
    public List<OrgUnit> sites() {
        Caller caller = currentCaller.get();
        return organisation.allStores().stream().filter(store -> store.getOwner().getKind() == OrgUnitKind.SITE)
                .filter(caller::mayRead).map(Store::getOwner)
                .collect(Collectors.toMap(OrgUnit::getCode, unit -> unit, (a, b) -> a, java.util.TreeMap::new))
                .values().stream().toList();
    }

    /**
     * The register's lines matching the search, oldest first. What still waits: for serial-tracked
     * parts the removed units still in the damaged store; for the rest the store's on-hand of the item,
     * given to the newest lines first (what left the store is taken to be what came first).
     */
    public List<RegisterEntry> register(RegisterSearch search) {
        List<DocumentLine> lines = failedParts.intakeLines(search, currentCaller.get().readScope(), MAX_ENTRIES);
        Map<Long, List<DocumentLine>> replacing = failedParts.replacingLines(lines.stream()
                        .map(line -> line.getDocument().getGeneratedFrom()).filter(Objects::nonNull)
                        .map(StockDocument::getId).distinct().toList()).stream()
                .collect(Collectors.groupingBy(line -> line.getDocument().getId(), LinkedHashMap::new,
                        Collectors.toList()));
        Map<DocumentLine, BigDecimal> waiting = waiting(lines);
        List<RegisterEntry> entries = new ArrayList<>();
        for (DocumentLine line : lines) {
            StockDocument intake = line.getDocument();
            StockDocument issue = intake.getGeneratedFrom();
            List<String> fitted = issue == null ? List.of() : fittedSerials(replacing.get(issue.getId()), intake, line);
            FailureRecord failure = line.getFailure();
            RegisterEntry entry = new RegisterEntry(intake.getId(), intake.getNumber(), intake.getDocumentDate(),
                    intake.getStore(), line.getLineNo(), line.getItem(), line.getQuantity(),
                    line.getTurbine() == null ? null : line.getTurbine().getTurbineNo(),
                    failure == null ? null : failure.getReplacedBy(), failure == null ? null : failure.getReplacedOn(),
                    fitted, line.getSerials(), failure == null ? null : failure.getCause(),
                    failure == null ? line.getRemark() : failure.getNote(), issue == null ? null : issue.getNumber(),
                    waiting.get(line));
            if (search.returned() == null || search.returned() == entry.returned()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** The new units fitted by the issue line this intake line books the old ones of (lines correspond in order). */
    private static List<String> fittedSerials(List<DocumentLine> issueLines, StockDocument intake, DocumentLine line) {
        int position = intake.getLines().indexOf(line);
        return issueLines == null || position < 0 || position >= issueLines.size() ? List.of()
                : issueLines.get(position).getSerials();
    }

    private Map<DocumentLine, BigDecimal> waiting(List<DocumentLine> lines) {
        Map<DocumentLine, BigDecimal> waiting = new HashMap<>();
        Map<String, SerialUnit> units = ledger.unitsWithSerials(lines.stream()
                        .filter(line -> line.getItem().isSerialTracked()).flatMap(line -> line.getSerials().stream())
                        .distinct().toList()).stream()
                .collect(Collectors.toMap(unit -> unit.getItem().getCode() + "/" + unit.getSerialNo(), unit -> unit));
        Map<List<String>, List<DocumentLine>> counted = new LinkedHashMap<>();
        for (DocumentLine line : lines) {
            if (line.getItem().isSerialTracked() && !line.getSerials().isEmpty()) {
                String store = line.getDocument().getStore().getCode();
                long still = line.getSerials().stream().map(serial -> units.get(line.getItem().getCode() + "/" + serial))
                        .filter(unit -> unit != null && unit.getStore() != null && unit.getStore().getCode().equals(store))
                        .count();
                waiting.put(line, BigDecimal.valueOf(still));
            } else {
                counted.computeIfAbsent(List.of(line.getDocument().getStore().getCode(), line.getItem().getCode()),
                        key -> new ArrayList<>()).add(line);
            }
        }
        for (List<DocumentLine> group : counted.values()) {
            DocumentLine first = group.get(0);
            BigDecimal left = ledger.balance(first.getDocument().getStore(), first.getItem());
            List<DocumentLine> newestFirst = new ArrayList<>(group);
            newestFirst.sort(Comparator.comparing((DocumentLine l) -> l.getDocument().getDocumentDate())
                    .thenComparing(l -> l.getDocument().getNumber()).thenComparing(DocumentLine::getLineNo).reversed());
            for (DocumentLine line : newestFirst) {
                BigDecimal share = left.min(line.getQuantity()).max(BigDecimal.ZERO);
                waiting.put(line, share);
                left = left.subtract(share);
            }
        }
        return waiting;
    }
}
