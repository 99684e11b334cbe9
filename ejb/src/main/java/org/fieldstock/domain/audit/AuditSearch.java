package org.fieldstock.domain.audit;

import java.time.LocalDate;

/**
 * Filters for the audit trail. Every field is optional.
 *
 * @param from       on or after this day
 * @param to         on or before this day
 * @param actor      only this user (exact name)
 * @param action     only this action
 * @param subject    subject reference containing this text (document number, user name, code)
 * @param maxResults at most this many rows
 */
public record AuditSearch(LocalDate from, LocalDate to, String actor, AuditAction action, String subject,
        int maxResults) {

    public static final int DEFAULT_MAX_RESULTS = 500;

    public AuditSearch {
        if (maxResults <= 0 || maxResults > DEFAULT_MAX_RESULTS) {
            maxResults = DEFAULT_MAX_RESULTS;
        }
        actor = blankToNull(actor);
        subject = blankToNull(subject);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
