package org.fieldstock.interfaces.stock.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.net.URI;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.stock.BinLocationService;
import org.fieldstock.application.stock.StockQueryService;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.interfaces.shared.ApplicationAddress;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.ItemRef;
import org.fieldstock.interfaces.shared.LocaleSelection;
import org.fieldstock.interfaces.shared.StoreRef;
import org.fieldstock.interfaces.stock.BinCardPdf;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A store's shelves (物料卡): each item it holds or that has a place, with its place and ABC class;
 * whoever enters the store's documents places the items; the bin cards print as a label sheet.
 */
@Named
@ViewScoped
public class BinsView implements Serializable {

    @Inject
    private BinLocationService bins;

    @Inject
    private StockQueryService stock;

    @Inject
    private CatalogService catalog;

    @Inject
    private FacesFeedback feedback;

    @Inject
    private LocaleSelection localeSelection;

    private List<StoreRef> stores = List.of();
    private String storeCode;
    private List<Row> rows = List.of();
    private boolean mayPlace;

    /** A card as the table shows and edits it. */
    public static final class Row implements Serializable {
        private final ItemRef item;
        private final String onHand;
        private final String abc;
        private String zone;
        private String level;
        private String position;

        Row(BinLocationService.BinCard card) {
            this.item = ItemRef.of(card.item());
            this.onHand = card.onHand().stripTrailingZeros().toPlainString();
            this.abc = card.item().getAbcClass() == null ? "" : card.item().getAbcClass().name();
            this.zone = card.location().map(l -> l.getZone()).orElse(null);
            this.level = card.location().map(l -> l.getLevel()).orElse(null);
            this.position = card.location().map(l -> l.getPosition()).orElse(null);
        }

        public ItemRef getItem() {
            return item;
        }

        public String getOnHand() {
            return onHand;
        }

        public String getAbc() {
            return abc;
        }

        public String getZone() {
            return zone;
        }

        public void setZone(String zone) {
            this.zone = zone;
        }

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }

        public String getPosition() {
            return position;
        }

        public void setPosition(String position) {
            this.position = position;
        }
    }

    public void load() {
        stores = StoreRef.all(catalog.stores());
        if (storeCode == null || storeCode.isBlank()) {
            storeCode = catalog.storesForEntry().stream().findFirst().map(Store::getCode)
                    .orElse(stores.isEmpty() ? null : stores.get(0).code());
        }
        show();
    }

    public void show() {
        if (storeCode == null) {
            return;
        }
        if (!feedback.attempt(() -> {
            rows = bins.cards(storeCode).stream().map(Row::new).toList();
            mayPlace = bins.mayPlace(storeCode);
        })) {
            rows = List.of();
        }
    }

    public void place(Row row) {
        feedback.answer(() -> bins.place(storeCode, row.item.code(), row.zone, row.level, row.position))
                .ifPresent(placed -> {
                    if (placed.isPresent()) {
                        feedback.info("bins.saved", row.item.code(), placed.get().label());
                    } else {
                        feedback.info("bins.removed", row.item.code());
                    }
                    show();
                });
    }

    /** The store's bin cards as a label sheet, their QR codes leading to this application's address. */
    public StreamedContent getCards() {
        Store store = feedback.answer(() -> stock.store(storeCode)).orElse(null);
        if (store == null) {
            return null;
        }
        List<BinLocationService.BinCard> cards = feedback.answer(() -> bins.cards(storeCode)).orElse(List.of());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String base = external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath();
        byte[] pdf = BinCardPdf.render(store, cards, localeSelection.getLocale(), ApplicationAddress.of(URI.create(base)));
        return DefaultStreamedContent.builder().name(BinCardPdf.fileName(store)).contentType(BinCardPdf.CONTENT_TYPE)
                .stream(() -> new ByteArrayInputStream(pdf)).build();
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

    public List<Row> getRows() {
        return rows;
    }

    public boolean isMayPlace() {
        return mayPlace;
    }
}
