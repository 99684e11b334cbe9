package org.fieldstock.domain.shared;

import java.util.ArrayList;
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

    /** A Chinese and an English name, as org units, stores and suppliers have them. */
    public record Names(String zh, String en) {
    }

    /** Both names, cleaned; throws when one is missing or longer than its column (100 and 150 characters). */
    public static Names requiredNames(String nameZh, String nameEn) {
        List<Problem> problems = new ArrayList<>();
        Names names = new Names(clean(nameZh), clean(nameEn));
        requireNames(problems, names.zh(), names.en());
        throwIfAny(problems);
        return names;
    }

    /** Adds the problems of two cleaned names. */
    public static void requireNames(List<Problem> problems, String nameZh, String nameEn) {
        required(problems, nameZh, 100, "field.nameZh");
        required(problems, nameEn, 150, "field.nameEn");
    }

    /** Throws the problems as one invalid-input failure, if there are any. */
    public static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
    }
}
