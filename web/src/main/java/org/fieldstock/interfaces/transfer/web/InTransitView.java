package org.fieldstock.interfaces.transfer.web;

import java.io.Serializable;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.transfer.TransferService;
import org.fieldstock.interfaces.shared.PagedRows;
import org.fieldstock.interfaces.shared.StoreRef;
import org.omnifaces.cdi.ViewScoped;

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
    private final PagedRows<TransitRow> rows = new PagedRows<>(
            request -> transfers.inTransit(storeCode, request).map(TransitRow::of),
            row -> row.slipId() + "-" + row.lineNo());

    public void load() {
        stores = StoreRef.all(catalog.stores());
        search();
    }

    /** The lazy table reads its pages for the store as chosen: choosing another takes it back to its first page. */
    public void search() {
        PagedRows.firstPage(":results:transit");
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

    public PagedRows<TransitRow> getRows() {
        return rows;
    }
}
