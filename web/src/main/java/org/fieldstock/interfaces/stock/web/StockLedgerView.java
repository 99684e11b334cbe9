package org.fieldstock.interfaces.stock.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.CatalogService;
import org.fieldstock.application.StockQueryService;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.ledger.StockLedgerEntry;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.interfaces.shared.FacesFeedback;

/** The stock ledger (库存台账) of one item in one store, with the running balance. */
@Named
@ViewScoped
public class StockLedgerView implements Serializable {

    @Inject
    private StockQueryService stock;

    @Inject
    private CatalogService catalog;

    @Inject
    private FacesFeedback feedback;

    private String storeCode;
    private String itemCode;
    private Item item;
    private List<Store> stores;
    private List<StockLedgerEntry> entries = List.of();

    /** Called from f:viewAction once the store and item parameters are set. */
    public void load() {
        stores = catalog.stores();
        item = catalog.item(itemCode).orElse(null);
        show();
    }

    public void show() {
        if (storeCode != null && !storeCode.isBlank() && item != null) {
            feedback.attempt(() -> entries = stock.movements(storeCode, item.getCode()));
        } else {
            entries = List.of();
        }
    }

    public List<Item> completeItem(String text) {
        return catalog.searchItems(text);
    }

    public List<Store> getStores() {
        return stores;
    }

    public List<StockLedgerEntry> getEntries() {
        return entries;
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

    public Item getItem() {
        return item;
    }

    public void setItem(Item item) {
        this.item = item;
    }
}
