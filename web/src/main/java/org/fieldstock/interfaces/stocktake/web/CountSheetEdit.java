package org.fieldstock.interfaces.stocktake.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.stocktake.StocktakeService;
import org.fieldstock.application.stocktake.StocktakeViews.SheetDetail;
import org.fieldstock.domain.stocktake.CountEntry;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.stocktake.CountSheetWorkbook;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Counting on one sheet: name the team, type counts (and for differences the reason, batch or
 * serials), export the sheet to Excel and import it back, submit; for the BU manager approve or
 * send back. The rows on screen are a filtered slice of the sheet; what was typed stays in the
 * rows while the filter changes, and saving sends every changed row.
 */
@Named
@ViewScoped
public class CountSheetEdit implements Serializable {

    /** At most this many rows on screen at once; the filter finds the others. */
    static final int MAX_SHOWN = 200;

    /** Which lines to show. */
    public enum Show {
        ALL, UNCOUNTED, DIFFERENCES
    }

    @Inject
    private StocktakeService stocktakes;

    @Inject
    private FacesFeedback feedback;

    private Long id;
    private SheetPage detail;
    private List<CountRow> rows = List.of();
    private String counter;
    private String witness;
    private String comment;
    private String filter;
    private Show show = Show.ALL;
    /** When the goods were counted; empty: now. */
    private LocalDateTime countedAt;

    public void load() {
        if (id == null || !feedback.attempt(() -> show(stocktakes.sheet(id)))) {
            detail = null;
        }
    }

    private void show(SheetDetail shown) {
        detail = SheetPage.of(shown);
        rows = shown.lines().stream().map(line -> new CountRow(SheetLine.of(line))).toList();
        counter = shown.sheet().getCountedBy();
        witness = shown.sheet().getWitnessedBy();
    }

    /** The rows the filter lets through, at most {@link #MAX_SHOWN}. */
    public List<CountRow> getShownRows() {
        return matching().stream().limit(MAX_SHOWN).toList();
    }

    public int getMatchingCount() {
        return matching().size();
    }

    private List<CountRow> matching() {
        String text = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return rows.stream()
                .filter(r -> show == Show.ALL || show == Show.UNCOUNTED && r.getLine().countedQuantity() == null
                        || show == Show.DIFFERENCES && r.isDifferent())
                .filter(r -> text.isEmpty() || r.getLine().item().code().toLowerCase(Locale.ROOT).contains(text)
                        || r.getLine().item().nameZh().toLowerCase(Locale.ROOT).contains(text)
                        || r.getLine().item().nameEn().toLowerCase(Locale.ROOT).contains(text))
                .toList();
    }

    /** The filter changed: the typed values are already in the rows. */
    public void refilter() {
        // nothing to do: the form's inputs were applied to the rows before this runs
    }

    public void saveTeam() {
        if (feedback.attempt(() -> show(stocktakes.nameTeam(id, detail.sheet().version(), counter, witness)))) {
            feedback.info("stocktake.teamSaved");
        }
    }

    public void saveCounts() {
        if (saveChangedRows()) {
            feedback.info("stocktake.countsSaved");
        }
    }

    /** Sends every changed row; returns false when the service refused them (then nothing is saved). */
    private boolean saveChangedRows() {
        List<CountEntry> changed = new ArrayList<>();
        for (CountRow row : rows) {
            if (row.isChanged()) {
                changed.add(row.entry());
            }
        }
        if (changed.isEmpty()) {
            return true;
        }
        // refused: the rows keep what was typed, for the user to correct
        return feedback.attempt(() -> show(stocktakes.enterCounts(id, detail.sheet().version(), countedInstant(),
                changed)));
    }

    /** Saves pending counts and the team first, so that what is submitted is what the user sees. */
    public void submit() {
        if (!saveChangedRows()) {
            return;
        }
        if (!java.util.Objects.equals(counter, detail.sheet().countedBy())
                || !java.util.Objects.equals(witness, detail.sheet().witnessedBy())) {
            if (!feedback.attempt(() -> show(stocktakes.nameTeam(id, detail.sheet().version(), counter, witness)))) {
                return;
            }
        }
        if (feedback.attempt(() -> show(stocktakes.submit(id, detail.sheet().version())))) {
            feedback.info("stocktake.submitted", detail.sheet().store().code());
        }
    }

    public void approve() {
        if (feedback.attempt(() -> show(stocktakes.approve(id, detail.sheet().version(), comment)))) {
            feedback.info("stocktake.approved", detail.sheet().store().code());
            comment = null;
        }
    }

    public void sendBack() {
        if (feedback.attempt(() -> show(stocktakes.sendBack(id, detail.sheet().version(), comment)))) {
            feedback.info("stocktake.sentBack", detail.sheet().store().code());
            comment = null;
        }
    }

    /** The sheet as a workbook to count on. */
    public StreamedContent getWorkbook() {
        SheetDetail current = stocktakes.sheet(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CountSheetWorkbook.write(current, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DefaultStreamedContent.builder()
                .name(CountSheetWorkbook.fileName(current))
                .contentType(CountSheetWorkbook.CONTENT_TYPE)
                .stream(() -> new ByteArrayInputStream(out.toByteArray()))
                .build();
    }

    /** Imports a filled-in workbook: all its counts, or none and every bad row said. */
    public void importWorkbook(FileUploadEvent event) {
        if (event.getFile().getSize() > CountSheetWorkbook.MAX_BYTES) {
            feedback.error("stocktake.import.tooLarge", CountSheetWorkbook.MAX_BYTES / 1024 / 1024);
            return;
        }
        CountSheetWorkbook.Read read;
        try {
            read = CountSheetWorkbook.read(event.getFile().getInputStream(), detail.sheet().campaign().number(),
                    detail.sheet().store().code());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (feedback.attempt(() -> show(stocktakes.importCounts(id, detail.sheet().version(), countedInstant(),
                read.entries(), read.unreadable())))) {
            feedback.info("stocktake.imported", read.entries().size());
        }
    }

    private Instant countedInstant() {
        return countedAt == null ? null : countedAt.atZone(ZoneId.systemDefault()).toInstant();
    }

    public LocalDateTime getCountedAt() {
        return countedAt;
    }

    public void setCountedAt(LocalDateTime countedAt) {
        this.countedAt = countedAt;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SheetPage getDetail() {
        return detail;
    }

    public String getCounter() {
        return counter;
    }

    public void setCounter(String counter) {
        this.counter = counter;
    }

    public String getWitness() {
        return witness;
    }

    public void setWitness(String witness) {
        this.witness = witness;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Show getShow() {
        return show;
    }

    public void setShow(Show show) {
        this.show = show;
    }
}
