package org.fieldstock.interfaces.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.fieldstock.domain.document.FieldChange;
import org.junit.jupiter.api.Test;

/**
 * A document's history reads in the reader's language, rows stored long ago included: the stored
 * values are locale-neutral and the words are put in when the history is shown.
 */
class HistoryTextTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** A transfer-in line with everything a line description can hold, as the history stores it. */
    private static final String FULL_LINE = "SP-PMT-0001 × 3 [B7 2027-03-31] {S1, S2, S3} → A01 damaged 1 [S1]"
            + " missing 1 [S3] (lid cracked)";

    @Test
    void anEnglishReaderReadsTheHistoryAsItWasAlwaysShown() {
        assertEquals("Line 2: " + FULL_LINE + " → (none)",
                HistoryText.change(EN, new FieldChange("line", 2, FULL_LINE, null)));
        assertEquals("Supplier: SUP-001 → SUP-003",
                HistoryText.change(EN, new FieldChange("supplier", null, "SUP-001", "SUP-003")));
        assertEquals("Category: Purchase → Petty purchase",
                HistoryText.change(EN, new FieldChange("category", null, "PURCHASE", "PETTY_PURCHASE")));
    }

    @Test
    void aChineseReaderReadsTheWordsOfALineInChinese() {
        assertEquals("第 2 行：SP-PMT-0001 × 3 [B7 2027-03-31] {S1, S2, S3} → 风机 A01 到货损坏 1 [S1] 短少 1 [S3]"
                + " (lid cracked) → （无）", HistoryText.change(ZH, new FieldChange("line", 2, FULL_LINE, null)));
        assertEquals("第 1 行：CS-HYD-0002 × 2.5 → CS-HYD-0002 × 3",
                HistoryText.change(ZH, new FieldChange("line", 1, "CS-HYD-0002 × 2.5", "CS-HYD-0002 × 3")));
        assertEquals("类别：采购入库 → 零采入库",
                HistoryText.change(ZH, new FieldChange("category", null, "PURCHASE", "PETTY_PURCHASE")));
        assertEquals("供应商：（无） → SUP-003",
                HistoryText.change(ZH, new FieldChange("supplier", null, null, "SUP-003")));
    }

    @Test
    void eachPartOfALineIsOptional() {
        assertEquals("GB-0001 × 1 到货损坏 1", HistoryText.line(ZH, "GB-0001 × 1 damaged 1"));
        assertEquals("GB-0001 × 2 短少 2 [S8, S9]", HistoryText.line(ZH, "GB-0001 × 2 missing 2 [S8, S9]"));
        assertEquals("GB-0001 × 1 [B1] (damaged in the rain)", HistoryText.line(ZH,
                "GB-0001 × 1 [B1] (damaged in the rain)"), "words in a remark are the user's own");
        assertEquals("CS-OIL-0001 × 20 → 风机 A12", HistoryText.line(ZH, "CS-OIL-0001 × 20 → A12"));
    }

    @Test
    void aValueOfAnotherShapeIsShownAsStored() {
        assertEquals("something else entirely", HistoryText.line(ZH, "something else entirely"));
        assertEquals("备注：(x) → damaged 1",
                HistoryText.change(ZH, new FieldChange("remark", null, "(x)", "damaged 1")), "a remark is not a line");
    }

    @Test
    void theMarkerOfACutListHasNoValues() {
        assertEquals("更多修改（未全部显示）", HistoryText.change(ZH, new FieldChange("more", null, null, null)));
    }
}
