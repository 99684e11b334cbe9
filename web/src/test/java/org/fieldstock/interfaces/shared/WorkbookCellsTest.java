package org.fieldstock.interfaces.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A workbook's titles and headers carry both languages, read from both bundles. */
class WorkbookCellsTest {

    @Test
    void aHeaderIsChineseThenEnglish() {
        assertEquals("仓库 Store", WorkbookCells.bilingual("workbook.store"));
        assertArrayEquals(new String[] {"有效期 Expiry (yyyy-mm-dd)", "序列号 Serials (a,b,c)"},
                WorkbookCells.bilingual("workbook.expiry", "workbook.serialList"));
    }

    @Test
    void theEnglishIsEnglishOnAServerThatSpeaksChinese() {
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("仓库 Store", WorkbookCells.bilingual("workbook.store"));
            assertEquals("Store", MessageBundle.text(Locale.ENGLISH, "workbook.store"));
        } finally {
            Locale.setDefault(server);
        }
    }
}
