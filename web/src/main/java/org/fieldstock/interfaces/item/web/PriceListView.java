package org.fieldstock.interfaces.item.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.item.PriceListService;
import org.fieldstock.domain.item.ItemPrice;
import org.fieldstock.interfaces.item.PriceListWorkbook;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.WorkbookCells;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The price list on screen: each item's price on a day with the next one to come, an item's history,
 * and for the planning office a new price from a day on, or the workbook of new prices uploaded.
 */
@Named
@ViewScoped
public class PriceListView implements Serializable {

    /** Items shown at once; the search narrows them. */
    static final int SHOWN = 200;

    @Inject
    private PriceListService prices;

    @Inject
    private FacesFeedback feedback;

    /** A line as the table shows it. */
    public record Line(String item, String nameZh, String nameEn, String spec, BigDecimal price, LocalDate since,
            BigDecimal nextPrice, LocalDate nextFrom) implements Serializable {
    }

    /** An entry of an item's history. */
    public record Entry(BigDecimal price, LocalDate effectiveFrom, boolean sinceEver, String note, String setBy)
            implements Serializable {
    }

    private String text;
    private LocalDate at = LocalDate.now();
    private List<Line> lines = List.of();
    private long total;
    private boolean maySetPrices;
    private String historyOf;
    private List<Entry> history = List.of();
    private String itemCode;
    private BigDecimal price;
    private LocalDate effectiveFrom = LocalDate.now();
    private String note;

    public void load() {
        maySetPrices = prices.maySetPrices();
        search();
    }

    public void search() {
        feedback.attempt(() -> {
            PriceListService.PricePage page = prices.priceList(text, at, 0, SHOWN);
            lines = page.lines().stream().map(l -> new Line(l.item().getCode(), l.item().getNameZh(),
                    l.item().getNameEn(), l.item().getSpec(), l.price(), l.effectiveFrom(),
                    l.next() == null ? null : l.next().getUnitPrice(),
                    l.next() == null ? null : l.next().getEffectiveFrom())).toList();
            total = page.total();
        });
    }

    public void showHistory(String item) {
        historyOf = item;
        itemCode = item;
        feedback.attempt(() -> history = prices.history(item).stream().map(p -> new Entry(p.getUnitPrice(),
                p.getEffectiveFrom(), p.getEffectiveFrom().equals(ItemPrice.SINCE_EVER), p.getNote(), p.getSetBy()))
                .toList());
    }

    public void set() {
        feedback.answer(() -> prices.setPrice(itemCode, price, effectiveFrom, note)).ifPresent(set -> {
            feedback.info("prices.setDone", set.getItem().getCode(), set.getUnitPrice().toPlainString(),
                    set.getEffectiveFrom());
            price = null;
            note = null;
            search();
            showHistory(set.getItem().getCode());
        });
    }

    public void upload(FileUploadEvent event) {
        if (event.getFile().getSize() > WorkbookCells.MAX_BYTES) {
            feedback.error("stocktake.import.tooLarge", WorkbookCells.MAX_BYTES / 1024 / 1024);
            return;
        }
        feedback.answer(() -> prices.importPrices(PriceListWorkbook.read(
                new ByteArrayInputStream(event.getFile().getContent())))).ifPresent(set -> {
                    feedback.info("prices.uploaded", set);
                    search();
                });
    }

    public StreamedContent getWorkbook() {
        LocalDate day = at == null ? LocalDate.now() : at;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PriceListWorkbook.write(prices.wholeList(day), day, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DefaultStreamedContent.builder().name(PriceListWorkbook.fileName(day))
                .contentType(PriceListWorkbook.CONTENT_TYPE).stream(() -> new ByteArrayInputStream(out.toByteArray()))
                .build();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getAt() {
        return at;
    }

    public void setAt(LocalDate at) {
        this.at = at;
    }

    public List<Line> getLines() {
        return lines;
    }

    public long getTotal() {
        return total;
    }

    public boolean isMaySetPrices() {
        return maySetPrices;
    }

    public String getHistoryOf() {
        return historyOf;
    }

    public List<Entry> getHistory() {
        return history;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
