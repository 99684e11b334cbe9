package org.fieldstock.interfaces.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.report.StockSummary;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.shared.PdfParts;

/**
 * The in/out/balance summary of a month on paper, A4 landscape, in the reader's language: per line
 * the opening, in, out and closing quantities and the closing value; the value totals at the end.
 * The category columns are in the workbook; a printed page keeps to what is signed off.
 */
public final class StockSummaryPdf {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Points between the margins (786): store, item, name, unit, price, opening, in, out, closing, closing value. */
    private static final float[] WIDTHS = {60, 80, 190, 40, 66, 66, 66, 66, 66, 86};
    private static final int FIRST_NUMBER = 4;

    private StockSummaryPdf() {
    }

    public static String fileName(String scope, StockSummary summary) {
        return "stock-summary-" + scope + "-" + summary.month() + ".pdf";
    }

    public static byte[] render(StockSummary summary, String scope, Locale locale, String printedBy, Instant printedAt) {
        Locale language = MessageBundle.supported(locale);
        boolean chinese = "zh".equals(language.getLanguage());
        Font cellFont = new Font(PdfParts.FONT, 8);
        Font headerFont = new Font(PdfParts.FONT, 8, Font.BOLD);
        Font noteFont = new Font(PdfParts.FONT, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 74, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            PdfParts.FramedPages pages = new PdfParts.FramedPages(MessageBundle.text(language, "summary.title"),
                    MessageBundle.text(language, "summary.pdf.scope", scope, summary.month().toString()),
                    MessageBundle.text(language, "summary.pdf.printed", printedBy,
                            MINUTES.format(printedAt.atZone(ZoneId.systemDefault()))),
                    (page, of) -> MessageBundle.text(language, "summary.pdf.page", page, of));
            writer.setPageEvent(pages);
            document.addTitle(MessageBundle.text(language, "summary.title") + " " + scope + " " + summary.month());
            document.addCreator("Fieldstock");
            document.open();
            PdfPTable table = new PdfPTable(WIDTHS);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            List<String> headers = List.of("summary.store", "summary.item", "summary.name", "summary.unitOfMeasure",
                    "summary.price", "summary.opening", "summary.in", "summary.out", "summary.closing",
                    "summary.closingValue");
            for (int c = 0; c < headers.size(); c++) {
                table.addCell(PdfParts.headerCell(MessageBundle.text(language, headers.get(c)), headerFont,
                        c >= FIRST_NUMBER ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
            }
            for (StockSummary.Line line : summary.lines()) {
                Item item = line.item();
                table.addCell(PdfParts.cell(line.store() == null ? "" : line.store().getCode(), cellFont,
                        Element.ALIGN_LEFT));
                table.addCell(PdfParts.cell(item.getCode(), cellFont, Element.ALIGN_LEFT));
                table.addCell(PdfParts.cell((chinese ? item.getNameZh() : item.getNameEn())
                        + (item.getSpec() == null ? "" : " " + item.getSpec()), cellFont, Element.ALIGN_LEFT));
                table.addCell(PdfParts.cell(chinese ? item.getUnitZh() : item.getUnitEn(), cellFont, Element.ALIGN_LEFT));
                table.addCell(PdfParts.cell(money(line.unitPrice()), cellFont, Element.ALIGN_RIGHT));
                for (BigDecimal quantity : new BigDecimal[] {line.opening(), line.in(), line.out(), line.closing()}) {
                    table.addCell(PdfParts.cell(plain(quantity), cellFont, Element.ALIGN_RIGHT));
                }
                table.addCell(PdfParts.cell(money(line.value(line.closing())), cellFont, Element.ALIGN_RIGHT));
            }
            document.add(table);
            StockSummary.Totals totals = summary.totals();
            document.add(new Paragraph(MessageBundle.text(language, "summary.pdf.totals", summary.lines().size(),
                    money(totals.opening()), money(totals.in()), money(totals.out()), money(totals.closing())), noteFont));
            if (totals.unpriced() > 0) {
                document.add(new Paragraph(MessageBundle.text(language, "summary.unpriced", totals.unpriced()), noteFont));
            }
            document.newPage();
            pages.count();
            document.close();
        } catch (DocumentException e) {
            throw new UncheckedIOException(new IOException("the summary could not be laid out", e));
        }
        return out.toByteArray();
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
