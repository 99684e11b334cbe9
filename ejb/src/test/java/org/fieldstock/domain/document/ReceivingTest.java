package org.fieldstock.domain.document;

import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.DATE;
import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.SUPPLIER;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.caller;
import static org.fieldstock.domain.DomainFixtures.keys;
import static org.fieldstock.domain.DomainFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Refusal;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.junit.jupiter.api.Test;

/** Check, count, then book (3篇 1.2): a delivery's papers, the shipper's word, and the five working days. */
class ReceivingTest {

    private static final Caller ACCOUNTANT = caller(NC, Role.ACCOUNTANT);

    private static StockDocument delivery(Receiving receiving) {
        StockDocument receipt = new StockDocument("IN-0009", DocumentCategory.PURCHASE, ZBET_GOOD, SUPPLIER, DATE, null,
                List.of(line(BOLT, "4")), "keeper1", NOW);
        receipt.receive(receiving);
        return receipt;
    }

    private static String whyNotReview(StockDocument document) {
        return StockDocumentLifecycle.RULES.whyNot(DocumentAction.REVIEW,
                        new StockDocumentLifecycle.Subject(document, Optional.empty(), () -> false), ACCOUNTANT,
                        day -> Optional.<Refusal>empty())
                .map(r -> r.reason().getMessageKey()).orElse(null);
    }

    @Test
    void aDeliveryIsBookedWithItsPapersOrOnTheShippersWordOnly() {
        assertEquals("document.papers.missing", whyNotReview(delivery(Receiving.NONE)));
        assertNull(whyNotReview(delivery(new Receiving("DN-1", null, null))));
        StockDocument onWord = delivery(new Receiving(" ", "driver Li, by phone", null));
        assertNull(whyNotReview(onWord), "booked provisionally");
        assertTrue(onWord.getReceiving().isProvisional());
        assertNull(onWord.getReceiving().deliveryNote(), "blank is none");
    }

    @Test
    void attachingThePapersLaterEndsTheFlagAndMovesNothing() {
        StockDocument onWord = delivery(new Receiving(null, "driver Li", null));
        onWord.review("accountant", NOW);

        onWord.attachPapers("DN-77", "keeper1", NOW);

        assertFalse(onWord.getReceiving().isProvisional());
        assertEquals("DN-77", onWord.getReceiving().deliveryNote());
        assertEquals(DocumentStatus.REVIEWED, onWord.getStatus());
        assertEquals(List.of("document.deliveryNote.required"), keys(assertThrows(BusinessException.class,
                () -> onWord.attachPapers("  ", "keeper1", NOW))));
        StockDocument issue = new StockDocument("OUT-1", DocumentCategory.SELF_USE, ZBET_GOOD, null, DATE, null,
                List.of(line(BOLT, "1")), "keeper1", NOW);
        assertEquals(List.of("document.papers.notDelivered"), keys(assertThrows(BusinessException.class,
                () -> issue.attachPapers("DN-1", "keeper1", NOW))));
    }

    @Test
    void countingIsDueFiveWorkingDaysAfterArrival() {
        assertEquals(LocalDate.of(2026, 12, 11), Receiving.countDue(LocalDate.of(2026, 12, 4)), "Friday to Friday");
        assertEquals(LocalDate.of(2026, 12, 11), Receiving.countDue(LocalDate.of(2026, 12, 5)),
                "a Saturday arrival: the working days start on Monday");
        assertEquals(LocalDate.of(2026, 12, 8), Receiving.countDue(LocalDate.of(2026, 12, 1)), "Tuesday to Tuesday");
        StockDocument arrivedEarlier = delivery(new Receiving("DN-1", null, DATE.minusDays(3)));
        assertEquals(Receiving.countDue(DATE.minusDays(3)), arrivedEarlier.getCountDue());
        assertEquals(Receiving.countDue(DATE), delivery(new Receiving("DN-1", null, null)).getCountDue(),
                "arrived on the document's date when not said");
        assertEquals(List.of("document.arrivedOn.afterDate"), keys(assertThrows(BusinessException.class,
                () -> delivery(new Receiving("DN-1", null, DATE.plusDays(1))))));
    }

    @Test
    void theLatestOverdueArrivalIsTheLastDayWhoseCountIsDueBeforeToday() {
        for (LocalDate today = LocalDate.of(2026, 11, 1); today.isBefore(LocalDate.of(2027, 1, 1)); today = today.plusDays(1)) {
            LocalDate latest = Receiving.latestOverdueArrival(today);
            assertTrue(Receiving.countDue(latest).isBefore(today), today + ": " + latest + " is overdue");
            assertFalse(Receiving.countDue(latest.plusDays(1)).isBefore(today), today + ": " + latest.plusDays(1) + " is not");
        }
        assertEquals(LocalDate.of(2026, 11, 26), Receiving.latestOverdueArrival(LocalDate.of(2026, 12, 4)),
                "on Friday 4 December, what came on Thursday 26 November was due on Thursday 3 December");
    }

    @Test
    void onlyDeliveriesCarryPapers() {
        StockDocument issue = new StockDocument("OUT-1", DocumentCategory.SELF_USE, ZBET_GOOD, null, DATE, null,
                List.of(line(BOLT, "1")), "keeper1", NOW);
        issue.receive(new Receiving("DN-1", "x", DATE));
        assertEquals(Receiving.NONE, issue.getReceiving(), "dropped");
        assertNull(issue.getCountDue());
        assertTrue(DocumentCategory.REPAIRED.isDelivered());
        assertFalse(DocumentCategory.PETTY_PURCHASE.isDelivered(), "bought by the site itself");
    }
}
