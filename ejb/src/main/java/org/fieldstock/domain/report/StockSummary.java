package org.fieldstock.domain.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;

/**
 * The in/out/balance summary (收发存汇总表) of a month: per store and item (or per item over the
 * stores) the opening balance, what came in and went out in each category's column, and the closing
 * balance, in quantities and in values at the item's standard price. Opening plus ins less outs is
 * the closing balance of every line, by construction: both balances are read from the same ledger
 * as the movements.
 */
public final class StockSummary {

    /**
     * One line. The "out" columns hold what left the store as positive quantities (a return to stock
     * is a negative out); a material return is a negative "in".
     *
     * @param store     null on a line summed over stores
     * @param unitPrice the standard price the values use; null when the item has none
     */
    public record Line(Store store, Item item, BigDecimal opening, Map<SummaryColumn, BigDecimal> columns,
            BigDecimal closing, BigDecimal unitPrice) {

        public Line {
            Map<SummaryColumn, BigDecimal> copied = new EnumMap<>(SummaryColumn.class);
            copied.putAll(columns);
            columns = Collections.unmodifiableMap(copied);
        }

        public BigDecimal quantity(SummaryColumn column) {
            return columns.getOrDefault(column, BigDecimal.ZERO);
        }

        public BigDecimal in() {
            return sum(SummaryColumn.ins());
        }

        public BigDecimal out() {
            return sum(SummaryColumn.outs());
        }

        private BigDecimal sum(List<SummaryColumn> of) {
            return of.stream().map(this::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** The value of a quantity of this line's item at its standard price; null without a price. */
        public BigDecimal value(BigDecimal quantity) {
            return unitPrice == null ? null : quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
        }

        boolean isEmpty() {
            return opening.signum() == 0 && closing.signum() == 0
                    && columns.values().stream().allMatch(q -> q.signum() == 0);
        }

        Line plus(Line other) {
            Map<SummaryColumn, BigDecimal> added = new EnumMap<>(SummaryColumn.class);
            added.putAll(columns);
            other.columns.forEach((column, quantity) -> added.merge(column, quantity, BigDecimal::add));
            return new Line(null, item, opening.add(other.opening), added, closing.add(other.closing), unitPrice);
        }
    }

    /** The values of a column over every line (lines without a price count nothing). */
    public record Totals(BigDecimal opening, Map<SummaryColumn, BigDecimal> columns, BigDecimal in, BigDecimal out,
            BigDecimal closing, int unpriced) implements Serializable {
    }

    private final YearMonth month;
    private final List<Line> lines;

    public StockSummary(YearMonth month, List<Line> lines) {
        this.month = Objects.requireNonNull(month);
        this.lines = List.copyOf(lines);
    }

    public YearMonth month() {
        return month;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The same month summed per item over the stores, by item code. */
    public StockSummary perItem() {
        Map<String, Line> byItem = new LinkedHashMap<>();
        lines.stream().sorted(Comparator.comparing(line -> line.item().getCode()))
                .forEach(line -> byItem.merge(line.item().getCode(), new Line(null, line.item(), line.opening(),
                        line.columns(), line.closing(), line.unitPrice()), Line::plus));
        return new StockSummary(month, new ArrayList<>(byItem.values()));
    }

    public Totals totals() {
        Map<SummaryColumn, BigDecimal> columns = new EnumMap<>(SummaryColumn.class);
        for (SummaryColumn column : SummaryColumn.values()) {
            columns.put(column, total(line -> line.quantity(column)));
        }
        int unpriced = (int) lines.stream().filter(line -> line.unitPrice() == null).count();
        return new Totals(total(Line::opening), columns, total(Line::in), total(Line::out), total(Line::closing),
                unpriced);
    }

    private BigDecimal total(Function<Line, BigDecimal> quantity) {
        return lines.stream().map(line -> line.value(quantity.apply(line))).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /**
     * Puts a month's summary together from what the ledger holds now: each (store, item)'s balance
     * today, what moved after the month, and what moved in it per category. Opening and closing are
     * worked back from today's balance; lines with nothing to show are left out.
     */
    public static final class Builder {

        private record Key(long storeId, long itemId) {
        }

        private final YearMonth month;
        private final Map<Key, Store> stores = new LinkedHashMap<>();
        private final Map<Key, Item> items = new LinkedHashMap<>();
        private final Map<Key, BigDecimal> closing = new LinkedHashMap<>();
        private final Map<Key, Map<SummaryColumn, BigDecimal>> moved = new LinkedHashMap<>();
        private final Function<Item, BigDecimal> price;

        public Builder(YearMonth month, Function<Item, BigDecimal> price) {
            this.month = Objects.requireNonNull(month);
            this.price = Objects.requireNonNull(price);
        }

        /** A (store, item) the ledger has a balance of, and that balance today. */
        public Builder balance(Store store, Item item, BigDecimal onHand) {
            Key key = new Key(store.getId(), item.getId());
            stores.put(key, store);
            items.put(key, item);
            closing.merge(key, onHand, BigDecimal::add);
            return this;
        }

        /** The (store, item)'s net movement dated after the month. */
        public Builder movedAfter(long storeId, long itemId, BigDecimal quantity) {
            closing.merge(new Key(storeId, itemId), quantity.negate(), BigDecimal::add);
            return this;
        }

        /** The (store, item)'s net ledger quantity (signed: an issue is negative) of a category in the month. */
        public Builder movedIn(long storeId, long itemId, DocumentCategory category, BigDecimal quantity) {
            SummaryColumn column = SummaryColumn.of(category);
            moved.computeIfAbsent(new Key(storeId, itemId), key -> new EnumMap<>(SummaryColumn.class))
                    .merge(column, column.inbound() ? quantity : quantity.negate(), BigDecimal::add);
            return this;
        }

        public StockSummary build() {
            List<Line> lines = new ArrayList<>();
            for (Map.Entry<Key, Store> entry : stores.entrySet()) {
                Key key = entry.getKey();
                Map<SummaryColumn, BigDecimal> columns = moved.getOrDefault(key, Map.of());
                BigDecimal net = columns.entrySet().stream()
                        .map(c -> c.getKey().inbound() ? c.getValue() : c.getValue().negate())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal end = closing.get(key);
                Item item = items.get(key);
                Line line = new Line(entry.getValue(), item, end.subtract(net), columns, end, price.apply(item));
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
            lines.sort(Comparator.comparing((Line line) -> line.store().getCode())
                    .thenComparing(line -> line.item().getCode()));
            return new StockSummary(month, lines);
        }
    }
}
