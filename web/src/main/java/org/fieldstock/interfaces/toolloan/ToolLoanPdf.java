package org.fieldstock.interfaces.toolloan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.fieldstock.domain.toolloan.ToolLoan;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.shared.PdfParts;

/**
 * The printed loan form (临时领用表) of one tool loan, A5 landscape: what was lent, to whom, until
 * when, how it came back, and the lines the borrower, the keeper and whoever takes it back sign.
 */
public final class ToolLoanPdf {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final float SIDE = 36;
    private static final float TOP = 74;
    private static final float BOTTOM = 40;

    private ToolLoanPdf() {
    }

    public static String fileName(ToolLoan loan) {
        return loan.getNumber() + ".pdf";
    }

    public static byte[] render(ToolLoan loan, Locale locale, String printedBy, Instant printedAt) {
        Locale language = MessageBundle.supported(locale);
        Font labelFont = new Font(PdfParts.FONT, 9, Font.BOLD);
        Font valueFont = new Font(PdfParts.FONT, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5.rotate(), SIDE, SIDE, TOP, BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            PdfParts.FramedPages pages = new PdfParts.FramedPages(MessageBundle.text(language, "loans.pdf.title"),
                    loan.getNumber() + " · " + loan.getStore().getCode() + " " + (Locale.CHINESE.getLanguage()
                            .equals(language.getLanguage()) ? loan.getStore().getNameZh() : loan.getStore().getNameEn()),
                    MessageBundle.text(language, "register.pdf.printed", printedBy,
                            MINUTES.format(printedAt.atZone(ZoneId.systemDefault()))),
                    (page, of) -> MessageBundle.text(language, "register.pdf.page", page, of));
            writer.setPageEvent(pages);
            document.addTitle(MessageBundle.text(language, "loans.pdf.title") + " " + loan.getNumber());
            document.addCreator("Fieldstock");
            document.open();
            boolean zh = Locale.CHINESE.getLanguage().equals(language.getLanguage());
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"loans.item", loan.getItem().getCode() + "  " + (zh ? loan.getItem().getNameZh()
                    : loan.getItem().getNameEn()) + (loan.getItem().getSpec() == null ? "" : "  " + loan.getItem().getSpec())});
            rows.add(new String[] {loan.getSerialNo() == null ? "loans.quantity" : "loans.serial",
                    loan.getSerialNo() == null ? loan.getQuantity().stripTrailingZeros().toPlainString() + " "
                            + (zh ? loan.getItem().getUnitZh() : loan.getItem().getUnitEn()) : loan.getSerialNo()});
            rows.add(new String[] {"loans.borrower", loan.getBorrower()});
            rows.add(new String[] {"loans.purpose", loan.getPurpose() == null ? "" : loan.getPurpose()});
            rows.add(new String[] {"loans.lentOn", loan.getLentOn() + "   " + MessageBundle.text(language, "loans.lentBy")
                    + ": " + loan.getLentBy()});
            rows.add(new String[] {"loans.dueOn", loan.getDueOn().toString()});
            if (loan.isReturned()) {
                rows.add(new String[] {"loans.condition", MessageBundle.text(language, "loans.returnedOn",
                        loan.getReturnedOn()) + " · " + MessageBundle.label(language, loan.getCondition())
                        + (loan.getReturnNote() == null ? "" : " · " + loan.getReturnNote())});
            }
            PdfPTable table = new PdfPTable(new float[] {1, 4});
            table.setWidthPercentage(100);
            for (String[] row : rows) {
                table.addCell(PdfParts.headerCell(MessageBundle.text(language, row[0]), labelFont, Element.ALIGN_LEFT));
                table.addCell(PdfParts.cell(row[1], valueFont, Element.ALIGN_LEFT));
            }
            document.add(table);
            String date = MessageBundle.text(language, "loans.pdf.date");
            document.add(PdfParts.signatures(List.of(MessageBundle.text(language, "loans.pdf.borrowerSigns"),
                    MessageBundle.text(language, "loans.pdf.keeperSigns")), date, valueFont));
            document.add(PdfParts.signatures(List.of(MessageBundle.text(language, "loans.pdf.returnSigns")), date,
                    valueFont));
            document.newPage();
            pages.count();
            document.close();
        } catch (DocumentException e) {
            throw new UncheckedIOException(new IOException("the loan form could not be laid out", e));
        }
        return out.toByteArray();
    }
}
