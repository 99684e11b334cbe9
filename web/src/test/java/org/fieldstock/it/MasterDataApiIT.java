package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.net.URL;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * Master data through the API: the planning office maintains org units (with their stores),
 * items, suppliers and turbines; nobody else may; keepers and BU staff request item codes with
 * photos and see the answer; scope, duplicates, stale versions and tracking rules; the audit trail.
 * Codes are made unique per run, so that the test also passes on a database kept between runs.
 */
@OnSharedServer
class MasterDataApiIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 10_000_000L, 36).toUpperCase(Locale.ROOT);

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    @Test
    void planningOfficeCreatesABusinessUnitAndASiteEachWithTheirStoresAndRenamesThem() {
        ApiClient planner = as("planner");
        String bu = "B" + RUN;
        ApiClient.Answer created = planner.post("api/org-units", "{\"code\":\"" + bu.toLowerCase(Locale.ROOT)
                + "\",\"kind\":\"BU\",\"nameZh\":\"测试业务部\",\"nameEn\":\"Test BU\",\"parent\":\"PO\"}");
        assertEquals(201, created.status(), created.raw());
        assertEquals(bu, created.object().getString("code"), "codes are kept in capitals");
        assertEquals(List.of(bu + "-D", bu + "-G"), strings(created.object(), "stores"));

        String site = "S" + RUN;
        ApiClient.Answer siteCreated = as("admin").post("api/org-units", "{\"code\":\"" + site
                + "\",\"kind\":\"SITE\",\"nameZh\":\"测试风电场\",\"nameEn\":\"Test Wind Farm\",\"parent\":\"" + bu + "\"}");
        assertEquals(201, siteCreated.status(), "the administrator keeps the organisation too: " + siteCreated.raw());

        JsonObject good = storeOf(planner, site + "-G");
        assertEquals("测试风电场完好品库", good.getString("nameZh"));
        assertEquals("Test Wind Farm Damaged Store", storeOf(planner, site + "-D").getString("nameEn"));

        ApiClient.Answer renamed = planner.put("api/stores/" + site + "-G", "{\"nameZh\":\"测试风电场一号库\","
                + "\"nameEn\":\"Test Wind Farm Store 1\",\"version\":" + good.getInt("version") + "}");
        assertEquals(200, renamed.status(), renamed.raw());
        assertEquals(409, planner.put("api/stores/" + site + "-G", "{\"nameZh\":\"旧\",\"nameEn\":\"Old\",\"version\":"
                + good.getInt("version") + "}").status(), "a rename from a stale form");

        int storeVersion = renamed.object().getInt("version");
        ApiClient.Answer closed = planner.post("api/stores/" + site + "-G/deactivate", "{\"version\":" + storeVersion + "}");
        assertEquals(200, closed.status(), "an empty store may close: " + closed.raw());
        assertFalse(closed.object().getBoolean("active"));
        ApiClient.Answer intoClosed = planner.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + site
                + "-G\",\"supplier\":\"SUP-001\",\"date\":\"2026-11-22\",\"lines\":[{\"item\":\"SP-GBX-0006\",\"quantity\":1}]}");
        assertEquals(422, intoClosed.status(), intoClosed.raw());
        assertEquals(List.of("store.inactive"), strings(intoClosed.object(), "codes"));
        assertEquals(200, planner.post("api/stores/" + site + "-G/activate", "{}").status());
        assertEquals(201, planner.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + site
                + "-G\",\"supplier\":\"SUP-001\",\"date\":\"2026-11-22\",\"lines\":[{\"item\":\"SP-GBX-0006\",\"quantity\":1}]}")
                .status(), "open again");
        ApiClient.Answer withStock = planner.post("api/stores/ZBET-G/deactivate", "{}");
        assertEquals(409, withStock.status());
        assertEquals(List.of("store.deactivate.hasStock"), strings(withStock.object(), "codes"));
        assertEquals(403, as("accountant").post("api/stores/" + site + "-D/deactivate", "{}").status());

        ApiClient.Answer buRenamed = planner.put("api/org-units/" + bu, "{\"nameZh\":\"测试业务部二\","
                + "\"nameEn\":\"Test BU Two\",\"version\":" + created.object().getInt("version") + "}");
        assertEquals(200, buRenamed.status(), buRenamed.raw());
        assertEquals("Test BU Two", planner.get("api/org-units/" + bu).object().getString("nameEn"));

        assertEquals(409, planner.post("api/org-units", "{\"code\":\"" + bu
                + "\",\"kind\":\"BU\",\"nameZh\":\"重复\",\"nameEn\":\"Twice\",\"parent\":\"PO\"}").status());
        ApiClient.Answer wrongParent = planner.post("api/org-units", "{\"code\":\"X" + RUN
                + "\",\"kind\":\"SITE\",\"nameZh\":\"错\",\"nameEn\":\"Wrong\",\"parent\":\"PO\"}");
        assertEquals(422, wrongParent.status());
        assertTrue(wrongParent.raw().contains("A site belongs to a business unit"), wrongParent.raw());

        assertEquals(403, as("accountant").post("api/org-units", "{\"code\":\"Y" + RUN
                + "\",\"kind\":\"SITE\",\"nameZh\":\"无权\",\"nameEn\":\"No\",\"parent\":\"NC\"}").status());
        assertEquals(403, as("manager").put("api/org-units/NC", "{\"nameZh\":\"改\",\"nameEn\":\"No\"}").status());
        assertEquals(403, as("keeper").put("api/stores/ZBET-G", "{\"nameZh\":\"改\",\"nameEn\":\"No\"}").status());

        List<String> keeperSees = as("keeper").get("api/org-units?size=500").array().stream()
                .map(v -> v.asJsonObject().getString("code")).toList();
        assertEquals(List.of("ZBET"), keeperSees, "a keeper sees the own site only");
        assertEquals(404, as("keeper").get("api/org-units/GZBD").status());

        List<String> audit = auditDetails(planner, bu);
        assertTrue(audit.stream().anyMatch(a -> a.startsWith("planner MASTER_DATA_CREATED") && a.contains(bu + "-G")),
                audit.toString());
        assertTrue(audit.stream().anyMatch(a -> a.startsWith("planner MASTER_DATA_CHANGED")
                && a.contains("Test BU → 测试业务部二 / Test BU Two")), audit.toString());
    }

    @Test
    void planningOfficeCreatesAndEditsItemsOthersMayOnlyRead() {
        ApiClient planner = as("planner");
        String code = planner.get("api/items/next-code?category=SPARE&group=gbx").object().getString("code");
        assertTrue(code.matches("SP-GBX-\\d{4}"), code);
        assertNotEquals("SP-GBX-0001", code);
        assertEquals(404, planner.get("api/items/" + code).status(), "the suggested code is free");

        ApiClient.Answer created = planner.post("api/items", item(code, "联轴器弹性体", "Coupling element", "件", "pcs",
                null, false, null));
        assertEquals(201, created.status(), created.raw());
        int version = created.object().getInt("version");

        assertEquals(403, as("accountant").post("api/items", item("SP-GBX-9" + RUN.substring(0, 3), "x", "x", "个",
                "pcs", null, false, null)).status());
        assertEquals(403, as("keeper").put("api/items/" + code, item(null, "x", "x", "个", "pcs", null, false, 0))
                .status());
        assertEquals(403, as("admin").post("api/items", item("SP-GBX-9" + RUN.substring(0, 3), "x", "x", "个", "pcs",
                null, false, null)).status(), "the administrator keeps users, not the catalogue");
        assertEquals(200, as("keeper").get("api/items/" + code).status(), "everyone in stock work reads items");

        ApiClient.Answer changed = planner.put("api/items/" + code, item(null, "联轴器弹性体", "Coupling elastomer",
                "件", "pcs", 24, true, version));
        assertEquals(200, changed.status(), "an unused item may become tracked: " + changed.raw());
        assertEquals(version + 1, changed.object().getInt("version"));
        assertTrue(changed.object().getBoolean("serialTracked"));
        assertTrue(changed.object().getBoolean("batchTracked"));

        ApiClient.Answer stale = planner.put("api/items/" + code, item(null, "联轴器", "Coupling", "件", "pcs", 24, true,
                version));
        assertEquals(409, stale.status());
        assertTrue(stale.raw().contains("changed by someone else meanwhile"), stale.raw());

        ApiClient.Answer duplicate = planner.post("api/items", item(code.toLowerCase(Locale.ROOT), "重复", "Twice",
                "个", "pcs", null, false, null));
        assertEquals(409, duplicate.status());
        assertTrue(duplicate.raw().contains("There is already an item " + code), duplicate.raw());

        ApiClient.Answer invalid = planner.post("api/items", "{\"code\":\"bad code!\",\"nameEn\":\"" + "x".repeat(151)
                + "\",\"unitPrice\":-1,\"shelfLifeMonths\":0}");
        assertEquals(422, invalid.status());
        List<String> codes = strings(invalid.object(), "codes");
        assertTrue(codes.containsAll(List.of("item.code.invalid", "masterData.required", "masterData.tooLong",
                "item.unitPrice.invalid", "item.shelfLife.invalid")), codes.toString());

        JsonObject page = planner.get("api/items?q=" + code + "&max=10").object();
        assertEquals(1, page.getInt("total"));
        JsonObject spares = planner.get("api/items?category=SPARE&first=10&max=5").object();
        assertEquals(5, spares.getJsonArray("items").size());
        assertEquals(10, spares.getInt("first"));

        List<String> audit = auditDetails(planner, code);
        assertTrue(audit.stream().anyMatch(a -> a.startsWith("planner MASTER_DATA_CREATED")), audit.toString());
        assertTrue(audit.stream().anyMatch(a -> a.startsWith("planner MASTER_DATA_CHANGED")
                && a.contains("nameEn: Coupling element → Coupling elastomer") && a.contains("serialTracked: false → true")),
                audit.toString());
    }

    @Test
    void trackingAndUnitOfAnItemInStockCannotChange() {
        ApiClient planner = as("planner");
        JsonObject row = planner.get("api/stores/ZBET-G/on-hand").array().getJsonObject(0);
        JsonObject item = planner.get("api/items/" + row.getString("item")).object();
        String code = item.getString("code");

        ApiClient.Answer serial = planner.put("api/items/" + code, item(item, !item.getBoolean("serialTracked"),
                shelfLife(item), item.getString("unitZh"), item.getString("unitEn")));
        assertEquals(409, serial.status(), serial.raw());
        assertEquals(List.of("item.serialTracking.inUse"), strings(serial.object(), "codes"));

        ApiClient.Answer batch = planner.put("api/items/" + code, item(item, item.getBoolean("serialTracked"),
                shelfLife(item) == null ? Integer.valueOf(12) : null, item.getString("unitZh"), item.getString("unitEn")));
        assertEquals(409, batch.status(), batch.raw());
        assertEquals(List.of("item.batchTracking.inUse"), strings(batch.object(), "codes"));

        ApiClient.Answer unit = planner.put("api/items/" + code, item(item, item.getBoolean("serialTracked"),
                shelfLife(item), "箱", "carton"));
        assertEquals(409, unit.status(), unit.raw());
        assertTrue(unit.raw().contains("cannot change"), unit.raw());

        ApiClient.Answer price = planner.put("api/items/" + code, item(item, item.getBoolean("serialTracked"),
                shelfLife(item), item.getString("unitZh"), item.getString("unitEn"))
                .replace("\"unitPrice\":" + item.get("unitPrice"), "\"unitPrice\":9.90"));
        assertEquals(200, price.status(), "other fields may change: " + price.raw());
        assertEquals("9.9", price.object().getJsonNumber("unitPrice").bigDecimalValue().stripTrailingZeros()
                .toPlainString());
    }

    @Test
    void suppliersAndTurbinesAreThePlanningOffices() {
        ApiClient planner = as("planner");
        String supplier = "SUP-T" + RUN;
        ApiClient.Answer created = planner.post("api/suppliers", "{\"code\":\"" + supplier
                + "\",\"nameZh\":\"测试供应商\",\"nameEn\":\"Test Supplier Co.\"}");
        assertEquals(201, created.status(), created.raw());
        assertEquals(200, planner.put("api/suppliers/" + supplier, "{\"nameZh\":\"测试供应商有限公司\","
                + "\"nameEn\":\"Test Supplier Ltd.\",\"version\":" + created.object().getInt("version") + "}")
                .status());
        assertEquals("Test Supplier Ltd.", as("accountant").get("api/suppliers/" + supplier).object().getString("nameEn"));
        assertEquals(409, planner.post("api/suppliers", "{\"code\":\"" + supplier
                + "\",\"nameZh\":\"重复\",\"nameEn\":\"Twice\"}").status());
        assertEquals(403, as("keeper").post("api/suppliers", "{\"code\":\"SUP-K" + RUN
                + "\",\"nameZh\":\"无权\",\"nameEn\":\"No\"}").status());

        String turbine = "T" + RUN.substring(Math.max(0, RUN.length() - 5));
        ApiClient.Answer added = planner.post("api/sites/ZBET/turbines", "{\"turbineNo\":\"" + turbine
                + "\",\"model\":\"SL1500\"}");
        assertEquals(201, added.status(), added.raw());
        ApiClient.Answer changed = planner.put("api/sites/ZBET/turbines/" + turbine, "{\"model\":\"SL3000\","
                + "\"version\":" + added.object().getInt("version") + "}");
        assertEquals(200, changed.status(), changed.raw());
        assertTrue(as("keeper").get("api/sites/ZBET/turbines").array().stream().map(JsonValue::asJsonObject)
                .anyMatch(t -> t.getString("turbineNo").equals(turbine) && t.getString("model").equals("SL3000")),
                "the site's keeper sees the turbine as changed");
        assertEquals(409, planner.post("api/sites/ZBET/turbines", "{\"turbineNo\":\"" + turbine
                + "\",\"model\":\"SL1500\"}").status());
        assertEquals(403, as("keeper").post("api/sites/ZBET/turbines", "{\"turbineNo\":\"K1\",\"model\":\"SL1500\"}")
                .status());
        assertEquals(404, as("keeper").get("api/sites/GZBD/turbines").status(), "another BU's site does not exist");
        assertEquals(422, planner.post("api/sites/NC/turbines", "{\"turbineNo\":\"A1\",\"model\":\"SL1500\"}")
                .status(), "a BU has no turbines");
    }

    @Test
    void twoPlannersCreatingTheSameCodeAtOnceGetOneSuccessAndOneConflict() throws Exception {
        String supplier = "SUP-R" + RUN;
        String body = "{\"code\":\"" + supplier + "\",\"nameZh\":\"并发\",\"nameEn\":\"Race\"}";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> as("planner").post("api/suppliers", body).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeepersRequestWithPhotosBecomesAnItemWhoseCodeTheKeeperSees() {
        ApiClient keeper = as("keeper");
        byte[] png = TestPictures.png(Color.ORANGE);
        byte[] jpeg = TestPictures.jpeg(Color.BLUE);
        ApiClient.Answer submitted = keeper.post("api/item-requests", request(null, "偏航刹车片 " + RUN, "φ120 铜基",
                "片", png, jpeg));
        assertEquals(201, submitted.status(), submitted.raw());
        JsonObject request = submitted.object();
        long id = request.getJsonNumber("id").longValue();
        assertEquals("ZBET", request.getString("orgUnit"), "the keeper's own site");
        assertEquals("OPEN", request.getString("status"));
        assertEquals(2, request.getJsonArray("photos").size());

        ApiClient planner = as("planner");
        assertTrue(planner.get("api/item-requests?status=OPEN&size=500").raw().contains("\"id\":" + id + ","));
        ApiClient.BinaryAnswer photo = planner.getBytes("api/item-requests/" + id + "/photos/2");
        assertEquals(200, photo.status());
        assertTrue(photo.contentType().startsWith("image/jpeg"), photo.contentType());
        assertArrayEquals(jpeg, photo.body());
        assertEquals(200, as("manager").getBytes("api/item-requests/" + id + "/photos/1").status(),
                "the site's BU sees it");

        assertEquals(403, keeper.post("api/item-requests/" + id + "/create-item", item("YB-" + RUN, "x", "x", "片",
                "pcs", null, false, 0)).status());
        String code = planner.get("api/items/next-code?category=SPARE&group=YAW").object().getString("code");
        ApiClient.Answer made = planner.post("api/item-requests/" + id + "/create-item", item(code, "偏航刹车片",
                "Yaw brake pad", "片", "pcs", null, false, request.getInt("version")));
        assertEquals(201, made.status(), made.raw());

        JsonObject seen = keeper.get("api/item-requests/" + id).object();
        assertEquals("CREATED", seen.getString("status"));
        assertEquals(code, seen.getString("itemCode"));
        assertEquals("planner", seen.getString("decidedBy"));
        assertEquals(409, planner.post("api/item-requests/" + id + "/reject", "{\"reason\":\"late\"}").status(),
                "a decided request stays decided");

        List<String> audit = auditDetails(planner, String.valueOf(id));
        assertTrue(audit.stream().anyMatch(a -> a.startsWith("keeper ITEM_REQUESTED")), audit.toString());
        assertTrue(audit.stream().anyMatch(a -> a.startsWith("planner ITEM_REQUEST_FULFILLED") && a.endsWith(code)),
                audit.toString());
    }

    @Test
    void thePlanningOfficeRejectsARequestWithAReasonTheRequesterReads() {
        ApiClient accountant = as("accountant");
        ApiClient.Answer submitted = accountant.post("api/item-requests", request("WCYD", "安全带 " + RUN, "全身式",
                "条", TestPictures.png(Color.RED)));
        assertEquals(201, submitted.status(), submitted.raw());
        long id = submitted.object().getJsonNumber("id").longValue();

        ApiClient planner = as("planner");
        assertEquals(422, planner.post("api/item-requests/" + id + "/reject", "{\"reason\":\"  \"}").status(),
                "a rejection says why");
        ApiClient.Answer rejected = planner.post("api/item-requests/" + id + "/reject",
                "{\"reason\":\"已有编码 TL-GNL-0001\",\"version\":" + submitted.object().getInt("version") + "}");
        assertEquals(200, rejected.status(), rejected.raw());
        JsonObject seen = accountant.get("api/item-requests/" + id).object();
        assertEquals("REJECTED", seen.getString("status"));
        assertEquals("已有编码 TL-GNL-0001", seen.getString("rejectionReason"));
        assertTrue(auditDetails(planner, String.valueOf(id)).stream()
                .anyMatch(a -> a.startsWith("planner ITEM_REQUEST_REJECTED")));
    }

    @Test
    void requestsOutsideTheCallersScopeDoNotExist() {
        ApiClient.Answer submitted = as("keeper").post("api/item-requests", request(null, "密封圈 " + RUN, null, "个",
                TestPictures.png(Color.GREEN)));
        long id = submitted.object().getJsonNumber("id").longValue();

        ApiClient otherBu = as("accountant.nw");
        assertEquals(404, otherBu.get("api/item-requests/" + id).status());
        assertEquals(404, otherBu.getBytes("api/item-requests/" + id + "/photos/1").status());
        assertFalse(otherBu.get("api/item-requests?size=500").raw().contains("\"id\":" + id + ","));
        assertEquals(404, as("planner").getBytes("api/item-requests/" + id + "/photos/9").status());

        ApiClient.Answer nwRequest = otherBu.post("api/item-requests", request("GZBD", "接地线 " + RUN, null, "根",
                TestPictures.png(Color.GRAY)));
        assertEquals(201, nwRequest.status(), nwRequest.raw());
        long nwId = nwRequest.object().getJsonNumber("id").longValue();
        assertEquals(404, as("keeper").get("api/item-requests/" + nwId).status());
        assertEquals(404, as("manager").get("api/item-requests/" + nwId).status());
        assertEquals(422, as("keeper").post("api/item-requests", request("GZBD", "x", null, "个",
                TestPictures.png(Color.GRAY))).status(), "a keeper asks for the own site only");
        assertEquals(403, as("viewer").get("api/item-requests").status());
        assertEquals(403, as("planner").post("api/item-requests", request("ZBET", "x", null, "个",
                TestPictures.png(Color.GRAY))).status(), "the planning office creates items directly");
    }

    @Test
    void photosMustBeRealPicturesOfAtMostTwoMegabytes() {
        ApiClient keeper = as("keeper").inLanguage("zh-CN");
        ApiClient.Answer notBase64 = keeper.post("api/item-requests", "{\"name\":\"x\",\"unit\":\"个\","
                + "\"photos\":[\"@@not base64@@\"]}");
        assertEquals(400, notBase64.status(), notBase64.raw());
        assertTrue(notBase64.raw().contains("photos[0]"), notBase64.raw());

        ApiClient english = as("keeper");
        ApiClient.Answer text = english.post("api/item-requests", request(null, "x", null, "个",
                TestPictures.png(Color.BLACK), "GIF89a this is not a photo".getBytes()));
        assertEquals(422, text.status(), text.raw());
        assertEquals(List.of("Photo 2 is not a JPEG or PNG picture."), strings(text.object(), "messages"));

        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(TestPictures.png(Color.BLACK), 0, huge, 0, 8);
        ApiClient.Answer tooLarge = english.post("api/item-requests", request(null, "x", null, "个", huge));
        assertEquals(422, tooLarge.status());
        assertEquals(List.of("itemRequest.photo.tooLarge"), strings(tooLarge.object(), "codes"));

        ApiClient.Answer none = keeper.post("api/item-requests", request(null, "x", null, "个"));
        assertEquals(422, none.status());
        assertEquals(List.of("请添加 1 至 5 张存货照片。"), strings(none.object(), "messages"));
    }

    private static String request(String orgUnit, String name, String spec, String unit, byte[]... photos) {
        StringBuilder json = new StringBuilder("{");
        if (orgUnit != null) {
            json.append("\"orgUnit\":\"").append(orgUnit).append("\",");
        }
        json.append("\"name\":\"").append(name).append("\",");
        if (spec != null) {
            json.append("\"spec\":\"").append(spec).append("\",");
        }
        json.append("\"unit\":\"").append(unit).append("\",\"reason\":\"现场维修急需\",\"photos\":[");
        for (int i = 0; i < photos.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(Base64.getEncoder().encodeToString(photos[i])).append('"');
        }
        return json.append("]}").toString();
    }

    private static String item(String code, String nameZh, String nameEn, String unitZh, String unitEn,
            Integer shelfLife, boolean serial, Integer version) {
        return "{" + (code == null ? "" : "\"code\":\"" + code + "\",") + "\"nameZh\":\"" + nameZh + "\",\"nameEn\":\""
                + nameEn + "\",\"spec\":\"DN50\",\"unitZh\":\"" + unitZh + "\",\"unitEn\":\"" + unitEn
                + "\",\"category\":\"SPARE\",\"repairClass\":\"I\",\"unitPrice\":120.50,\"shelfLifeMonths\":"
                + shelfLife + ",\"serialTracked\":" + serial + ",\"turbineModels\":\"SL1500\",\"version\":" + version
                + "}";
    }

    /** An existing item as read, with tracking and unit replaced. */
    private static String item(JsonObject item, boolean serial, Integer shelfLife, String unitZh, String unitEn) {
        return "{\"nameZh\":\"" + item.getString("nameZh") + "\",\"nameEn\":\"" + item.getString("nameEn")
                + "\",\"spec\":" + item.get("spec") + ",\"turbineModels\":" + item.get("turbineModels")
                + ",\"unitZh\":\"" + unitZh + "\",\"unitEn\":\"" + unitEn + "\",\"category\":\""
                + item.getString("category") + "\",\"repairClass\":\"" + item.getString("repairClass")
                + "\",\"unitPrice\":" + item.get("unitPrice") + ",\"shelfLifeMonths\":" + shelfLife
                + ",\"serialTracked\":" + serial + ",\"version\":" + item.getInt("version") + "}";
    }

    private static Integer shelfLife(JsonObject item) {
        // the API leaves out what an item does not have
        return !item.containsKey("shelfLifeMonths") || item.isNull("shelfLifeMonths") ? null
                : item.getInt("shelfLifeMonths");
    }

    private static JsonObject storeOf(ApiClient api, String code) {
        return api.get("api/stores?size=500").array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no store " + code));
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    /** "actor ACTION detail" of the audit entries about a subject. */
    private static List<String> auditDetails(ApiClient api, String subject) {
        ApiClient.Answer answer = api.get("api/audit?subject=" + subject);
        assertEquals(200, answer.status(), answer.raw());
        return answer.array().stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("actor") + " " + e.getString("action") + " "
                        + (e.isNull("detail") ? "" : e.getString("detail")))
                .toList();
    }
}
