package org.fieldstock.domain.dailyreport;

/** Submitted: the keeper may still correct it, the accountant may map its lines. Drafted: documents made of it. */
public enum ReportStatus {
    SUBMITTED, DRAFTED
}
