package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stock check finds what was written outside the posting path: balances changed by SQL (through
 * {@link StockCheckPlanter}) are reported against their ledger and, for a serial-tracked item, against
 * its serial units, in store and item order, a page at a time with their number and the links to the
 * neighbouring pages; once taken back, the books agree again.
 */
@ExtendWith(ArquillianExtension.class)
class StockCheckIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.fieldstockWar().addClasses(StockCheckPlanter.class);
    }

    @Test
    void balancesWrittenBySqlAreFoundPageByPageUntilTheyAreTakenBack() {
        ApiClient planner = ApiClient.as(base, "planner", "demo");
        assertEquals(0, planner.getPage("api/stock-check").rows().size(), "the demo's books agree");

        List<String> plain = lines(planner.post("api/it/stock-check-planter/balances?serial=false&max=3", null));
        List<String> serial = lines(planner.post("api/it/stock-check-planter/balances?serial=true&max=1", null));
        assertEquals(3, plain.size(), "three balances of plain items: " + plain);
        assertEquals(1, serial.size(), "a balance of a serial-tracked item: " + serial);
        List<String> planted = new ArrayList<>(plain);
        planted.addAll(serial);
        try {
            for (String balance : planted) {
                assertEquals("1", planner.post("api/it/stock-check-planter/" + balance.replace(' ', '/') + "?by=1.5",
                        null).raw().strip(), balance);
            }
            // each plain balance against its ledger; the serial one against its ledger and its serials
            ApiClient.PageAnswer first = planner.getPage("api/stock-check?size=3");
            assertEquals(200, first.status(), first.raw());
            assertEquals(5L, first.total(), "five discrepancies in all: " + first.raw());
            assertEquals(3, first.rows().size());
            assertNotNull(first.next(), "a link to the next page");
            assertNull(first.prev(), "the first page has none before it");
            ApiClient.PageAnswer second = planner.getPage(first.next());
            assertEquals(2, second.rows().size(), second.raw());
            assertNull(second.next(), "nothing after the last page");
            assertNotNull(second.prev());

            List<JsonObject> found = new ArrayList<>();
            first.rows().stream().map(JsonValue::asJsonObject).forEach(found::add);
            second.rows().stream().map(JsonValue::asJsonObject).forEach(found::add);
            List<String> keys = found.stream().map(d -> d.getString("storeCode") + " " + d.getString("itemCode")
                    + " " + d.getString("comparedWith")).toList();
            List<String> sorted = new ArrayList<>(keys);
            sorted.sort(null);
            assertEquals(sorted.stream().map(k -> k.substring(0, k.lastIndexOf(' '))).toList(),
                    keys.stream().map(k -> k.substring(0, k.lastIndexOf(' '))).toList(), "by store and item: " + keys);
            for (String balance : plain) {
                assertTrue(keys.contains(balance + " LEDGER"), balance + " against its ledger: " + keys);
            }
            assertTrue(keys.contains(serial.get(0) + " LEDGER") && keys.contains(serial.get(0) + " SERIALS"),
                    "the serial-tracked balance against its ledger and its serial units: " + keys);
            for (JsonObject d : found) {
                BigDecimal difference = d.getJsonNumber("balance").bigDecimalValue()
                        .subtract(d.getJsonNumber("expected").bigDecimalValue());
                assertEquals(0, difference.compareTo(new BigDecimal("1.5")), "the balance is 1.5 above: " + d);
            }

            assertEquals(422, planner.get("api/stock-check?page=-1").status(), "a page below zero");
            assertEquals(422, planner.get("api/stock-check?size=0").status(), "a page of no rows");
        } finally {
            for (String balance : planted) {
                planner.post("api/it/stock-check-planter/" + balance.replace(' ', '/') + "?by=-1.5", null);
            }
        }
        assertEquals(0, planner.getPage("api/stock-check").rows().size(), "taken back, the books agree again");
    }

    private static List<String> lines(ApiClient.Answer answer) {
        assertEquals(200, answer.status(), answer.raw());
        return answer.array().getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }
}
