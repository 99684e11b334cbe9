package org.fieldstock.interfaces.requisition.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.requisition.MinimumStockService;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.requisition.MinimumStock;
import org.fieldstock.interfaces.requisition.MinimumStockWorkbook;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.ItemRef;
import org.fieldstock.interfaces.shared.StoreRef;
import org.fieldstock.interfaces.shared.WorkbookCells;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A store's minimum stock levels: what is set, what the store holds and is short of, levels
 * suggested from its consumption; those who may set them add, change and remove levels.
 */
@Named
@ViewScoped
public class MinimumStockView implements Serializable {

    @Inject
    private MinimumStockService minimumStock;

    @Inject
    private CatalogService catalog;

    @Inject
    private FacesFeedback feedback;

    private List<StoreRef> stores = List.of();
    private String storeCode;
    private List<LevelRow> levels = List.of();
    private List<SuggestionRow> suggestions = List.of();
    private boolean maySet;
    private ItemRef item;
    private BigDecimal minimum;
    private BigDecimal reorder;

    /** A level as the table shows it. */
    public record LevelRow(ItemRef item, String minimum, String reorder, String onHand, String shortfall,
            String setBy) implements Serializable {
    }

    /** A suggested minimum beside the one in force. */
    public record SuggestionRow(ItemRef item, String consumed, String suggested, String current)
            implements Serializable {
    }

    public void load() {
        stores = StoreRef.all(catalog.stores());
        if (storeCode == null) {
            // minimums are kept where goods are issued from: the user's first good store
            storeCode = stores.stream().filter(store -> store.kind() == StoreKind.GOOD).map(StoreRef::code)
                    .findFirst().orElse(stores.isEmpty() ? null : stores.get(0).code());
        }
        show();
    }

    public void show() {
        if (storeCode == null) {
            return;
        }
        feedback.attempt(() -> {
            levels = minimumStock.ofStore(storeCode).stream().map(s -> new LevelRow(ItemRef.of(s.level().getItem()),
                    plain(s.level().getMinimum()), s.level().getReorderQuantity() == null ? ""
                            : plain(s.level().getReorderQuantity()), plain(s.onHand()), plain(s.shortfall()),
                    s.level().getSetBy())).toList();
            suggestions = minimumStock.suggestions(storeCode).stream().map(s -> new SuggestionRow(ItemRef.of(s.item()),
                    plain(s.consumed()), plain(s.minimum()), s.current() == null ? "" : plain(s.current()))).toList();
            maySet = minimumStock.maySet(storeCode);
        });
    }

    public List<ItemRef> completeItem(String text) {
        return ItemRef.all(catalog.searchItems(text));
    }

    /** Sets the level typed in (an item already listed gets the new figures). */
    public void set() {
        if (item == null) {
            feedback.error("minimumStock.itemRequired");
            return;
        }
        if (feedback.attempt(() -> minimumStock.set(storeCode, item.code(), minimum, reorder))) {
            feedback.info("minimumStock.saved", item.code(), storeCode);
            item = null;
            minimum = null;
            reorder = null;
            show();
        }
    }

    /** Takes a suggested minimum, keeping the reorder quantity in force. */
    public void use(SuggestionRow suggestion) {
        BigDecimal currentReorder = levels.stream().filter(l -> l.item().code().equals(suggestion.item().code()))
                .map(LevelRow::reorder).filter(r -> !r.isEmpty()).map(BigDecimal::new).findFirst().orElse(null);
        if (feedback.attempt(() -> minimumStock.set(storeCode, suggestion.item().code(),
                new BigDecimal(suggestion.suggested()), currentReorder))) {
            feedback.info("minimumStock.saved", suggestion.item().code(), storeCode);
            show();
        }
    }

    public void remove(LevelRow row) {
        if (feedback.attempt(() -> minimumStock.remove(storeCode, row.item().code()))) {
            feedback.info("minimumStock.removed", row.item().code(), storeCode);
            show();
        }
    }

    /** The chosen store's levels as a workbook to fill in and import again. */
    public StreamedContent getWorkbook() {
        List<MinimumStock> current = feedback.answer(() -> minimumStock.ofStore(storeCode).stream()
                .map(MinimumStockService.LevelState::level).toList()).orElse(null);
        if (current == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MinimumStockWorkbook.write(storeCode, current, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name(MinimumStockWorkbook.fileName(storeCode))
                .contentType(MinimumStockWorkbook.CONTENT_TYPE).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** Imports a filled-in workbook: all its rows or none, each problem with its row. */
    public void importWorkbook(FileUploadEvent event) {
        if (event.getFile().getSize() > WorkbookCells.MAX_BYTES) {
            feedback.error("stocktake.import.tooLarge", WorkbookCells.MAX_BYTES / 1024 / 1024);
            return;
        }
        byte[] file = event.getFile().getContent();
        feedback.answer(() -> minimumStock.importLevels(MinimumStockWorkbook.read(file))).ifPresent(done -> {
            feedback.info("minimumStock.import.done", done.set(), done.removed());
            show();
        });
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public List<StoreRef> getStores() {
        return stores;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }

    public List<LevelRow> getLevels() {
        return levels;
    }

    public List<SuggestionRow> getSuggestions() {
        return suggestions;
    }

    public boolean isMaySet() {
        return maySet;
    }

    public ItemRef getItem() {
        return item;
    }

    public void setItem(ItemRef item) {
        this.item = item;
    }

    public BigDecimal getMinimum() {
        return minimum;
    }

    public void setMinimum(BigDecimal minimum) {
        this.minimum = minimum;
    }

    public BigDecimal getReorder() {
        return reorder;
    }

    public void setReorder(BigDecimal reorder) {
        this.reorder = reorder;
    }
}
