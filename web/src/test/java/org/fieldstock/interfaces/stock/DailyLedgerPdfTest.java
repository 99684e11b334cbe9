package org.fieldstock.interfaces.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.fieldstock.application.stock.DailyLedgerService.DailyLedger;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.domain.item.Unit;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.stock.LedgerMovement;
import org.fieldstock.domain.stock.LedgerRow;
import org.fieldstock.domain.stock.StockLedgerEntry;
import org.fieldstock.domain.supplier.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The daily ledger's PDF: a page (or more) of its own for every day, an empty day included; the
 * header, title, date and "page x of y" of the day on every page; text in the reader's language that
 * can be read back; and only embedded fonts. The rendered files stay in target/daily-ledger-pdf for a
 * look ({@code pdftoppm -r 80 -png}).
 */
class DailyLedgerPdfTest {

    private static final OrgUnit PO = new OrgUnit("PO", OrgUnitKind.PLANNING_OFFICE, "计划处", "Planning office", null,
            null);
    private static final OrgUnit BU = new OrgUnit("NC", OrgUnitKind.BU, "华北业务部", "North China BU", PO, null);
    private static final OrgUnit SITE = new OrgUnit("ZBET", OrgUnitKind.SITE, "张北二台风电场", "Zhangbei Ertai wind farm",
            BU, "河北");
    private static final Store GOOD = new Store("ZBET-G", StoreKind.GOOD, SITE, "张北二台良品库", "ZBET good store");
    private static final Store DAMAGED = new Store("ZBET-D", StoreKind.DAMAGED, SITE, "张北二台坏品库",
            "ZBET damaged store");
    private static final Supplier SUPPLIER = new Supplier("SUP-001", "南高齿", "NGC Gears");
    private static final Item GEARBOX = new Item("SP-GBX-0006", "齿轮箱行星轮轴承（低速级，含隔圈与挡圈）",
            "Gearbox planet bearing, low-speed stage, with spacer and retaining ring", "SKF NU 2336 ECMA/C3",
            new Unit("套", "set"), ItemCategory.SPARE, RepairClass.II);
    private static final Item OIL = new Item("CS-HYD-0002", "液压油", "Hydraulic oil", "ISO VG 46", new Unit("升", "L"),
            ItemCategory.CONSUMABLE, RepairClass.I);
    private static final Item PITCH = new Item("SP-PIT-0001", "变桨电机", "Pitch motor", "4 kW", new Unit("台", "unit"),
            ItemCategory.SPARE, RepairClass.II);

    private static final LocalDate BUSY = LocalDate.of(2026, 11, 20);
    private static final LocalDate QUIET = BUSY.plusDays(1);
    private static final LocalDate LONG = BUSY.plusDays(2);
    private static final Instant PRINTED = Instant.parse("2026-11-23T09:30:00Z");

    @Test
    void everyDayStartsAPageOfItsOwnAndALongDayGoesOnWithItsHeaderAndPageCount() throws IOException {
        byte[] pdf = DailyLedgerPdf.render(List.of(busyDay(), quietDay(), longDay()), Locale.SIMPLIFIED_CHINESE,
                "accountant", PRINTED);
        keep("daily-ledger-zh.pdf", pdf);
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        int pages = reader.getNumberOfPages();
        assertTrue(pages >= 4, "the long day needs more than a page: " + pages);

        String busy = extractor.getTextFromPage(1);
        for (String expected : List.of("现场出入库流水账", "ZBET 张北二台风电场", "2026-11-20", "第 1 页，共 1 页",
                "存货编码", "结存", "齿轮箱行星轮轴承", "液压油", "12.5", "RK-2026-000101", "采购入库", "保管员",
                "现场负责人", "打印人：accountant")) {
            assertTrue(busy.contains(expected), expected + " not on the first page: " + busy);
        }
        String quiet = extractor.getTextFromPage(2);
        assertTrue(quiet.contains("2026-11-21") && quiet.contains("当天现场各仓库没有出入库") && quiet.contains("保管员")
                && quiet.contains("第 1 页，共 1 页"), "the quiet day still has its page to sign: " + quiet);

        int longPages = pages - 2;
        for (int page = 3; page <= pages; page++) {
            String text = extractor.getTextFromPage(page);
            int ofDay = page - 2;
            assertTrue(text.contains("2026-11-22") && text.contains("存货编码")
                    && text.contains("第 " + ofDay + " 页，共 " + longPages + " 页"), "page " + page + ": " + text);
            assertEquals(page == pages, text.contains("现场负责人"), "signatures after the day's last row only");
        }
        assertTrue(extractor.getTextFromPage(pages).contains("CK-2026-000260"), "the long day's last row");
    }

    @Test
    void anEnglishReaderGetsEnglishTitlesNamesAndUnits() throws IOException {
        byte[] pdf = DailyLedgerPdf.render(List.of(busyDay()), Locale.forLanguageTag("en-GB"), "accountant.nw",
                PRINTED);
        keep("daily-ledger-en.pdf", pdf);
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        for (String expected : List.of("Site daily ledger", "Zhangbei Ertai wind farm", "Page 1 of 1", "Hydraulic oil",
                "Gearbox planet bearing", "Balance", "Stock keeper", "Site chief", "Printed by accountant.nw")) {
            assertTrue(text.contains(expected), expected + " not on the page: " + text);
        }
        assertFalse(text.contains("液压油"), text);
    }

    @Test
    void theFontIsEmbeddedAsASubsetAndNoOtherFontIsUsed() throws IOException {
        PdfReader reader = new PdfReader(DailyLedgerPdf.render(List.of(busyDay(), quietDay()),
                Locale.SIMPLIFIED_CHINESE, "keeper", PRINTED));
        List<String> fonts = new ArrayList<>();
        for (int i = 0; i < reader.getXrefSize(); i++) {
            PdfObject object = PdfReader.getPdfObjectRelease(reader.getPdfObject(i));
            if (object instanceof PdfDictionary dictionary && PdfName.FONTDESCRIPTOR.equals(dictionary.get(PdfName.TYPE))) {
                String name = dictionary.getAsName(PdfName.FONTNAME).toString();
                assertNotNull(dictionary.get(PdfName.FONTFILE2), name + " is not embedded");
                fonts.add(name);
            }
            if (object instanceof PdfDictionary dictionary && PdfName.FONT.equals(dictionary.get(PdfName.TYPE))
                    && PdfName.TYPE1.equals(dictionary.get(PdfName.SUBTYPE))) {
                fonts.add("unembedded " + dictionary.get(PdfName.BASEFONT));
            }
        }
        assertEquals(1, fonts.size(), fonts.toString());
        assertTrue(fonts.get(0).matches("/[A-Z]{6}\\+NotoSansSC-Regular"), "a subset: " + fonts);
    }

    @Test
    void theFileIsNamedBySiteAndDays() {
        assertEquals("daily-ledger-ZBET-2026-11-20.pdf", DailyLedgerPdf.fileName(List.of(busyDay())));
        assertEquals("daily-ledger-ZBET-2026-11-20-2026-11-22.pdf",
                DailyLedgerPdf.fileName(List.of(busyDay(), quietDay(), longDay())));
    }

    /** A receipt, an issue, an oil top-up with decimals, a reversal, and a damaged part taken in. */
    private static DailyLedger busyDay() {
        List<LedgerRow> rows = List.of(
                row(BUSY, "08:12", "RK-2026-000101", DocumentCategory.PURCHASE, GOOD, GEARBOX, "4", "6",
                        LedgerMovement.POSTING, "南高齿到货，随车发票"),
                row(BUSY, "09:40", "CK-2026-000102", DocumentCategory.SELF_USE, GOOD, GEARBOX, "-1", "5",
                        LedgerMovement.POSTING, "A07 风机齿轮箱更换"),
                row(BUSY, "10:05", "RK-2026-000103", DocumentCategory.PURCHASE, GOOD, OIL, "12.5", "40.25",
                        LedgerMovement.POSTING, null),
                row(BUSY, "14:30", "RK-2026-000103", DocumentCategory.PURCHASE, GOOD, OIL, "-12.5", "27.75",
                        LedgerMovement.REVERSAL, "数量录错，冲回"),
                row(BUSY, "2026-11-21T08:01", "RK-2026-000104", DocumentCategory.DAMAGE_INTAKE, DAMAGED, PITCH, "1",
                        "3", LedgerMovement.POSTING, "A12 变桨电机烧毁"));
        return new DailyLedger(SITE, BUSY, List.of(DAMAGED, GOOD), rows, false);
    }

    private static DailyLedger quietDay() {
        return new DailyLedger(SITE, QUIET, List.of(DAMAGED, GOOD), List.of(), false);
    }

    /** More rows than a page holds. */
    private static DailyLedger longDay() {
        List<LedgerRow> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(row(LONG, String.format("%02d:%02d", 7 + i / 6, i % 6 * 10), "CK-2026-000" + (201 + i),
                    DocumentCategory.SELF_USE, GOOD, OIL, "-0.5", String.valueOf(100 - 0.5 * (i + 1)),
                    LedgerMovement.POSTING, "第 " + (i + 1) + " 台风机补油"));
        }
        return new DailyLedger(SITE, LONG, List.of(DAMAGED, GOOD), rows, false);
    }

    /** A row of the day, booked at a time of the day ("09:40") or later ("2026-11-21T08:01"). */
    private static LedgerRow row(LocalDate day, String booked, String number, DocumentCategory category, Store store,
            Item item, String quantity, String balanceAfter, LedgerMovement movement, String remark) {
        LocalDateTime time = booked.contains("T") ? LocalDateTime.parse(booked) : day.atTime(LocalTime.parse(booked));
        Instant at = time.atZone(ZoneId.systemDefault()).toInstant();
        BigDecimal moved = new BigDecimal(quantity);
        StockDocument document = new StockDocument(number, category, store,
                category.acceptsSupplier() ? SUPPLIER : null, day, remark,
                List.of(new NewLine(item, moved.abs(), null)), "keeper", at);
        StockLedgerEntry entry = new StockLedgerEntry(document, movement, store, item, moved,
                new BigDecimal(balanceAfter), "accountant", at);
        return new LedgerRow(entry, category, day, remark);
    }

    private static void keep(String name, byte[] pdf) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "daily-ledger-pdf"));
        Files.write(dir.resolve(name), pdf);
    }
}
