package org.fieldstock.application.failedpart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
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

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.document.DocumentDraft;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.application.transfer.TransferDraft;
import org.fieldstock.application.transfer.TransferService;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.document.DocumentLine;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.failedpart.FailedPartRepository;
import org.fieldstock.domain.failedpart.FailureRecord;
import org.fieldstock.domain.failedpart.RegisterSearch;
import org.fieldstock.domain.failedpart.ReturnCycle;
import org.fieldstock.domain.failedpart.WarrantyRepair;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.stock.SerialUnit;
import org.fieldstock.domain.stock.StockBalance;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.stock.StockLedgerEntry;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.fieldstock.domain.user.StoreScope;

/**
 * The damaged-part register (返修损坏备件清单) of the sites the caller may see: every failed part booked
 * into a site's damaged store, with what of it still waits there for the return to the repair hub.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class FailedPartService {

    /** The register lines one search reads at most: a BU's year of failed parts fits many times over. */
    public static final int MAX_ENTRIES = 5_000;

    /** Repairs after which a class II part is advised for scrap, unless configured otherwise. */
    public static final int DEFAULT_SCRAP_ADVICE_AFTER = 3;

    @Inject
    private FailedPartRepository failedParts;

    @Inject
    private StockLedger ledger;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private TransferService transfers;

    @Inject
    private ItemRepository items;

    @Inject
    private AuditTrail audit;

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

    /** How far back the rows that brought damaged parts in are read to date what still waits; far beyond a cycle. */
    static final int DAYS_DATED_BACK = 365;

    /**
     * The return cycle as configured: {@code fieldstock.failed-parts.return-days} (15) and
     * {@code fieldstock.failed-parts.return-volume-m3} (3).
     */
    public ReturnCycle returnCycle() {
        Config config = ConfigProvider.getConfig();
        return new ReturnCycle(config.getOptionalValue("fieldstock.failed-parts.return-days", Integer.class)
                .orElse(ReturnCycle.DEFAULT.days()), config.getOptionalValue("fieldstock.failed-parts.return-volume-m3",
                        BigDecimal.class).orElse(ReturnCycle.DEFAULT.volumeM3()));
    }

    /**
     * Per site of the caller's own (every site for the planning office, a BU's for its people, a
     * keeper's own), by code: what waits in its damaged store to go back to the repair hub and whether
     * the return is due. Everything in a site's damaged store waits to go back (or to be scrapped on the
     * BU's approval). Read in three statements whatever the number of sites: the stores, their
     * balances, and the last year's rows that brought the items still there in.
     */
    public List<SiteReturn> returns() {
        Caller caller = currentCaller.get();
        StoreScope own = ownScope(caller);
        ReturnCycle cycle = returnCycle();
        LocalDate today = LocalDate.now();
        Map<String, Store> damaged = new java.util.TreeMap<>();
        organisation.allStores().stream().filter(store -> store.getKind() == StoreKind.DAMAGED)
                .filter(store -> store.getOwner().getKind() == OrgUnitKind.SITE)
                .filter(caller::mayRead).filter(own::includes)
                .forEach(store -> damaged.putIfAbsent(store.getOwner().getCode(), store));
        List<StockBalance> balances = ledger.onHand(damaged.values());
        Map<List<Long>, List<StockLedgerEntry>> inflows = ledger.inflowsSince(damaged.values(),
                balances.stream().map(StockBalance::getItem).collect(Collectors.toSet()),
                today.minusDays(DAYS_DATED_BACK)).stream()
                .collect(Collectors.groupingBy(e -> List.of(e.getStore().getId(), e.getItem().getId())));
        Map<Long, List<StockBalance>> byStore = balances.stream()
                .collect(Collectors.groupingBy(b -> b.getStore().getId()));
        List<SiteReturn> returns = new ArrayList<>();
        for (Store store : damaged.values()) {
            BigDecimal units = BigDecimal.ZERO;
            BigDecimal volume = BigDecimal.ZERO;
            LocalDate oldest = null;
            for (StockBalance balance : byStore.getOrDefault(store.getId(), List.of())) {
                units = units.add(balance.getOnHand());
                if (balance.getItem().getPackedVolumeM3() != null) {
                    volume = volume.add(balance.getItem().getPackedVolumeM3().multiply(balance.getOnHand()));
                }
                LocalDate since = oldestWaiting(balance, inflows.getOrDefault(List.of(store.getId(),
                        balance.getItem().getId()), List.of()), today);
                if (oldest == null || since.isBefore(oldest)) {
                    oldest = since;
                }
            }
            returns.add(new SiteReturn(store.getOwner(), units.stripTrailingZeros(),
                    volume.setScale(2, RoundingMode.HALF_UP), oldest,
                    oldest == null ? 0 : ReturnCycle.ageInDays(oldest, today), cycle.status(oldest, volume, today)));
        }
        return returns;
    }

    /**
     * The day the oldest unit of an item still in a damaged store came in, by the days the rows that
     * brought it in moved goods (the intakes' dates), newest first: what left the store is taken to be
     * what came first. Units that came before the rows read are dated to the first day read.
     */
    private static LocalDate oldestWaiting(StockBalance balance, List<StockLedgerEntry> newestFirst, LocalDate today) {
        BigDecimal covered = BigDecimal.ZERO;
        for (StockLedgerEntry entry : newestFirst) {
            covered = covered.add(entry.getQuantity());
            if (covered.compareTo(balance.getOnHand()) >= 0) {
                return entry.getMovementDay();
            }
        }
        return today.minusDays(DAYS_DATED_BACK);
    }

    /**
     * The stores of the caller's own org unit and those right under it (a BU's and its sites', a
     * site's); every store for the planning office. Screens and work lists default to it.
     */
    private static StoreScope ownScope(Caller caller) {
        return caller.getOrgUnit().getKind() == OrgUnitKind.PLANNING_OFFICE ? caller.readScope()
                : StoreScope.under(caller.getOrgUnit());
    }

    /** A line of the register, as the user picks it for a return slip: the intake and its line number. */
    public record LineRef(long intakeId, int lineNo) implements java.io.Serializable {
    }

    /**
     * The repair hub's damaged store, where damaged parts go back to; refused when the organisation
     * has no production management department with an active damaged store.
     */
    public Store repairHub() {
        return organisation.allOrgUnits().stream().filter(OrgUnit::isProductionManagement)
                .flatMap(unit -> organisation.storesOf(unit).stream())
                .filter(store -> store.getKind() == StoreKind.DAMAGED && store.isActive()).findFirst()
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.CONFLICT, "register.noRepairHub"));
    }

    /** Whether the caller may make the return slip of a site's damaged parts to the repair hub. */
    public boolean mayMakeReturnSlip(String siteCode) {
        Caller caller = currentCaller.get();
        return damagedStoreOf(site(siteCode)).map(from -> caller.mayArrangeTransfer(from, repairHub())).orElse(false);
    }

    /**
     * What a return shipment of the search's site packs, as its packing list prints it: the chosen
     * lines, which must all still be waiting in the site's damaged store (refused by name otherwise),
     * or, when none are chosen, every line still waiting that matches the search.
     */
    public List<RegisterEntry> packingList(RegisterSearch search, List<LineRef> chosen) {
        OrgUnit site = site(search.siteCode());
        if (chosen == null || chosen.isEmpty()) {
            return register(new RegisterSearch(site.getCode(), search.turbineNo(), search.itemCode(), search.cause(),
                    search.from(), search.to(), false));
        }
        return chosenWaiting(site, chosen);
    }

    /**
     * A damaged-goods transfer slip, saved, of the chosen register lines of one site still waiting in
     * its damaged store, to the repair hub: per line what of it waits (for serial-tracked parts the
     * removed units still there). The transfer rules decide who may make it (across BUs: the planning
     * office). Lines that are not waiting, or of another site, are refused by name.
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME})
    public TransferSlip returnSlip(String siteCode, List<LineRef> chosen) {
        OrgUnit site = site(siteCode);
        if (chosen == null || chosen.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "register.returnSlip.noLines");
        }
        Store from = damagedStoreOf(site).orElseThrow(() -> new BusinessException(BusinessException.Kind.CONFLICT,
                "document.replacement.noDamagedStore", site.getCode(), site.getCode()));
        List<DocumentDraft.Line> lines = new ArrayList<>();
        List<String> intakes = new ArrayList<>();
        for (RegisterEntry entry : chosenWaiting(site, chosen)) {
            List<String> serials = entry.item().isSerialTracked()
                    ? stillIn(from, entry) : List.of();
            lines.add(new DocumentDraft.Line(entry.item().getCode(), entry.waiting(), entry.intakeNumber()
                    + (entry.turbineNo() == null ? "" : " " + entry.turbineNo()), null, null, null, serials));
            if (!intakes.contains(entry.intakeNumber())) {
                intakes.add(entry.intakeNumber());
            }
        }
        String remark = "返修件返回 Damaged parts back to the repair hub: " + String.join(", ", intakes);
        return transfers.create(new TransferDraft(StoreKind.DAMAGED, from.getCode(), repairHub().getCode(),
                LocalDate.now(), null, null, null, remark.length() > 500 ? remark.substring(0, 497) + "..." : remark,
                lines));
    }

    /** The chosen lines of a site, in the order chosen, each once; refused by name unless all still wait. */
    private List<RegisterEntry> chosenWaiting(OrgUnit site, List<LineRef> chosen) {
        Map<LineRef, RegisterEntry> waiting = register(new RegisterSearch(site.getCode(), null, null, null, null, null,
                false)).stream().collect(Collectors.toMap(e -> new LineRef(e.intakeId(), e.lineNo()), e -> e,
                        (a, b) -> a, LinkedHashMap::new));
        List<Problem> problems = new ArrayList<>();
        List<RegisterEntry> entries = new ArrayList<>();
        for (LineRef ref : new java.util.LinkedHashSet<>(chosen)) {
            RegisterEntry entry = waiting.get(ref);
            if (entry == null) {
                problems.add(new Problem("register.returnSlip.notWaiting", ref.intakeId(), ref.lineNo(),
                        site.getCode()));
            } else {
                entries.add(entry);
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        return entries;
    }

    /** The removed units of a register line still in the store. */
    private List<String> stillIn(Store store, RegisterEntry entry) {
        java.util.Set<String> there = ledger.serials(store, entry.item()).stream().map(SerialUnit::getSerialNo)
                .collect(Collectors.toSet());
        return entry.removedSerials().stream().filter(there::contains).toList();
    }

    private java.util.Optional<Store> damagedStoreOf(OrgUnit site) {
        return organisation.storesOf(site).stream()
                .filter(store -> store.getKind() == StoreKind.DAMAGED && store.isActive()).findFirst();
    }

    /**
     * After how many repairs a class II part is advised for scrap (the seed's "维修次数过多"):
     * {@code fieldstock.failed-parts.scrap-after-repairs}, 3 unless set.
     */
    public int scrapAdviceAfter() {
        return ConfigProvider.getConfig().getOptionalValue("fieldstock.failed-parts.scrap-after-repairs", Integer.class)
                .orElse(DEFAULT_SCRAP_ADVICE_AFTER);
    }

    /**
     * Where a unit has been, as far as the caller may see its stores: every reviewed document that
     * moved it, where it is now, its repairs and whether scrapping it is advised. A unit the caller sees
     * nothing of does not exist for them.
     */
    public SerialHistory history(String itemCode, String serial) {
        Caller caller = currentCaller.get();
        String item = itemCode == null ? "" : itemCode.strip();
        String unit = serial == null ? "" : serial.strip();
        List<DocumentLine> lines = failedParts.linesOfSerial(item, unit).stream()
                .filter(line -> caller.mayRead(line.getDocument().getStore())).toList();
        if (lines.isEmpty()) {
            throw new NotFoundException("serial.notFound", item, unit);
        }
        List<SerialHistory.WarrantyEntry> warranty = failedParts.warrantyRepairs(item, unit).stream()
                .map(w -> new SerialHistory.WarrantyEntry(w.getRepairedOn(), w.getSite().getCode(), w.getMaker(),
                        w.getWorkDone(), w.getRecordedBy())).toList();
        List<SerialHistory.Event> events = lines.stream().map(line -> {
            StockDocument document = line.getDocument();
            return new SerialHistory.Event(document.getDocumentDate(), document.getReviewedAt(), document.getId(),
                    document.getNumber(), document.getCategory(), document.getStore().getCode(),
                    line.getTurbine() == null ? null : line.getTurbine().getTurbineNo(),
                    document.getCategory().stockDirection());
        }).toList();
        SerialUnit now = ledger.unitsWithSerials(List.of(unit)).stream()
                .filter(u -> u.getItem().getCode().equals(item)).findFirst().orElse(null);
        int repairs = failedParts.repairCounts(item, List.of(unit)).getOrDefault(unit, 0L).intValue();
        Item of = lines.get(0).getItem();
        int after = scrapAdviceAfter();
        return new SerialHistory(of, unit,
                now == null || now.getStore() == null || !caller.mayRead(now.getStore()) ? null
                        : now.getStore().getCode(),
                now == null || now.getTurbine() == null ? null : now.getTurbine().getTurbineNo(), repairs,
                scrapAdvised(of, repairs, after), after, events, warranty);
    }

    /** Whether the caller may record a warranty repair of this unit: a tool at a site whose documents they enter. */
    public boolean mayRecordWarrantyRepair(String itemCode, String serial) {
        Caller caller = currentCaller.get();
        return ledger.unitsWithSerials(List.of(serial == null ? "" : serial.strip())).stream()
                .filter(u -> u.getItem().getCode().equals(itemCode == null ? "" : itemCode.strip()))
                .filter(u -> u.getItem().getCategory() == ItemCategory.TOOL)
                .anyMatch(u -> u.getStore() != null && u.getStore().getOwner().getKind() == OrgUnitKind.SITE
                        && caller.mayEnterDocumentsFor(u.getStore()));
    }

    /**
     * Records that the maker repaired a tool under warranty at the site where it is: by whoever enters
     * documents for the store that holds it. Nothing moves; the entry joins the unit's history.
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public WarrantyRepair recordWarrantyRepair(String itemCode, String serial, LocalDate repairedOn, String maker,
            String workDone) {
        Caller caller = currentCaller.get();
        String code = itemCode == null ? "" : itemCode.strip();
        String unitNo = serial == null ? "" : serial.strip();
        Item item = items.byCode(code).orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID,
                "item.unknownCode", code));
        SerialUnit unit = ledger.lockSerial(item, unitNo).filter(u -> u.getStore() == null || caller.mayRead(u.getStore()))
                .orElseThrow(() -> new NotFoundException("serial.notFound", code, unitNo));
        Store store = unit.getStore();
        if (store == null || store.getOwner().getKind() != OrgUnitKind.SITE) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "warranty.notAtSite", code, unitNo);
        }
        caller.requireEntryRight(store);
        WarrantyRepair repair = new WarrantyRepair(item, unitNo, store.getOwner(), repairedOn, maker, workDone,
                LocalDate.now(), caller.getUsername(), Instant.now());
        failedParts.add(repair);
        audit.record(caller.getUsername(), AuditAction.WARRANTY_REPAIR_RECORDED, AuditSubject.ITEM,
                code + " " + unitNo, store.getOwner().getCode(), repair.getMaker() + ": " + repair.getWorkDone());
        return repair;
    }

    /**
     * Of these units of an item, those repaired often enough that scrapping them is advised, with
     * their repairs: shown while a scrap or a repair return of them is entered.
     */
    public Map<String, Long> scrapAdvised(String itemCode, java.util.Collection<String> serials) {
        int after = scrapAdviceAfter();
        Item item = itemCode == null ? null : items.byCode(itemCode).orElse(null);
        if (item == null || serials == null || serials.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> advised = new java.util.TreeMap<>();
        failedParts.repairCounts(item.getCode(), serials).forEach((serial, repairs) -> {
            if (scrapAdvised(item, repairs, after)) {
                advised.put(serial, repairs);
            }
        });
        return advised;
    }

    /** Whether a class II part repaired this often is better scrapped than repaired again. */
    static boolean scrapAdvised(Item item, long repairs, int after) {
        return item.getRepairClass() == RepairClass.II && repairs >= after;
    }

    /** A site whose register the caller may see; another does not exist for them. */
    public OrgUnit site(String code) {
        String given = code == null ? "" : code.strip();
        return sites().stream().filter(site -> site.getCode().equals(given)).findFirst()
                .orElseThrow(() -> new NotFoundException("orgUnit.unknown", given));
    }

    /**
     * The register's lines matching the search, oldest first. What still waits: for serial-tracked
     * parts the removed units still in the damaged store; for the rest the store's on-hand of the item,
     * given to the newest lines first (what left the store is taken to be what came first).
     */
    public List<RegisterEntry> register(RegisterSearch search) {
        Caller caller = currentCaller.get();
        List<DocumentLine> lines = failedParts.intakeLines(search,
                search.ownSites() ? ownScope(caller) : caller.readScope(), MAX_ENTRIES);
        Map<Long, List<DocumentLine>> replacing = failedParts.replacingLines(lines.stream()
                        .map(line -> line.getDocument().getGeneratedFrom())
                        .filter(issue -> issue != null && issue.getCategory().replacesOnTurbines())
                        .map(StockDocument::getId).distinct().toList()).stream()
                .collect(Collectors.groupingBy(line -> line.getDocument().getId(), LinkedHashMap::new,
                        Collectors.toList()));
        Map<DocumentLine, BigDecimal> waiting = waiting(lines);
        Map<String, Long> repairs = repairs(lines);
        int scrapAfter = scrapAdviceAfter();
        List<RegisterEntry> entries = new ArrayList<>();
        for (DocumentLine line : lines) {
            StockDocument intake = line.getDocument();
            StockDocument issue = intake.getGeneratedFrom();
            // parts damaged in storage replaced nothing: no unit was fitted for them
            List<String> fitted = issue == null || !issue.getCategory().replacesOnTurbines() ? List.of()
                    : fittedSerials(replacing.get(issue.getId()), intake, line);
            FailureRecord failure = line.getFailure();
            RegisterEntry entry = new RegisterEntry(intake.getId(), intake.getNumber(), intake.getDocumentDate(),
                    intake.getStore(), line.getLineNo(), line.getItem(), line.getQuantity(),
                    line.getTurbine() == null ? null : line.getTurbine().getTurbineNo(),
                    failure == null ? null : failure.getReplacedBy(), failure == null ? null : failure.getReplacedOn(),
                    fitted, line.getSerials(), failure == null ? null : failure.getCause(),
                    failure == null ? line.getRemark() : failure.getNote(), issue == null ? null : issue.getNumber(),
                    waiting.get(line), mostRepaired(repairs, line), scrapAdvised(line.getItem(),
                            mostRepaired(repairs, line), scrapAfter));
            if (search.returned() == null || search.returned() == entry.returned()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** By item code and serial, how often the lines' units came back repaired. */
    private Map<String, Long> repairs(List<DocumentLine> lines) {
        Map<String, Long> repairs = new HashMap<>();
        lines.stream().filter(line -> line.getItem().isSerialTracked() && !line.getSerials().isEmpty())
                .collect(Collectors.groupingBy(line -> line.getItem().getCode(),
                        Collectors.flatMapping(line -> line.getSerials().stream(), Collectors.toSet())))
                .forEach((item, serials) -> failedParts.repairCounts(item, serials)
                        .forEach((serial, count) -> repairs.put(item + "/" + serial, count)));
        return repairs;
    }

    private static int mostRepaired(Map<String, Long> repairs, DocumentLine line) {
        return line.getSerials().stream().mapToInt(serial -> repairs.getOrDefault(line.getItem().getCode() + "/"
                + serial, 0L).intValue()).max().orElse(0);
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
