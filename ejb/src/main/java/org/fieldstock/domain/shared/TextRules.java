package org.fieldstock.domain.shared;

import java.util.List;

/**
 * Checks of typed master-data text, reporting into a list of problems so that a form learns every
 * mistake at once. A field is named by the message key of its label, translated in the message.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The text without surrounding spaces; null when nothing but spaces was typed. */
    public static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Adds a problem when the cleaned text is missing or longer than the column. */
    public static void required(List<Problem> problems, String cleaned, int maxLength, String fieldKey) {
        if (cleaned == null) {
            problems.add(new Problem("masterData.required", new MessageKey(fieldKey)));
        } else {
            optional(problems, cleaned, maxLength, fieldKey);
        }
    }

    /** Adds a problem when the cleaned text is longer than the column. */
    public static void optional(List<Problem> problems, String cleaned, int maxLength, String fieldKey) {
        if (cleaned != null && cleaned.length() > maxLength) {
            problems.add(new Problem("masterData.tooLong", new MessageKey(fieldKey), maxLength));
        }
    }

    /** Throws the problems as one invalid-input failure, if there are any. */
    public static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
    }
}
