package org.fieldstock.interfaces.stock.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.stock.StockQueryService;
import org.fieldstock.application.toolloan.ToolLoanService;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.ItemRef;
import org.fieldstock.interfaces.shared.StoreRef;
import org.omnifaces.cdi.ViewScoped;

/** On-hand stock of one store: now, or at the end of a past day. */
@Named
@ViewScoped
public class OnHandView implements Serializable {

    @Inject
    private StockQueryService stock;

    @Inject
    private ToolLoanService toolLoans;

    @Inject
    private CatalogService catalog;

    @Inject
    private FacesFeedback feedback;

    private String storeCode;
    private LocalDate at;
    private List<Row> balances = List.of();

    /** An item and what the store holds (or held) of it; of that, now, the tools out on loan (null: none). */
    public record Row(ItemRef item, BigDecimal onHand, BigDecimal lent) implements Serializable {

        public BigDecimal getLent() {
            return lent;
        }

        public ItemRef getItem() {
            return item;
        }

        public BigDecimal getOnHand() {
            return onHand;
        }
    }
    private List<StoreRef> stores;

    /** Called from f:viewAction once the store parameter is set. */
    public void load() {
        stores = StoreRef.all(catalog.stores());
        if (storeCode == null || storeCode.isBlank()) {
            storeCode = catalog.storesForEntry().stream().findFirst().map(Store::getCode).orElse(null);
        }
        show();
    }

    public void show() {
        if (storeCode != null && !storeCode.isBlank()) {
            boolean shown = feedback.attempt(() -> {
                if (at == null) {
                    java.util.Map<String, BigDecimal> lent = toolLoans.lentOut(storeCode);
                    balances = stock.onHand(storeCode).stream().map(b -> new Row(ItemRef.of(b.getItem()), b.getOnHand(),
                            lent.get(b.getItem().getCode()))).toList();
                } else {
                    balances = stock.onHandAt(storeCode, at).stream()
                            .map(h -> new Row(ItemRef.of(h.item()), h.quantity(), null)).toList();
                }
            });
            if (!shown) {
                balances = List.of();
            }
        } else {
            balances = List.of();
        }
    }

    public List<StoreRef> getStores() {
        return stores;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public LocalDate getAt() {
        return at;
    }

    public void setAt(LocalDate at) {
        this.at = at;
    }

    public List<Row> getBalances() {
        return balances;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }
}
