package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The ledgers on screen: the accountant picks a site and a day of its daily ledger, sees the day's
 * movements with in, out, balance and document, pages to the day before and back, and downloads the
 * day's PDF to sign; then filters a store's stock ledger by item, category and booking days.
 */
@OnSharedServer
class DailyLedgerBrowserIT extends BrowserTestBase {

    private static final String SITE = "WCYD";
    private static final String STORE = "WCYD-G";
    private static final String ITEM = "SP-GBX-0007";

    @ServerBase
    private URL base;

    @Test
    void theAccountantReadsPagesAndPrintsASitesDayAndFiltersTheStockLedger() throws Exception {
        // yesterday, within this month (a month ended may be closed by another test)
        LocalDate day = Collections.max(List.of(LocalDate.now().minusDays(1), LocalDate.now().withDayOfMonth(1)));
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        String received = accountant.book("PURCHASE", STORE, day, ITEM, 5);
        String issued = accountant.book("SELF_USE", STORE, day, ITEM, 2);

        logIn(base, "accountant");
        open(base, "/stock/daily.xhtml");
        choose("daily:site", SITE);
        pickDate("daily:date", day);
        assertTrue(text("daily:heading").contains(day.toString()), text("daily:heading"));
        int in = rowOf(received);
        int out = rowOf(issued);
        assertTrue(in < out, "in the order booked");
        assertEquals(ITEM, text("daily:rows:" + in + ":item"));
        assertEquals("5", text("daily:rows:" + in + ":in"));
        assertEquals("2", text("daily:rows:" + out + ":out"));
        BigDecimal afterIn = new BigDecimal(text("daily:rows:" + in + ":balance"));
        assertEquals(0, afterIn.subtract(new BigDecimal("2")).compareTo(new BigDecimal(text("daily:rows:" + out
                + ":balance"))), "nothing else moved the item in between");
        screenshot("daily-ledger-01-day");

        click("daily:previous");
        assertTrue(text("daily:heading").contains(day.minusDays(1).toString()), text("daily:heading"));
        assertFalse(documents("daily:rows").contains(received));
        click("daily:next");
        assertTrue(text("daily:heading").contains(day.toString()), text("daily:heading"));
        assertTrue(documents("daily:rows").containsAll(List.of(received, issued)));

        String printed = downloadPdf(day, "daily-ledger-03-en.pdf");
        assertTrue(printed.contains("Site daily ledger") && printed.contains("Date: " + day)
                && printed.contains(received) && printed.contains(issued) && printed.contains("Printed by accountant"),
                printed);
        clickAndLoad("nav:langZh");
        String chinese = downloadPdf(day, "daily-ledger-04-zh.pdf");
        assertTrue(chinese.contains("现场出入库流水账") && chinese.contains("围场御道口风电场") && chinese.contains(issued),
                "in the screen's language: " + chinese);
        clickAndLoad("nav:langEn");

        open(base, "/stock/ledger.xhtml");
        choose("ledger:store", STORE);
        autoComplete("ledger:item", ITEM);
        choose("ledger:category", "Self use");
        pickDate("ledger:from", LocalDate.now());
        pickDate("ledger:to", LocalDate.now());
        click("ledger:search");
        List<List<String>> rows = ledgerRows();
        assertTrue(rows.stream().anyMatch(row -> row.get(1).equals(issued)), rows.toString());
        assertTrue(rows.stream().allMatch(row -> row.get(2).equals("Self use") && row.get(5).startsWith(ITEM)),
                "only the item's issues: " + rows);
        screenshot("daily-ledger-05-stock-ledger-filtered");
        pickDate("ledger:from", LocalDate.now().minusDays(1));
        pickDate("ledger:to", LocalDate.now().minusDays(1));
        click("ledger:search");
        assertTrue(ledgerRows().stream().noneMatch(row -> row.get(1).equals(issued)),
                "booked today, not yesterday (the document is dated " + day + ")");
    }

    /**
     * Downloads the shown day's PDF with the button, checks that it is one day's PDF named by site
     * and day, keeps a copy under the name given, and answers its text.
     */
    private String downloadPdf(LocalDate day, String keptAs) throws IOException {
        click("daily:exportPdf");
        Path pdf = downloaded(".pdf");
        assertEquals("daily-ledger-" + SITE + "-" + day + ".pdf", pdf.getFileName().toString());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(Arrays.copyOf(bytes, 5), StandardCharsets.US_ASCII));
        keep(pdf, keptAs);
        Files.delete(pdf);
        List<String> pages = PdfPages.of(bytes);
        assertEquals(1, PdfPages.daysIn(pages), "the shown day");
        return String.join("\n", pages);
    }

    private int rowOf(String document) {
        int row = documents("daily:rows").indexOf(document);
        assertTrue(row >= 0, document + " not shown");
        return row;
    }

    private List<String> documents(String table) {
        return browser.findElements(By.cssSelector("[id^='" + table + ":'][id$=':document']")).stream()
                .map(WebElement::getText).toList();
    }

    /** The stock ledger's rows as their cells' text (time, document, category, date, movement, item, ...). */
    private List<List<String>> ledgerRows() {
        return browser.findElements(By.cssSelector("[id='ledger:entries_data'] > tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .filter(cells -> cells.size() > 5).toList();
    }
}
