package org.fieldstock.interfaces.stock.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.stock.BinLocationService;
import org.fieldstock.application.stock.StockQueryService;
import org.fieldstock.application.toolloan.ToolLoanService;
import org.fieldstock.domain.stock.StockLedgerEntry;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.ItemRef;
import org.omnifaces.cdi.ViewScoped;

/**
 * What a scanned bin card opens, on a phone: the item at the store — its place, what the store holds
 * (and of it lent), and the latest movements, with the way to the whole ledger.
 */
@Named
@ViewScoped
public class BinCardView implements Serializable {

    /** The phone shows this many of the latest movements. */
    private static final int LATEST = 10;

    @Inject
    private BinLocationService bins;

    @Inject
    private StockQueryService stock;

    @Inject
    private ToolLoanService toolLoans;

    @Inject
    private FacesFeedback feedback;

    private String storeCode;
    private String itemCode;
    private ItemRef item;
    private String place;
    private String abc;
    private BigDecimal onHand;
    private BigDecimal lent;
    private List<Movement> latest = List.of();

    /** One movement, newest first. */
    public record Movement(String document, java.time.Instant postedAt, String quantity, String balanceAfter)
            implements Serializable {
    }

    public void load() {
        feedback.attempt(() -> {
            BinLocationService.BinCard card = bins.card(storeCode, itemCode);
            item = ItemRef.of(card.item());
            place = card.label();
            abc = card.item().getAbcClass() == null ? null : card.item().getAbcClass().name();
            onHand = card.onHand().stripTrailingZeros();
            lent = toolLoans.lentOut(storeCode).get(card.item().getCode());
            List<StockLedgerEntry> movements = stock.movements(storeCode, itemCode);
            latest = movements.subList(Math.max(0, movements.size() - LATEST), movements.size()).reversed().stream()
                    .map(e -> new Movement(e.getDocumentNumber(), e.getPostedAt(),
                            e.getQuantity().stripTrailingZeros().toPlainString(),
                            e.getBalanceAfter().stripTrailingZeros().toPlainString()))
                    .toList();
        });
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public ItemRef getItem() {
        return item;
    }

    public String getPlace() {
        return place;
    }

    public String getAbc() {
        return abc;
    }

    public BigDecimal getOnHand() {
        return onHand;
    }

    public BigDecimal getLent() {
        return lent;
    }

    public List<Movement> getLatest() {
        return latest;
    }
}
