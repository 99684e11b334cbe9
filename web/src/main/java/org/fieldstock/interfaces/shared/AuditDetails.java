package org.fieldstock.interfaces.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fieldstock.domain.shared.StoredMessage;

/**
 * An audit entry's detail in the reader's language, for the audit screen and the API. A detail is
 * either a {@link StoredMessage} (a sentence kept as key and arguments) or codes and names written
 * as they are; in both, the words that name a document or item category, a login failure reason or
 * a changed master-data field are translated, the rest shown as stored. Entries are never
 * rewritten, so old details are read the way they were written.
 */
public final class AuditDetails {

    private AuditDetails() {
    }

    public static String text(Locale locale, String detail) {
        if (detail == null) {
            return "";
        }
        ResourceBundle bundle = MessageBundle.bundle(locale);
        Optional<StoredMessage> message = StoredMessage.decode(detail).filter(m -> bundle.containsKey(m.key()));
        if (message.isPresent()) {
            return MessageBundle.text(locale, message.get().key(),
                    message.get().arguments().stream().map(argument -> words(bundle, argument)).toArray());
        }
        return words(bundle, detail);
    }

    /** The words of a detail that the bundle names translated, each other word as it is. */
    private static String words(ResourceBundle bundle, String detail) {
        return Arrays.stream(detail.split(" ")).map(word -> {
            // a changed field is written "field:" before its old and new value
            String bare = word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
            String suffix = word.substring(bare.length());
            return Stream.of("AuditDetail." + bare, "DocumentCategory." + bare, "ItemCategory." + bare,
                            "OrgUnitKind." + bare)
                    .filter(bundle::containsKey).findFirst().map(key -> bundle.getString(key) + suffix).orElse(word);
        }).collect(Collectors.joining(" "));
    }
}
