package org.fieldstock.interfaces.stock.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.stock.StockQueryService;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.ItemRef;
import org.fieldstock.interfaces.shared.PagedRows;
import org.fieldstock.interfaces.shared.StoreRef;
import org.omnifaces.cdi.ViewScoped;

/**
 * The stock ledger (库存台账) of a store: of one item or all, of one document category or all,
 * between two days; each row with its item's balance after it.
 */
@Named
@ViewScoped
public class StockLedgerView implements Serializable {

    private static final String TABLE = ":ledger:entries";

    @Inject
    private StockQueryService stock;

    @Inject
    private CatalogService catalog;

    @Inject
    private FacesFeedback feedback;

    private String storeCode;
    private String itemCode;
    private ItemRef item;
    private List<StoreRef> stores;
    private DocumentCategory category;
    private LocalDate from;
    private LocalDate to;
    private final PagedRows<LedgerLine> entries = new PagedRows<>(this::page,
            line -> line.entry().documentNumber() + "/" + line.entry().item().code() + "/" + line.entry().movement()
                    + "/" + line.entry().postedAt());

    /** Called from f:viewAction once the store and item parameters are set. */
    public void load() {
        stores = StoreRef.all(catalog.stores());
        item = catalog.item(itemCode).map(ItemRef::of).orElse(null);
        show();
    }

    /** Shows the ledger with the filters as they are, from its first page (the latest rows). */
    public void show() {
        PagedRows.firstPage(TABLE);
    }

    /** One page of the ledger, read in the database: the latest rows first, or the oldest sorted by the posting time. */
    private Page<LedgerLine> page(PageRequest request) {
        if (storeCode == null || storeCode.isBlank()) {
            return Page.empty(request);
        }
        return feedback.answer(() -> stock.ledgerPage(storeCode, item == null ? null : item.code(), category, from,
                to, request).map(LedgerLine::of)).orElseGet(() -> Page.empty(request));
    }

    public List<ItemRef> completeItem(String text) {
        return ItemRef.all(catalog.searchItems(text));
    }

    public List<StoreRef> getStores() {
        return stores;
    }

    public DocumentCategory[] getCategories() {
        return DocumentCategory.values();
    }

    public DocumentCategory getCategory() {
        return category;
    }

    public void setCategory(DocumentCategory category) {
        this.category = category;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public PagedRows<LedgerLine> getEntries() {
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

    public ItemRef getItem() {
        return item;
    }

    public void setItem(ItemRef item) {
        this.item = item;
    }
}
