package org.fieldstock.application.requisition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.requisition.MinimumStock;
import org.fieldstock.domain.requisition.MinimumStockRepository;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.stock.StockBalance;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * Minimum stock (最低库存量): the levels per item and store, the stores below them (an alert on the
 * work lists), levels suggested from the last twelve months' consumption, and the site's shortfalls
 * drafted as a requisition in one step.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.BU_PLANNER_NAME,
        Role.BU_SUPERVISOR_NAME, Role.KEEPER_NAME, Role.SITE_CHIEF_NAME, Role.VIEWER_NAME})
public class MinimumStockService {

    /** The most alerts one list shows. */
    public static final int MAX_ALERTS = 2_000;
    /** Months of average consumption a suggested minimum covers, unless set. */
    public static final int DEFAULT_COVER_MONTHS = 2;

    @Inject
    private MinimumStockRepository levels;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private ItemRepository items;

    @Inject
    private StockLedger ledger;

    @Inject
    private RequisitionService requisitions;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    /** A level with the store's on-hand and what it is short of. */
    public record LevelState(MinimumStock level, BigDecimal onHand, BigDecimal shortfall) {
    }

    /** A suggested minimum for an item the store consumed. */
    public record Suggestion(Item item, BigDecimal consumed, BigDecimal monthly, BigDecimal minimum,
            BigDecimal current) {
    }

    /** Sets (or changes) the minimum and reorder quantity of an item in a store. */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_PLANNER_NAME})
    public MinimumStock set(String storeCode, String itemCode, BigDecimal minimum, BigDecimal reorder) {
        Caller caller = currentCaller.get();
        Store store = readableStore(storeCode);
        requireRight(caller, store);
        Item item = items.byCode(itemCode == null ? "" : itemCode.strip()).orElseThrow(() ->
                new BusinessException(BusinessException.Kind.INVALID, "item.unknownCode", itemCode));
        Instant now = Instant.now();
        MinimumStock level = levels.find(store, item).orElse(null);
        if (level == null) {
            level = new MinimumStock(store, item, minimum, reorder, caller.getUsername(), now);
            levels.add(level);
        } else {
            level.change(minimum, reorder, caller.getUsername(), now);
        }
        audit.record(caller.getUsername(), AuditAction.MINIMUM_STOCK_SET, AuditSubject.STORE, store.getCode(),
                store.getOwner().getCode(), item.getCode() + " ≥ " + minimum.stripTrailingZeros().toPlainString()
                        + (reorder == null ? "" : ", +" + reorder.stripTrailingZeros().toPlainString()));
        return level;
    }

    /**
     * One row of a minimum-stock workbook: the store, the item, its minimum and reorder quantity;
     * neither quantity given removes the item's level.
     */
    public record LevelRow(int rowNo, String storeCode, String itemCode, BigDecimal minimum, BigDecimal reorder)
            implements java.io.Serializable {

        boolean removes() {
            return minimum == null && reorder == null;
        }
    }

    /** What an import did: levels set or changed, levels removed. */
    public record Imported(int set, int removed) {
    }

    /**
     * Sets the levels of a workbook's rows, all or none: every row's problem is answered with its row
     * number (a store the caller may not set, an unknown item, a quantity of the wrong decimals, an
     * item twice in a store) and then nothing is changed. Each level set is audited as on the screen.
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_PLANNER_NAME})
    public Imported importLevels(List<LevelRow> rows) {
        if (rows == null || rows.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "minimumStock.import.empty");
        }
        Caller caller = currentCaller.get();
        List<Problem> problems = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (LevelRow row : rows) {
            try {
                Store store = readableStore(row.storeCode());
                requireRight(caller, store);
                Item item = items.byCode(row.itemCode() == null ? "" : row.itemCode().strip()).orElseThrow(() ->
                        new BusinessException(BusinessException.Kind.INVALID, "item.unknownCode", row.itemCode()));
                if (!seen.add(store.getCode() + "|" + item.getCode())) {
                    throw new BusinessException(BusinessException.Kind.INVALID, "minimumStock.import.twice",
                            item.getCode(), store.getCode());
                }
                if (!row.removes()) {
                    List<Problem> wrong = MinimumStock.problems(item, row.minimum(), row.reorder());
                    if (!wrong.isEmpty()) {
                        throw new BusinessException(BusinessException.Kind.INVALID, wrong);
                    }
                }
            } catch (BusinessException refused) {
                refused.getProblems().forEach(p -> problems.add(new Problem("minimumStock.import.row", row.rowNo(), p)));
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        int set = 0;
        int removed = 0;
        for (LevelRow row : rows) {
            if (!row.removes()) {
                set(row.storeCode(), row.itemCode(), row.minimum(), row.reorder());
                set++;
            } else if (levels.find(readableStore(row.storeCode()), items.byCode(row.itemCode().strip()).orElseThrow())
                    .isPresent()) {
                remove(row.storeCode(), row.itemCode());
                removed++;
            }
        }
        return new Imported(set, removed);
    }

    /** Removes an item's minimum in a store. */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_PLANNER_NAME})
    public void remove(String storeCode, String itemCode) {
        Caller caller = currentCaller.get();
        Store store = readableStore(storeCode);
        requireRight(caller, store);
        Item item = items.byCode(itemCode == null ? "" : itemCode.strip()).orElseThrow(() ->
                new NotFoundException("minimumStock.notSet", storeCode, itemCode));
        MinimumStock level = levels.find(store, item).orElseThrow(() ->
                new NotFoundException("minimumStock.notSet", store.getCode(), item.getCode()));
        levels.remove(level);
        audit.record(caller.getUsername(), AuditAction.MINIMUM_STOCK_REMOVED, AuditSubject.STORE, store.getCode(),
                store.getOwner().getCode(), item.getCode());
    }

    /** The levels of a store the caller may read, with its on-hand and shortfall. */
    public List<LevelState> ofStore(String storeCode) {
        Store store = readableStore(storeCode);
        Map<String, BigDecimal> onHand = onHand(store);
        return levels.ofStore(store).stream().map(level -> state(level,
                onHand.getOrDefault(level.getItem().getCode(), BigDecimal.ZERO))).toList();
    }

    /** Whether the caller may change the levels of the store. */
    public boolean maySet(String storeCode) {
        return currentCaller.get().maySetMinimumStock(readableStore(storeCode));
    }

    /** The stores the caller sees that are below a minimum: the work lists' alert. */
    public List<LevelState> belowMinimum() {
        Caller caller = currentCaller.get();
        return levels.belowMinimum(caller.readScope(), MAX_ALERTS).stream()
                .map(level -> state(level.level(), level.onHand())).toList();
    }

    /**
     * Levels suggested from what the store issued for self use over the last twelve months: the
     * average month times {@code fieldstock.minimum-stock.cover-months} (2 unless set), in whole units
     * of the item, most consumed first; beside the level in force, if any.
     */
    public List<Suggestion> suggestions(String storeCode) {
        Store store = readableStore(storeCode);
        int cover = ConfigProvider.getConfig().getOptionalValue("fieldstock.minimum-stock.cover-months", Integer.class)
                .orElse(DEFAULT_COVER_MONTHS);
        Map<Item, BigDecimal> consumed = levels.consumedSince(store, LocalDate.now().minusMonths(12));
        Map<Long, MinimumStock> current = new java.util.HashMap<>();
        levels.ofStore(store).forEach(level -> current.put(level.getItem().getId(), level));
        List<Suggestion> suggestions = new ArrayList<>();
        for (Map.Entry<Item, BigDecimal> used : consumed.entrySet()) {
            Item item = used.getKey();
            if (used.getValue().signum() <= 0) {
                continue;
            }
            BigDecimal monthly = used.getValue().divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
            BigDecimal minimum = monthly.multiply(BigDecimal.valueOf(cover));
            minimum = item.isDecimalQuantity() ? minimum.setScale(2, RoundingMode.CEILING)
                    : minimum.setScale(0, RoundingMode.CEILING);
            MinimumStock level = current.get(item.getId());
            suggestions.add(new Suggestion(item, used.getValue(), monthly, minimum,
                    level == null ? null : level.getMinimum()));
        }
        suggestions.sort(Comparator.comparing(Suggestion::consumed).reversed()
                .thenComparing(s -> s.item().getCode()));
        return suggestions;
    }

    /**
     * A draft requisition of everything the site's good store is short of, each line with its
     * shortfall and the reason; by the site's keeper or chief. Refused when nothing is short.
     */
    public Requisition draftShortfalls(String siteCode) {
        Caller caller = currentCaller.get();
        OrgUnit site = organisation.orgUnitByCode(siteCode == null ? "" : siteCode.strip())
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID, "orgUnit.unknown", siteCode));
        if (!caller.mayDraftRequisitionFor(site)) {
            throw new AccessDeniedException("access.denied.requisition", caller.getUsername(), site.getCode());
        }
        Store good = organisation.storesOf(site).stream()
                .filter(store -> store.getKind() == StoreKind.GOOD && store.isActive()).findFirst()
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.CONFLICT,
                        "requisition.siteHasNoGoodStore", site.getCode()));
        List<RequisitionDraft.Line> lines = ofStore(good.getCode()).stream()
                .filter(state -> state.shortfall().signum() > 0)
                .map(state -> new RequisitionDraft.Line(state.level().getItem().getCode(), null, null,
                        state.shortfall(), null, "低于最低库存 below minimum stock: "
                                + plain(state.onHand()) + " / " + plain(state.level().getMinimum())))
                .toList();
        if (lines.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "minimumStock.nothingShort", good.getCode());
        }
        return requisitions.create(new RequisitionDraft(site.getCode(), "最低库存补货 Minimum stock replenishment",
                lines));
    }

    private LevelState state(MinimumStock level, BigDecimal onHand) {
        return new LevelState(level, onHand, level.shortfall(onHand));
    }

    private Map<String, BigDecimal> onHand(Store store) {
        Map<String, BigDecimal> onHand = new java.util.HashMap<>();
        for (StockBalance balance : ledger.onHand(store)) {
            onHand.put(balance.getItem().getCode(), balance.getOnHand());
        }
        return onHand;
    }

    private Store readableStore(String code) {
        Caller caller = currentCaller.get();
        String given = code == null ? "" : code.strip();
        return organisation.storeByCode(given).filter(caller::mayRead)
                .orElseThrow(() -> new NotFoundException("store.unknown", given));
    }

    private static void requireRight(Caller caller, Store store) {
        if (!caller.maySetMinimumStock(store)) {
            throw new AccessDeniedException("access.denied.minimumStock", caller.getUsername(), store.getCode());
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
