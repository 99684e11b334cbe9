package org.fieldstock.interfaces.item.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.item.ItemMasterService;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.ItemRef;
import org.omnifaces.cdi.ViewScoped;

/** The catalogue a page at a time, searchable, and the form for one item. */
@Named
@ViewScoped
public class ItemsView implements Serializable {

    static final int PAGE_SIZE = 20;

    @Inject
    private ItemMasterService items;

    @Inject
    private FacesFeedback feedback;

    private String text;
    private ItemCategory filterCategory;
    private int first;
    private long total;
    private List<ItemRef> page = List.of();

    /** The item being edited; null while entering a new one. */
    private String editing;
    private Integer version;
    private ItemForm form = new ItemForm();

    @PostConstruct
    void init() {
        load();
    }

    public void search() {
        first = 0;
        load();
    }

    public void next() {
        if (first + PAGE_SIZE < total) {
            first += PAGE_SIZE;
            load();
        }
    }

    public void previous() {
        first = Math.max(0, first - PAGE_SIZE);
        load();
    }

    private void load() {
        feedback.attempt(() -> {
            ItemMasterService.ItemPage result = items.page(text, filterCategory, first, PAGE_SIZE);
            page = ItemRef.all(result.items());
            total = result.total();
        });
    }

    public void startNew() {
        editing = null;
        version = null;
        form = new ItemForm();
    }

    public void edit(ItemRef item) {
        editing = item.code();
        version = item.version();
        form = ItemForm.of(item);
    }

    /** Reads the item as it is now, after someone else changed it. */
    public void reload() {
        if (editing != null) {
            feedback.attempt(() -> edit(ItemRef.of(items.item(editing))));
        }
    }

    public void suggestCode() {
        feedback.attempt(() -> form.setCode(items.nextCode(form.getCategory(), form.getGroup())));
    }

    public void save() {
        boolean saved = feedback.attempt(() -> {
            Item item = editing == null ? items.create(form.getCode(), form.details())
                    : items.change(editing, form.details(), version);
            feedback.info(editing == null ? "masterdata.created" : "masterdata.saved", item.getCode());
            edit(ItemRef.of(item));
        });
        if (saved) {
            load();
        }
    }

    public String getPosition() {
        return total == 0 ? "0" : (first + 1) + "–" + Math.min(first + PAGE_SIZE, total) + " / " + total;
    }

    public boolean isHasNext() {
        return first + PAGE_SIZE < total;
    }

    public boolean isHasPrevious() {
        return first > 0;
    }

    public boolean isNew() {
        return editing == null;
    }

    public ItemCategory[] getCategories() {
        return ItemCategory.values();
    }

    public RepairClass[] getRepairClasses() {
        return RepairClass.values();
    }

    public List<ItemRef> getPage() {
        return page;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ItemCategory getFilterCategory() {
        return filterCategory;
    }

    public void setFilterCategory(ItemCategory filterCategory) {
        this.filterCategory = filterCategory;
    }

    public String getEditing() {
        return editing;
    }

    public ItemForm getForm() {
        return form;
    }
}
