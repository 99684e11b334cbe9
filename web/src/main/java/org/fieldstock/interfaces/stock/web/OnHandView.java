package org.fieldstock.interfaces.stock.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.CatalogService;
import org.fieldstock.application.StockQueryService;
import org.fieldstock.domain.ledger.StockBalance;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.interfaces.shared.FacesFeedback;

/** On-hand stock of one store. */
@Named
@ViewScoped
public class OnHandView implements Serializable {

    @Inject
    private StockQueryService stock;

    @Inject
    private CatalogService catalog;

    @Inject
    private FacesFeedback feedback;

    private String storeCode;
    private List<StockBalance> balances = List.of();
    private List<Store> stores;

    /** Called from f:viewAction once the store parameter is set. */
    public void load() {
        stores = catalog.stores();
        if (storeCode == null || storeCode.isBlank()) {
            storeCode = catalog.storesForEntry().stream().findFirst().map(Store::getCode).orElse(null);
        }
        show();
    }

    public void show() {
        if (storeCode != null && !storeCode.isBlank()) {
            feedback.attempt(() -> balances = stock.onHand(storeCode));
        } else {
            balances = List.of();
        }
    }

    public List<Store> getStores() {
        return stores;
    }

    public List<StockBalance> getBalances() {
        return balances;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }
}
