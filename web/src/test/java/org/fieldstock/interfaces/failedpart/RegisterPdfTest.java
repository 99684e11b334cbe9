package org.fieldstock.interfaces.failedpart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.fieldstock.application.failedpart.RegisterEntry;
import org.fieldstock.domain.failedpart.FailureCause;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.domain.item.Unit;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.junit.jupiter.api.Test;

/**
 * A site's damaged parts as the packing list of their return to the repair hub: the register's
 * columns, the totals of what is packed, the three signatures after the last line, "page x of y" on
 * every page, in the reader's language. The files stay in target/packing-list-pdf for a look.
 */
class RegisterPdfTest {

    private static final OrgUnit PO = new OrgUnit("PO", OrgUnitKind.PLANNING_OFFICE, "计划处", "Planning office", null,
            null);
    private static final OrgUnit BU = new OrgUnit("NC", OrgUnitKind.BU, "华北业务部", "North China BU", PO, null);
    private static final OrgUnit SITE = new OrgUnit("ZBET", OrgUnitKind.SITE, "张北二台风电场", "Zhangbei Ertai wind farm",
            BU, "河北");
    private static final Store DAMAGED = new Store("ZBET-D", StoreKind.DAMAGED, SITE, "张北二台损坏品库",
            "ZBET damaged store");
    private static final Item PITCH = new Item("SP-PIT-0001", "变桨电机", "Pitch motor", "4.5 kW", new Unit("台", "unit"),
            ItemCategory.SPARE, RepairClass.II);
    private static final Item SENSOR = new Item("SP-GBX-0007", "齿轮箱油温传感器", "Gearbox oil temperature sensor",
            "PT100", new Unit("个", "pcs"), ItemCategory.SPARE, RepairClass.I);
    private static final Instant PRINTED = Instant.parse("2026-12-02T09:30:00Z");

    static {
        PITCH.describe(new BigDecimal("19800"), null, new BigDecimal("0.08"), "SL1500", true);
        SENSOR.describe(new BigDecimal("320"), null, new BigDecimal("0.01"), "SL1500", false);
    }

    private static RegisterEntry replaced(int n) {
        return new RegisterEntry(n, "IN-2026-%06d".formatted(n), LocalDate.of(2026, 11, 20), DAMAGED, 1, PITCH,
                BigDecimal.ONE, "A0" + (n % 9 + 1), "张保管 Zhang Baoguan", LocalDate.of(2026, 11, 20),
                List.of("PM-NEW-" + n), List.of("PM-OLD-" + n), FailureCause.ELECTRICAL, "绕组烧毁 winding burnt",
                "OUT-2026-%06d".formatted(n), BigDecimal.ONE, 0, false);
    }

    private static RegisterEntry sensors() {
        return new RegisterEntry(99, "IN-2026-000099", LocalDate.of(2026, 11, 25), DAMAGED, 1, SENSOR,
                new BigDecimal("3"), null, null, null, List.of(), List.of(), FailureCause.STORAGE, "受潮 damp", null,
                new BigDecimal("3"), 0, false);
    }

    @Test
    void aPackingListHasTheRegistersColumnsTheTotalsAndThreeSignatures() throws IOException {
        byte[] pdf = RegisterPdf.render(SITE, List.of(replaced(1), sensors()), Locale.SIMPLIFIED_CHINESE, "keeper",
                PRINTED);
        keep("packing-list-zh.pdf", pdf);
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        for (String expected : List.of("返修损坏备件清单", "ZBET 张北二台风电场", "第 1 页，共 1 页", "新件序列号",
                "旧件序列号", "PM-NEW-1", "PM-OLD-1", "电气故障", "齿轮箱油温传感器", "3 个", "共 2 行，4 件",
                "0.11", "装箱人", "现场总代表", "返修库接收人", "打印人：keeper")) {
            assertTrue(text.contains(expected), expected + " not on the page: " + text);
        }
    }

    @Test
    void aLongShipmentGoesOverPagesEachWithItsHeaderAndCountAndIsSignedAtTheEnd() throws IOException {
        List<RegisterEntry> many = new ArrayList<>();
        for (int n = 1; n <= 60; n++) {
            many.add(replaced(n));
        }
        byte[] pdf = RegisterPdf.render(SITE, many, Locale.ENGLISH, "accountant", PRINTED);
        keep("packing-list-en.pdf", pdf);
        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        assertTrue(pages >= 2, "sixty lines need more than a page: " + pages);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= pages; page++) {
            String text = extractor.getTextFromPage(page);
            assertTrue(text.contains("Damaged-part register") && text.contains("Zhangbei Ertai wind farm")
                    && text.contains("Page " + page + " of " + pages) && text.contains("Booked in"),
                    "page " + page + ": " + text);
            assertEquals(page == pages, text.contains("Hub receiver"), "signatures after the last line only");
            assertFalse(text.contains("变桨电机"), "English names for an English reader");
        }
        assertTrue(extractor.getTextFromPage(pages).contains("60 lines, quantity 60"), extractor.getTextFromPage(pages));
    }

    private static void keep(String name, byte[] pdf) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "packing-list-pdf"));
        Files.write(dir.resolve(name), pdf);
    }
}
