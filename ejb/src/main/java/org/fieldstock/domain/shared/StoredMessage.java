package org.fieldstock.domain.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message kept in a text column (an audit entry's detail, why a stocktake could not open) as its
 * resource-bundle key and arguments instead of a sentence, so that every reader sees it in their
 * own language, long after it was written. It is stored as {@code {key}} followed by each argument
 * after a tab. A text of any other shape (typed by a user, or written before messages were kept
 * this way) is no stored message and is shown as it is.
 */
public record StoredMessage(String key, List<String> arguments) implements Serializable {

    private static final String SEPARATOR = "\t";

    /** "{audit.detail.dailyReport.submitted}\t3": a dotted key in braces, then the arguments. */
    private static final Pattern STORED = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)}((?:\t.*)?)",
            Pattern.DOTALL);

    private static final Pattern KEY_ARGUMENT = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)}");

    public StoredMessage {
        Objects.requireNonNull(key);
        // a tab separates the arguments where the message is stored
        arguments = arguments.stream().map(argument -> argument.replace('\t', ' ')).toList();
    }

    /** The message; arguments as text (a decimal as written in full), none as empty, a tab as a space. */
    public static StoredMessage of(String key, Object... arguments) {
        return new StoredMessage(key, Arrays.stream(arguments).map(StoredMessage::text).toList());
    }

    private static String text(Object argument) {
        if (argument == null) {
            return "";
        }
        if (argument instanceof MessageKey key) {
            // a translated argument (a field's name) is kept as its key in braces, translated when read
            return "{" + key.key() + "}";
        }
        return argument instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                : String.valueOf(argument);
    }

    /** The key an argument stands for when it was a translated one ({@code {field.code}}), if it was. */
    public static Optional<String> keyOf(String argument) {
        Matcher matcher = KEY_ARGUMENT.matcher(argument);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The text to store. */
    public String encoded() {
        StringBuilder text = new StringBuilder("{").append(key).append('}');
        for (String argument : arguments) {
            text.append(SEPARATOR).append(argument);
        }
        return text.toString();
    }

    /** The stored message a text holds, if it holds one. */
    public static Optional<StoredMessage> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = STORED.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> arguments = new ArrayList<>();
        if (!matcher.group(2).isEmpty()) {
            arguments.addAll(Arrays.asList(matcher.group(2).substring(1).split(SEPARATOR, -1)));
        }
        return Optional.of(new StoredMessage(matcher.group(1), arguments));
    }
}
