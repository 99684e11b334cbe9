package org.fieldstock.application.dailyreport;


import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;

import org.fieldstock.application.dailyreport.ReconciliationService.Row;
import org.fieldstock.application.dailyreport.ReconciliationService.Source;
import org.fieldstock.domain.dailyreport.DailyReportRepository.ReportedBalance;
import org.fieldstock.domain.stocktake.StocktakeRepository.LatestCount;
import org.junit.jupiter.api.Test;

/** What the reconciliation compares for one item: the site's latest word against the books of the same day. */
class ReconciliationRowTest {

    private static final LocalDate TENTH = LocalDate.of(2026, 11, 10);
    private static final LocalDate TWELFTH = LocalDate.of(2026, 11, 12);
    /** The books by document day (what reports are compared with): 10 on the 10th, 7 on the 12th, 5 now. */
    private static final Function<LocalDate, BigDecimal> BOOKS = day -> Map.of(TENTH, new BigDecimal("10"), TWELFTH,
            new BigDecimal("7")).getOrDefault(day, BigDecimal.ZERO);

    private static Row row(ReportedBalance report, LatestCount count) {
        return ReconciliationService.rowOf(ZBET_GOOD, BOLT, new BigDecimal("5"), report, count, BOOKS, ZoneOffset.UTC);
    }

    @Test
    void theLaterOfReportAndCountIsComparedWithTheBooksOfItsDay() {
        ReportedBalance report = new ReportedBalance(ZBET_GOOD, BOLT, TWELFTH, new BigDecimal("6"));
        LatestCount count = new LatestCount(BOLT, new BigDecimal("10"), Instant.parse("2026-11-10T09:00:00Z"),
                "ST-2026-0001", new BigDecimal("10"), false);
        Row fromReport = row(report, count);
        assertEquals(Source.REPORT, fromReport.source());
        assertEquals(TWELFTH, fromReport.asOf());
        assertEquals(0, new BigDecimal("-1").compareTo(fromReport.difference()), "6 written against 7 booked");
        assertEquals(0, new BigDecimal("5").compareTo(fromReport.books()), "the books at the end of the date");

        Row fromCount = row(new ReportedBalance(ZBET_GOOD, BOLT, LocalDate.of(2026, 11, 9), new BigDecimal("1")), count);
        assertEquals(Source.COUNT, fromCount.source());
        assertEquals("ST-2026-0001", fromCount.reference());
        assertEquals(0, BigDecimal.ZERO.compareTo(fromCount.difference()), "counted 10, booked 10 when counting");
    }

    @Test
    void aCountIsComparedWithTheBooksWhenCountingUntilItsApprovalPostsTheDifference() {
        Instant counted = Instant.parse("2026-11-10T09:00:00Z");
        Row pending = row(null, new LatestCount(BOLT, new BigDecimal("8"), counted, "ST", new BigDecimal("9"), false));
        assertEquals(0, new BigDecimal("-1").compareTo(pending.difference()), "one short of the books at counting");
        assertEquals(0, new BigDecimal("9").compareTo(pending.booksAsOf()));
        Row approved = row(null, new LatestCount(BOLT, new BigDecimal("8"), counted, "ST", new BigDecimal("9"), true));
        assertEquals(0, BigDecimal.ZERO.compareTo(approved.difference()), "the loss is posted: books and shelf agree");
        assertFalse(approved.differs());
    }

    @Test
    void onTheSameDayTheReportWinsAndWithoutEitherOnlyHeldItemsShow() {
        ReportedBalance report = new ReportedBalance(ZBET_GOOD, BOLT, TENTH, new BigDecimal("10"));
        LatestCount count = new LatestCount(BOLT, new BigDecimal("9"), Instant.parse("2026-11-10T09:00:00Z"), "ST",
                new BigDecimal("9"), false);
        assertEquals(Source.REPORT, row(report, count).source(), "the keeper writes the ledger at the end of the day");
        Row never = row(null, null);
        assertEquals(Source.NONE, never.source());
        assertNull(never.difference());
        assertTrue(never.differs(), "held but never confirmed by the site");
        assertNull(ReconciliationService.rowOf(ZBET_GOOD, BOLT, BigDecimal.ZERO, null, null, BOOKS, ZoneOffset.UTC));
    }
}
