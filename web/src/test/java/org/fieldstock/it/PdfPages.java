package org.fieldstock.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The text of a downloaded PDF, page by page, for the tests to read as a person would. */
final class PdfPages {

    private PdfPages() {
    }

    static List<String> of(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("not a PDF", e);
        }
    }

    /** How many days a daily ledger's PDF holds: the pages that start a day, in English or Chinese. */
    static long daysIn(List<String> pages) {
        return pages.stream().filter(page -> page.contains("Page 1 of") || page.contains("第 1 页，")).count();
    }
}
