package org.fieldstock.domain.document;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.TextRules;

/**
 * What a delivered receipt says of its arrival (3篇 1.2): the delivery note or packing list it came
 * with, or, for goods that came without papers, who at the shipper confirmed them (then it is booked
 * provisionally until the papers are attached); and the day the goods arrived, which starts the clock
 * of counting and checking them within {@link #WORKING_DAYS_TO_COUNT} working days.
 */
public record Receiving(String deliveryNote, String shipperConfirmation, LocalDate arrivedOn) implements Serializable {

    public static final int WORKING_DAYS_TO_COUNT = 5;
    public static final int MAX_DELIVERY_NOTE = 60;
    public static final int MAX_CONFIRMATION = 200;

    public static final Receiving NONE = new Receiving(null, null, null);

    public Receiving {
        deliveryNote = TextRules.clean(deliveryNote);
        shipperConfirmation = TextRules.clean(shipperConfirmation);
    }

    /** What is wrong with it on a receipt dated {@code documentDate}: too long, or arrived after that day. */
    public List<Problem> problems(LocalDate documentDate) {
        List<Problem> problems = new ArrayList<>();
        if (deliveryNote != null && deliveryNote.length() > MAX_DELIVERY_NOTE) {
            problems.add(new Problem("document.deliveryNote.tooLong", MAX_DELIVERY_NOTE));
        }
        if (shipperConfirmation != null && shipperConfirmation.length() > MAX_CONFIRMATION) {
            problems.add(new Problem("document.shipperConfirmation.tooLong", MAX_CONFIRMATION));
        }
        if (arrivedOn != null && documentDate != null && arrivedOn.isAfter(documentDate)) {
            problems.add(new Problem("document.arrivedOn.afterDate", arrivedOn, documentDate));
        }
        return problems;
    }

    /** Whether the receipt has what booking it needs: its papers, or the shipper's confirmation. */
    public boolean mayBeBooked() {
        return deliveryNote != null || shipperConfirmation != null;
    }

    /** Booked on the shipper's word, its papers still to be attached. */
    public boolean isProvisional() {
        return deliveryNote == null && shipperConfirmation != null;
    }

    /** The last day to count and check goods that arrived on the day: that many working days later (Monday to Friday). */
    public static LocalDate countDue(LocalDate arrived) {
        LocalDate day = arrived;
        int left = WORKING_DAYS_TO_COUNT;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }

    /** The last arrival day whose count is overdue on {@code today} (its due day is before today). */
    public static LocalDate latestOverdueArrival(LocalDate today) {
        LocalDate arrived = today.minusDays(WORKING_DAYS_TO_COUNT);
        while (!countDue(arrived).isBefore(today)) {
            arrived = arrived.minusDays(1);
        }
        return arrived;
    }
}
