package org.fieldstock.domain.failedpart;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One entry of the damaged-part register (返修损坏备件清单), kept on the document line that replaced the
 * part and on the damage-intake line that booked the removed part in: who replaced it (更换人), when
 * (更换日期), the serials of the old units removed (旧件序列号; the new ones fitted are the line's own
 * serials) and the cause (故障原因) with a note. The turbine (风机号) is the line's.
 */
@Embeddable
public class FailureRecord implements Serializable {

    public static final int MAX_REPLACED_BY_LENGTH = 100;
    public static final int MAX_NOTE_LENGTH = 300;
    /** The removed serials of one line, so that they fit their column; more go on further lines. */
    public static final int MAX_REMOVED_SERIALS = 30;

    @Column(name = "replaced_by", length = MAX_REPLACED_BY_LENGTH)
    private String replacedBy;

    @Column(name = "replaced_on")
    private LocalDate replacedOn;

    /** Comma-separated: serials hold no commas. */
    @Column(name = "removed_serials", length = 2000)
    private String removedSerials;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_cause", length = 20)
    private FailureCause cause;

    @Column(name = "failure_note", length = MAX_NOTE_LENGTH)
    private String note;

    protected FailureRecord() {
    }

    /** As entered; what is missing or wrong is for the document's rules to say. Blank texts are none. */
    public FailureRecord(String replacedBy, LocalDate replacedOn, List<String> removedSerials, FailureCause cause,
            String note) {
        this.replacedBy = blankToNull(replacedBy);
        this.replacedOn = replacedOn;
        List<String> serials = removedSerials == null ? List.of()
                : removedSerials.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
        this.removedSerials = serials.isEmpty() ? null : String.join(",", serials);
        this.cause = cause;
        this.note = blankToNull(note);
    }

    /** The same record with who and when filled in where they were left empty. */
    public FailureRecord withDefaults(String replacer, LocalDate day) {
        return new FailureRecord(replacedBy == null ? replacer : replacedBy, replacedOn == null ? day : replacedOn,
                getRemovedSerials(), cause, note);
    }

    /** The same record without the removed serials: on the intake they are the line's own serials. */
    public FailureRecord withoutRemovedSerials() {
        return new FailureRecord(replacedBy, replacedOn, List.of(), cause, note);
    }

    /** Whether nothing at all was recorded (a line that replaced nothing). */
    public boolean isEmpty() {
        return replacedBy == null && replacedOn == null && removedSerials == null && cause == null && note == null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getReplacedBy() {
        return replacedBy;
    }

    public LocalDate getReplacedOn() {
        return replacedOn;
    }

    public List<String> getRemovedSerials() {
        return removedSerials == null ? List.of() : List.of(removedSerials.split(","));
    }

    public FailureCause getCause() {
        return cause;
    }

    public String getNote() {
        return note;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FailureRecord that && Objects.equals(replacedBy, that.replacedBy)
                && Objects.equals(replacedOn, that.replacedOn) && Objects.equals(removedSerials, that.removedSerials)
                && cause == that.cause && Objects.equals(note, that.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(replacedBy, replacedOn, removedSerials, cause, note);
    }

    @Override
    public String toString() {
        return "FailureRecord[" + cause + " " + removedSerials + " by " + replacedBy + " on " + replacedOn + "]";
    }
}
