package org.fieldstock.domain.golive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fieldstock.domain.item.ItemCategory;
import org.junit.jupiter.api.Test;

/** A row's cells read as values, each unreadable or missing cell named by its row and column. */
class RowReaderTest {

    private final List<RowProblem> problems = new ArrayList<>();

    private RowReader row(ImportSheet sheet, Map<String, String> cells) {
        return new RowReader(new ImportRow(sheet, 7, cells), problems);
    }

    @Test
    void valuesAreReadAsTheirColumnsHoldThem() {
        RowReader cells = row(ImportSheet.ITEMS, Map.of("code", " sp-x-1 ", "unit_price_cny", "1200.50",
                "shelf_life_months", "24", "serial_tracked", "是", "category", "spare"));
        assertEquals("SP-X-1", cells.code("code"));
        assertEquals(new BigDecimal("1200.5"), cells.decimal("unit_price_cny"));
        assertEquals(24, cells.whole("shelf_life_months"));
        assertTrue(cells.flag("serial_tracked"));
        assertFalse(cells.flag("packed_volume_m3"), "an empty yes/no cell is no");
        assertEquals(ItemCategory.SPARE, cells.constant("category", ItemCategory.class));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCellThatDoesNotReadIsNamedWithItsRowAndColumn() {
        RowReader cells = row(ImportSheet.OPENING_BALANCES, Map.of("quantity", "1,5", "expiry_date", "30/06/2028",
                "serials", "A1，A2; A3 ,,"));
        assertNull(cells.text("store_code"));
        assertNull(cells.decimal("quantity"));
        assertNull(cells.date("expiry_date"));
        assertEquals(List.of("A1", "A2", "A3"), cells.list("serials"), "commas, Chinese commas and semicolons");
        assertEquals(List.of(
                RowProblem.of(new ImportRow(ImportSheet.OPENING_BALANCES, 7, Map.of()), "store_code",
                        "import.cell.required"),
                RowProblem.of(new ImportRow(ImportSheet.OPENING_BALANCES, 7, Map.of()), "quantity",
                        "import.cell.notANumber", "1,5"),
                RowProblem.of(new ImportRow(ImportSheet.OPENING_BALANCES, 7, Map.of()), "expiry_date",
                        "import.cell.notADate", "30/06/2028")), problems);
        assertNull(row(ImportSheet.OPENING_BALANCES, Map.of()).date("expiry_date"), "an optional date may be empty");
        assertEquals(3, problems.size());
    }

    @Test
    void aConstantOutsideItsListNamesTheListAndAWholeNumberHasNoFraction() {
        RowReader cells = row(ImportSheet.ITEMS, Map.of("category", "SPAR", "shelf_life_months", "1.5",
                "serial_tracked", "maybe"));
        assertNull(cells.constant("category", ItemCategory.class));
        assertNull(cells.whole("shelf_life_months"));
        assertFalse(cells.flag("serial_tracked"));
        assertEquals(List.of("import.cell.notOneOf", "import.cell.notWhole", "import.cell.notAFlag"),
                problems.stream().map(p -> p.problem().getMessageKey()).toList());
        assertEquals("SPARE, TOOL, CONSUMABLE", problems.get(0).problem().getArguments()[1]);
    }

    @Test
    void runsCountTheirProgressAsTwoHalves() {
        ImportRun run = new ImportRun("f.xlsx", "0".repeat(64), null, false, LocalDate.of(2026, 12, 1), 200, "planner",
                java.time.Instant.EPOCH);
        assertEquals(0, run.percentDone());
        run.enter(ImportStatus.CHECKING);
        run.progress(100);
        assertEquals(25, run.percentDone(), "half the rows checked: a quarter of the run");
        run.enter(ImportStatus.WRITING);
        run.progress(200);
        assertEquals(100, run.percentDone());
        run.finish(ImportStatus.DONE, new ImportOutcome(150, 20, 30), 0, java.time.Instant.EPOCH);
        assertEquals(100, run.percentDone());
        assertEquals(150, run.getRowsCreated());
        assertFalse(run.isCheckedClean(), "a real run is no dry run to import again");
        assertEquals(ImportSheet.OPENING_BALANCES, ImportSheet.named(" Opening_Balances ").orElseThrow());
    }
}
