package org.fieldstock.domain.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The words the application writes into records it makes itself: the remark of a document drafted
 * from a daily report ("日报 Daily report"), the names a new unit's stores start with. Such text is
 * data, printed, edited and read later by readers of either language, so it is written in both:
 * in one text, Chinese first, or each language into its own column. The words come from this
 * module's bundles {@code i18n/records} (Chinese and English, the same keys); the screens' message
 * bundles are the web module's, which an EJB module in an EAR cannot read.
 */
public final class BilingualText {

    static final String BASE_NAME = "i18n.records";

    /** The languages written, in the order written. */
    static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private BilingualText() {
    }

    /** The key's text in Chinese, a space, the same in English; numbers among the arguments as written. */
    public static String of(String key, Object... arguments) {
        return LANGUAGES.stream().map(locale -> in(locale, key, arguments)).collect(Collectors.joining(" "));
    }

    /** The key's text in one of the two languages, for a record that keeps each language apart. */
    public static String in(Locale locale, String key, Object... arguments) {
        String pattern = bundle(locale).getString(key);
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // a line count of 1200 stays 1200, not 1,200
            plain[i] = arguments[i] instanceof Number n ? n.toString() : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(plain);
    }

    static ResourceBundle bundle(Locale locale) {
        // no fallback to the server's default locale: English is the base bundle
        return ResourceBundle.getBundle(BASE_NAME, locale, BilingualText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
