package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A tour as each demo user: the menu offers what the role allows, a document shows the buttons the
 * user may press, and a document outside the user's scope does not exist for them. The
 * administrator creates a user, who must choose a new password at the first sign-in.
 */
@OnSharedServer
class RolesTourBrowserIT extends BrowserTestBase {

    private static final List<String> MENU = List.of("nav:menuDocuments", "nav:menuNew", "nav:menuOnHand",
            "nav:menuLedger", "nav:menuStockCheck", "nav:menuOrgUnits", "nav:menuItems", "nav:menuSuppliers",
            "nav:menuTurbines", "nav:menuItemRequests", "nav:menuUsers", "nav:menuAudit");

    @ServerBase
    private URL base;

    @Test
    void eachDemoUserSeesOnlyWhatTheRoleAllows() throws Exception {
        ApiClient planner = ApiClient.as(base, "planner", "demo");
        long zbetDraft = created(planner.post("api/documents", purchase("ZBET-G")));
        long gzbdDraft = created(planner.post("api/documents", purchase("GZBD-G")));
        long intake = created(planner.post("api/documents", "{\"category\":\"DAMAGE_INTAKE\",\"store\":\"ZBET-D\","
                + "\"date\":\"2026-11-22\",\"lines\":[{\"item\":\"SP-GBX-0006\",\"quantity\":2}]}"));
        assertEquals(200, planner.post("api/documents/" + intake + "/review", null).status());
        long scrap = created(planner.post("api/documents", "{\"category\":\"SCRAP\",\"store\":\"ZBET-D\","
                + "\"date\":\"2026-11-22\",\"lines\":[{\"item\":\"SP-GBX-0006\",\"quantity\":1}]}"));

        Map<String, String> menus = Map.of(
                "planner", "nav:menuDocuments nav:menuNew nav:menuOnHand nav:menuLedger nav:menuStockCheck"
                        + " nav:menuOrgUnits nav:menuItems nav:menuSuppliers nav:menuTurbines nav:menuItemRequests"
                        + " nav:menuAudit",
                "accountant", "nav:menuDocuments nav:menuNew nav:menuOnHand nav:menuLedger nav:menuItemRequests",
                "manager", "nav:menuDocuments nav:menuOnHand nav:menuLedger nav:menuItemRequests",
                "keeper", "nav:menuDocuments nav:menuNew nav:menuOnHand nav:menuLedger nav:menuItemRequests",
                "viewer", "nav:menuDocuments nav:menuOnHand nav:menuLedger",
                "admin", "nav:menuOrgUnits nav:menuUsers nav:menuAudit");
        List<String> failedPages = new ArrayList<>();
        for (String user : List.of("planner", "accountant", "manager", "keeper", "viewer", "admin")) {
            logIn(base, user);
            assertEquals(menus.get(user), shownMenu(), user + "'s menu");
            screenshot("tour-" + user + "-home");
            failedPages.addAll(openEveryMenuPage(user));
            logOut();
        }
        assertEquals(List.of(), failedPages, "every page of each user's menu opens, in English and in Chinese");

        logIn(base, "keeper");
        open(base, "/documents/edit.xhtml?id=" + zbetDraft);
        assertEquals(List.of("doc:save", "doc:delete"), shownButtons(), "a keeper saves drafts but never reviews");
        open(base, "/documents/edit.xhtml?id=" + gzbdDraft);
        assertTrue(text("messages").contains("There is no document with id " + gzbdDraft), text("messages"));
        screenshot("tour-keeper-other-bu-not-found");
        open(base, "/masterdata/items.xhtml");
        assertTrue(text("errorText").contains("Your role does not allow this page"), "typing a planner's URL");
        screenshot("tour-keeper-planner-page-refused");
        open(base, "/no/such/page.xhtml");
        assertTrue(text("errorText").contains("There is no such page"), text("errorText"));
        logOut();

        logIn(base, "accountant");
        open(base, "/documents/edit.xhtml?id=" + gzbdDraft);
        assertEquals(List.of(), shownButtons(), "another BU's document is read-only for an accountant");
        open(base, "/documents/edit.xhtml?id=" + scrap);
        assertEquals(List.of("doc:save", "doc:delete"), shownButtons(), "scrap waits for the BU manager");
        logOut();

        logIn(base, "manager");
        open(base, "/documents/edit.xhtml?id=" + scrap);
        assertEquals(List.of("doc:review"), shownButtons(), "the BU manager approves scrap");
        click("doc:review");
        assertTrue(text("messages").contains("reviewed"), text("messages"));
        assertEquals(List.of("doc:unreview"), shownButtons());
        screenshot("tour-manager-scrap-approved");
        logOut();
    }

    @Test
    void theAdministratorCreatesAUserWhoMustChooseAPasswordFirst() throws Exception {
        logIn(base, "admin");
        assertTrue(browser.getCurrentUrl().contains("/admin/users.xhtml"), browser.getCurrentUrl());
        type("users:username", "tour.keeper");
        type("users:displayName", "孙保管 Sun Baoguan");
        choose("users:orgUnit", "ZBET");
        // the keeper's box, by the value of its role
        browser.findElement(By.xpath("//*[@id='users:roles']//div[contains(@class,'ui-chkbox')]"
                + "[.//input[@value='KEEPER']]/div[contains(@class,'ui-chkbox-box')]")).click();
        click("users:save");
        String temporary = element("users:temporaryValue").getAttribute("value");
        assertEquals(14, temporary.length(), temporary);
        assertTrue(text("users:list").contains("tour.keeper"), text("users:list"));
        screenshot("tour-admin-user-created");
        logOut();

        open(base, "/index.xhtml");
        type("login:username", "tour.keeper");
        type("login:password", temporary);
        click("login:submit");
        assertTrue(browser.getCurrentUrl().contains("/account/password.xhtml"), browser.getCurrentUrl());
        open(base, "/documents/list.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/account/password.xhtml"), "nothing else until it is changed");
        type("password:current", temporary);
        type("password:chosen", "short");
        type("password:repeated", "short");
        click("password:change");
        assertTrue(text("messages").contains("at least 10 characters"), text("messages"));
        screenshot("tour-password-refused");
        type("password:current", temporary);
        type("password:chosen", "wind over the grassland");
        type("password:repeated", "wind over the grassland");
        click("password:change");
        assertTrue(browser.getCurrentUrl().contains("/documents/list.xhtml"), browser.getCurrentUrl());
        assertTrue(text("messages").contains("Password changed"), text("messages"));
        logOut();

        logIn(base, "planner");
        open(base, "/audit/log.xhtml");
        type("filters:subject", "tour.keeper");
        click("filters:search");
        String trail = text("results:events");
        assertTrue(trail.contains("User created") && trail.contains("Password changed"), trail);
        screenshot("tour-planner-audit");
    }

    /**
     * Opens every page the user's menu links to (submenus too), in English and then in Chinese, and
     * names those that show an error page instead.
     */
    private List<String> openEveryMenuPage(String user) {
        List<String> pages = browser.findElements(By.cssSelector("#nav a[href*='.xhtml']")).stream()
                .map(link -> link.getDomAttribute("href")).distinct().toList();
        assertTrue(pages.size() >= 3, () -> user + "'s menu links: " + pages);
        List<String> failed = new ArrayList<>();
        for (String language : List.of("nav:langEn", "nav:langZh")) {
            for (String page : pages) {
                browser.get(base.toString().replaceAll("/$", "") + page);
                waitForPage();
                List<WebElement> error = browser.findElements(By.id("errorText"));
                if (!error.isEmpty()) {
                    failed.add(user + " " + page + ": " + error.get(0).getText());
                }
            }
            clickAndLoad(language.equals("nav:langEn") ? "nav:langZh" : "nav:langEn");
            waitForPage();
        }
        return failed;
    }

    private String shownMenu() {
        return String.join(" ", MENU.stream().filter(id -> !browser.findElements(By.id(id)).isEmpty()).toList());
    }

    private List<String> shownButtons() {
        return List.of("doc:save", "doc:review", "doc:unreview", "doc:delete").stream()
                .filter(id -> !browser.findElements(By.id(id)).isEmpty()).toList();
    }

    private static String purchase(String store) {
        return "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + store + "\",\"supplier\":\"SUP-005\",\"date\":\"2026-11-22\","
                + "\"lines\":[{\"item\":\"SP-GBX-0006\",\"quantity\":1}]}";
    }

    private static long created(ApiClient.Answer answer) {
        assertEquals(201, answer.status(), answer.raw());
        return answer.object().getJsonNumber("id").longValue();
    }
}
