package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with waits for PrimeFaces ajax. Where Chromium or
 * its driver is not installed the tests are skipped and say so; CI installs both.
 */
abstract class BrowserTestBase {

    private static final File CHROMIUM = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final File CHROMEDRIVER = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    protected WebDriver browser;
    private Path profile;
    /** Where the browser saves what it downloads, without asking. */
    protected Path downloads;

    /** On a failure, a screenshot and the page source go to target/screenshots before the browser closes. */
    @RegisterExtension
    final TestExecutionExceptionHandler keepEvidence = (context, failure) -> {
        if (browser != null) {
            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName()
                    .replaceAll("\\W+", "");
            screenshot(name);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
        }
        throw failure;
    };

    @BeforeEach
    void startBrowser() throws IOException {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed) {
            System.out.println("BROWSER TESTS SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is not installed (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
        profile = Files.createTempDirectory("fieldstock-chromium");
        downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("download.default_directory",
                downloads.toAbsolutePath().toString(), "download.prompt_for_download", false));
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-US",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    protected void open(URL base, String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
        waitForPage();
    }

    protected WebElement element(String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    protected void type(String id, String text) {
        WebElement input = element(id);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks and waits until the page is loaded and PrimeFaces' ajax queue is empty. */
    protected void click(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.id(id)))
                .click();
        waitForPage();
    }

    /**
     * Clicks what loads a whole new page (a language link, a non-ajax submit) and waits until the new
     * page has replaced the old one: the old page stays "complete" until the answer arrives, so
     * {@link #click} alone could look at the old page or at the new one half parsed.
     */
    protected void clickAndLoad(String id) {
        WebElement target = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.id(id)));
        WebElement oldPage = browser.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> id + " did not load a new page")
                .until(ExpectedConditions.stalenessOf(oldPage));
        waitForPage();
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by the start of its label, as a user would: open
     * the menu, wait until its panel has finished opening, click the option, and check that the menu
     * shows it. A click that the panel swallowed while animating is tried again.
     */
    protected void choose(String menuId, String labelStart) {
        By label = By.id(menuId + "_label");
        By panel = By.id(menuId + "_panel");
        By option = By.cssSelector("[id='" + menuId + "_items'] li[data-label^='" + labelStart + "']");
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (!browser.findElement(panel).isDisplayed()) {
                click(menuId);
            }
            WebElement opened;
            try {
                // a resize or scroll just after the click closes the panel again: click once more
                opened = new WebDriverWait(browser, Duration.ofSeconds(attempt < 3 ? 5 : 20))
                        .until(ExpectedConditions.visibilityOfElementLocated(panel));
            } catch (org.openqa.selenium.TimeoutException notOpened) {
                if (attempt < 3) {
                    continue;
                }
                throw notOpened;
            }
            settle(opened);
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(option))
                    .click();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOf(opened));
            } catch (org.openqa.selenium.TimeoutException stillOpen) {
                continue;
            }
            waitForPage();
            if (browser.findElement(label).getText().startsWith(labelStart)) {
                return;
            }
        }
        throw new AssertionError(menuId + " does not show " + labelStart + " but " + browser.findElement(label).getText());
    }

    /**
     * Picks a day in a PrimeFaces datePicker as a user would with the mouse: opens its calendar, waits
     * until it has opened (it then takes the focus, and would take it from typing: keys typed into
     * the field got lost or sent half a date), moves to the day's month and clicks the day. A calendar
     * that stays open closes with the next click elsewhere.
     */
    protected void pickDate(String id, LocalDate date) {
        By panel = By.id(id + "_panel");
        String before = element(id + "_input").getAttribute("value");
        element(id + "_input").click();
        WebElement calendar = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(panel));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return arguments[0].contains(document.activeElement)", calendar)));
        YearMonth shown = before == null || before.isBlank() ? YearMonth.now() : YearMonth.from(LocalDate.parse(before));
        long months = ChronoUnit.MONTHS.between(shown, YearMonth.from(date));
        for (long i = 0; i < Math.abs(months); i++) {
            browser.findElement(panel).findElement(By.cssSelector(months < 0 ? ".ui-datepicker-prev" : ".ui-datepicker-next"))
                    .click();
        }
        String day = String.valueOf(date.getDayOfMonth());
        browser.findElement(panel).findElements(By.cssSelector("td:not(.ui-datepicker-other-month) > a")).stream()
                .filter(link -> link.getText().equals(day)).findFirst()
                .orElseThrow(() -> new AssertionError("no day " + day + " in the calendar of " + id)).click();
        waitForPage();
        assertEquals(date.toString(), element(id + "_input").getAttribute("value"), id);
    }

    /** Waits until a panel's jQuery animation has ended. */
    private void settle(WebElement panel) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> Boolean.FALSE.equals(
                ((JavascriptExecutor) driver).executeScript("return jQuery(arguments[0]).is(':animated')", panel)));
    }

    /** Types into a PrimeFaces autoComplete and picks the first suggestion. */
    protected void autoComplete(String id, String text) throws IOException {
        autoComplete(id, text, null);
    }

    /** The same, taking a screenshot of the open suggestion list first when a name is given. */
    protected void autoComplete(String id, String text, String screenshotName) throws IOException {
        WebElement input = element(id + "_input");
        input.clear();
        input.sendKeys(text);
        WebElement first = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
                .elementToBeClickable(By.cssSelector("[id='" + id + "_panel'] .ui-autocomplete-item")));
        if (screenshotName != null) {
            screenshot(screenshotName);
        }
        first.click();
        waitForPage();
    }

    /** Signs in as the demo user and waits until the page after the login page has loaded. */
    protected void logIn(URL base, String user) {
        open(base, "/index.xhtml");
        type("login:username", user);
        type("login:password", "demo");
        click("login:submit");
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> user + " is still on the login page")
                .until(driver -> !driver.getCurrentUrl().contains("/login.xhtml"));
        waitForPage();
    }

    /**
     * Signs out and waits for the login page the server sends back: the old page stays "complete"
     * until the sign-out answer arrives, so opening the next page at once could still carry the old
     * session on a busy machine.
     */
    protected void logOut() {
        click("nav:logout");
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage("the sign-out did not end on the login page")
                .until(driver -> driver.getCurrentUrl().contains("/login.xhtml")
                        && !driver.findElements(By.id("login:username")).isEmpty());
        waitForPage();
    }

    /** Answers "Yes" in the confirmation dialog a destructive button opened. */
    protected void confirm() {
        click("confirmYes");
    }

    protected void waitForPage() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            JavascriptExecutor js = (JavascriptExecutor) driver;
            Object ready = js.executeScript("return document.readyState === 'complete'"
                    + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                    + " && (!window.jQuery || jQuery.active === 0)");
            return Boolean.TRUE.equals(ready);
        });
    }

    /** The file the browser has finished downloading whose name ends so, waiting for it a while. */
    protected Path downloaded(String ending) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            try (var files = Files.list(downloads)) {
                return files.filter(file -> file.getFileName().toString().endsWith(ending)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Keeps a copy of a file (a download, say) beside the screenshots, for a person to look at. */
    protected void keep(Path file, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(file, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    protected String text(String id) {
        return element(id).getText();
    }

    protected void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
