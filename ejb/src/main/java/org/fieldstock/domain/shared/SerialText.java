package org.fieldstock.domain.shared;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Serial numbers as people type them into one field or one spreadsheet cell: separated by commas,
 * semicolons (Chinese ones too), spaces or new lines.
 */
public final class SerialText {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;，；]+");

    private SerialText() {
    }

    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(text.strip())).filter(s -> !s.isEmpty()).toList();
    }
}
