package org.fieldstock.interfaces.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentEventType;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.DocumentType;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.stock.LedgerMovement;
import org.fieldstock.domain.stock.StockDiscrepancy;
import org.junit.jupiter.api.Test;

/** Every message the code can raise has an English and a Chinese text, and the two bundles have the same keys. */
class MessageBundlesTest {

    /** Keys given as the first string of a problem, a stored message, a business exception or a screen message. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:new Problem\\(|StoredMessage\\.of\\(|Kind\\.[A-Z_]+,\\s*|Exception\\(|\\.(?:info|warn|error|flashInfo)\\()\\s*\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> chinese = new TreeSet<>(bundle("messages_zh_CN.properties").stringPropertyNames());

        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "keys without a Chinese text");
        assertEquals(Set.of(), onlyChinese, "keys without an English text");
    }

    /** In a message with arguments a lone apostrophe starts a quote and silently eats text: it must be doubled. */
    @Test
    void apostrophesInMessagesWithArgumentsAreDoubled() throws IOException {
        Set<String> broken = new TreeSet<>();
        for (String name : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties bundle = bundle(name);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (text.contains("{0}") && text.replace("''", "").contains("'")) {
                    broken.add(name + ": " + key);
                }
            }
        }
        assertEquals(Set.of(), broken);
    }

    @Test
    void everyKeyRaisedInTheCodeHasAText() throws IOException {
        Set<String> known = bundle("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../ejb/src/main/java"))) {
            assertTrue(Files.isDirectory(root), root + " not found");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                    while (matcher.find()) {
                        if (!known.contains(matcher.group(1))) {
                            missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "message keys without a text");
    }

    @Test
    void everyTranslatedEnumValueHasAText() throws IOException {
        Set<String> known = bundle("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Class<? extends Enum<?>> type : List.of(DocumentCategory.class, DocumentType.class, DocumentStatus.class,
                DocumentEventType.class, LedgerMovement.class, StoreKind.class, RepairClass.class,
                StockDiscrepancy.Basis.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = MessageKey.of(value).key();
                if (!known.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
