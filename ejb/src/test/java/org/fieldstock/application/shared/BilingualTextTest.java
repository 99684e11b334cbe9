package org.fieldstock.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The words written into generated records: both languages in one text, from bundles with the same keys. */
class BilingualTextTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        Set<String> chinese = new TreeSet<>(BilingualText.bundle(Locale.SIMPLIFIED_CHINESE).keySet());
        Set<String> english = new TreeSet<>(BilingualText.bundle(Locale.ENGLISH).keySet());
        assertEquals(english, chinese);
    }

    @Test
    void theEnglishIsEnglishOnAServerThatSpeaksChinese() {
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("Daily report", BilingualText.text(Locale.ENGLISH, "dailyReport.document"));
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
}
