package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * Receiving controls through the REST API (3篇 1.2): a delivery is booked only with its delivery note
 * or, without papers, on the shipper's confirmation, and then stays flagged until its papers are
 * attached; it is counted within five working days of arriving, and the late ones are on the site's
 * and the BU's lists; a discrepancy report with a photo goes to the site chief and the BU and is
 * settled by the return that puts it right.
 */
@OnSharedServer
class ReceivingApiIT {

    private static final String STORE = "ZBET-G";
    private static final String ITEM = "SP-GBX-0006";

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    private static String delivery(String papers, LocalDate arrivedOn, int quantity) {
        return "{\"category\":\"PURCHASE\",\"store\":\"" + STORE + "\",\"supplier\":\"SUP-001\",\"date\":\""
                + LocalDate.now() + "\"," + papers + (arrivedOn == null ? "" : "\"arrivedOn\":\"" + arrivedOn + "\",")
                + "\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":" + quantity + "}]}";
    }

    @Test
    void aDeliveryIsBookedWithItsPapersOrOnTheShippersWordUntilThePapersCome() {
        ApiClient keeper = as("keeper");
        ApiClient accountant = as("accountant");
        JsonObject bare = created(keeper.post("api/documents", delivery("", null, 1)));
        assertRefused(accountant.post("api/documents/" + bare.getJsonNumber("id") + "/review", null), 409,
                "document.papers.missing");

        JsonObject onWord = created(keeper.post("api/documents", delivery(
                "\"shipperConfirmation\":\"承运人李师傅电话确认 driver Li by phone\",", null, 2)));
        assertTrue(onWord.getBoolean("provisional"));
        JsonObject booked = created(accountant.post("api/documents/" + onWord.getJsonNumber("id") + "/review", null));
        assertEquals("REVIEWED", booked.getString("status"));
        assertTrue(numbers(keeper.get("api/receiving/without-papers")).contains(onWord.getString("number")),
                "flagged on the site's list");
        assertTrue(numbers(accountant.get("api/receiving/without-papers")).contains(onWord.getString("number")),
                "and the BU's");
        assertEquals(403, as("viewer").put("api/documents/" + onWord.getJsonNumber("id") + "/papers",
                "{\"deliveryNote\":\"DN-X\"}").status());
        JsonObject attached = created(keeper.put("api/documents/" + onWord.getJsonNumber("id") + "/papers",
                "{\"deliveryNote\":\"DN-20261204-77\"}"));
        assertEquals("DN-20261204-77", attached.getString("deliveryNote"));
        assertFalse(attached.containsKey("provisional"));
        assertEquals("REVIEWED", attached.getString("status"), "attaching papers moves no stock");
        assertFalse(numbers(keeper.get("api/receiving/without-papers")).contains(onWord.getString("number")));
        assertTrue(keeper.get("api/documents/" + onWord.getJsonNumber("id") + "/history").raw()
                .contains("DN-20261204-77"), "the history keeps the papers attached");
        assertRefused(keeper.put("api/documents/" + bare.getJsonNumber("id") + "/papers", "{\"deliveryNote\":\" \"}"),
                422, "document.deliveryNote.required");
    }

    @Test
    void deliveriesAreCountedWithinFiveWorkingDaysAndTheLateOnesAreListed() {
        ApiClient keeper = as("keeper");
        LocalDate longAgo = LocalDate.now().minusDays(12);
        JsonObject late = created(keeper.post("api/documents", delivery("\"deliveryNote\":\"DN-LATE\",", longAgo, 1)));
        JsonObject fresh = created(keeper.post("api/documents", delivery("\"deliveryNote\":\"DN-NEW\",",
                LocalDate.now(), 1)));
        assertEquals(longAgo.toString(), late.getString("arrivedOn"));
        LocalDate due = LocalDate.parse(late.getString("countDue"));
        assertEquals(5, workingDaysBetween(longAgo, due), "five working days after arrival");

        List<JsonObject> overdue = keeper.get("api/receiving/to-count?overdue=true").array().stream()
                .map(JsonValue::asJsonObject).toList();
        JsonObject row = overdue.stream().filter(r -> r.getString("number").equals(late.getString("number")))
                .findFirst().orElseThrow(() -> new AssertionError("not on the overdue list: " + overdue));
        assertTrue(row.getBoolean("overdue"));
        assertTrue(row.getInt("daysOverdue") > 0);
        assertFalse(overdue.stream().anyMatch(r -> r.getString("number").equals(fresh.getString("number"))));
        assertTrue(numbers(as("accountant").get("api/receiving/to-count")).contains(fresh.getString("number")),
                "the BU sees what its sites have to count");
        assertFalse(numbers(as("accountant.nw").get("api/receiving/to-count")).contains(fresh.getString("number")),
                "another BU does not");
        assertRefused(keeper.post("api/documents", delivery("\"deliveryNote\":\"DN-X\",", LocalDate.now().plusDays(1),
                1)), 422, "document.arrivedOn.afterDate");
    }

    @Test
    void aDiscrepancyReportWithAPhotoGoesToTheSiteChiefAndTheBuUntilItsReturnSettlesIt() {
        ApiClient keeper = as("keeper");
        ApiClient accountant = as("accountant");
        JsonObject receipt = created(keeper.post("api/documents", delivery("\"deliveryNote\":\"DN-DMG\",", null, 3)));
        created(accountant.post("api/documents/" + receipt.getJsonNumber("id") + "/review", null));

        assertRefused(keeper.post("api/receiving/discrepancies", "{\"receipt\":\"" + receipt.getString("number")
                + "\",\"kind\":\"SHORT\",\"description\":\"one missing\"}"), 422, "discrepancy.quantity.required");
        assertEquals(403, as("chief").post("api/receiving/discrepancies", "{\"receipt\":\"" + receipt.getString("number")
                + "\",\"kind\":\"DAMAGED_GOODS\",\"description\":\"x\"}").status(), "the site chief reads, the keeper writes");
        JsonObject report = created(keeper.post("api/receiving/discrepancies", "{\"receipt\":\""
                + receipt.getString("number") + "\",\"kind\":\"DAMAGED_GOODS\",\"item\":\"" + ITEM
                + "\",\"quantity\":1,\"description\":\"外箱压损，一件齿轮箱加热器壳体开裂 crushed box, one heater cracked\"}"));
        assertTrue(report.getString("number").matches("DIS-\\d{4}-\\d{6}"), report.getString("number"));
        String path = "api/receiving/discrepancies/" + report.getJsonNumber("id");
        ApiClient.Answer photo = keeper.postBytes(path + "/photos", "image/png", TestPictures.png(java.awt.Color.RED));
        assertEquals(201, photo.status(), photo.raw());
        assertEquals(1, photo.object().getInt("photos"));
        ApiClient.BinaryAnswer picture = as("chief").getBytes(path + "/photos/1");
        assertEquals(200, picture.status(), "the site chief sees the photo");
        assertTrue(numbers(as("chief").get("api/receiving/discrepancies")).contains(report.getString("number")));
        assertTrue(numbers(as("manager").get("api/receiving/discrepancies")).contains(report.getString("number")),
                "and the BU");
        assertFalse(numbers(as("accountant.nw").get("api/receiving/discrepancies")).contains(report.getString("number")));

        assertRefused(keeper.post(path + "/settle", "{\"document\":\"" + receipt.getString("number") + "\"}"), 422,
                "discrepancy.settle.invalid");
        JsonObject materialReturn = created(keeper.post("api/documents", "{\"category\":\"MATERIAL_RETURN\",\"store\":\""
                + STORE + "\",\"reverses\":\"" + receipt.getString("number") + "\",\"date\":\"" + LocalDate.now()
                + "\",\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":-1}]}"));
        JsonObject settled = created(keeper.post(path + "/settle", "{\"document\":\"" + materialReturn.getString("number")
                + "\"}"));
        assertTrue(settled.getBoolean("settled"));
        assertEquals(materialReturn.getString("number"), settled.getString("settledBy"));
        assertFalse(numbers(keeper.get("api/receiving/discrepancies")).contains(report.getString("number")),
                "no longer open");
        assertTrue(numbers(keeper.get("api/receiving/discrepancies?open=false")).contains(report.getString("number")));
        assertRefused(keeper.postBytes(path + "/photos", "image/png", TestPictures.png(java.awt.Color.RED)), 409, "discrepancy.settled");
    }

    private static long workingDaysBetween(LocalDate from, LocalDate to) {
        return from.datesUntil(to).skip(1).filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
                && d.getDayOfWeek() != DayOfWeek.SUNDAY).count() + 1;
    }

    private static List<String> numbers(ApiClient.Answer answer) {
        assertEquals(200, answer.status(), answer.raw());
        return answer.array().stream().map(v -> v.asJsonObject().getString("number")).toList();
    }

    private static JsonObject created(ApiClient.Answer answer) {
        assertTrue(answer.status() == 200 || answer.status() == 201, answer.raw());
        return answer.object();
    }

    private static void assertRefused(ApiClient.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.raw());
        assertTrue(answer.raw().contains(code), answer.raw());
    }
}
