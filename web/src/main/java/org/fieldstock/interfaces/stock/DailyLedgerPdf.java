package org.fieldstock.interfaces.stock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.fieldstock.application.stock.DailyLedgerService.DailyLedger;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.stock.LedgerRow;
import org.fieldstock.domain.stock.StockLedgerEntry;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.shared.PdfParts;

/**
 * A site's daily ledger (现场出入库流水账) as the PDF the keeper prints and signs: A4 landscape, every
 * day on pages of its own (a day without movements too, saying so), the table's header repeated on a
 * day's further pages, each page named by title, site and date and counted within its day, the
 * keeper's and the site chief's signature lines after the day's last row, and who printed it when in
 * small type. Text is in the reader's language, in Noto Sans SC, embedded as a subset.
 */
public final class DailyLedgerPdf {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd'\n'HH:mm");

    /** Left, right, top (title and site line), bottom (printed by) margins of the A4 landscape page. */
    private static final float SIDE = 28;
    private static final float TOP = 74;
    private static final float BOTTOM = 40;

    /**
     * Column widths in points, filling the 786 points between the margins: time, store, item code,
     * name, spec, unit, in, out, balance after, document, category, remark. A date with its time, a
     * unit's header and "Balance after" just fit on a line; names, specs and remarks wrap.
     */
    private static final float[] WIDTHS = {50, 46, 66, 130, 96, 40, 40, 40, 60, 84, 56, 78};
    /** In, out and balance after: right-aligned. */
    private static final int FIRST_NUMBER = 6;
    private static final int LAST_NUMBER = 8;

    private DailyLedgerPdf() {
    }

    /** "daily-ledger-ZBET-2026-11-20.pdf", or with first and last day for more days. */
    public static String fileName(List<DailyLedger> days) {
        DailyLedger first = days.get(0);
        DailyLedger last = days.get(days.size() - 1);
        return "daily-ledger-" + first.site().getCode() + "-" + first.day()
                + (last.day().equals(first.day()) ? "" : "-" + last.day()) + ".pdf";
    }

    /** The days as a PDF, in memory: a month of a site is some tens of kilobytes. */
    public static byte[] render(List<DailyLedger> days, Locale locale, String printedBy, Instant printedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(days, locale, printedBy, printedAt, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void write(List<DailyLedger> days, Locale locale, String printedBy, Instant printedAt,
            OutputStream out) throws IOException {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no day to print");
        }
        new Writer(locale, printedBy, printedAt).write(days, out);
    }

    /** One rendering: the reader's language and the fonts in its sizes. */
    private static final class Writer {

        private final Locale locale;
        private final boolean chinese;
        private final String printed;
        private final Font cellFont;
        private final Font headerFont;
        private final Font noteFont;

        Writer(Locale locale, String printedBy, Instant printedAt) {
            this.locale = MessageBundle.supported(locale);
            this.chinese = "zh".equals(this.locale.getLanguage());
            this.printed = text("daily.pdf.printed", printedBy, MINUTES.format(printedAt.atZone(ZoneId.systemDefault())));
            BaseFont font = PdfParts.FONT;
            cellFont = new Font(font, 8);
            headerFont = new Font(font, 8, Font.BOLD);
            noteFont = new Font(font, 9);
        }

        void write(List<DailyLedger> days, OutputStream out) throws IOException {
            Document document = new Document(PageSize.A4.rotate(), SIDE, SIDE, TOP, BOTTOM);
            try {
                PdfWriter writer = PdfWriter.getInstance(document, out);
                Pages pages = new Pages(this);
                writer.setPageEvent(pages);
                DailyLedger first = days.get(0);
                document.addTitle(text("daily.pdf.title") + " " + first.site().getCode() + " " + first.day()
                        + (days.size() > 1 ? " – " + days.get(days.size() - 1).day() : ""));
                document.addCreator("Fieldstock");
                document.open();
                for (DailyLedger day : days) {
                    pages.startDay(day);
                    document.add(table(day));
                    if (day.cut()) {
                        document.add(new Paragraph(text("daily.cut"), noteFont));
                    }
                    document.add(signatures());
                    document.newPage();
                    pages.endDay();
                }
                document.close();
            } catch (DocumentException e) {
                throw new IOException("the daily ledger could not be laid out", e);
            }
        }

        private PdfPTable table(DailyLedger day) throws DocumentException {
            PdfPTable table = new PdfPTable(WIDTHS);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            List<String> headers = List.of("daily.time", "stocktake.store", "document.line.item", "onhand.name",
                    "onhand.spec", "onhand.unit", "daily.in", "daily.out", "document.ledger.balanceAfter",
                    "daily.pdf.document", "documents.category", "document.remark");
            for (int column = 0; column < headers.size(); column++) {
                table.addCell(PdfParts.headerCell(text(headers.get(column)), headerFont,
                        isNumber(column) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
            }
            if (day.rows().isEmpty()) {
                PdfPCell none = cell(text("daily.none"), noteFont, Element.ALIGN_CENTER);
                none.setColspan(WIDTHS.length);
                none.setPadding(14);
                table.addCell(none);
            }
            for (LedgerRow row : day.rows()) {
                StockLedgerEntry entry = row.entry();
                Item item = entry.getItem();
                BigDecimal quantity = entry.getQuantity();
                ZonedDateTime posted = entry.getPostedAt().atZone(ZoneId.systemDefault());
                // booked on another day than the documents' date: say which, the time below the date
                table.addCell(cell((posted.toLocalDate().equals(day.day()) ? CLOCK : DAY_AND_CLOCK).format(posted),
                        cellFont, Element.ALIGN_LEFT));
                table.addCell(cell(entry.getStore().getCode(), cellFont, Element.ALIGN_LEFT));
                table.addCell(cell(item.getCode(), cellFont, Element.ALIGN_LEFT));
                table.addCell(cell(chinese ? item.getNameZh() : item.getNameEn(), cellFont, Element.ALIGN_LEFT));
                table.addCell(cell(item.getSpec(), cellFont, Element.ALIGN_LEFT));
                table.addCell(cell(chinese ? item.getUnitZh() : item.getUnitEn(), cellFont, Element.ALIGN_LEFT));
                table.addCell(cell(quantity.signum() > 0 ? plain(quantity) : "", cellFont, Element.ALIGN_RIGHT));
                table.addCell(cell(quantity.signum() < 0 ? plain(quantity.negate()) : "", cellFont,
                        Element.ALIGN_RIGHT));
                table.addCell(cell(plain(entry.getBalanceAfter()), cellFont, Element.ALIGN_RIGHT));
                table.addCell(cell(entry.getDocumentNumber(), cellFont, Element.ALIGN_LEFT));
                table.addCell(cell(MessageBundle.label(locale, row.category()), cellFont, Element.ALIGN_LEFT));
                table.addCell(cell(row.remark(), cellFont, Element.ALIGN_LEFT));
            }
            return table;
        }

        /** Keeper and site chief, each with a line to sign on and a line for the date; kept on one page. */
        private PdfPTable signatures() throws DocumentException {
            return PdfParts.signatures(List.of(text("daily.signKeeper"), text("daily.signChief")),
                    text("daily.pdf.signDate"), noteFont);
        }

        private PdfPCell cell(String text, Font font, int alignment) {
            return PdfParts.cell(text, font, alignment);
        }

        private String text(String key, Object... arguments) {
            return MessageBundle.text(locale, key, arguments);
        }

        private String siteName(OrgUnit site) {
            return chinese ? site.getNameZh() : site.getNameEn();
        }

        private static boolean isNumber(int column) {
            return column >= FIRST_NUMBER && column <= LAST_NUMBER;
        }

        private static String plain(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    /**
     * Draws every page's title, site and date line and printed-by line, and counts the pages of each
     * day: a page's "page x of y" is a placeholder until the day's last page is known.
     */
    private static final class Pages extends PdfPageEventHelper {

        private final Writer writer;
        private final List<PdfTemplate> pagesOfDay = new ArrayList<>();
        private DailyLedger day;

        Pages(Writer writer) {
            this.writer = writer;
        }

        void startDay(DailyLedger day) {
            this.day = day;
            pagesOfDay.clear();
        }

        /** Writes "page x of y" on each of the day's pages, now that y is known. */
        void endDay() {
            for (int i = 0; i < pagesOfDay.size(); i++) {
                PdfParts.pageCount(pagesOfDay.get(i), writer.text("daily.pdf.page", i + 1, pagesOfDay.size()));
            }
        }

        @Override
        public void onEndPage(PdfWriter pdf, Document document) {
            pagesOfDay.add(PdfParts.pageFrame(pdf, document, writer.text("daily.pdf.title"),
                    writer.text("daily.pdf.site", day.site().getCode(), writer.siteName(day.site())),
                    writer.text("daily.pdf.date", day.day().toString()), writer.printed));
        }
    }
}
