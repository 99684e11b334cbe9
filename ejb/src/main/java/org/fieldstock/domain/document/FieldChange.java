package org.fieldstock.domain.document;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One changed field of a modification: which field (a message key suffix such as {@code supplier}
 * or {@code line}), which line where it is one, the value before and after.
 */
public record FieldChange(String field, Integer lineNo, String before, String after) implements Serializable {

    private static final String SEPARATOR = "\t";

    public FieldChange {
        Objects.requireNonNull(field);
    }

    /** One change per text line, tab-separated, so that the history column stays plain text in every database. */
    static String encode(List<FieldChange> changes) {
        StringBuilder text = new StringBuilder();
        for (FieldChange c : changes) {
            text.append(c.field).append(SEPARATOR).append(c.lineNo == null ? "" : c.lineNo).append(SEPARATOR)
                    .append(clean(c.before)).append(SEPARATOR).append(clean(c.after)).append('\n');
        }
        return text.toString();
    }

    static List<FieldChange> decode(String text) {
        List<FieldChange> changes = new ArrayList<>();
        if (text == null) {
            return changes;
        }
        for (String row : text.split("\n")) {
            String[] parts = row.split(SEPARATOR, -1);
            if (parts.length == 4) {
                changes.add(new FieldChange(parts[0], parts[1].isEmpty() ? null : Integer.valueOf(parts[1]),
                        parts[2].isEmpty() ? null : parts[2], parts[3].isEmpty() ? null : parts[3]));
            }
        }
        return changes;
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ');
    }
}
