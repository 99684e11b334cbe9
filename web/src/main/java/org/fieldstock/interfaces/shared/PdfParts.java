package org.fieldstock.interfaces.shared;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What the printed papers (the daily ledger, the damaged-part register) share (OpenPDF): the font
 * that writes Chinese and English, the rules and shading of their tables, their cells, and the row
 * of signature lines they end with.
 */
public final class PdfParts {

    /** Unpacked from the font jar at build time (see the web module's pom), with its licence beside it. */
    public static final String FONT_RESOURCE = "fonts/noto-sans-sc/NotoSansSC-Regular.ttf";

    /** Noto Sans SC, read from the class path once; every document embeds the subset it uses. */
    public static final BaseFont FONT = load();

    public static final Color RULE = new Color(0x99, 0x99, 0x99);
    public static final Color HEADER = new Color(0xE8, 0xE8, 0xE8);
    public static final Color MUTED = new Color(0x55, 0x55, 0x55);

    private static final float PAGE_COUNT_WIDTH = 140;
    private static final float PAGE_COUNT_HEIGHT = 14;

    private PdfParts() {
    }

    private static BaseFont load() {
        try (InputStream in = PdfParts.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(FONT_RESOURCE + " is not on the class path");
            }
            BaseFont font = BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, in.readAllBytes(), null);
            font.setSubset(true);
            return font;
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("the PDF font " + FONT_RESOURCE + " cannot be read", e);
        }
    }

    /**
     * Draws what every page of a paper carries: its title centred at the top, a line below it with
     * text on the left and, if given, in the centre, and the printed-by line at the bottom; returns the
     * space at the right of that line where "page x of y" is written once y is known.
     */
    public static PdfTemplate pageFrame(PdfWriter pdf, Document document, String title, String left, String centre,
            String printed) {
        PdfContentByte canvas = pdf.getDirectContent();
        Rectangle page = document.getPageSize();
        float leftEdge = document.left();
        float rightEdge = document.right();
        float top = page.getTop();
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(title, new Font(FONT, 16, Font.BOLD)),
                (leftEdge + rightEdge) / 2, top - 36, 0);
        float line = top - 60;
        Font font = new Font(FONT, 9);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(left, font), leftEdge, line, 0);
        if (centre != null) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(centre, font),
                    (leftEdge + rightEdge) / 2, line, 0);
        }
        PdfTemplate count = canvas.createTemplate(PAGE_COUNT_WIDTH, PAGE_COUNT_HEIGHT);
        canvas.addTemplate(count, rightEdge - PAGE_COUNT_WIDTH, line - 3);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(printed,
                new Font(FONT, 7, Font.NORMAL, MUTED)), leftEdge, page.getBottom() + 20, 0);
        return count;
    }

    /** Writes "page x of y" into the space {@link #pageFrame} left for it. */
    public static void pageCount(PdfTemplate count, String text) {
        count.beginText();
        count.setFontAndSize(FONT, 9);
        count.showTextAligned(Element.ALIGN_RIGHT, text, PAGE_COUNT_WIDTH, 3, 0);
        count.endText();
    }

    /** A table cell, ruled thinly, its text wrapping. */
    public static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorderWidth(0.5f);
        cell.setBorderColor(RULE);
        cell.setUseAscender(true);
        cell.setLeading(0, 1.2f);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(4);
        cell.setPaddingLeft(3);
        cell.setPaddingRight(3);
        return cell;
    }

    /** A column header cell, shaded. */
    public static PdfPCell headerCell(String text, Font font, int alignment) {
        PdfPCell cell = cell(text, font, alignment);
        cell.setBackgroundColor(HEADER);
        return cell;
    }

    /**
     * One row of signatures, each a label, a line to sign on, "date" and a line for it, the signers
     * apart by a gap; kept on one page.
     */
    public static PdfPTable signatures(List<String> signers, String dateLabel, Font font) throws DocumentException {
        // label, line to sign on, "date", its line; a gap before the next signer (relative widths)
        float[] widths = new float[signers.size() * 5 - 1];
        for (int s = 0; s < signers.size(); s++) {
            System.arraycopy(new float[] {100, 110, 46, 70, 34}, 0, widths, s * 5, s < signers.size() - 1 ? 5 : 4);
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(30);
        table.setKeepTogether(true);
        for (int s = 0; s < signers.size(); s++) {
            table.addCell(signatureCell(signers.get(s), false, font));
            table.addCell(signatureCell("", true, font));
            table.addCell(signatureCell(dateLabel, false, font));
            table.addCell(signatureCell("", true, font));
            if (s < signers.size() - 1) {
                table.addCell(signatureCell("", false, font));
            }
        }
        return table;
    }

    private static PdfPCell signatureCell(String text, boolean line, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(line ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
        cell.setBorderWidth(0.6f);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setMinimumHeight(26);
        cell.setPaddingBottom(3);
        return cell;
    }

    /**
     * The frame of every page of a paper of one part: its title, the line below it and the
     * printed-by line, and "page x of y" on each once {@link #count} knows y.
     */
    public static final class FramedPages extends PdfPageEventHelper {

        private final String title;
        private final String line;
        private final String printed;
        private final BiFunction<Integer, Integer, String> pageOf;
        private final List<PdfTemplate> counts = new ArrayList<>();

        /** {@code pageOf} writes "page x of y" in the paper's language. */
        public FramedPages(String title, String line, String printed,
                BiFunction<Integer, Integer, String> pageOf) {
            this.title = title;
            this.line = line;
            this.printed = printed;
            this.pageOf = pageOf;
        }

        /** Writes "page x of y" on every page; called once the last page has ended. */
        public void count() {
            for (int i = 0; i < counts.size(); i++) {
                pageCount(counts.get(i), pageOf.apply(i + 1, counts.size()));
            }
        }

        @Override
        public void onEndPage(PdfWriter pdf, Document document) {
            counts.add(pageFrame(pdf, document, title, line, null, printed));
        }
    }
}
