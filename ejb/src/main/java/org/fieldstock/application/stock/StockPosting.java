package org.fieldstock.application.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.document.StockDocumentRepository;
import org.fieldstock.domain.document.StockMovement;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.Turbine;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.stock.InsufficientStockException;
import org.fieldstock.domain.stock.LedgerMovement;
import org.fieldstock.domain.stock.SerialUnit;
import org.fieldstock.domain.stock.StockBalance;
import org.fieldstock.domain.stock.StockBatch;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.stock.StockLedgerEntry;
import org.fieldstock.infrastructure.operations.OperationsMetrics;

/**
 * The one path by which stock moves: inside the caller's transaction, lock each balance row
 * (always in item-code order, so concurrent postings cannot deadlock), apply the change, refuse
 * to go below zero, and append a ledger row; then the item's batches and serials, locked in their
 * own order. A failure anywhere rolls the whole document back.
 */
@ApplicationScoped
public class StockPosting {

    @Inject
    private StockLedger ledger;

    @Inject
    private OperationsMetrics metrics;

    @Inject
    private StockDocumentRepository documents;

    /**
     * Stores a document that no user reviews — a stocktake's adjustment, the demo's opening stock —
     * and reviews and posts it at once, through the same posting as every review.
     */
    public StockDocument addReviewed(StockDocument document, String user) {
        documents.add(document);
        post(document, document.review(user, Instant.now()), LedgerMovement.POSTING, user);
        return document;
    }

    public void post(StockDocument document, List<StockMovement> movements, LedgerMovement kind, String user) {
        postTogether(List.of(new Booking(document, movements, kind)), user);
    }

    /** What one document moves, posted with others in one go. */
    public record Booking(StockDocument document, List<StockMovement> movements, LedgerMovement kind) {
    }

    /**
     * Posts what several documents move that belong together (an issue and the intake of the parts
     * it removed): everything they touch is locked first, in one order, so that they never wait for
     * another posting that locks the same rows in one go.
     */
    public void postTogether(List<Booking> bookings, String user) {
        Locked locked = lockAll(bookings.stream().flatMap(booking -> booking.movements().stream()).toList());
        for (Booking booking : bookings) {
            apply(booking.document(), booking.movements(), booking.kind(), user, locked);
        }
        bookings.forEach(booking -> metrics.posted(booking.kind()));
    }

    private void apply(StockDocument document, List<StockMovement> movements, LedgerMovement kind, String user,
            Locked locked) {
        for (StockMovement movement : movements) {
            StockBalance balance = locked.balances.get(List.of(movement.store().getId(), movement.item().getId()));
            if (balance == null) {
                if (movement.delta().signum() < 0) {
                    throw new InsufficientStockException(movement.item().getCode(), movement.store().getCode(),
                            BigDecimal.ZERO, movement.delta().negate());
                }
                // the item's first arrival in the store: the new row is locked by being inserted
                balance = ledger.lockOrCreateBalance(movement.store(), movement.item());
            }
            BigDecimal after = balance.apply(movement.delta());
            // stamped once the balance row is locked, so that time order is the order the balances changed in
            Instant now = Instant.now();
            ledger.append(new StockLedgerEntry(document, kind, movement.store(), movement.item(), movement.delta(),
                    after, user, now));
            moveBatches(document, movement, locked, now);
            moveSerials(movement, locked, now);
        }
    }

    /**
     * Every balance, batch and serial the movements touch that exists, locked in three statements:
     * balances first, in item-code and store-code order, then batches, then serials, each in its
     * own order, so that postings of any size never wait for each other in a circle.
     */
    private Locked lockAll(List<StockMovement> movements) {
        Set<Store> stores = new LinkedHashSet<>();
        Set<Item> items = new LinkedHashSet<>();
        Set<String> batchNos = new TreeSet<>();
        Set<Item> serialItems = new LinkedHashSet<>();
        Set<String> serialNos = new TreeSet<>();
        for (StockMovement movement : movements) {
            stores.add(movement.store());
            items.add(movement.item());
            movement.batches().forEach(batch -> batchNos.add(batch.batchNo()));
            if (!movement.serials().isEmpty()) {
                serialItems.add(movement.item());
                serialNos.addAll(movement.serials());
            }
        }
        Locked locked = new Locked();
        ledger.lockBalances(stores, items).forEach(balance -> locked.balances.put(
                List.of(balance.getStore().getId(), balance.getItem().getId()), balance));
        ledger.lockBatches(stores, items, batchNos).forEach(batch -> locked.batches.put(
                List.of(batch.getStore().getId(), batch.getItem().getId(), batch.getBatchNo()), batch));
        ledger.lockSerials(serialItems, serialNos).forEach(unit -> locked.serials.put(
                List.of(unit.getItem().getId(), unit.getSerialNo()), unit));
        return locked;
    }

    /** What {@link #lockAll} found and locked, by store and item ids (and batch or serial number). */
    private static final class Locked {
        private final Map<List<Object>, StockBalance> balances = new HashMap<>();
        private final Map<List<Object>, StockBatch> batches = new HashMap<>();
        private final Map<List<Object>, SerialUnit> serials = new HashMap<>();
    }

    private void moveBatches(StockDocument document, StockMovement movement, Locked locked, Instant now) {
        for (StockMovement.BatchDelta change : movement.batches()) {
            StockBatch batch = locked.batches.get(
                    List.of(movement.store().getId(), movement.item().getId(), change.batchNo()));
            if (batch == null) {
                if (change.delta().signum() <= 0 || change.expiryDate() == null) {
                    throw new BusinessException(BusinessException.Kind.CONFLICT, "stock.batch.insufficient",
                            movement.item().getCode(), change.batchNo(), movement.store().getCode(), "0",
                            change.delta().negate().stripTrailingZeros().toPlainString());
                }
                batch = ledger.lockOrCreateBatch(movement.store(), movement.item(), change.batchNo(),
                        change.expiryDate(), now);
            }
            batch.apply(change.delta(), change.expiryDate(), now);
            if (change.delta().signum() < 0) {
                document.tookFromBatch(movement.item(), change.batchNo(), batch.getExpiryDate());
            }
        }
    }

    private void moveSerials(StockMovement movement, Locked locked, Instant now) {
        for (String serial : movement.serials()) {
            SerialUnit unit = locked.serials.get(List.of(movement.item().getId(), serial));
            Turbine turbine = movement.turbines().get(serial);
            if (movement.delta().signum() > 0) {
                SerialUnit entering = unit != null ? unit : ledger.lockOrCreateSerial(movement.item(), serial);
                if (turbine == null) {
                    entering.enter(movement.store(), now);
                } else {
                    entering.enterFrom(turbine, movement.store(), now);
                }
            } else if (unit == null) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "stock.serial.notInStore",
                        movement.item().getCode(), serial, movement.store().getCode());
            } else if (turbine == null) {
                unit.leave(movement.store());
            } else {
                unit.leaveOnto(turbine, movement.store());
            }
        }
    }
}
