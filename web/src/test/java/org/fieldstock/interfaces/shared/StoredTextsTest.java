package org.fieldstock.interfaces.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.fieldstock.domain.shared.StoredMessage;
import org.junit.jupiter.api.Test;

/**
 * Texts the application keeps in the database (audit details, why a stocktake could not open) read
 * in the reader's language; those stored before they were kept as messages read as they were written.
 */
class StoredTextsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aDailyReportsAuditDetailReadsInTheReadersLanguage() {
        String submitted = StoredMessage.of("audit.detail.dailyReport.submitted", 3).encoded();
        assertEquals("3 lines", AuditDetails.text(EN, submitted));
        assertEquals("共 3 行", AuditDetails.text(ZH, submitted));

        String corrected = StoredMessage.of("audit.detail.dailyReport.corrected",
                "1) ZBET-G SP-GBX-0007 -1 SELF_USE =4; 2) ZBET-G SP-GBX-0006 2").encoded();
        assertEquals("was: 1) ZBET-G SP-GBX-0007 -1 Self use =4; 2) ZBET-G SP-GBX-0006 2",
                AuditDetails.text(EN, corrected));
        assertEquals("更正前：1) ZBET-G SP-GBX-0007 -1 自用领用 =4; 2) ZBET-G SP-GBX-0006 2",
                AuditDetails.text(ZH, corrected), "the category in the lines is translated too");
        assertEquals("更正前：无任何行", AuditDetails.text(ZH,
                StoredMessage.of("audit.detail.dailyReport.correctedNoLines").encoded()));
    }

    @Test
    void detailsStoredBeforeReadAsTheyWereWritten() {
        assertEquals("3 lines", AuditDetails.text(ZH, "3 lines"));
        assertEquals("was: 1) ZBET-G SP-GBX-0007 -1 自用领用 =4", AuditDetails.text(ZH,
                "was: 1) ZBET-G SP-GBX-0007 -1 SELF_USE =4"));
        assertEquals("密码错误", AuditDetails.text(ZH, "wrongPassword"));
        assertEquals("", AuditDetails.text(ZH, null));
        assertEquals("{no.such.key}\t1", AuditDetails.text(ZH, "{no.such.key}\t1"), "not a message the bundle has");
    }

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
