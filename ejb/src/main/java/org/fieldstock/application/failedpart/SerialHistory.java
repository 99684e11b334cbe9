package org.fieldstock.application.failedpart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.item.Item;

/**
 * Where one serial-tracked unit has been: every reviewed document that moved it, oldest first (the
 * stores it entered and left, the turbines it was fitted to and taken off, its repairs), where it is
 * now, how often it came back repaired, whether scrapping it is advised, and (tools) its repairs under
 * warranty at the site.
 *
 * @param store   the store it is in now; null when in none (on a turbine, in repair, scrapped)
 * @param turbine the turbine it is fitted to now, if any
 */
public record SerialHistory(Item item, String serial, String store, String turbine, int repairs,
        boolean scrapAdvised, int scrapAdviceAfter, List<Event> events, List<WarrantyEntry> warrantyRepairs) {

    public SerialHistory {
        events = List.copyOf(events);
        warrantyRepairs = List.copyOf(warrantyRepairs);
    }

    /** A repair under warranty by the maker at the site: no movement, the unit stayed where it was. */
    public record WarrantyEntry(LocalDate repairedOn, String site, String maker, String workDone, String recordedBy) {
    }

    /** One movement of the unit: the document, its category and store, the turbine the line names. */
    public record Event(LocalDate date, Instant reviewedAt, long documentId, String documentNumber,
            DocumentCategory category, String store, String turbine, int direction) {
    }
}
