package org.fieldstock.application.item;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.application.shared.MasterDataRights;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemPrice;
import org.fieldstock.domain.item.ItemPriceRepository;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * The repair-parts price list (配件价格表, seed 001): each item's standard price from a day on, kept
 * by the planning office, with its history; the reports value each month at the price then in force.
 * A price takes effect from the first day of the current month at the earliest, so that the months
 * already reported keep their values; the catalogue shows the price in force today.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class PriceListService {

    /** The most rows one workbook may list. */
    public static final int MAX_IMPORT_ROWS = 20_000;

    @Inject
    private ItemPriceRepository prices;

    @Inject
    private ItemRepository items;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    /** An item's price in force on a day (null: none), the day it took effect, and the next price to come. */
    public record PriceLine(Item item, BigDecimal price, LocalDate effectiveFrom, ItemPrice next) {
    }

    /** A price to set from a workbook's row (its number for the problems). */
    public record PriceRow(int rowNo, String itemCode, BigDecimal price, LocalDate effectiveFrom, String note) {
    }

    /** A page of the price list on a day: the catalogue's items matching the text, by code. */
    public record PricePage(List<PriceLine> lines, long total) {
    }

    public PricePage priceList(String text, LocalDate at, int first, int max) {
        LocalDate day = at == null ? LocalDate.now() : at;
        List<Item> page = items.page(text, null, first, Math.min(Math.max(max, 1), ItemMasterService.MAX_PAGE));
        Function<Item, BigDecimal> price = pricesOn(day);
        Map<Long, ItemPrice> inForce = byItem(prices.inForce(day));
        List<PriceLine> lines = new ArrayList<>();
        for (Item item : page) {
            ItemPrice entry = inForce.get(item.getId());
            ItemPrice next = prices.history(item).stream().filter(p -> p.getEffectiveFrom().isAfter(day))
                    .min(ItemPrice.IN_FORCE_ORDER).orElse(null);
            lines.add(new PriceLine(item, price.apply(item), entry == null ? null : entry.getEffectiveFrom(), next));
        }
        return new PricePage(lines, items.count(text, null));
    }

    /** Every item's price line on a day, by code (the workbook of the whole list). */
    public List<PriceLine> wholeList(LocalDate at) {
        List<PriceLine> all = new ArrayList<>();
        for (int first = 0; ; first += ItemMasterService.MAX_PAGE) {
            List<PriceLine> page = priceList(null, at, first, ItemMasterService.MAX_PAGE).lines();
            all.addAll(page);
            if (page.size() < ItemMasterService.MAX_PAGE) {
                return all;
            }
        }
    }

    /** An item's list prices, the oldest effective first. */
    public List<ItemPrice> history(String itemCode) {
        return prices.history(item(itemCode));
    }

    /**
     * The standard price of each item on a day: the list's entry in force then, or, for an item the
     * list has never priced, the catalogue's price.
     */
    public Function<Item, BigDecimal> pricesOn(LocalDate day) {
        Map<Long, ItemPrice> inForce = byItem(prices.inForce(day));
        Set<Long> listed = new HashSet<>(prices.listedItemIds());
        return item -> {
            ItemPrice entry = inForce.get(item.getId());
            if (entry != null) {
                return entry.getUnitPrice();
            }
            return listed.contains(item.getId()) ? null : item.getUnitPrice();
        };
    }

    /** Whether the caller keeps the price list (the planning office), for the buttons that set prices. */
    public boolean maySetPrices() {
        return currentCaller.get().has(Role.PLANNER);
    }

    /** Sets an item's price from a day on (today when not said): the planning office. */
    @RolesAllowed(Role.PLANNER_NAME)
    public ItemPrice setPrice(String itemCode, BigDecimal price, LocalDate effectiveFrom, String note) {
        Caller caller = MasterDataRights.requirePlanner(currentCaller.get());
        Item item = items.byCodeForUpdate(itemCode == null ? "" : itemCode.strip())
                .orElseThrow(() -> new NotFoundException("item.unknownCode", itemCode));
        return list(item, price, effectiveFrom, note, caller.getUsername(), Instant.now());
    }

    /**
     * Sets the prices of a workbook's rows, all of them or (any row wrong) none: every problem is
     * told with its row. Returns how many prices were set.
     */
    @RolesAllowed(Role.PLANNER_NAME)
    public int importPrices(List<PriceRow> rows) {
        Caller caller = MasterDataRights.requirePlanner(currentCaller.get());
        if (rows.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "price.import.empty");
        }
        if (rows.size() > MAX_IMPORT_ROWS) {
            throw new BusinessException(BusinessException.Kind.INVALID, "price.import.tooMany", MAX_IMPORT_ROWS);
        }
        List<Problem> problems = new ArrayList<>();
        Map<PriceRow, Item> found = new HashMap<>();
        for (PriceRow row : rows) {
            Optional<Item> item = row.itemCode() == null ? Optional.empty() : items.byCode(row.itemCode().strip());
            if (item.isEmpty()) {
                problems.add(new Problem("price.import.unknownItem", row.rowNo(), row.itemCode()));
                continue;
            }
            found.put(row, item.get());
            if (row.price() == null) {
                problems.add(new Problem("price.import.required", row.rowNo(), row.itemCode()));
            } else if (!ItemPrice.isValid(row.price())) {
                problems.add(new Problem("price.import.invalid", row.rowNo(), row.price().toPlainString()));
            }
            if (row.note() != null && row.note().strip().length() > ItemPrice.MAX_NOTE) {
                problems.add(new Problem("price.import.noteTooLong", row.rowNo(), ItemPrice.MAX_NOTE));
            }
            if (effectiveDay(row.effectiveFrom()).isPresent()) {
                problems.add(new Problem("price.import.tooEarly", row.rowNo(), row.effectiveFrom(),
                        LocalDate.now().withDayOfMonth(1)));
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems.subList(0, Math.min(problems.size(),
                    200)));
        }
        Instant now = Instant.now();
        for (PriceRow row : rows) {
            Item item = items.byCodeForUpdate(found.get(row).getCode()).orElseThrow();
            list(item, row.price(), row.effectiveFrom(), row.note(), caller.getUsername(), now);
        }
        return rows.size();
    }

    /**
     * A price changed on the item's catalogue form: an entry of the list from today on (with the
     * price it had before as "since ever", if it is the item's first).
     */
    @RolesAllowed(Role.PLANNER_NAME)
    public void catalogueChanged(Item item, BigDecimal before, String user) {
        if (item.getUnitPrice() == null) {
            return;
        }
        BigDecimal after = item.getUnitPrice();
        item.reprice(before);
        list(item, after, LocalDate.now(), null, user, Instant.now());
    }

    /** Makes each item's catalogue price the one in force today: prices dated ahead take effect on their day. */
    @PermitAll
    public int applyDuePrices() {
        int changed = 0;
        for (ItemPrice entry : prices.inForce(LocalDate.now())) {
            Item item = entry.getItem();
            if (item.getUnitPrice() == null || item.getUnitPrice().compareTo(entry.getUnitPrice()) != 0) {
                items.byCodeForUpdate(item.getCode()).ifPresent(locked -> locked.reprice(entry.getUnitPrice()));
                changed++;
            }
        }
        return changed;
    }

    private ItemPrice list(Item item, BigDecimal price, LocalDate effectiveFrom, String note, String user,
            Instant now) {
        LocalDate from = effectiveFrom == null ? LocalDate.now() : effectiveFrom;
        effectiveDay(from).ifPresent(problem -> {
            throw new BusinessException(BusinessException.Kind.INVALID, List.of(problem));
        });
        List<ItemPrice> history = prices.history(item);
        if (history.isEmpty() && item.getUnitPrice() != null) {
            prices.add(new ItemPrice(item, item.getUnitPrice(), ItemPrice.SINCE_EVER, null, user, now));
        }
        ItemPrice entry = new ItemPrice(item, price, from, note, user, now);
        prices.add(entry);
        BigDecimal before = item.getUnitPrice();
        if (!from.isAfter(LocalDate.now())) {
            item.reprice(entry.getUnitPrice());
        }
        audit.record(user, AuditAction.MASTER_DATA_CHANGED, AuditSubject.ITEM, item.getCode(), null,
                "unitPrice: " + (before == null ? "-" : before.toPlainString()) + " → "
                        + entry.getUnitPrice().toPlainString() + " from " + from);
        return entry;
    }

    /** What is wrong with a price's first day: before the current month. */
    private static Optional<Problem> effectiveDay(LocalDate from) {
        LocalDate earliest = LocalDate.now().withDayOfMonth(1);
        return from != null && from.isBefore(earliest)
                ? Optional.of(new Problem("price.effective.tooEarly", from, earliest)) : Optional.empty();
    }

    private Item item(String code) {
        String cleaned = code == null ? "" : code.strip();
        return items.byCode(cleaned).orElseThrow(() -> new NotFoundException("item.unknownCode", cleaned));
    }

    private static Map<Long, ItemPrice> byItem(List<ItemPrice> entries) {
        Map<Long, ItemPrice> byItem = new HashMap<>();
        entries.forEach(entry -> byItem.put(entry.getItem().getId(), entry));
        return byItem;
    }
}
