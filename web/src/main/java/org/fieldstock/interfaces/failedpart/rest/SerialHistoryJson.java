package org.fieldstock.interfaces.failedpart.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.application.failedpart.SerialHistory;

/** Where one serial-tracked unit has been, and its repairs. */
@Schema(name = "SerialHistory")
public record SerialHistoryJson(String item, String nameZh, String nameEn, String serial, String store, String turbine,
        int repairs, boolean scrapAdvised, int scrapAdviceAfter, List<EventJson> events,
        List<WarrantyJson> warrantyRepairs) {

    /** A repair under warranty by the maker at the site. */
    @Schema(name = "WarrantyRepair")
    public record WarrantyJson(LocalDate repairedOn, String site, String maker, String workDone, String recordedBy) {
    }

    /** One reviewed document that moved the unit: +1 into its store, -1 out of it. */
    @Schema(name = "SerialEvent")
    public record EventJson(LocalDate date, Instant reviewedAt, long documentId, String document, String category,
            String store, String turbine, int direction) {
    }

    static SerialHistoryJson of(SerialHistory h) {
        return new SerialHistoryJson(h.item().getCode(), h.item().getNameZh(), h.item().getNameEn(), h.serial(),
                h.store(), h.turbine(), h.repairs(), h.scrapAdvised(), h.scrapAdviceAfter(), h.events().stream()
                        .map(e -> new EventJson(e.date(), e.reviewedAt(), e.documentId(), e.documentNumber(),
                                e.category().name(), e.store(), e.turbine(), e.direction()))
                        .toList(), h.warrantyRepairs().stream().map(w -> new WarrantyJson(w.repairedOn(), w.site(),
                                w.maker(), w.workDone(), w.recordedBy())).toList());
    }
}
