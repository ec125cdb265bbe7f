package org.briefings.http;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.briefings.curation.CuratedCorpus;
import org.briefings.testing.Slow;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Curation from the page, in a real browser (headless chromium, as {@link WebPageTest}): the ⋯ menu
 * on a facet value and on an entity of a briefing, the merge dialog, the status line's undo and the
 * Curation panel. Skipped when chromium or chromedriver is not installed.
 */
@Slow
class CurationPageTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("briefings.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("briefings.chromedriver", "/usr/bin/chromedriver"));

    @TempDir
    static Path dir;

    static TestServer s;
    static ChromeDriver driver;
    static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        CuratedCorpus.write(dir.resolve("server/corpus"));
        s = new TestServer(dir.resolve("server"), ServerConfig.defaults(), false);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")),
                "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build(),
                options);
        screenshots = Files.createDirectories(
                Path.of(System.getProperty("briefings.project.dir", ".")).resolve("target/screenshots"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (s != null) {
            s.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static int searches() {
        Object n =
                ((JavascriptExecutor) driver).executeScript("return document.documentElement.dataset.searches || '0';");
        return Integer.parseInt(String.valueOf(n));
    }

    private static void andWaitForSearch(Runnable action) {
        int before = searches();
        action.run();
        waiting().until(d -> searches() > before);
    }

    /** The ⋯ menu of a value in the sidebar (or in the briefing view, with {@code scope}). */
    private static WebElement menu(String scope, String dim, String value) {
        return driver.findElements(By.cssSelector(scope + " details.curate")).stream()
                .filter(d -> dim.equals(d.getDomAttribute("data-dim")) && value.equals(d.getDomAttribute("data-value")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu for " + dim + " " + value + " in " + scope));
    }

    private static void choose(String scope, String dim, String value, String action) {
        WebElement m = menu(scope, dim, value);
        m.findElement(By.tagName("summary")).click();
        m.findElement(By.cssSelector("button[data-action='" + action + "']")).click();
    }

    private static boolean inSidebar(String dim, String value) {
        return driver.findElements(By.cssSelector("#facet-list details.curate")).stream()
                .anyMatch(d ->
                        dim.equals(d.getDomAttribute("data-dim")) && value.equals(d.getDomAttribute("data-value")));
    }

    private static String sidebarCount(String dim, String value) {
        WebElement li = menu("#facet-list", dim, value).findElement(By.xpath(".."));
        return li.findElement(By.cssSelector(".count")).getText().trim();
    }

    private static String status() {
        return driver.findElement(By.id("curation-status")).getText();
    }

    private static void screenshot(String name) throws Exception {
        Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static String onlyPerson(String path) throws Exception {
        for (JsonNode hit : s.getJson("/api/search?size=10").get("hits")) {
            if (hit.get("sourcePath").asText().equals(path)) {
                return hit.get("people").get(0).asText();
            }
        }
        throw new AssertionError("no " + path);
    }

    private static String idOf(String path) throws Exception {
        for (JsonNode hit : s.getJson("/api/search?size=10").get("hits")) {
            if (hit.get("sourcePath").asText().equals(path)) {
                return hit.get("id").asText();
            }
        }
        throw new AssertionError("no " + path);
    }

    @Test
    void anAnalystRejectsMergesAndUndoesFromTheSidebarTheBriefingAndThePanel() throws Exception {
        Assumptions.assumeTrue(driver != null, "browser tests skipped: chromium or chromedriver not found");
        String abiy = onlyPerson("a.txt");
        String variant = onlyPerson("c.txt");
        driver.get(s.base() + "/");
        waiting().until(d -> searches() > 0);
        assertEquals("2", sidebarCount("org", CuratedCorpus.AU));

        // reject from the sidebar: the facet loses the value at once
        andWaitForSearch(() -> choose("#facet-list", "org", CuratedCorpus.AU, "reject"));
        assertFalse(inSidebar("org", CuratedCorpus.AU));
        assertTrue(status().contains("“" + CuratedCorpus.AU + "” is not an organisation"), status());
        assertTrue(status().contains("2 briefings changed"), status());
        screenshot("curation-1-rejected");

        // the status line's undo brings it back
        andWaitForSearch(() -> driver.findElement(By.id("curation-undo-last")).click());
        waiting().until(d -> inSidebar("org", CuratedCorpus.AU));
        assertEquals("2", sidebarCount("org", CuratedCorpus.AU));

        // merge from the sidebar through the dialog
        choose("#facet-list", "person", variant, "merge");
        WebElement to = waiting().until(d -> d.findElement(By.id("curate-to")));
        to.sendKeys(abiy);
        screenshot("curation-2-merge-dialog");
        andWaitForSearch(() -> driver.findElement(By.id("curate-submit")).click());
        assertFalse(inSidebar("person", variant));
        assertEquals("2", sidebarCount("person", abiy));
        assertTrue(driver.findElements(By.cssSelector("dialog.curate-dialog")).isEmpty(), "the dialog is gone");

        // in the briefing view: c.txt shows the canonical name, and an organisation is rejected from there
        String c = idOf("c.txt");
        driver.get(s.base() + "/?doc=" + c);
        waiting()
                .until(d ->
                        !d.findElements(By.cssSelector(".entities-person li")).isEmpty());
        assertEquals(
                abiy,
                driver.findElement(By.cssSelector(".entities-person li .name")).getText());
        choose(".briefing", "org", CuratedCorpus.WFP, "reject");
        waiting()
                .until(d -> d.findElements(By.cssSelector(".entities-org li")).isEmpty()
                        && !d.findElements(By.cssSelector(".entities-org p.muted"))
                                .isEmpty());
        screenshot("curation-3-briefing");

        // the panel lists both rules with who and how many, and undoes them
        driver.findElement(By.id("curation-toggle")).click();
        waiting()
                .until(d -> d.findElements(By.cssSelector("#curation-rules li.rule"))
                                .size()
                        == 2);
        List<WebElement> rules = driver.findElements(By.cssSelector("#curation-rules li.rule"));
        assertTrue(
                rules.get(0).getText().contains("merged into “" + abiy + "”"),
                rules.get(0).getText());
        assertTrue(
                rules.get(1).getText().contains("1 briefing tagged"),
                rules.get(1).getText());
        screenshot("curation-4-panel");
        for (int i = 2; i > 0; i--) {
            int left = i - 1;
            driver.findElement(By.cssSelector("#curation-rules li.rule button")).click();
            waiting()
                    .until(d -> d.findElements(By.cssSelector("#curation-rules li.rule"))
                                    .size()
                            == left);
        }
        waiting().until(d -> d.findElements(By.cssSelector(".entities-org li")).size() == 1);
        assertEquals(
                variant,
                driver.findElement(By.cssSelector(".entities-person li .name")).getText());
        assertEquals(0, s.getJson("/api/curation").get("rules").size());

        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(e -> e.getMessage())
                .toList();
        assertEquals(List.of(), severe, "browser console errors");
    }
}
