package org.fieldstock.interfaces.shared;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.FieldChange;
import org.fieldstock.domain.shared.MessageKey;

/**
 * A changed field of a document's history in the reader's language. The history is append-only and
 * keeps what changed as the domain wrote it, in locale-neutral values: codes, dates, and for a line
 * its description, e.g. {@code "CS-HYD-0002 × 2 [B7 2027-03-31] {S1} → A01 damaged 1 [S1] missing 1 (leak)"}.
 * The words of that description are put in the reader's language here, when it is read, so that
 * rows stored long ago read the same as new ones; a description of another shape is shown as stored.
 */
public final class HistoryText {

    /**
     * The description of a line as the history stores it: item × quantity, then optionally
     * [batch expiry], {serials}, → turbine, damaged n [serials], missing n [serials], (remark).
     * Batch numbers and serials hold no spaces, commas or brackets; turbine numbers no spaces.
     */
    private static final Pattern LINE = Pattern.compile("(?<item>\\S+) × (?<quantity>\\S+)"
            + "(?<batch> \\[[^\\]\\s]+(?: \\d{4}-\\d{2}-\\d{2})?\\])?"
            + "(?<serials> \\{[^}]*\\})?"
            + "(?: → (?<turbine>\\S+))?"
            + "(?: damaged (?<damaged>\\S+)(?<damagedSerials> \\[[^\\]]*\\])?)?"
            + "(?: missing (?<missing>\\S+)(?<missingSerials> \\[[^\\]]*\\])?)?"
            + "(?<remark> \\(.*\\))?", Pattern.DOTALL);

    private HistoryText() {
    }

    /** "Supplier: SUP-001 → SUP-003", "Line 2: CS-HYD-0002 × 2.5 → (none)", "第 2 行：…". */
    public static String change(Locale locale, FieldChange change) {
        if (change.lineNo() == null && "more".equals(change.field())) {
            // the marker of a list of changes cut to fit: no values
            return MessageBundle.text(locale, "history.field.more");
        }
        String field = change.lineNo() == null
                ? MessageBundle.text(locale, "history.field." + change.field())
                : MessageBundle.text(locale, "history.field.line", change.lineNo());
        return MessageBundle.text(locale, "history.change", field, value(locale, change.field(), change.before()),
                value(locale, change.field(), change.after()));
    }

    /** A value as the history holds it, in the reader's language: a category by its name, a line by its words. */
    private static String value(Locale locale, String field, String value) {
        if (value == null) {
            return MessageBundle.text(locale, "history.none");
        }
        if ("category".equals(field)) {
            try {
                return MessageBundle.text(locale, MessageKey.of(DocumentCategory.valueOf(value)).key());
            } catch (IllegalArgumentException notACategory) {
                return value;
            }
        }
        return "line".equals(field) ? line(locale, value) : value;
    }

    /** A line's description in the reader's language; one of another shape as stored. */
    static String line(Locale locale, String stored) {
        Matcher m = LINE.matcher(stored);
        if (!m.matches()) {
            return stored;
        }
        StringBuilder text = new StringBuilder(MessageBundle.text(locale, "history.line.quantity", m.group("item"),
                m.group("quantity")));
        append(text, m.group("batch"));
        append(text, m.group("serials"));
        if (m.group("turbine") != null) {
            text.append(' ').append(MessageBundle.text(locale, "history.line.turbine", m.group("turbine")));
        }
        if (m.group("damaged") != null) {
            text.append(' ').append(MessageBundle.text(locale, "history.line.damaged", m.group("damaged")));
            append(text, m.group("damagedSerials"));
        }
        if (m.group("missing") != null) {
            text.append(' ').append(MessageBundle.text(locale, "history.line.missing", m.group("missing")));
            append(text, m.group("missingSerials"));
        }
        append(text, m.group("remark"));
        return text.toString();
    }

    private static void append(StringBuilder text, String neutralPart) {
        if (neutralPart != null) {
            text.append(neutralPart);
        }
    }
}
