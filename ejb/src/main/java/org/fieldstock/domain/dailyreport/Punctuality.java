package org.fieldstock.domain.dailyreport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Where a site's report of a day stands: in by the evening deadline, in after it (with the
 * keeper's reason), not in although the deadline has passed, or not yet due.
 */
public enum Punctuality {
    ON_TIME, LATE, MISSING, DUE;

    /** The moment a day's report is due: the deadline time on that day, in the server's zone. */
    public static Instant deadline(LocalDate day, LocalTime deadline, ZoneId zone) {
        return LocalDateTime.of(day, deadline).atZone(zone).toInstant();
    }

    /** A day's standing, given when its report came in (null: not at all) and now. */
    public static Punctuality of(LocalDate day, Instant submittedAt, Instant now, LocalTime deadline, ZoneId zone) {
        Instant due = deadline(day, deadline, zone);
        if (submittedAt != null) {
            return submittedAt.isAfter(due) ? LATE : ON_TIME;
        }
        return now.isAfter(due) ? MISSING : DUE;
    }
}
