package org.fieldstock.domain.audit;

import java.time.LocalDate;

/**
 * Filters for the audit trail. Every field is optional; the page is given beside it.
 *
 * @param from       on or after this day
 * @param to         on or before this day
 * @param actor      only this user (exact name)
 * @param action     only this action
 * @param subject    subject reference containing this text (document number, user name, code)
 */
public record AuditSearch(LocalDate from, LocalDate to, String actor, AuditAction action, String subject) {

    public AuditSearch {
        actor = blankToNull(actor);
        subject = blankToNull(subject);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
