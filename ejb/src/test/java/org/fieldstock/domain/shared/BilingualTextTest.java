package org.fieldstock.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The words written into generated records: both languages, from bundles with the same keys. */
class BilingualTextTest {

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BilingualTextTest.class.getResourceAsStream("/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("records.properties"), keys("records_zh_CN.properties"));
        assertEquals("日报", BilingualText.in(Locale.SIMPLIFIED_CHINESE, "dailyReport.document"));
    }

    @Test
    void theEnglishIsEnglishOnAServerThatSpeaksChinese() {
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("Daily report", BilingualText.in(Locale.ENGLISH, "dailyReport.document"));
        } finally {
            Locale.setDefault(server);
        }
    }

    @Test
    void aDraftedDocumentsRemarkReadsAsBefore() {
        assertEquals("日报 Daily report", BilingualText.of("dailyReport.document"));
        assertEquals("批次 batch", BilingualText.of("dailyReport.batch"));
        assertEquals("（1200 行） (1200 lines)", BilingualText.of("dailyReport.lines", 1200));
    }

    @Test
    void aNewUnitsStoresAreNamedAfterItInEachLanguage() {
        assertEquals("张北风电场损坏品库", BilingualText.in(Locale.SIMPLIFIED_CHINESE, "store.damaged", "张北风电场"));
        assertEquals("O'Brien Farm Good Store", BilingualText.in(Locale.ENGLISH, "store.good", "O'Brien Farm"),
                "a name is an argument, never a pattern");
    }
}
