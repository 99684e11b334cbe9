package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * What every call of the API has in common: decimals written out in full.
 */
@OnSharedServer
class ApiConventionsIT {

    private static final String STORE = "WCYD-G";
    /** Counted in whole pieces, tracked neither way. */
    private static final String WHOLE_ITEM = "SP-GBX-0006";
    /** Weighed in kg, so decimals are allowed. */
    private static final String MEASURED_ITEM = "CS-GNL-0013";
    /** A JSON number written in scientific notation: 1E+1, 2.5e-3. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[:\\[,]\\s*-?\\d+(\\.\\d+)?[eE][+-]?\\d");

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    private static String receipt(String linesJson) {
        return "{\"category\":\"PURCHASE\",\"store\":\"" + STORE + "\",\"supplier\":\"SUP-001\",\"date\":\"2026-11-20\","
                + "\"lines\":[" + linesJson + "]}";
    }

    @Test
    void quantitiesAndAmountsAreWrittenAsPlainDecimals() {
        ApiClient accountant = as("accountant");
        ApiClient.Answer created = accountant.post("api/documents", receipt("{\"item\":\"" + WHOLE_ITEM
                + "\",\"quantity\":10},{\"item\":\"" + MEASURED_ITEM + "\",\"quantity\":1.50}"));
        assertEquals(201, created.status(), created.raw());
        assertTrue(created.raw().contains("\"quantity\":10,"), created.raw());
        assertTrue(created.raw().contains("\"quantity\":1.5,"), created.raw());
        assertFalse(SCIENTIFIC.matcher(created.raw()).find(), created.raw());
        long id = created.object().getJsonNumber("id").longValue();

        ApiClient.Answer reviewed = accountant.post("api/documents/" + id + "/review", null);
        assertEquals(200, reviewed.status(), reviewed.raw());
        ApiClient.Answer ledger = accountant.get("api/documents/" + id + "/ledger");
        assertTrue(ledger.raw().contains("\"quantity\":10,"), ledger.raw());
        assertFalse(SCIENTIFIC.matcher(ledger.raw()).find(), ledger.raw());
        ApiClient.Answer onHand = accountant.get("api/stores/" + STORE + "/on-hand");
        assertFalse(SCIENTIFIC.matcher(onHand.raw()).find(), onHand.raw());

        ApiClient planner = as("planner");
        String code = planner.get("api/items/next-code?category=SPARE&group=GBX").object().getString("code");
        ApiClient.Answer item = planner.post("api/items", "{\"code\":\"" + code + "\",\"nameZh\":\"测试价格件\","
                + "\"nameEn\":\"Price test part\",\"unitZh\":\"个\",\"unitEn\":\"pcs\",\"category\":\"SPARE\","
                + "\"repairClass\":\"I\",\"unitPrice\":1.5,\"serialTracked\":false}");
        assertEquals(201, item.status(), item.raw());
        assertTrue(Pattern.compile("\"unitPrice\":1\\.50?[,}]").matcher(item.raw()).find(), item.raw());
        ApiClient.Answer tenYuan = planner.put("api/items/" + code, "{\"nameZh\":\"测试价格件\",\"nameEn\":\"Price test part\","
                + "\"unitZh\":\"个\",\"unitEn\":\"pcs\",\"category\":\"SPARE\",\"repairClass\":\"I\",\"unitPrice\":1E+1,"
                + "\"serialTracked\":false,\"version\":" + item.object().getInt("version") + "}");
        assertEquals(200, tenYuan.status(), tenYuan.raw());
        assertTrue(Pattern.compile("\"unitPrice\":10(\\.00?)?[,}]").matcher(tenYuan.raw()).find(), tenYuan.raw());
    }
}
