package org.fieldstock.interfaces.stock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.fieldstock.application.stock.BinLocationService;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.shared.PdfParts;

/**
 * The bin cards of a store as a label sheet (物料卡, 3篇 1.4.2): A4, three across and eight down, each
 * card with the item's code, name, spec and unit, its place on the shelf and ABC class, and a QR code
 * that a phone's camera opens as the item's on-hand and ledger at the store.
 */
public final class BinCardPdf {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final int ACROSS = 3;
    private static final int DOWN = 8;
    private static final float MARGIN = 20;
    private static final float QR_SIZE = 78;

    private BinCardPdf() {
    }

    public static String fileName(Store store) {
        return "bin-cards-" + store.getCode() + ".pdf";
    }

    /** Where a card's QR code leads: the scan page of the item at the store, under the application's address. */
    public static String scanAddress(String applicationUrl, String storeCode, String itemCode) {
        return applicationUrl.replaceAll("/$", "") + "/stock/bin.xhtml?store="
                + URLEncoder.encode(storeCode, StandardCharsets.UTF_8) + "&item="
                + URLEncoder.encode(itemCode, StandardCharsets.UTF_8);
    }

    public static byte[] render(Store store, List<BinLocationService.BinCard> cards, Locale locale,
            String applicationUrl) {
        Locale language = MessageBundle.supported(locale);
        boolean zh = Locale.CHINESE.getLanguage().equals(language.getLanguage());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(MessageBundle.text(language, "bins.pdf.title") + " " + store.getCode());
            document.addCreator("Fieldstock");
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float width = (page.getWidth() - 2 * MARGIN) / ACROSS;
            float height = (page.getHeight() - 2 * MARGIN) / DOWN;
            if (cards.isEmpty()) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(MessageBundle.text(language,
                        "bins.none"), new Font(PdfParts.FONT, 10)), MARGIN, page.getHeight() - MARGIN - 20, 0);
            }
            for (int i = 0; i < cards.size(); i++) {
                int onPage = i % (ACROSS * DOWN);
                if (i > 0 && onPage == 0) {
                    document.newPage();
                }
                float x = MARGIN + (onPage % ACROSS) * width;
                float top = page.getHeight() - MARGIN - (onPage / ACROSS) * height;
                card(canvas, store, cards.get(i), x, top, width, height, zh, language, applicationUrl);
            }
            document.close();
        } catch (DocumentException | WriterException e) {
            throw new UncheckedIOException(new IOException("the bin cards could not be laid out", e));
        }
        return out.toByteArray();
    }

    private static void card(PdfContentByte canvas, Store store, BinLocationService.BinCard card, float x, float top,
            float width, float height, boolean zh, Locale language, String applicationUrl) throws WriterException {
        canvas.setLineWidth(0.5f);
        canvas.setRGBColorStroke(0x99, 0x99, 0x99);
        canvas.rectangle(x + 3, top - height + 3, width - 6, height - 6);
        canvas.stroke();
        Item item = card.item();
        float textLeft = x + 10;
        float line = top - 18;
        Font bold = new Font(PdfParts.FONT, 11, Font.BOLD);
        Font normal = new Font(PdfParts.FONT, 8);
        Font place = new Font(PdfParts.FONT, 13, Font.BOLD);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(item.getCode(), bold), textLeft, line, 0);
        String name = zh ? item.getNameZh() : item.getNameEn();
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(shorten(name, 16), normal), textLeft,
                line - 13, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(shorten(item.getSpec() == null ? ""
                : item.getSpec(), 20), normal), textLeft, line - 24, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(MessageBundle.text(language, "bins.pdf.unit",
                zh ? item.getUnitZh() : item.getUnitEn(), item.getAbcClass() == null ? "-" : item.getAbcClass().name()),
                normal), textLeft, line - 35, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(card.label().isEmpty()
                ? MessageBundle.text(language, "bins.noPlace") : card.label(), place), textLeft, line - 55, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(store.getCode(), normal), textLeft,
                line - 68, 0);
        qr(canvas, scanAddress(applicationUrl, store.getCode(), item.getCode()), x + width - QR_SIZE - 8,
                top - height + (height - QR_SIZE) / 2);
    }

    /** The QR code drawn as filled squares, so that it stays sharp at any print size. */
    private static void qr(PdfContentByte canvas, String text, float x, float y) throws WriterException {
        BitMatrix matrix = new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1,
                        EncodeHintType.CHARACTER_SET, "UTF-8"));
        float module = QR_SIZE / matrix.getWidth();
        canvas.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    canvas.rectangle(x + column * module, y + QR_SIZE - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
