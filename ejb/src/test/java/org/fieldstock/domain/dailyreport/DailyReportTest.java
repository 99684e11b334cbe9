package org.fieldstock.domain.dailyreport;

import static org.fieldstock.domain.DomainFixtures.BOLT;
import static org.fieldstock.domain.DomainFixtures.GZBD_GOOD;
import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.fieldstock.domain.DomainFixtures.ZBET_DAMAGED;
import static org.fieldstock.domain.DomainFixtures.ZBET_GOOD;
import static org.fieldstock.domain.DomainFixtures.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** A site's daily report: what it takes in, when it is late, and that the BU's documents end its changes. */
class DailyReportTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final LocalTime EIGHT_PM = LocalTime.of(20, 0);
    private static final Instant DUE = Punctuality.deadline(DAY, EIGHT_PM, ZoneOffset.UTC);
    private static final Instant EVENING = Instant.parse("2026-11-20T18:30:00Z");
    private static final Instant NEXT_MORNING = Instant.parse("2026-11-21T08:00:00Z");

    private static ReportLineInput line(Store store, DocumentCategory category, String quantity, String balance) {
        return new ReportLineInput(store, category, BOLT.getCode(), BOLT, "螺栓", new BigDecimal(quantity),
                balance == null ? null : new BigDecimal(balance), null, null, null, null, null);
    }

    @Test
    void aReportInByTheDeadlineIsOnTimeAfterItLateAndMissingWhenNeverIn() {
        assertEquals(Punctuality.ON_TIME, Punctuality.of(DAY, EVENING, NEXT_MORNING, EIGHT_PM, ZoneOffset.UTC));
        assertEquals(Punctuality.ON_TIME, Punctuality.of(DAY, DUE, NEXT_MORNING, EIGHT_PM, ZoneOffset.UTC));
        assertEquals(Punctuality.LATE, Punctuality.of(DAY, NEXT_MORNING, NEXT_MORNING, EIGHT_PM, ZoneOffset.UTC));
        assertEquals(Punctuality.DUE, Punctuality.of(DAY, null, EVENING, EIGHT_PM, ZoneOffset.UTC));
        assertEquals(Punctuality.MISSING, Punctuality.of(DAY, null, NEXT_MORNING, EIGHT_PM, ZoneOffset.UTC));
        // the deadline is the evening where the server stands, not in UTC
        assertEquals(Punctuality.LATE, Punctuality.of(DAY, EVENING, NEXT_MORNING, EIGHT_PM, ZoneOffset.ofHours(8)));
    }

    @Test
    void aLateReportNeedsItsReasonAndADayToComeCannotBeReported() {
        assertEquals(List.of("dailyReport.lateReason.required"), keys(assertThrows(BusinessException.class,
                () -> new DailyReport(ZBET, DAY, List.of(), " ", DAY.plusDays(1), DUE, "keeper", NEXT_MORNING))));
        DailyReport late = new DailyReport(ZBET, DAY, List.of(), "车辆故障，晚归", DAY.plusDays(1), DUE, "keeper",
                NEXT_MORNING);
        assertEquals("车辆故障，晚归", late.getLateReason());
        assertEquals(List.of("dailyReport.date.future"), keys(assertThrows(BusinessException.class,
                () -> new DailyReport(ZBET, DAY.plusDays(1), List.of(), null, DAY, DUE, "keeper", EVENING))));
        assertEquals(List.of("dailyReport.site.required"), keys(assertThrows(BusinessException.class,
                () -> new DailyReport(NC, DAY, List.of(), null, DAY, DUE, "keeper", EVENING))));
    }

    @Test
    void everyBadLineIsNamedAtOnceAndNothingIsTakenIn() {
        BusinessException refused = assertThrows(BusinessException.class, () -> new DailyReport(ZBET, DAY,
                List.of(line(ZBET_GOOD, DocumentCategory.SELF_USE, "-2", "3"),
                        line(GZBD_GOOD, DocumentCategory.SELF_USE, "-1", null),
                        line(ZBET_GOOD, null, "0", null),
                        line(ZBET_GOOD, null, "1.00001", "-1")),
                null, DAY, DUE, "keeper", EVENING));
        assertEquals(List.of("dailyReport.line.store", "dailyReport.line.quantity", "dailyReport.line.quantityInvalid",
                "dailyReport.line.balanceInvalid"), keys(refused));
        assertEquals(List.of(2, "ZBET"), List.of(refused.getProblems().get(0).getArguments()));
    }

    @Test
    void theKeeperCorrectsTheReportUntilTheBuHasMadeDocumentsOfIt() {
        DailyReport report = new DailyReport(ZBET, DAY, List.of(line(ZBET_GOOD, DocumentCategory.SELF_USE, "-2", "3")),
                null, DAY, DUE, "keeper", EVENING);
        assertNull(report.getLateReason());
        report.correct(List.of(line(ZBET_GOOD, DocumentCategory.SELF_USE, "-2", "3"),
                line(ZBET_DAMAGED, DocumentCategory.DAMAGE_INTAKE, "2", "2")), null, DUE, "keeper", NEXT_MORNING);
        assertEquals(2, report.getLines().size());
        assertEquals(EVENING, report.getSubmittedAt());
        assertEquals(NEXT_MORNING, report.getChangedAt());
        report.drafted(Map.of(1, "OUT-20261120-0001", 2, "IN-20261120-0001"), "accountant", NEXT_MORNING);
        assertEquals(ReportStatus.DRAFTED, report.getStatus());
        assertEquals("IN-20261120-0001", report.getLines().get(1).getDocumentNumber());
        assertEquals(List.of("dailyReport.alreadyDrafted"), keys(assertThrows(BusinessException.class,
                () -> report.correct(List.of(), null, DUE, "keeper", NEXT_MORNING))));
    }
}
