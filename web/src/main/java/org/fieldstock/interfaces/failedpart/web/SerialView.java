package org.fieldstock.interfaces.failedpart.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.failedpart.FailedPartService;
import org.fieldstock.application.failedpart.SerialHistory;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.ItemRef;
import org.omnifaces.cdi.ViewScoped;

/** Where one serial-tracked unit has been: its stores, turbines and repairs, and the scrap advice. */
@Named
@ViewScoped
public class SerialView implements Serializable {

    @Inject
    private FailedPartService failedParts;

    @Inject
    private FacesFeedback feedback;

    private String itemCode;
    private String serial;
    private Shown shown;
    private boolean warrantyRecordable;
    private LocalDate repairedOn = LocalDate.now();
    private String maker;
    private String workDone;

    /** The unit as the page shows it. */
    public record Shown(ItemRef item, String serial, String store, String turbine, int repairs, boolean scrapAdvised,
            int scrapAdviceAfter, List<Event> events, List<Warranty> warrantyRepairs) implements Serializable {

        static Shown of(SerialHistory h) {
            return new Shown(ItemRef.of(h.item()), h.serial(), h.store(), h.turbine(), h.repairs(), h.scrapAdvised(),
                    h.scrapAdviceAfter(), h.events().stream().map(e -> new Event(e.date(), e.documentId(),
                            e.documentNumber(), e.category(), e.store(), e.turbine(), e.direction() > 0)).toList(),
                    h.warrantyRepairs().stream().map(w -> new Warranty(w.repairedOn(), w.site(), w.maker(),
                            w.workDone(), w.recordedBy())).toList());
        }
    }

    /** A repair under warranty at the site. */
    public record Warranty(LocalDate repairedOn, String site, String maker, String workDone, String recordedBy)
            implements Serializable {
    }

    /** One movement of the unit. */
    public record Event(LocalDate date, long documentId, String documentNumber, DocumentCategory category, String store,
            String turbine, boolean in) implements Serializable {
    }

    /** Called from f:viewAction once the item and serial parameters are set. */
    public void load() {
        shown = null;
        if (itemCode != null && serial != null) {
            feedback.attempt(() -> {
                shown = Shown.of(failedParts.history(itemCode, serial));
                warrantyRecordable = failedParts.mayRecordWarrantyRepair(itemCode, serial);
            });
        }
    }

    /** Records the maker's repair under warranty, and shows the unit's history with it. */
    public void recordWarrantyRepair() {
        if (feedback.attempt(() -> failedParts.recordWarrantyRepair(itemCode, serial, repairedOn, maker, workDone))) {
            feedback.info("warranty.recorded", serial);
            maker = null;
            workDone = null;
            load();
        }
    }

    public boolean isWarrantyRecordable() {
        return warrantyRecordable;
    }

    public LocalDate getRepairedOn() {
        return repairedOn;
    }

    public void setRepairedOn(LocalDate repairedOn) {
        this.repairedOn = repairedOn;
    }

    public String getMaker() {
        return maker;
    }

    public void setMaker(String maker) {
        this.maker = maker;
    }

    public String getWorkDone() {
        return workDone;
    }

    public void setWorkDone(String workDone) {
        this.workDone = workDone;
    }

    public Shown getShown() {
        return shown;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }
}
