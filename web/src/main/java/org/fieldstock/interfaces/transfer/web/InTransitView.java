package org.fieldstock.interfaces.transfer.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.transfer.TransferService;
import org.fieldstock.interfaces.shared.StoreRef;

/** Goods in transit, per slip line, to or from a store or everywhere the user may see, with their age. */
@Named
@ViewScoped
public class InTransitView implements Serializable {

    @Inject
    private TransferService transfers;

    @Inject
    private CatalogService catalog;

    private String storeCode;
    private List<StoreRef> stores;
    private List<TransitRow> rows = List.of();

    public void load() {
        stores = StoreRef.all(catalog.stores());
        search();
    }

    public void search() {
        rows = TransitRow.all(transfers.inTransit(storeCode));
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }

    public List<StoreRef> getStores() {
        return stores;
    }

    public List<TransitRow> getRows() {
        return rows;
    }
}
