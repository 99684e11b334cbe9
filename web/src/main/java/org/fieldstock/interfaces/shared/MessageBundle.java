package org.fieldstock.interfaces.shared;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.StoredMessage;

/** Turns message keys and business problems into text in Chinese or English. */
public final class MessageBundle {

    public static final String BASE_NAME = "i18n.messages";

    /** The languages the screens and the API speak; the first is the fallback. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private MessageBundle() {
    }

    public static ResourceBundle bundle(Locale locale) {
        // English is the base bundle: without this, a server whose own language is Chinese would
        // answer English with the Chinese bundle (the default locale's) instead
        return ResourceBundle.getBundle(BASE_NAME, supported(locale), MessageBundle.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The supported locale closest to the requested one: any Chinese is Simplified Chinese, anything else English. */
    public static Locale supported(Locale requested) {
        return requested != null && "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** The supported locale for a client's preferred languages, best first (HTTP Accept-Language); English without any. */
    public static Locale supported(List<Locale> preferred) {
        return supported(preferred == null || preferred.isEmpty() ? Locale.ENGLISH : preferred.get(0));
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] resolved = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            resolved[i] = arguments[i] instanceof MessageKey k ? text(locale, k.key())
                    : arguments[i] instanceof Problem nested ? text(locale, nested) : arguments[i];
        }
        MessageFormat format = new MessageFormat(pattern, supported(locale));
        // Numbers such as line numbers and quantities are shown as they are, without grouping, and a
        // decimal in full (10, not 1E+1); one the pattern formats itself (a choice of words) stays a number.
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        for (int i = 0; i < resolved.length; i++) {
            if (i < formats.length && formats[i] != null) {
                continue;
            }
            if (resolved[i] instanceof BigDecimal d) {
                resolved[i] = d.toPlainString();
            } else if (resolved[i] instanceof Number n) {
                resolved[i] = n.toString();
            }
        }
        return format.format(resolved);
    }

    public static String text(Locale locale, Problem problem) {
        return text(locale, problem.getMessageKey(), problem.getArguments());
    }

    public static List<String> texts(Locale locale, BusinessException exception) {
        List<String> texts = new ArrayList<>();
        for (Problem problem : exception.getProblems()) {
            texts.add(text(locale, problem));
        }
        return texts;
    }

    /**
     * A text kept in the database: a {@link StoredMessage} in the reader's language, any other text
     * (typed by a user, or stored before messages were kept as keys) as it was stored.
     */
    public static String stored(Locale locale, String text) {
        if (text == null) {
            return "";
        }
        return StoredMessage.decode(text).filter(message -> bundle(locale).containsKey(message.key()))
                .map(message -> text(locale, message.key(), message.arguments().stream()
                        .map(argument -> StoredMessage.keyOf(argument).filter(bundle(locale)::containsKey)
                                .<Object>map(MessageKey::new).orElse(argument))
                        .toArray())).orElse(text);
    }

    /** The label of an enum value, e.g. {@code DocumentStatus.SAVED}. */
    public static String label(Locale locale, Enum<?> value) {
        return value == null ? "" : text(locale, MessageKey.of(value).key());
    }
}
