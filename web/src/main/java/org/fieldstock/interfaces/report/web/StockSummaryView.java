package org.fieldstock.interfaces.report.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.report.StockSummaryService;
import org.fieldstock.domain.report.StockSummary;
import org.fieldstock.domain.report.SummaryColumn;
import org.fieldstock.interfaces.report.StockSummaryPdf;
import org.fieldstock.interfaces.report.StockSummaryWorkbook;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.LocaleSelection;
import org.fieldstock.interfaces.shared.OrgUnitRef;
import org.fieldstock.interfaces.shared.StoreRef;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The in/out/balance summary of a month on screen: the user's own scope at first (a BU's people their
 * BU, a keeper the site, the planning office the whole organisation), a site, BU or store chosen, per
 * store or per item; the workbook and the PDF of what is shown.
 */
@Named
@ViewScoped
public class StockSummaryView implements Serializable {

    /** The months offered: this one and the two years before it. */
    static final int MONTHS = 24;

    @Inject
    private StockSummaryService summaries;

    @Inject
    private FacesFeedback feedback;

    @Inject
    private LocaleSelection localeSelection;

    /** One category's quantity on a line. */
    public record Moved(SummaryColumn column, BigDecimal quantity) implements Serializable {
    }

    /** A line as the table shows it. */
    public record Row(String store, String item, String nameZh, String nameEn, String spec, String unitZh,
            String unitEn, BigDecimal unitPrice, BigDecimal opening, BigDecimal in, BigDecimal out, BigDecimal closing,
            BigDecimal closingValue, List<Moved> moved) implements Serializable {

        static Row of(StockSummary.Line line) {
            List<Moved> moved = new ArrayList<>();
            line.columns().forEach((column, quantity) -> {
                if (quantity.signum() != 0) {
                    moved.add(new Moved(column, quantity.stripTrailingZeros()));
                }
            });
            return new Row(line.store() == null ? null : line.store().getCode(), line.item().getCode(),
                    line.item().getNameZh(), line.item().getNameEn(), line.item().getSpec(), line.item().getUnitZh(),
                    line.item().getUnitEn(), line.unitPrice(), line.opening().stripTrailingZeros(),
                    line.in().stripTrailingZeros(), line.out().stripTrailingZeros(), line.closing().stripTrailingZeros(),
                    line.value(line.closing()), List.copyOf(moved));
        }
    }

    private String month = YearMonth.now().toString();
    private String unitCode;
    private String storeCode;
    private boolean perItem;
    private List<String> months = List.of();
    private List<OrgUnitRef> units = List.of();
    private List<StoreRef> stores = List.of();
    private List<Row> rows;
    private StockSummary.Totals totals;

    public void load() {
        List<String> offered = new ArrayList<>();
        for (int back = 0; back < MONTHS; back++) {
            offered.add(YearMonth.now().minusMonths(back).toString());
        }
        months = offered;
        feedback.attempt(() -> {
            units = OrgUnitRef.all(summaries.units());
            if (unitCode == null && storeCode == null) {
                unitCode = summaries.scope(null, null).unit().getCode();
            }
        });
        unitChanged();
    }

    public void unitChanged() {
        feedback.attempt(() -> stores = StoreRef.all(summaries.stores(unitCode)));
        if (storeCode != null && stores.stream().noneMatch(store -> store.code().equals(storeCode))) {
            storeCode = null;
        }
        show();
    }

    public void show() {
        rows = null;
        totals = null;
        feedback.attempt(() -> {
            StockSummary summary = summary();
            rows = summary.lines().stream().map(Row::of).toList();
            totals = summary.totals();
        });
    }

    private StockSummary summary() {
        return summaries.summary(YearMonth.parse(month), unitCode, storeCode, perItem);
    }

    private String scopeName() {
        return storeCode != null ? storeCode : unitCode;
    }

    public StreamedContent getWorkbook() {
        StockSummary summary = summary();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            StockSummaryWorkbook.write(summary, scopeName(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DefaultStreamedContent.builder().name(StockSummaryWorkbook.fileName(scopeName(), summary))
                .contentType(StockSummaryWorkbook.CONTENT_TYPE)
                .stream(() -> new ByteArrayInputStream(out.toByteArray())).build();
    }

    public StreamedContent getPdf() {
        StockSummary summary = summary();
        String printedBy = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
        byte[] pdf = StockSummaryPdf.render(summary, scopeName(), localeSelection.getLocale(), printedBy, Instant.now());
        return DefaultStreamedContent.builder().name(StockSummaryPdf.fileName(scopeName(), summary))
                .contentType(StockSummaryPdf.CONTENT_TYPE).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month == null || month.isBlank() ? YearMonth.now().toString() : month.strip();
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode == null || storeCode.isBlank() ? null : storeCode.strip();
    }

    public boolean isPerItem() {
        return perItem;
    }

    public void setPerItem(boolean perItem) {
        this.perItem = perItem;
    }

    public List<String> getMonths() {
        return months;
    }

    public List<OrgUnitRef> getUnits() {
        return units;
    }

    public List<StoreRef> getStores() {
        return stores;
    }

    public List<Row> getRows() {
        return rows;
    }

    public StockSummary.Totals getTotals() {
        return totals;
    }
}
