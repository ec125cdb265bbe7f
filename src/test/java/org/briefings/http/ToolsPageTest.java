package org.briefings.http;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.briefings.testing.Chromium;
import org.briefings.testing.Slow;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst's tools in a real browser: the Export menu downloads the search on screen, the batch
 * view answers a pasted list as a sortable table, the API description renders under the page's
 * CSP, and a read-token server's page asks for the token, refuses a wrong one with a message and
 * works after signing in. Screenshots go to {@code target/screenshots/}.
 */
@Slow
class ToolsPageTest {

    @TempDir
    static Path dir;

    static TestServer open;
    static TestServer guarded;
    static ChromeDriver driver;
    static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        if (!Chromium.available()) {
            System.err.println(Chromium.MISSING);
            return;
        }
        open = new TestServer(dir.resolve("open"), ServerConfig.defaults(), true);
        guarded = new TestServer(
                dir.resolve("guarded"), ServerConfig.defaults().withTokens("w-secret", "r-secret"), false);
        var r = guarded.send(guarded.request("/api/documents?name=lithium.txt")
                .header("Authorization", "Bearer w-secret")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "Lithium auction in Bolivia\n\nBolivia's lithium auction drew three bidders from China.")));
        assertEquals(201, r.statusCode(), r.body());
        driver = Chromium.start(dir.resolve("profile"));
        screenshots = Path.of(System.getProperty("briefings.project.dir", ".")).resolve("target/screenshots");
        Files.createDirectories(screenshots);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (open != null) {
            open.close();
        }
        if (guarded != null) {
            guarded.close();
        }
    }

    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(driver != null, Chromium.MISSING);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    private static Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private static int counter(String name) {
        return Integer.parseInt(String.valueOf(js("return document.documentElement.dataset." + name + " || '0';")));
    }

    private static void screenshot(String name) throws Exception {
        Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theExportMenuDownloadsTheSearchOnScreenWithExactlyItsTotalRows() throws Exception {
        driver.get(open.base() + "/?q=sanctions&sort=newest");
        waiting().until(d -> counter("searches") > 0);
        long total = Long.parseLong(driver.findElement(By.id("total-count")).getDomAttribute("data-total"));
        driver.findElement(By.cssSelector("#export-menu summary")).click();
        WebElement csv = driver.findElement(By.id("export-csv"));
        assertTrue(csv.isDisplayed());
        String href = csv.getDomProperty("href");
        assertTrue(href.contains("/api/export?q=sanctions&sort=newest&output=csv"), href);
        assertTrue(
                driver.findElement(By.id("export-jsonl")).getDomProperty("href").endsWith("output=jsonl"));
        screenshot("tools-export-menu");
        String body = (String) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                href);
        var rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))
                .getRecords();
        assertEquals(total, rows.size());
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void exportAndBatchRunUnderTheCopiesSettingOnScreen() throws Exception {
        for (String copies : List.of("hide", "show")) {
            driver.get(open.base() + "/?q=sanctions&copies=" + copies);
            waiting().until(d -> counter("searches") > 0);
            long total = Long.parseLong(driver.findElement(By.id("total-count")).getDomAttribute("data-total"));
            String href = driver.findElement(By.id("export-csv")).getDomProperty("href");
            assertTrue(href.contains("copies=" + copies), href);
            String answer = (String) driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(async r => done(r.status + '\\n' + await r.text()),"
                            + " e => done('failed: ' + e));",
                    href);
            assertTrue(answer.startsWith("200\n"), copies + ": " + answer);
            var rows = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(answer.substring(4)))
                    .getRecords();
            assertEquals(total, rows.size(), copies);

            driver.findElement(By.id("batch-toggle")).click();
            WebElement text = driver.findElement(By.id("batch-text"));
            text.clear();
            text.sendKeys("sanctions");
            int before = counter("batches");
            driver.findElement(By.cssSelector("#batch-form button[type=submit]"))
                    .click();
            waiting().until(d -> counter("batches") > before);
            List<WebElement> batchRows = driver.findElements(By.cssSelector("#batch-rows tr"));
            assertEquals(1, batchRows.size(), copies);
            long expected = open.getJson("/api/search?size=0&q=sanctions&copies=" + copies)
                    .get("total")
                    .asLong();
            assertEquals(
                    String.valueOf(expected),
                    batchRows
                            .getFirst()
                            .findElement(By.cssSelector(".batch-total"))
                            .getText(),
                    copies);
        }
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void theBatchViewAnswersAPastedListAsASortableTable() throws Exception {
        driver.get(open.base() + "/");
        waiting().until(d -> counter("searches") > 0);
        driver.findElement(By.id("batch-toggle")).click();
        WebElement text = driver.findElement(By.id("batch-text"));
        text.sendKeys("opec\ntitle:(broken\nsanctions\nNobody Atall");
        int before = counter("batches");
        driver.findElement(By.cssSelector("#batch-form button[type=submit]")).click();
        waiting().until(d -> counter("batches") > before);
        List<WebElement> rows = driver.findElements(By.cssSelector("#batch-rows tr"));
        assertEquals(4, rows.size());
        assertTrue(rows.get(1).getText().contains("syntax"), rows.get(1).getText());
        assertEquals("2", rows.get(1).getDomAttribute("data-line"));
        long sanctions =
                open.getJson("/api/search?size=0&q=sanctions").get("total").asLong();
        assertTrue(rows.get(2)
                .findElement(By.cssSelector(".batch-total"))
                .getText()
                .equals(String.valueOf(sanctions)));
        assertTrue(rows.get(2)
                .findElement(By.cssSelector("a.batch-query"))
                .getDomProperty("href")
                .contains("/?q=sanctions"));

        driver.findElement(By.cssSelector("th[data-key=total] button")).click();
        rows = driver.findElements(By.cssSelector("#batch-rows tr"));
        assertEquals("3", rows.getFirst().getDomAttribute("data-line"), "most briefings first");
        assertEquals(
                "descending",
                driver.findElement(By.cssSelector("th[data-key=total]")).getDomAttribute("aria-sort"));
        screenshot("tools-batch");

        rows.getFirst().findElement(By.cssSelector("a.batch-query")).click();
        waiting().until(d -> d.getCurrentUrl().contains("q=sanctions"));
        waiting()
                .until(d -> d.findElements(By.id("total-count")).size() > 0
                        && String.valueOf(sanctions)
                                .equals(d.findElement(By.id("total-count")).getDomAttribute("data-total")));
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void theApiDescriptionRendersUnderThePagesPolicy() throws Exception {
        driver.get(open.base() + "/api/docs");
        waiting()
                .until(d -> !d.findElements(By.cssSelector(".swagger-ui .info .title"))
                        .isEmpty());
        assertTrue(driver.findElement(By.cssSelector(".swagger-ui .info .title"))
                .getText()
                .contains("briefings"));
        waiting()
                .until(d -> d.findElements(By.cssSelector(".opblock-summary-path")).stream()
                        .anyMatch(e -> e.getText().contains("/api/export")));
        screenshot("tools-api-docs");
        List<String> errors = Chromium.consoleErrors(driver);
        assertEquals(List.of(), errors, "no script or style refused by the Content-Security-Policy");
    }

    @Test
    void aReaderOpensAWatchWithoutBeingAskedForTheWriteToken() throws Exception {
        var created = guarded.send(guarded.request("/api/watches")
                .header("Authorization", "Bearer w-secret")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Tin\", \"q\": \"tin\"}")));
        assertEquals(201, created.statusCode(), created.body());
        String id = TestServer.json(created).get("id").asText();
        var up = guarded.send(guarded.request("/api/documents?name=tin.txt")
                .header("Authorization", "Bearer w-secret")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "Tin exports from Bolivia\n\nBolivia's tin exports rose as the smelter reopened.")));
        assertEquals(201, up.statusCode(), up.body());

        driver.get(guarded.base() + "/");
        js("sessionStorage.setItem('briefings.token', 'r-secret');");
        driver.navigate().refresh();
        WebElement open = waiting()
                .until(d -> d.findElements(By.cssSelector("#watch-list .watch-open[data-watch='" + id + "']")).stream()
                        .findFirst()
                        .orElse(null));
        open.click();
        WebElement fresh = waiting()
                .until(d -> d.findElements(By.cssSelector("#watch-view li.hit.new")).stream()
                        .findFirst()
                        .orElse(null));
        assertTrue(fresh.getText().contains("Tin exports from Bolivia"), fresh.getText());
        // marking read needs the write token: the reader is not asked for it, and the match stays new
        Thread.sleep(1000);
        assertTrue(
                driver.findElements(By.id("signin")).stream().noneMatch(WebElement::isDisplayed),
                "no sign-in form for the mark-read");
        assertEquals(
                1, driver.findElements(By.cssSelector("#watch-view li.hit.new")).size());

        // the other tests of this server count its one briefing
        var deleted = guarded.send(guarded.request(
                        "/api/documents/" + TestServer.json(up).get("id").asText())
                .header("Authorization", "Bearer w-secret")
                .DELETE());
        assertEquals(200, deleted.statusCode(), deleted.body());
    }

    @Test
    void aReadTokenServersPageAsksForTheTokenRefusesAWrongOneAndWorksAfterSigningIn() throws Exception {
        driver.get(guarded.base() + "/");
        js("sessionStorage.clear();");
        driver.navigate().refresh();
        WebElement form = waiting().until(d -> {
            List<WebElement> f = d.findElements(By.id("signin"));
            return f.isEmpty() || !f.getFirst().isDisplayed() ? null : f.getFirst();
        });
        form.findElement(By.id("signin-token")).sendKeys("wrong-token");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement problem = waiting().until(d -> {
            WebElement p = d.findElement(By.id("signin-problem"));
            return p.isDisplayed() ? p : null;
        });
        assertTrue(problem.getText().contains("not accepted"), problem.getText());
        screenshot("tools-signin-refused");

        form.findElement(By.id("signin-token")).sendKeys("r-secret");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> counter("searches") > 0);
        assertEquals("1", driver.findElement(By.id("total-count")).getDomAttribute("data-total"));
        assertFalse(driver.findElement(By.id("signin")).isDisplayed());
        assertEquals("r-secret", js("return sessionStorage.getItem('briefings.token');"));
        String href = driver.findElement(By.id("export-csv")).getDomProperty("href");
        assertTrue(href.contains("access_token=r-secret"), href);
        String body = (String) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                href);
        assertTrue(body.contains("Lithium auction in Bolivia"), body);
        screenshot("tools-signed-in");

        // opening a briefing and its download also carry the token
        driver.findElement(By.cssSelector("#hits a.hit-title")).click();
        WebElement download = waiting().until(d -> {
            List<WebElement> a = d.findElements(By.cssSelector("a.download"));
            return a.isEmpty() ? null : a.getFirst();
        });
        assertTrue(download.getDomProperty("href").contains("access_token=r-secret"));
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }
}
