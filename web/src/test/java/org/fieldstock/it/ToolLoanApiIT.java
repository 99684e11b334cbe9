package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * Tool loans (临时领用表) through the REST API: a keeper lends a site's tools, never more than the
 * store holds and has not lent, a tracked tool by a serial in the store; lending moves no stock; the
 * overdue loans are on the site's and the BU's lists and nobody else's; a tool taken back damaged is
 * moved to the damaged store by a storage-damage document the BU reviews; the printed form.
 */
@OnSharedServer
class ToolLoanApiIT {

    private static final String STORE = "ZBET-G";
    /** An infrared thermometer: a tool counted in units, not kept by serial. */
    private static final String THERMOMETER = "TL-GNL-0012";
    /** A hydraulic torque wrench: kept by serial. */
    private static final String WRENCH = "TL-GNL-0001";

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    private static String loan(String item, String serialOrNull, int quantity, LocalDate lentOn, LocalDate dueOn) {
        return "{\"store\":\"" + STORE + "\",\"item\":\"" + item + "\","
                + (serialOrNull == null ? "\"quantity\":" + quantity + "," : "\"serial\":\"" + serialOrNull + "\",")
                + "\"borrower\":\"检修一班 Maintenance team 1\",\"purpose\":\"A07 gearbox\",\"lentOn\":\"" + lentOn
                + "\",\"dueOn\":\"" + dueOn + "\"}";
    }

    @Test
    void aKeeperLendsNoMoreThanTheStoreHoldsAndLendingMovesNoStock() {
        ApiClient accountant = as("accountant");
        ApiClient keeper = as("keeper");
        accountant.receive(STORE, THERMOMETER, 2);
        BigDecimal onHand = accountant.onHand(STORE, THERMOMETER);
        BigDecimal out = outOnLoan(keeper, THERMOMETER);
        int free = onHand.subtract(out).intValueExact();
        LocalDate today = LocalDate.now();

        ApiClient.Answer lent = keeper.post("api/tool-loans", loan(THERMOMETER, null, free, today, today.plusDays(3)));
        assertEquals(201, lent.status(), lent.raw());
        JsonObject loan = lent.object();
        assertTrue(loan.getString("number").matches("LOAN-\\d{4}-\\d{6}"), loan.getString("number"));
        assertTrue(loan.getBoolean("out"));
        assertFalse(loan.getBoolean("overdue"));
        assertEquals("keeper", loan.getString("lentBy"));
        assertEquals(0, onHand.compareTo(accountant.onHand(STORE, THERMOMETER)), "the tool stays on hand, lent");

        assertRefused(keeper.post("api/tool-loans", loan(THERMOMETER, null, 1, today, today.plusDays(3))), 409,
                "loan.exceedsOnHand");
        long issue = created(accountant.post("api/documents", "{\"category\":\"SELF_USE\",\"store\":\"" + STORE
                + "\",\"date\":\"" + today + "\",\"lines\":[{\"item\":\"" + THERMOMETER + "\",\"quantity\":1}]}"))
                .getJsonNumber("id").longValue();
        assertRefused(accountant.post("api/documents/" + issue + "/review", null), 409, "loan.toolsLent");
        assertEquals(0, onHand.compareTo(accountant.onHand(STORE, THERMOMETER)), "what is lent is not issued");
        assertEquals(204, accountant.delete("api/documents/" + issue).status());
        assertRefused(keeper.post("api/tool-loans", loan("SP-GBX-0006", null, 1, today, today)), 422, "loan.item.notTool");
        assertRefused(keeper.post("api/tool-loans", loan(THERMOMETER, null, 1, today, today.minusDays(1))), 422,
                "loan.due.beforeLent");
        assertRefused(keeper.post("api/tool-loans", loan(THERMOMETER, null, 1, today, today).replace("ZBET-G",
                "ZBET-D")), 422, "loan.store.notGood");
        assertEquals(404, keeper.post("api/tool-loans", loan(THERMOMETER, null, 1, today, today).replace("ZBET-G",
                "GZBD-G")).status(), "another BU's store does not exist for the keeper");
        assertEquals(403, as("viewer").post("api/tool-loans", loan(THERMOMETER, null, 1, today, today)).status());
        assertEquals(403, as("manager").post("api/tool-loans", loan(THERMOMETER, null, 1, today, today)).status());

        ApiClient.Answer back = keeper.post("api/tool-loans/" + loan.getJsonNumber("id") + "/return",
                "{\"condition\":\"FINE\",\"version\":" + loan.getInt("version") + "}");
        assertEquals(200, back.status(), back.raw());
        assertFalse(back.object().getBoolean("out"));
        assertEquals("FINE", back.object().getString("condition"));
        assertEquals(today.toString(), back.object().getString("returnedOn"));
        assertRefused(keeper.post("api/tool-loans/" + loan.getJsonNumber("id") + "/return", "{\"condition\":\"FINE\"}"),
                409, "loan.returned");
        assertEquals(201, keeper.post("api/tool-loans", loan(THERMOMETER, null, 1, today, today)).status(),
                "what came back may be lent again");
    }

    @Test
    void aTrackedToolIsLentByASerialInTheStoreAndComesBackDamagedToTheDamagedStore() {
        ApiClient accountant = as("accountant");
        ApiClient keeper = as("keeper");
        String serial = "TW" + Long.toString(System.nanoTime(), 36).toUpperCase();
        JsonObject receipt = accountant.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + STORE
                + "\",\"supplier\":\"SUP-001\",\"date\":\"" + LocalDate.now() + "\",\"lines\":[{\"item\":\"" + WRENCH
                + "\",\"quantity\":1,\"serials\":[\"" + serial + "\"]}]}").object();
        assertEquals(200, accountant.post("api/documents/" + receipt.getJsonNumber("id") + "/review", null).status());
        LocalDate today = LocalDate.now();
        BigDecimal damagedBefore = accountant.onHand("ZBET-D", WRENCH);

        assertRefused(keeper.post("api/tool-loans", loan(WRENCH, null, 1, today, today)), 422, "loan.serial.required");
        assertRefused(keeper.post("api/tool-loans", loan(WRENCH, serial + "X", 0, today, today)), 409,
                "stock.serial.notInStore");
        JsonObject loan = created(keeper.post("api/tool-loans", loan(WRENCH, serial, 0, today.minusDays(10),
                today.minusDays(3))));
        assertEquals(serial, loan.getString("serial"));
        assertEquals(1, loan.getInt("quantity"));
        assertTrue(loan.getBoolean("overdue"));
        assertEquals(3, loan.getInt("daysOverdue"));
        assertRefused(keeper.post("api/tool-loans", loan(WRENCH, serial, 0, today, today)), 409, "loan.serial.lent");
        long issue = created(keeper.post("api/documents", "{\"category\":\"SELF_USE\",\"store\":\"" + STORE
                + "\",\"date\":\"" + today + "\",\"lines\":[{\"item\":\"" + WRENCH + "\",\"quantity\":1,"
                + "\"serials\":[\"" + serial + "\"]}]}")).getJsonNumber("id").longValue();
        assertRefused(accountant.post("api/documents/" + issue + "/review", null), 409, "loan.serial.lentOut");
        assertEquals("SAVED", accountant.get("api/documents/" + issue).object().getString("status"),
                "a lent tool is not issued; nothing moved");
        assertEquals(204, keeper.delete("api/documents/" + issue).status());

        assertTrue(numbers(accountant.get("api/tool-loans?overdue=true")).contains(loan.getString("number")),
                "on the BU's overdue list");
        assertTrue(numbers(keeper.get("api/tool-loans?store=" + STORE + "&overdue=true")).contains(
                loan.getString("number")), "on the site's overdue list");
        assertFalse(numbers(as("accountant.nw").get("api/tool-loans?overdue=true")).contains(loan.getString("number")),
                "not on another BU's");
        assertEquals(200, as("accountant.nw").get("api/tool-loans/" + loan.getJsonNumber("id")).status(),
                "accountants read every store");
        assertEquals(403, as("accountant.nw").post("api/tool-loans/" + loan.getJsonNumber("id") + "/return",
                "{\"condition\":\"FINE\"}").status(), "but take back only their own BU's tools");

        ApiClient.BinaryAnswer form = keeper.inLanguage("zh-CN").getBytes("api/tool-loans/" + loan.getJsonNumber("id")
                + "/form");
        assertEquals(200, form.status());
        assertTrue(form.contentType().startsWith("application/pdf"), form.contentType());
        String page = PdfPages.of(form.body()).get(0);
        assertTrue(page.contains("临时领用表") && page.contains(serial) && page.contains("借用人"), page);

        String path = "api/tool-loans/" + loan.getJsonNumber("id") + "/return";
        assertRefused(keeper.post(path, "{\"condition\":\"DAMAGED\"}"), 422, "loan.damage.noteRequired");
        assertRefused(keeper.post(path, "{\"condition\":\"BROKEN\",\"note\":\"x\"}"), 422, "condition");
        JsonObject back = created(keeper.post(path, "{\"condition\":\"DAMAGED\",\"cause\":\"MECHANICAL\","
                + "\"note\":\"方驱断裂 square drive cracked\"}"));
        assertEquals("DAMAGED", back.getString("condition"));
        long damageId = back.getJsonNumber("damageDocumentId").longValue();
        JsonObject damage = accountant.get("api/documents/" + damageId).object();
        assertEquals("STORAGE_DAMAGE", damage.getString("category"));
        assertEquals("SAVED", damage.getString("status"), "the BU reviews it");
        assertEquals(serial, damage.getJsonArray("lines").getJsonObject(0).getJsonArray("serials").getString(0));
        assertEquals(200, accountant.post("api/documents/" + damageId + "/review", null).status());
        assertEquals(0, damagedBefore.add(BigDecimal.ONE).compareTo(accountant.onHand("ZBET-D", WRENCH)),
                "the damaged wrench is in the damaged store");
        assertFalse(numbers(keeper.get("api/tool-loans?overdue=true")).contains(loan.getString("number")));
        assertTrue(numbers(keeper.get("api/tool-loans?out=false")).contains(loan.getString("number")),
                "kept with those taken back");
    }

    private static BigDecimal outOnLoan(ApiClient api, String item) {
        return api.get("api/tool-loans?store=" + STORE).array().stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("item").equals(item))
                .map(l -> l.getJsonNumber("quantity").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
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
