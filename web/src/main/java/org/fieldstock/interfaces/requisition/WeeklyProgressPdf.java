package org.fieldstock.interfaces.requisition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.fieldstock.application.requisition.WeeklyProgress;
import org.fieldstock.domain.requisition.RequisitionEvent;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.shared.PdfParts;

/**
 * The weekly progress report of requisitions as a paper for the BU's weekly meeting: A4 landscape,
 * the week's counts, then one row a requisition with the late ones first and marked, the header
 * repeated on every page; in the reader's language, in Noto Sans SC.
 */
public final class WeeklyProgressPdf {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final float SIDE = 28;
    private static final float TOP = 74;
    private static final float BOTTOM = 40;
    /** Number, site, state, waiting for, filed, check due, late, days, steps this week, lines (786 points). */
    private static final float[] WIDTHS = {92, 44, 128, 80, 72, 72, 56, 34, 176, 32};
    private static final java.awt.Color LATE = new java.awt.Color(0xFD, 0xE2, 0xC8);

    private WeeklyProgressPdf() {
    }

    /** The bundle key of a step's name. */
    static String stepKey(RequisitionEvent.Step step) {
        return "RequisitionStep." + step.name();
    }

    public static String fileName(WeeklyProgress week) {
        return "requisitions-" + (week.unitCode() == null ? "all" : week.unitCode()) + "-week-" + week.monday()
                + ".pdf";
    }

    public static byte[] render(WeeklyProgress week, Locale locale, String printedBy, Instant printedAt) {
        Locale language = MessageBundle.supported(locale);
        Font cellFont = new Font(PdfParts.FONT, 8);
        Font headerFont = new Font(PdfParts.FONT, 8, Font.BOLD);
        Font noteFont = new Font(PdfParts.FONT, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), SIDE, SIDE, TOP, BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            PdfParts.FramedPages pages = new PdfParts.FramedPages(MessageBundle.text(language, "weekly.title"),
                    MessageBundle.text(language, "weekly.pdf.scope", week.unitCode() == null
                            ? MessageBundle.text(language, "weekly.allSites") : week.unitCode(), week.monday(),
                            week.sunday()), MessageBundle.text(language, "register.pdf.printed", printedBy,
                            MINUTES.format(printedAt.atZone(ZoneId.systemDefault()))),
                    (page, of) -> MessageBundle.text(language, "register.pdf.page", page, of));
            writer.setPageEvent(pages);
            document.addTitle(MessageBundle.text(language, "weekly.title") + " " + week.monday());
            document.addCreator("Fieldstock");
            document.open();
            WeeklyProgress.Counts counts = week.counts();
            document.add(new Paragraph(MessageBundle.text(language, "weekly.counts", counts.filed(), counts.approved(),
                    counts.closed(), counts.refused(), counts.openAtEnd(), counts.late()), noteFont));
            document.add(new Paragraph(" ", noteFont));
            PdfPTable table = new PdfPTable(WIDTHS);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            List<String> headers = List.of("requisition.number", "requisition.site", "requisition.status",
                    "requisition.waitingFor", "weekly.filedAt", "requisition.checkDue", "weekly.late",
                    "weekly.ageDays", "weekly.steps", "requisition.lines");
            for (String header : headers) {
                table.addCell(PdfParts.headerCell(MessageBundle.text(language, header), headerFont, Element.ALIGN_LEFT));
            }
            for (WeeklyProgress.Row row : week.rows()) {
                List<PdfPCell> cells = List.of(PdfParts.cell(row.number(), cellFont, Element.ALIGN_LEFT),
                        PdfParts.cell(row.siteCode(), cellFont, Element.ALIGN_LEFT),
                        PdfParts.cell(MessageBundle.label(language, row.status()), cellFont, Element.ALIGN_LEFT),
                        PdfParts.cell(row.waitingFor() == null ? "" : MessageBundle.label(language, row.waitingFor()),
                                cellFont, Element.ALIGN_LEFT),
                        PdfParts.cell(time(row.filedAt()), cellFont, Element.ALIGN_LEFT),
                        PdfParts.cell(time(row.checkDueAt()), cellFont, Element.ALIGN_LEFT),
                        PdfParts.cell(row.checkLate() ? MessageBundle.text(language, "weekly.lateYes") : "", cellFont,
                                Element.ALIGN_LEFT),
                        PdfParts.cell(String.valueOf(row.ageDays()), cellFont, Element.ALIGN_RIGHT),
                        PdfParts.cell(row.stepsThisWeek().stream().map(s -> MessageBundle.text(language, stepKey(s)))
                                .collect(Collectors.joining("; ")), cellFont, Element.ALIGN_LEFT),
                        PdfParts.cell(String.valueOf(row.lineCount()), cellFont, Element.ALIGN_RIGHT));
                for (PdfPCell cell : cells) {
                    if (row.checkLate()) {
                        cell.setBackgroundColor(LATE);
                    }
                    table.addCell(cell);
                }
            }
            if (week.rows().isEmpty()) {
                PdfPCell none = PdfParts.cell(MessageBundle.text(language, "weekly.none"), cellFont, Element.ALIGN_LEFT);
                none.setColspan(WIDTHS.length);
                table.addCell(none);
            }
            document.add(table);
            document.newPage();
            pages.count();
            document.close();
        } catch (DocumentException e) {
            throw new UncheckedIOException(new IOException("the weekly report could not be laid out", e));
        }
        return out.toByteArray();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(ZoneId.systemDefault()));
    }
}
