package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Going live over REST on Payara Micro: the planning office fills in the template with a new BU, its
 * site, items, a supplier, turbines and the site's opening stock, checks it with a dry run (nothing
 * written), imports it (every row, posted through the posting path: the stock check stays clean),
 * imports it again (nothing changes) and changes a name (one change, audited); the administrator
 * imports the users from CSV and hands their temporary passwords out once. Bad input is refused row
 * by row with nothing imported, and each sheet only by whom it belongs to.
 */
@OnSharedServer
class GoLiveImportApiIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    /** Codes no other test (and no other run of this one on the same database) uses. */
    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
    }

    @Test
    void aNewBuItsSiteCatalogueAndOpeningStockGoInFromTheTemplateOnceAndAgainChangeNothing() throws IOException {
        ApiClient planner = as("planner");
        String bu = unique("GL");
        String site = bu + "S";
        String plain = unique("SP-GL-");
        String batched = unique("CS-GL-");
        String serial = unique("SP-GS-");
        String supplier = unique("SUP-GL-");
        String serialA = unique("SN-GL-A");
        String serialB = unique("SN-GL-B");

        ApiClient.BinaryAnswer template = planner.getBytes("api/imports/template");
        assertEquals(200, template.status());
        assertTrue(template.contentType().startsWith(XLSX), template.contentType());
        Map<String, List<List<String>>> sheets = new HashMap<>();
        sheets.put("org-units", List.of(
                List.of("kind=BU", "code=" + bu, "name_zh=测试事业部", "name_en=Go-live test BU", "parent_code=PO",
                        "province=Gansu"),
                List.of("kind=SITE", "code=" + site, "name_zh=测试风场", "name_en=Go-live test site",
                        "parent_code=" + bu)));
        sheets.put("items", List.of(
                List.of("code=" + plain, "name_zh=测试轴承", "name_en=Test bearing", "unit_zh=个", "unit_en=pc",
                        "category=SPARE", "repair_class=II", "unit_price_cny=1200.50", "packed_volume_m3=0.02"),
                List.of("code=" + batched, "name_zh=测试润滑脂", "name_en=Test grease", "unit_zh=千克", "unit_en=kg",
                        "category=CONSUMABLE", "repair_class=I", "shelf_life_months=24"),
                List.of("code=" + serial, "name_zh=测试变频器", "name_en=Test converter", "unit_zh=台", "unit_en=unit",
                        "category=SPARE", "repair_class=II", "serial_tracked=Y")));
        sheets.put("suppliers", List.of(List.of("code=" + supplier, "name_zh=测试供应商", "name_en=Test supplier")));
        sheets.put("turbines", List.of(List.of("site_code=" + site, "turbine_no=T01", "model=SL1500"),
                List.of("site_code=" + site, "turbine_no=T02", "model=SL1500")));
        sheets.put("opening-balances", List.of(
                List.of("store_code=" + site + "-G", "item_code=" + plain, "quantity=12"),
                List.of("store_code=" + site + "-G", "item_code=" + batched, "quantity=7.5", "batch_no=B1",
                        "expiry_date=2028-06-30"),
                List.of("store_code=" + site + "-G", "item_code=" + serial, "quantity=2",
                        "serials=" + serialA + ", " + serialB),
                List.of("store_code=" + site + "-D", "item_code=" + plain, "quantity=3")));
        byte[] workbook = filled(template.body(), sheets);

        JsonObject dry = finished(planner, start(planner, "api/imports?dryRun=true&fileName=go-live.xlsx", workbook));
        assertEquals("CHECKED", dry.getString("status"), dry.toString());
        assertEquals(0, dry.getInt("problemCount"), dry.toString());
        assertEquals(12, dry.getInt("rows"));
        assertEquals(12, dry.getInt("created"), "every row new: " + dry);
        assertEquals(404, planner.get("api/org-units/" + bu).status(), "a dry run writes nothing");

        JsonObject done = finished(planner, start(planner, "api/imports/" + dry.getJsonNumber("id") + "/import", null));
        assertEquals("DONE", done.getString("status"), done.toString());
        assertFalse(done.getBoolean("dryRun"));
        assertEquals(12, done.getInt("created"));
        assertEquals(100, done.getInt("percent"));

        assertEquals(200, planner.get("api/org-units/" + site).status());
        assertEquals(0, new BigDecimal("12").compareTo(planner.onHand(site + "-G", plain)));
        assertEquals(0, new BigDecimal("7.5").compareTo(planner.onHand(site + "-G", batched)));
        assertEquals(0, new BigDecimal("2").compareTo(planner.onHand(site + "-G", serial)));
        assertEquals(0, new BigDecimal("3").compareTo(planner.onHand(site + "-D", plain)));
        JsonObject item = planner.get("api/items/" + plain).object();
        assertEquals("Test bearing", item.getString("nameEn"));
        List<JsonObject> openings = planner.get("api/documents?store=" + site + "-G").array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, openings.size(), "one opening document per store: " + openings);
        assertEquals("OPENING_BALANCE", openings.get(0).getString("category"));
        assertEquals("REVIEWED", openings.get(0).getString("status"));
        ApiClient.Answer unreview = planner.post("api/documents/" + openings.get(0).getJsonNumber("id")
                + "/unreview", null);
        assertEquals(409, unreview.status(), "an opening balance is corrected by a stocktake: " + unreview.raw());
        assertEquals(0, planner.getPage("api/stock-check").rows().size(), "the books agree after the import");

        JsonObject again = finished(planner, start(planner, "api/imports?fileName=go-live.xlsx", workbook));
        assertEquals("DONE", again.getString("status"), again.toString());
        assertEquals(0, again.getInt("created"), "the same file again: " + again);
        assertEquals(0, again.getInt("changed"));
        assertEquals(12, again.getInt("unchanged"));
        assertEquals(1, planner.get("api/documents?store=" + site + "-G").array().size(), "no second opening");
        assertEquals(0, new BigDecimal("12").compareTo(planner.onHand(site + "-G", plain)));

        Map<String, List<List<String>>> renamed = new HashMap<>(sheets);
        renamed.put("suppliers", List.of(List.of("code=" + supplier, "name_zh=测试供应商（新）",
                "name_en=Test supplier, renamed")));
        renamed.put("stores", List.of(List.of("code=" + site + "-D", "name_zh=测试风场损坏品库",
                "name_en=Test site damaged store")));
        JsonObject change = finished(planner, start(planner, "api/imports?fileName=renamed.xlsx",
                filled(template.body(), renamed)));
        assertEquals("DONE", change.getString("status"), change.toString());
        assertEquals(2, change.getInt("changed"), "the supplier and the store renamed: " + change);
        assertEquals(11, change.getInt("unchanged"));
        JsonObject store = planner.get("api/stores?size=500").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals(site + "-D")).findFirst().orElseThrow();
        assertEquals("Test site damaged store", store.getString("nameEn"));
        assertTrue(store.getBoolean("active"), "an empty active cell leaves the store as it is: " + store);
        JsonObject closing = finished(planner, start(planner, "api/imports?dryRun=true", filled(template.body(),
                Map.of("stores", List.of(List.of("code=" + site + "-G", "name_zh=测试风场合格品库",
                        "name_en=Test site good store", "active=N"))))));
        assertProblem(closing.getJsonArray("problems").getValuesAs(JsonObject.class), "stores", 3, "active",
                "still holds stock");
        List<JsonObject> trail = planner.get("api/audit?subject=" + supplier).array().getValuesAs(JsonObject.class);
        assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("MASTER_DATA_CHANGED")
                && e.getString("detail").contains("Test supplier, renamed")), trail.toString());

        ApiClient admin = as("admin");
        String user = unique("gl.keeper.").toLowerCase(Locale.ROOT);
        String csv = "username,display_name,org_unit,roles\r\n" + user + ",测试库管 Test keeper," + site
                + ",\"KEEPER,VIEWER\"\r\n";
        JsonObject users = finished(admin, start(admin, "api/imports?sheet=users&fileName=users.csv",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv"));
        assertEquals("DONE", users.getString("status"), users.toString());
        assertEquals(1, users.getInt("created"));
        ApiClient.Answer passwords = admin.post("api/imports/" + users.getJsonNumber("id") + "/passwords", null);
        assertEquals(200, passwords.status(), passwords.raw());
        JsonObject password = passwords.array().getJsonObject(0);
        assertEquals(user, password.getString("username"));
        assertTrue(password.getString("temporaryPassword").length() >= 8, passwords.raw());
        assertEquals(0, admin.post("api/imports/" + users.getJsonNumber("id") + "/passwords", null).array().size(),
                "shown once");
        JsonObject created = admin.get("api/users/" + user).object();
        assertTrue(created.getBoolean("mustChangePassword"), created.toString());
        assertEquals(Set.of("KEEPER", "VIEWER"), created.getJsonArray("roles").getValuesAs(JsonValue::toString)
                .stream().map(s -> s.replace("\"", "")).collect(Collectors.toSet()));
    }

    @Test
    void badRowsAreNamedBySheetRowAndColumnAndNothingIsImported() throws IOException {
        ApiClient planner = as("planner");
        String bu = unique("GB");
        String site = bu + "S";
        String item = unique("SP-GB-");
        String serial = unique("SP-GBS-");
        byte[] template = planner.getBytes("api/imports/template").body();
        Map<String, List<List<String>>> sheets = new HashMap<>();
        sheets.put("org-units", List.of(
                List.of("kind=BU", "code=" + bu, "name_zh=坏事业部", "name_en=Bad BU", "parent_code=PO"),
                List.of("kind=SITE", "code=" + site, "name_zh=坏风场", "name_en=Bad site", "parent_code=" + bu)));
        sheets.put("items", List.of(
                List.of("code=" + item, "name_zh=坏件", "name_en=Bad part", "unit_zh=个", "unit_en=pc",
                        "category=SPARE", "repair_class=II"),
                List.of("code=" + item, "name_zh=重复", "name_en=Twice", "unit_zh=个", "unit_en=pc",
                        "category=SPARE", "repair_class=II"),
                List.of("code=" + serial, "name_zh=序列件", "name_en=Serial part", "unit_zh=台", "unit_en=unit",
                        "category=SPAR", "repair_class=II", "serial_tracked=Y")));
        sheets.put("opening-balances", List.of(
                List.of("store_code=" + site + "-G", "item_code=" + item, "quantity=1.5"),
                List.of("store_code=NOWHERE-G", "item_code=" + item, "quantity=1"),
                List.of("store_code=" + site + "-G", "item_code=" + item, "quantity=ten")));
        JsonObject refused = finished(planner, start(planner, "api/imports?fileName=bad.xlsx",
                filled(template, sheets)));
        assertEquals("REFUSED", refused.getString("status"), refused.toString());
        List<JsonObject> problems = refused.getJsonArray("problems").getValuesAs(JsonObject.class);
        assertProblem(problems, "items", 4, "code", "is already on row 3");
        assertProblem(problems, "items", 5, "category", "SPAR is not one of SPARE, TOOL, CONSUMABLE");
        assertProblem(problems, "opening-balances", 3, null, "1.5");
        assertProblem(problems, "opening-balances", 4, "store_code", "There is no store with code NOWHERE-G");
        assertProblem(problems, "opening-balances", 5, "quantity", "ten is not a number");
        assertEquals(404, planner.get("api/org-units/" + bu).status(), "nothing imported: " + problems);
        assertEquals(404, planner.get("api/items/" + item).status());

        Map<String, List<List<String>>> serials = new HashMap<>();
        serials.put("items", List.of(List.of("code=" + serial, "name_zh=序列件", "name_en=Serial part",
                "unit_zh=台", "unit_en=unit", "category=SPARE", "repair_class=II", "serial_tracked=Y")));
        serials.put("opening-balances", List.of(
                List.of("store_code=ZBET-G", "item_code=" + serial, "quantity=1", "serials=SN-TWICE-" + serial),
                List.of("store_code=ZBET-G", "item_code=" + serial, "quantity=1", "serials=SN-TWICE-" + serial)));
        JsonObject twice = finished(planner, start(planner, "api/imports?dryRun=true", filled(template, serials)));
        List<JsonObject> twiceProblems = twice.getJsonArray("problems").getValuesAs(JsonObject.class);
        assertProblem(twiceProblems, "opening-balances", 4, "serials", "is already on row 3");
        assertProblem(twiceProblems, "opening-balances", 3, "store_code", "ZBET-G holds stock already");

        JsonObject empty = finished(planner, start(planner, "api/imports", template));
        assertEquals("REFUSED", empty.getString("status"));
        assertProblem(empty.getJsonArray("problems").getValuesAs(JsonObject.class), null, null, null,
                "The file has no rows to import");

        Workbook other = new XSSFWorkbook();
        other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("whatever");
        JsonObject wrong = finished(planner, start(planner, "api/imports?dryRun=true", bytes(other)));
        List<JsonObject> wrongProblems = wrong.getJsonArray("problems").getValuesAs(JsonObject.class);
        assertProblem(wrongProblems, null, null, null, "Sheet Sheet1 is not one of the template");
        assertProblem(wrongProblems, null, null, null, "none of the template");

        ApiClient.Answer items = as("admin").postBytes("api/imports?sheet=users&dryRun=true", "text/csv",
                "code,name_zh\r\nX,Y\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(202, items.status(), items.raw());
        JsonObject wrongColumns = finished(as("admin"), items.object());
        assertProblem(wrongColumns.getJsonArray("problems").getValuesAs(JsonObject.class), "users", null, null,
                "lacks the columns username, display_name, org_unit, roles");

        ApiClient.Answer gbk = as("admin").postBytes("api/imports?sheet=users&dryRun=true", "text/csv",
                "username,display_name,org_unit,roles\r\nwang,王,NC,VIEWER\r\n".getBytes(Charset.forName("GBK")));
        assertEquals(202, gbk.status(), "a GBK file as U8 writes it is read: " + gbk.raw());
        assertEquals(0, finished(as("admin"), gbk.object()).getJsonArray("problems").size(), gbk.raw());
        ApiClient.Answer neither = as("admin").postBytes("api/imports?sheet=users&dryRun=true", "text/csv",
                new byte[] {'a', '\r', '\n', (byte) 0xFF, (byte) 0xFE, (byte) 0xFF});
        assertEquals(422, neither.status(), neither.raw());
        assertTrue(neither.raw().contains("import.csv.encoding"), neither.raw());
        ApiClient.Answer noSheet = planner.postBytes("api/imports", "text/csv", "a,b\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, noSheet.status(), noSheet.raw());
        ApiClient.Answer huge = planner.postBytes("api/imports", XLSX, new byte[50 * 1024 * 1024]);
        assertEquals(413, huge.status(), "a 50 MB file is refused before it is read: " + huge.raw());
    }

    @Test
    void eachSheetIsImportedOnlyByWhomItBelongsTo() throws IOException {
        byte[] template = as("planner").getBytes("api/imports/template").body();
        Map<String, List<List<String>>> items = Map.of("items", List.of(List.of("code=" + unique("SP-GR-"),
                "name_zh=权限", "name_en=Rights", "unit_zh=个", "unit_en=pc", "category=SPARE", "repair_class=II")));
        assertEquals(403, as("keeper").postBytes("api/imports?dryRun=true", XLSX, filled(template, items)).status());
        assertEquals(403, as("accountant").postBytes("api/imports?dryRun=true", XLSX, filled(template, items))
                .status());
        assertEquals(403, as("admin").postBytes("api/imports?dryRun=true", XLSX, filled(template, items)).status(),
                "the catalogue is the planning office's");
        byte[] users = "username,display_name,org_unit,roles\r\nx.rights,X,NC,VIEWER\r\n"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(403, as("planner").postBytes("api/imports?sheet=users&dryRun=true", "text/csv", users).status(),
                "users are the administrator's");
        assertEquals(403, as("keeper").get("api/imports").status());
        assertEquals(403, as("keeper").getBytes("api/imports/template").status());
        JsonObject run = finished(as("planner"), start(as("planner"), "api/imports?dryRun=true",
                filled(template, items)));
        assertEquals(200, as("admin").get("api/imports/" + run.getJsonNumber("id")).status(),
                "both follow the imports");
        assertEquals(403, as("admin").post("api/imports/" + run.getJsonNumber("id") + "/passwords", null).status(),
                "only who ran it takes its passwords");
    }

    private static void assertProblem(List<JsonObject> problems, String sheet, Integer row, String column,
            String message) {
        assertTrue(problems.stream().anyMatch(p -> (sheet == null || sheet.equals(p.getString("sheet", null)))
                && (row == null || p.containsKey("row") && row == p.getInt("row"))
                && (column == null || column.equals(p.getString("column", null)))
                && p.getString("message").contains(message)),
                "a problem on " + sheet + " row " + row + " column " + column + " saying '" + message + "': "
                        + problems);
    }

    private JsonObject start(ApiClient client, String path, byte[] workbook) {
        return start(client, path, workbook, XLSX);
    }

    private JsonObject start(ApiClient client, String path, byte[] body, String contentType) {
        ApiClient.Answer started = body == null ? client.post(path, null) : client.postBytes(path, contentType, body);
        assertEquals(202, started.status(), started.raw());
        return started.object();
    }

    /** The run once it has ended, asked for as a progress bar would be. */
    static JsonObject finished(ApiClient client, JsonObject started) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            JsonObject run = client.get("api/imports/" + started.getJsonNumber("id")).object();
            if (run.getBoolean("finished")) {
                return run;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the run did not end within two minutes: " + started);
    }

    /** The template with these rows ("key=value" cells) in the sheets named by their file names. */
    static byte[] filled(byte[] template, Map<String, List<List<String>>> rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            for (Sheet sheet : workbook) {
                Row header = sheet.getRow(1);
                if (header == null) {
                    continue;
                }
                Map<String, Integer> columns = new HashMap<>();
                for (Cell cell : header) {
                    String text = cell.getStringCellValue();
                    columns.put(text.substring(text.lastIndexOf('[') + 1, text.length() - 1), cell.getColumnIndex());
                }
                String name = rows.keySet().stream().filter(key -> sheet.getSheetName().endsWith(englishOf(key)))
                        .findFirst().orElse(null);
                if (name == null) {
                    continue;
                }
                int r = 2;
                for (List<String> cells : rows.get(name)) {
                    Row row = sheet.createRow(r++);
                    for (String cell : cells) {
                        String key = cell.substring(0, cell.indexOf('='));
                        row.createCell(columns.get(key)).setCellValue(cell.substring(cell.indexOf('=') + 1));
                    }
                }
            }
            return bytes(workbook);
        }
    }

    private static String englishOf(String sheet) {
        return switch (sheet) {
            case "org-units" -> "Org units";
            case "stores" -> "Stores";
            case "items" -> "Items";
            case "suppliers" -> "Suppliers";
            case "turbines" -> "Turbines";
            case "users" -> "Users";
            case "opening-balances" -> "Opening balances";
            default -> throw new IllegalArgumentException(sheet);
        };
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
