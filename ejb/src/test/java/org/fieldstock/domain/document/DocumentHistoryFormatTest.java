package org.fieldstock.domain.document;

import static org.fieldstock.domain.DomainFixtures.DATE;
import static org.fieldstock.domain.DomainFixtures.GEARBOX;
import static org.fieldstock.domain.DomainFixtures.GREASE;
import static org.fieldstock.domain.DomainFixtures.LATER;
import static org.fieldstock.domain.DomainFixtures.NC_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.NC_GOOD;
import static org.fieldstock.domain.DomainFixtures.NOW;
import static org.fieldstock.domain.DomainFixtures.PITCH_MOTOR;
import static org.fieldstock.domain.DomainFixtures.SUPPLIER;
import static org.fieldstock.domain.DomainFixtures.ZBET_A01;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.batchLine;
import static org.fieldstock.domain.DomainFixtures.document;
import static org.fieldstock.domain.DomainFixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The shape in which a document's history stores a line: the history is append-only, and the
 * screens read these descriptions back to put their words (damaged, missing, the turbine) in the
 * reader's language (web {@code HistoryText}). New rows must keep the shape of the rows already stored.
 */
class DocumentHistoryFormatTest {

    private static List<FieldChange> lastChanges(StockDocument document) {
        List<DocumentEvent> events = document.recordedEvents();
        return events.get(events.size() - 1).getChanges();
    }

    @Test
    void anArrivalIsStoredAsTheLineWithWhatArrivedDamagedOrMissing() {
        StockDocument in = new StockDocument("IN-2026-000001", DocumentCategory.GOOD_TRANSFER_IN, NC_GOOD, null, DATE,
                "TR-2026-000001", List.of(new NewLine(PITCH_MOTOR, new BigDecimal("3"), "lid cracked", null, null, null,
                        List.of("S1", "S2", "S3"))), "planner", NOW);
        in.recordArrival(DATE.plusDays(2), NC_DAMAGED, List.of(new Arrival(1, BigDecimal.ONE, BigDecimal.ONE,
                List.of("S1"), List.of("S3"))), "keeper", LATER);

        assertEquals(List.of(new FieldChange("date", null, DATE.toString(), DATE.plusDays(2).toString()),
                new FieldChange("line", 1, "SP-PIT-0001 × 3 {S1, S2, S3} (lid cracked)",
                        "SP-PIT-0001 × 3 {S1, S2, S3} damaged 1 [S1] missing 1 [S3] (lid cracked)")),
                lastChanges(in));
    }

    @Test
    void aLineIsStoredWithItsBatchAndExpiryOrItsTurbine() {
        StockDocument purchase = purchase(batchLine(GREASE, "5", "B7", DATE.plusMonths(20)));
        purchase.modify(null, SUPPLIER, null, DATE, null, List.of(batchLine(GREASE, "6", "B7", DATE.plusMonths(20))),
                "keeper", LATER);
        assertEquals(List.of(new FieldChange("line", 1, "CS-GRS-0001 × 5 [B7 2027-11-02]",
                "CS-GRS-0001 × 6 [B7 2027-11-02]")), lastChanges(purchase));

        StockDocument selfUse = document(DocumentCategory.SELF_USE, ZBET_GOOD,
                new NewLine(GEARBOX, BigDecimal.ONE, "replaced", ZBET_A01, null, null, List.of()));
        selfUse.modify(null, null, null, DATE, null,
                List.of(new NewLine(GEARBOX, new BigDecimal("2.00"), "replaced", ZBET_A01, null, null, List.of())),
                "keeper", LATER);
        assertEquals(List.of(new FieldChange("line", 1, "SP-GBX-0001 × 1 → A01 (replaced)",
                "SP-GBX-0001 × 2 → A01 (replaced)")), lastChanges(selfUse));
    }
}
