package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The audit trail on screen: the planning office finds a deleted document's entries and opens its
 * history from them (made, reviewed, unreviewed, deleted, and by whom); the administrator, who reads
 * no documents, sees the entries but no history to open.
 */
@OnSharedServer
class AuditBrowserIT extends BrowserTestBase {

    @ServerBase
    private URL base;

    @Test
    void theHistoryOfADeletedDocumentOpensFromItsAuditEntries() throws Exception {
        String number = deletedDocument();

        logIn(base, "planner");
        open(base, "/audit/log.xhtml");
        type("filters:subject", number);
        click("filters:search");
        String entries = text("results:events");
        assertTrue(entries.contains("Document deleted") && entries.contains(number), entries);
        Object counted = ((JavascriptExecutor) browser)
                .executeScript("return PrimeFaces.widgets['widget_results_events'].cfg.paginator.rowCount");
        assertEquals(ApiClient.as(base, "planner", "demo").getPage("api/audit?subject=" + number + "&size=1").total(),
                ((Number) counted).longValue(), "the table counts in the database what the REST list counts");
        click("results:events:0:documentHistory");
        element("historyDialog");
        assertEquals(number, text("historyForm:number"));
        assertEquals("Deleted", text("historyForm:status"));
        String history = text("historyForm:history");
        for (String row : new String[] {"keeper Entered", "accountant Reviewed", "planner Unreviewed", "keeper Deleted"}) {
            assertTrue(history.contains(row), row + " in\n" + history);
        }
        assertTrue(history.indexOf("Entered") < history.indexOf("Deleted"), "oldest first:\n" + history);
        screenshot("audit-01-deleted-document-history");

        open(base, "/audit/log.xhtml");
        clickAndLoad("nav:langZh");
        type("filters:subject", number);
        click("filters:search");
        click("results:events:0:documentHistory");
        element("historyDialog");
        assertEquals("已删除", text("historyForm:status"));
        screenshot("audit-02-deleted-document-history-zh");
        open(base, "/audit/log.xhtml");
        logOut();

        logIn(base, "admin");
        open(base, "/audit/log.xhtml");
        type("filters:subject", number);
        click("filters:search");
        assertTrue(text("results:events").contains(number), text("results:events"));
        assertTrue(browser.findElements(By.id("results:events:0:documentHistory")).isEmpty(),
                "the administrator reads no documents, so no history opens");
    }

    /** A receipt the keeper entered, the accountant reviewed, the planner unreviewed and the keeper deleted. */
    private String deletedDocument() {
        ApiClient keeper = ApiClient.as(base, "keeper", "demo");
        ApiClient.Answer created = keeper.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"ZBET-G\","
                + "\"supplier\":\"SUP-001\",\"date\":\"2026-11-20\",\"lines\":[{\"item\":\"SP-GBX-0006\",\"quantity\":1}]}");
        assertEquals(201, created.status(), created.raw());
        JsonObject document = created.object();
        String path = "api/documents/" + document.getJsonNumber("id").longValue();
        assertEquals(200, ApiClient.as(base, "accountant", "demo").post(path + "/review", null).status());
        assertEquals(200, ApiClient.as(base, "planner", "demo").post(path + "/unreview", null).status());
        assertEquals(204, keeper.delete(path).status());
        return document.getString("number");
    }
}
