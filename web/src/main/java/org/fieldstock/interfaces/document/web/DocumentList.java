package org.fieldstock.interfaces.document.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.document.StockDocumentService;
import org.fieldstock.application.item.CatalogService;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentSearch;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.DocumentType;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.PagedRows;
import org.fieldstock.interfaces.shared.StoreRef;
import org.omnifaces.cdi.ViewScoped;

/** The document list: filter by store, status and date range. */
@Named
@ViewScoped
public class DocumentList implements Serializable {

    /** By default the list shows the last three months. */
    private static final int DEFAULT_DAYS_BACK = 90;

    private static final String TABLE = ":results:documents";

    @Inject
    private StockDocumentService documents;

    @Inject
    private CatalogService catalog;

    @Inject
    private FacesFeedback feedback;

    private String storeCode;
    private DocumentStatus status;
    private DocumentType type;
    private DocumentCategory category;
    private LocalDate from = LocalDate.now().minusDays(DEFAULT_DAYS_BACK);
    private LocalDate to;
    private final PagedRows<DocumentRow> results = new PagedRows<>(this::page, row -> String.valueOf(row.id()));
    private List<StoreRef> stores;

    @PostConstruct
    void init() {
        stores = StoreRef.all(catalog.stores());
    }

    /**
     * The table reads a page with the filters as they are each time it shows one (lazily); a new
     * search starts again at its first page.
     */
    public void search() {
        PagedRows.firstPage(TABLE);
    }

    /** One page of the list with the filters as they are now, read in the database; the sorts are DocumentSearch's. */
    private Page<DocumentRow> page(PageRequest request) {
        return feedback.answer(() -> documents.page(
                new DocumentSearch(storeCode, status, from, to, type, category), request).map(DocumentRow::of)).orElseGet(() -> Page.empty(request));
    }

    public void reset() {
        storeCode = null;
        status = null;
        type = null;
        category = null;
        from = LocalDate.now().minusDays(DEFAULT_DAYS_BACK);
        to = null;
        search();
    }

    public List<DocumentStatus> getStatuses() {
        return List.of(DocumentStatus.SAVED, DocumentStatus.REVIEWED);
    }

    public List<DocumentType> getTypes() {
        return List.of(DocumentType.values());
    }

    /** The categories of the chosen type, or all. */
    public List<DocumentCategory> getCategories() {
        return Stream.of(DocumentCategory.values()).filter(c -> type == null || c.type() == type).toList();
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
        if (category != null && type != null && category.type() != type) {
            category = null;
        }
    }

    public DocumentCategory getCategory() {
        return category;
    }

    public void setCategory(DocumentCategory category) {
        this.category = category;
    }

    public List<StoreRef> getStores() {
        return stores;
    }

    public PagedRows<DocumentRow> getResults() {
        return results;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public void setStatus(DocumentStatus status) {
        this.status = status;
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
}
