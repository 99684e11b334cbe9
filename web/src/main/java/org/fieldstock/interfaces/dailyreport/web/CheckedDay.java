package org.fieldstock.interfaces.dailyreport.web;

import java.io.Serializable;
import java.time.Instant;

import org.fieldstock.application.dailyreport.DailyReportService.CheckedReport;
import org.fieldstock.domain.dailyreport.DailyReport;
import org.fieldstock.domain.dailyreport.Punctuality;
import org.fieldstock.domain.dailyreport.ReportStatus;

/**
 * A site's day that came in, as the report page shows it above its lines: how the report stands
 * and who did what, how punctual it was, and whether the BU's check found an error on any line.
 * The lines and their checks are the page's rows.
 */
public record CheckedDay(Report report, Punctuality punctuality, boolean hasErrors) implements Serializable {

    /** The report: its status, the version a correction is made against, and who submitted, changed and drafted it. */
    public record Report(ReportStatus status, int version, String lateReason, String submittedBy,
            Instant submittedAt, String changedBy, Instant changedAt, String draftedBy, Instant draftedAt)
            implements Serializable {

        static Report of(DailyReport report) {
            return new Report(report.getStatus(), report.getVersion(), report.getLateReason(),
                    report.getSubmittedBy(), report.getSubmittedAt(), report.getChangedBy(), report.getChangedAt(),
                    report.getDraftedBy(), report.getDraftedAt());
        }
    }

    static CheckedDay of(CheckedReport checked) {
        return new CheckedDay(Report.of(checked.report()), checked.punctuality(), checked.hasErrors());
    }
}
