package org.fieldstock.interfaces.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.fieldstock.domain.shared.StoredMessage;
import org.junit.jupiter.api.Test;

/**
 * Texts the application keeps in the database (why a stocktake could not open) read in the reader's
 * language; those stored before they were kept as messages read as they were written.
 */
class StoredTextsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void whyAStocktakeCouldNotOpenReadsInTheReadersLanguage() {
        String missing = StoredMessage.of("stocktake.failure.sheetsMissing", 10, 12).encoded();
        assertEquals("Opening stopped: 10 of 12 stores were frozen, and no count sheet is left to freeze. Discard this"
                + " stocktake and open it again.", MessageBundle.stored(EN, missing));
        assertEquals("开启中止：已冻结 10 / 12 个仓库，但已没有待冻结的盘点表。请作废本次盘点后重新开启。",
                MessageBundle.stored(ZH, missing));
        assertEquals("开启时发生意外错误（已记入服务器日志）。请作废本次盘点后重新开启。",
                MessageBundle.stored(ZH, StoredMessage.of("stocktake.failure.unexpected").encoded()));
        assertEquals("Connection is closed", MessageBundle.stored(ZH, "Connection is closed"),
                "an error text stored by an earlier version is shown as it was");
    }
}
