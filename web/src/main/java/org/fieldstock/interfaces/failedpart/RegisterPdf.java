package org.fieldstock.interfaces.failedpart;

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
import org.fieldstock.application.failedpart.RegisterEntry;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.shared.PdfParts;

/**
 * A site's damaged-part register (返修损坏备件清单) as the packing list of a return shipment to the
 * repair hub (seed 003 3篇 1.5.3: the printed register goes in the box, its electronic copy ahead):
 * A4 landscape, the header repeated on every page, the totals, and lines for the packer, the site
 * chief and the hub's receiver to sign. In the reader's language, in Noto Sans SC.
 */
public final class RegisterPdf {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final float SIDE = 28;
    private static final float TOP = 74;
    private static final float BOTTOM = 40;
    /**
     * Points between the margins (786): line, booked in, item code, name, spec, quantity, turbine,
     * replaced by, replaced on, new serial, old serial, cause. Serials get the room to print whole:
     * the hub receiver checks them one by one.
     */
    private static final float[] WIDTHS = {20, 72, 66, 86, 62, 44, 38, 64, 52, 90, 90, 102};
    private static final int QUANTITY = 5;

    private RegisterPdf() {
    }

    public static String fileName(OrgUnit site, Instant printedAt) {
        return "packing-list-" + site.getCode() + "-" + printedAt.atZone(ZoneId.systemDefault()).toLocalDate() + ".pdf";
    }

    /** The site's lines as the packing list, in memory: a shipment is some tens of lines. */
    public static byte[] render(OrgUnit site, List<RegisterEntry> entries, Locale locale, String printedBy,
            Instant printedAt) {
        Locale language = MessageBundle.supported(locale);
        boolean chinese = "zh".equals(language.getLanguage());
        Font cellFont = new Font(PdfParts.FONT, 8);
        Font headerFont = new Font(PdfParts.FONT, 8, Font.BOLD);
        Font noteFont = new Font(PdfParts.FONT, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), SIDE, SIDE, TOP, BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            PdfParts.FramedPages pages = new PdfParts.FramedPages(MessageBundle.text(language, "register.pdf.title"),
                    MessageBundle.text(language, "register.pdf.site", site.getCode(),
                            chinese ? site.getNameZh() : site.getNameEn()),
                    MessageBundle.text(language, "register.pdf.printed", printedBy,
                            MINUTES.format(printedAt.atZone(ZoneId.systemDefault()))),
                    (page, of) -> MessageBundle.text(language, "register.pdf.page", page, of));
            writer.setPageEvent(pages);
            document.addTitle(MessageBundle.text(language, "register.title") + " " + site.getCode());
            document.addCreator("Fieldstock");
            document.open();
            PdfPTable table = new PdfPTable(WIDTHS);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            List<String> headers = List.of("document.line.no", "register.intakeDate", "document.line.item",
                    "onhand.name", "onhand.spec", "register.quantity", "register.turbine", "register.replacedBy",
                    "register.replacedOn", "register.fittedSerial", "register.removedSerial", "register.cause");
            for (int c = 0; c < headers.size(); c++) {
                table.addCell(PdfParts.headerCell(MessageBundle.text(language, headers.get(c)), headerFont,
                        c == QUANTITY ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
            }
            int lineNo = 0;
            BigDecimal units = BigDecimal.ZERO;
            BigDecimal volume = BigDecimal.ZERO;
            for (RegisterEntry e : entries) {
                Item item = e.item();
                table.addCell(PdfParts.cell(String.valueOf(++lineNo), cellFont, Element.ALIGN_LEFT));
                table.addCell(PdfParts.cell(e.intakeDate().toString() + "\n" + e.intakeNumber(), cellFont,
                        Element.ALIGN_LEFT));
                table.addCell(PdfParts.cell(item.getCode(), cellFont, Element.ALIGN_LEFT));
                table.addCell(PdfParts.cell(chinese ? item.getNameZh() : item.getNameEn(), cellFont, Element.ALIGN_LEFT));
                table.addCell(PdfParts.cell(item.getSpec(), cellFont, Element.ALIGN_LEFT));
                table.addCell(PdfParts.cell(e.waiting().stripTrailingZeros().toPlainString() + " "
                        + (chinese ? item.getUnitZh() : item.getUnitEn()), cellFont, Element.ALIGN_RIGHT));
                table.addCell(PdfParts.cell(e.turbineNo(), cellFont, Element.ALIGN_LEFT));
                table.addCell(PdfParts.cell(e.replacedBy(), cellFont, Element.ALIGN_LEFT));
                table.addCell(PdfParts.cell(e.replacedOn() == null ? null : e.replacedOn().toString(), cellFont,
                        Element.ALIGN_LEFT));
                table.addCell(PdfParts.cell(String.join(", ", e.fittedSerials()), cellFont, Element.ALIGN_LEFT));
                table.addCell(PdfParts.cell(String.join(", ", e.removedSerials()), cellFont, Element.ALIGN_LEFT));
                table.addCell(PdfParts.cell((e.cause() == null ? "" : MessageBundle.label(language, e.cause()))
                        + (e.note() == null ? "" : "\n" + e.note()), cellFont, Element.ALIGN_LEFT));
                units = units.add(e.waiting());
                volume = volume.add(e.waitingVolume());
            }
            document.add(table);
            document.add(new Paragraph(MessageBundle.text(language, "register.pdf.total", lineNo,
                    units.stripTrailingZeros().toPlainString(), volume.setScale(2, RoundingMode.HALF_UP).toPlainString()),
                    noteFont));
            document.add(PdfParts.signatures(List.of(MessageBundle.text(language, "register.pdf.signPacker"),
                    MessageBundle.text(language, "register.pdf.signChief"),
                    MessageBundle.text(language, "register.pdf.signReceiver")),
                    MessageBundle.text(language, "register.pdf.signDate"), noteFont));
            // end the last page first, so that its number is drawn before the counts are written
            document.newPage();
            pages.count();
            document.close();
        } catch (DocumentException e) {
            throw new UncheckedIOException(new IOException("the packing list could not be laid out", e));
        }
        return out.toByteArray();
    }
}
