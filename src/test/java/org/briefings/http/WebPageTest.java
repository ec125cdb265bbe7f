package org.briefings.http;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Level;
import org.briefings.testing.Slow;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser: Debian's chromium, headless, driven through its chromedriver,
 * against the real server on a free port over the sample corpus. Skipped (not failed) when
 * chromium or chromedriver is not installed ({@code .ci/run} installs them). Screenshots go to
 * {@code target/screenshots/}.
 */
@Slow
class WebPageTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("briefings.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("briefings.chromedriver", "/usr/bin/chromedriver"));
    private static final Dimension LAPTOP = new Dimension(1280, 800);
    private static final Dimension PHONE = new Dimension(390, 844);

    /** On a failure, a screenshot of what the page showed, named after the test. */
    @RegisterExtension
    static final TestWatcher FAILURE_SCREENSHOT = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver != null) {
                try {
                    screenshot("FAILED-" + context.getRequiredTestMethod().getName());
                } catch (Exception e) {
                    cause.addSuppressed(e);
                }
            }
        }
    };

    @TempDir
    static Path dir;

    static TestServer s;
    static ChromeDriver driver;
    static Path screenshots;

    private static final String MISSING = "browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
            + " not found (apt-get install chromium chromium-driver; .ci/run does)";

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            System.err.println(MISSING);
            return; // each test then reports itself skipped, with the reason
        }
        s = new TestServer(dir.resolve("server"), ServerConfig.defaults(), true);
        // Never let Selenium Manager look for (or download) a browser or driver.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--user-data-dir=" + profile,
                "--window-size=1280,800");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        screenshots = Path.of(System.getProperty("briefings.project.dir", ".")).resolve("target/screenshots");
        Files.createDirectories(screenshots);
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

    @BeforeEach
    void laptop() {
        Assumptions.assumeTrue(driver != null, MISSING);
        viewport(LAPTOP, false);
    }

    /** Sets the page's viewport to exactly this size (the window's outer size would include its frame). */
    private static void viewport(Dimension size, boolean mobile) {
        driver.manage().window().setSize(new Dimension(size.width + 40, size.height + 160));
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", size.width, "height", size.height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    // ------------------------------------------------------------------ helpers

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** How many searches the page has drawn (it counts them in data-searches). */
    private static int searches() {
        Object n = js("return document.documentElement.dataset.searches || '0';");
        return Integer.parseInt(String.valueOf(n));
    }

    /** Runs an action, then waits until the page has drawn a search after it. */
    private static void andWaitForSearch(Runnable action) {
        int before = searches();
        action.run();
        waiting().until(d -> searches() > before);
    }

    /** Opens a page of the app and waits for its first search. */
    private static void open(String pathAndQuery) {
        driver.get(s.base() + pathAndQuery);
        waiting().until(d -> searches() > 0);
    }

    private static long shownTotal() {
        return Long.parseLong(driver.findElement(By.id("total-count")).getDomAttribute("data-total"));
    }

    private static List<WebElement> hits() {
        return driver.findElements(By.cssSelector("#hits li.hit"));
    }

    private static Map<String, Long> facetCounts(JsonNode response, String dim) {
        Map<String, Long> out = new HashMap<>();
        for (JsonNode f : response.get("facets")) {
            if (f.get("dim").asText().equals(dim)) {
                f.get("values")
                        .forEach(v ->
                                out.put(v.get("value").asText(), v.get("count").asLong()));
            }
        }
        return out;
    }

    /** The count shown beside a facet value in the sidebar. */
    private static long sidebarCount(String dim, String value) {
        WebElement box = driver.findElement(By.id("f-" + dim + "-" + value));
        WebElement label = driver.findElement(By.cssSelector("label[for='" + box.getDomAttribute("id") + "'] .count"));
        return Long.parseLong(label.getText().trim());
    }

    private static String query() {
        return URI.create(driver.getCurrentUrl()).getRawQuery();
    }

    private static void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(name + ".png"), png);
    }

    /** No element sticks out sideways: the page fits the window's width. */
    private static void assertFitsWidth() {
        Number scroll = (Number) js("return document.documentElement.scrollWidth;");
        Number inner = (Number) js("return document.documentElement.clientWidth;");
        assertTrue(
                scroll.longValue() <= inner.longValue() + 1,
                "page is " + scroll + "px wide in a " + inner + "px window");
    }

    private static void assertNoScriptErrors() {
        var entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        List<String> severe = entries.stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(e -> e.getMessage())
                // an API's 4xx answer shows in the console as a failed resource; the page handles it
                .filter(m -> !m.contains("the server responded with a status of 4"))
                .toList();
        assertEquals(List.of(), severe, "browser console errors");
    }

    private static Path textFile(String name, String content) throws Exception {
        Path f = Files.createDirectories(dir.resolve("uploads-" + UUID.randomUUID()))
                .resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    /** Uploads files through the page's file picker and waits for each to get its outcome. */
    private static List<WebElement> uploadThroughPicker(Path... files) {
        WebElement toggle = driver.findElement(By.id("upload-toggle"));
        if (!"true".equals(toggle.getDomAttribute("aria-expanded"))) {
            toggle.click();
        }
        int before = driver.findElements(By.cssSelector("#upload-results li.upload-row"))
                .size();
        String paths = String.join(
                "\n",
                Arrays.stream(files).map(p -> p.toAbsolutePath().toString()).toList());
        andWaitForSearch(() -> driver.findElement(By.id("file-input")).sendKeys(paths));
        List<WebElement> rows = driver.findElements(By.cssSelector("#upload-results li.upload-row"));
        assertEquals(before + files.length, rows.size());
        return rows.subList(0, files.length);
    }

    // ------------------------------------------------------------------ tests

    @Test
    void searchShowsHitsWithHighlightsAndTheTotal() throws Exception {
        open("/");
        assertEquals("q", driver.switchTo().activeElement().getDomAttribute("id"), "the search box has focus on load");
        long all = s.getJson("/api/search?size=0").get("total").asLong();
        assertEquals(all, shownTotal(), "an empty search shows every briefing");

        andWaitForSearch(() -> driver.findElement(By.id("q")).sendKeys("sanctions", Keys.ENTER));
        JsonNode api = s.getJson("/api/search?q=sanctions&size=0");
        assertEquals(api.get("total").asLong(), shownTotal());
        assertTrue(hits().size() > 0);
        WebElement first = hits().get(0);
        assertFalse(first.findElement(By.cssSelector("h3 a")).getText().isBlank());
        assertFalse(first.findElement(By.cssSelector(".meta time")).getText().isBlank(), "a date is shown");
        assertFalse(first.findElements(By.cssSelector(".snippet mark")).isEmpty(), "the snippet highlights the word");
        assertTrue(first.findElement(By.cssSelector(".snippet mark"))
                .getText()
                .toLowerCase(Locale.ROOT)
                .startsWith("sanction"));
        assertFalse(
                driver.findElements(By.cssSelector("#hits .about .code")).isEmpty(), "about-countries as code chips");
        assertTrue(query().contains("q=sanctions"), driver.getCurrentUrl());
        screenshot("01-search-laptop");

        // "More results" pages on over the cursor, with no repeats
        WebElement q = driver.findElement(By.id("q"));
        q.clear();
        andWaitForSearch(() -> q.sendKeys(Keys.ENTER));
        int firstPage = hits().size();
        assertTrue(all > firstPage, "the sample corpus has more than one page");
        WebElement more = driver.findElement(By.id("more"));
        assertTrue(more.isDisplayed());
        more.click();
        waiting().until(d -> hits().size() > firstPage);
        List<String> ids =
                hits().stream().map(h -> h.getDomAttribute("data-id")).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no briefing twice");
        assertEquals(Math.min(all, 2L * firstPage), ids.size());

        // "/" focuses the search box from anywhere that is not a text field
        driver.findElement(By.id("total")).click();
        new Actions(driver).sendKeys("/").perform();
        assertEquals("q", driver.switchTo().activeElement().getDomAttribute("id"));
        assertNoScriptErrors();
    }

    @Test
    void tickingACountryChangesHitsAndCounts() throws Exception {
        open("/?q=sanctions");
        long before = shownTotal();
        JsonNode unfiltered = s.getJson("/api/search?q=sanctions&size=0&facetLimit=10");
        long kp = facetCounts(unfiltered, "about").get("KP");
        assertTrue(kp > 0 && kp < before, "KP is about some, not all, sanctions briefings");
        assertEquals(kp, sidebarCount("about", "KP"));
        long usMentionedBefore = sidebarCount("country", "US");

        andWaitForSearch(() -> driver.findElement(By.id("f-about-KP")).click());
        assertEquals(kp, shownTotal(), "the total is the count the box showed");
        assertTrue(query().contains("about=KP"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("f-about-KP")).isSelected());
        // DrillSideways: the ticked facet keeps its counts, the others count the narrowed hits
        assertEquals(kp, sidebarCount("about", "KP"));
        JsonNode filtered = s.getJson("/api/search?q=sanctions&about=KP&size=0&facetLimit=10");
        assertEquals(facetCounts(filtered, "country").get("US"), (Long) sidebarCount("country", "US"));
        assertNotEquals(usMentionedBefore, sidebarCount("country", "US"), "mentioned-country counts follow the filter");
        assertFalse(hits().isEmpty());
        for (WebElement hit : hits()) {
            assertTrue(hit.findElement(By.cssSelector(".about")).getText().contains("KP"), hit.getText());
        }
        WebElement chip = driver.findElement(By.cssSelector("#chips .chip"));
        assertTrue(chip.getText().contains("North Korea"), chip.getText());
        screenshot("02-narrowed-laptop");

        // a second value of the same facet widens (OR), and the chip removes the filter again
        long cn = sidebarCount("about", "CN");
        andWaitForSearch(() -> driver.findElement(By.id("f-about-CN")).click());
        assertTrue(shownTotal() >= Math.max(kp, cn), "values within a facet are ORed");
        assertTrue(shownTotal() <= kp + cn);
        andWaitForSearch(
                () -> driver.findElement(By.cssSelector("#chips .chip button")).click());
        andWaitForSearch(() -> driver.findElement(By.id("clear-all")).click());
        assertEquals(before, shownTotal());
        assertTrue(driver.findElements(By.cssSelector("#chips .chip")).isEmpty());

        // the filter box inside a long facet finds values beyond the top ones
        WebElement find = driver.findElement(By.cssSelector("#facet-country .facet-filter"));
        find.sendKeys("nor");
        waiting().until(d -> {
            List<WebElement> labels = d.findElements(By.cssSelector("#facet-country label"));
            return !labels.isEmpty()
                    && labels.stream()
                            .allMatch(l -> l.getText().toLowerCase(Locale.ROOT).contains("nor"));
        });
        assertFalse(driver.findElements(By.id("f-country-KP")).isEmpty(), "North Korea is found by 'nor'");
        assertNoScriptErrors();
    }

    @Test
    void theTimelineSetsTheDateRange() throws Exception {
        open("/");
        List<WebElement> bars = driver.findElements(By.cssSelector("#timeline svg g.bar:not(.empty)"));
        assertFalse(bars.isEmpty(), "the timeline has bars");
        WebElement bar = bars.get(0);
        String month = bar.getDomAttribute("data-month");
        long count = Long.parseLong(bar.getDomAttribute("data-count"));

        andWaitForSearch(() -> new Actions(driver)
                .moveToElement(bar.findElement(By.cssSelector("rect.hit")))
                .click()
                .perform());
        assertEquals(month, driver.findElement(By.id("from")).getDomProperty("value"));
        assertEquals(month, driver.findElement(By.id("to")).getDomProperty("value"));
        assertTrue(query().contains("from=" + month) && query().contains("to=" + month), driver.getCurrentUrl());
        assertEquals(count, shownTotal(), "a bar's count is the total for its month");
        assertFalse(
                driver.findElements(By.cssSelector("#timeline g.bar.in-range")).isEmpty(), "the range is highlighted");
        screenshot("03-timeline-month");

        // dragging from the first bar to the last picks the range between them
        open("/");
        List<WebElement> all = driver.findElements(By.cssSelector("#timeline svg g.bar"));
        WebElement first = all.get(0).findElement(By.cssSelector("rect.hit"));
        WebElement last = all.get(all.size() - 1).findElement(By.cssSelector("rect.hit"));
        String firstMonth = all.get(0).getDomAttribute("data-month");
        String lastMonth = all.get(all.size() - 1).getDomAttribute("data-month");
        andWaitForSearch(() -> new Actions(driver)
                .clickAndHold(first)
                .moveToElement(last)
                .release()
                .perform());
        assertEquals(firstMonth, driver.findElement(By.id("from")).getDomProperty("value"));
        assertEquals(lastMonth, driver.findElement(By.id("to")).getDomProperty("value"));
        JsonNode api = s.getJson("/api/search?size=0&from=" + firstMonth + "&to=" + lastMonth);
        assertEquals(api.get("total").asLong(), shownTotal());

        // typed dates work too, and a date range with no briefings says so in words
        WebElement from = driver.findElement(By.id("from"));
        WebElement to = driver.findElement(By.id("to"));
        from.clear();
        from.sendKeys("1990");
        to.clear();
        andWaitForSearch(() -> to.sendKeys("1990-06", Keys.ENTER));
        assertEquals(0, shownTotal());
        assertTrue(
                driver.findElement(By.cssSelector("#hits .no-hits")).getText().contains("No briefings"));
        assertTrue(query().contains("from=1990") && query().contains("to=1990-06"), driver.getCurrentUrl());
        assertNoScriptErrors();
    }

    @Test
    void undatedBriefingsAreCountedBesideTheTimelineNotOnIt() throws Exception {
        String word = "undq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var upload = s.send(s.request("/api/documents?name=" + word + "-note.txt")
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "Undated note " + word + "\n\nNothing here says when the Hanoi talks were discussed.")));
        assertEquals(201, upload.statusCode(), upload.body());
        String id = TestServer.json(upload).get("id").asText();
        String q = word + " OR hanoi";
        JsonNode api = s.getJson("/api/search?size=0&q=" + TestServer.enc(q));
        assertEquals(1, api.get("undated").asLong(), api.toString());

        open("/?q=" + TestServer.enc(q));
        long total = shownTotal();
        assertTrue(total >= 2, "the dated Hanoi briefings and the undated note");
        String thisMonth =
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString().substring(0, 7);
        long charted = 0;
        for (WebElement bar : driver.findElements(By.cssSelector("#timeline svg g.bar"))) {
            assertNotEquals(thisMonth, bar.getDomAttribute("data-month"), "no bar for the upload month");
            charted += Long.parseLong(bar.getDomAttribute("data-count"));
        }
        assertEquals(total - 1, charted, "the timeline charts the dated hits only");
        WebElement undated = driver.findElement(By.id("undated"));
        assertTrue(undated.isDisplayed());
        assertEquals("1 undated", undated.getText());
        WebElement noteHit = driver.findElement(By.cssSelector("#hits li.hit[data-id='" + id + "']"));
        assertTrue(noteHit.findElement(By.cssSelector(".meta")).getText().startsWith("undated"));

        // a click shows only the undated ones, as a filter chip that can be removed
        andWaitForSearch(undated::click);
        assertTrue(query().contains("undated=true"), driver.getCurrentUrl());
        assertEquals(1, shownTotal());
        assertEquals(id, hits().get(0).getDomAttribute("data-id"));
        WebElement chip = driver.findElement(By.cssSelector("#chips li.chip"));
        assertTrue(chip.getText().contains("Undated"), chip.getText());
        assertFalse(
                driver.findElements(By.cssSelector("#timeline svg g.bar")).isEmpty(),
                "the chart keeps the other months for context");
        screenshot("03b-undated");
        andWaitForSearch(() -> chip.findElement(By.cssSelector(".chip-remove")).click());
        assertFalse(query().contains("undated"), driver.getCurrentUrl());
        assertEquals(total, shownTotal());

        // the briefing says it is undated, and when it was added apart from that
        open("/?q=" + TestServer.enc(q) + "&doc=" + id);
        WebElement meta =
                waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#briefing .meta")));
        assertTrue(meta.getText().startsWith("undated"), meta.getText());
        assertNotNull(meta.findElement(By.cssSelector(".ingested time")).getDomAttribute("datetime"));
        assertTrue(meta.getText().contains("added "), meta.getText());
        assertNoScriptErrors();
    }

    @Test
    void opensABriefingWithMarkedMentionsAndADownloadLink() throws Exception {
        open("/?q=hanoi");
        WebElement link = hits().get(0).findElement(By.cssSelector("h3 a"));
        String title = link.getText();
        String id = link.getDomAttribute("data-id");
        link.click();
        WebElement heading = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("briefing-title")));
        assertEquals(title, heading.getText());
        assertTrue(query().contains("doc=" + id), driver.getCurrentUrl());
        assertFalse(driver.findElement(By.id("results")).isDisplayed(), "the list makes way for the briefing");
        List<WebElement> marks = driver.findElements(By.cssSelector("#briefing-body mark.m-country"));
        assertFalse(marks.isEmpty(), "country mentions are marked in the text");
        assertTrue(marks.stream()
                .anyMatch(m -> m.getText().equals("Hanoi") || m.getText().equals("Vietnam")));
        JsonNode doc = s.getJson("/api/documents/" + id);
        assertEquals(
                doc.get("body").asText(),
                js("return document.getElementById('briefing-body').textContent;"),
                "the full text is shown unchanged");
        WebElement download = driver.findElement(By.cssSelector("#briefing a.download"));
        assertTrue(download.getDomAttribute("href").endsWith("/api/documents/" + id + "/original"));
        assertEquals(
                200,
                s.get(URI.create(download.getDomProperty("href")).getPath()).statusCode());
        assertFalse(driver.findElements(By.cssSelector(".entities-country li")).isEmpty(), "the country list");
        assertTrue(
                driver.findElement(By.cssSelector(".entities-country li"))
                        .getText()
                        .contains("×"),
                "with counts");
        assertTrue(
                driver.findElement(By.cssSelector("#briefing .meta")).getText().matches("(?s).*\\d{4}.*"), "a date");
        screenshot("04-briefing-laptop");

        // back returns to the list, with focus on the briefing's link; forward opens it again
        driver.navigate().back();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        assertFalse(driver.findElement(By.id("briefing")).isDisplayed());
        assertEquals(id, driver.switchTo().activeElement().getDomAttribute("data-id"));
        driver.navigate().forward();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("briefing-title")));
        // Escape closes it, as does the back button on the page
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        assertFalse(query().contains("doc="));
        hits().get(0).findElement(By.cssSelector("h3 a")).click();
        // the page shows the back button once the briefing has been fetched
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("back"))).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        assertFalse(query().contains("doc="));

        // a briefing at phone width
        viewport(PHONE, true);
        open("/?q=hanoi&doc=" + id);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("briefing-title")));
        assertFitsWidth();
        screenshot("05-briefing-phone");
        assertNoScriptErrors();
    }

    @Test
    void aServerWithoutSemanticSearchOffersNoMeaningToggleAndALinkAskingForItSearchesByKeyword() throws Exception {
        open("/?q=sanctions&mode=hybrid");
        assertFalse(driver.findElement(By.id("hybrid")).isDisplayed(), "hybrid is not offered without --semantic");
        assertEquals(s.getJson("/api/search?q=sanctions").get("total").asLong(), shownTotal());
        assertNoScriptErrors();
    }

    @Test
    void aSharedUrlShowsTheSameStateAfterReload() throws Exception {
        String shared = "/?q=sanctions&about=KP&country=US&sort=oldest&from=2000&to=2030-12";
        open(shared);
        JsonNode api =
                s.getJson("/api/search?q=sanctions&about=KP&country=US&sort=oldest&from=2000&to=2030-12&size=20");
        for (int round = 0; round < 2; round++) {
            assertEquals("sanctions", driver.findElement(By.id("q")).getDomProperty("value"));
            assertTrue(driver.findElement(By.id("f-about-KP")).isSelected());
            assertTrue(driver.findElement(By.id("f-country-US")).isSelected());
            assertEquals("oldest", driver.findElement(By.id("sort")).getDomProperty("value"));
            assertEquals("2000", driver.findElement(By.id("from")).getDomProperty("value"));
            assertEquals("2030-12", driver.findElement(By.id("to")).getDomProperty("value"));
            assertEquals(api.get("total").asLong(), shownTotal());
            assertEquals(
                    api.get("hits").get(0).get("id").asText(),
                    hits().get(0).getDomAttribute("data-id"),
                    "the same order");
            assertEquals(4, driver.findElements(By.cssSelector("#chips .chip")).size(), "two filters and two dates");
            driver.navigate().refresh();
            waiting().until(d -> searches() > 0);
        }

        // changing the sort is a new history entry; back restores the shared state
        andWaitForSearch(() -> new Select(driver.findElement(By.id("sort"))).selectByValue("newest"));
        assertTrue(query().contains("sort=newest"));
        andWaitForSearch(() -> driver.navigate().back());
        assertEquals("oldest", driver.findElement(By.id("sort")).getDomProperty("value"));
        assertTrue(
                driver.getCurrentUrl().endsWith(shared.substring(1)) || query().contains("sort=oldest"),
                driver.getCurrentUrl());

        // the narrowed search at phone width
        viewport(PHONE, true);
        open("/?q=sanctions&about=KP");
        assertFitsWidth();
        screenshot("06-narrowed-phone");
        driver.findElement(By.id("filters-toggle")).click();
        screenshot("07-filters-phone");
        assertNoScriptErrors();
    }

    @Test
    void apiErrorsAreShownInWords() throws Exception {
        open("/");
        andWaitForSearch(() -> driver.findElement(By.id("q")).sendKeys("\"unclosed phrase", Keys.ENTER));
        WebElement error = driver.findElement(By.id("error"));
        assertTrue(error.isDisplayed());
        assertTrue(error.getText().contains("syntax"), error.getText());
        assertEquals("alert", error.getDomAttribute("role"));
        screenshot("08-error");
        // the next good search clears it
        WebElement q = driver.findElement(By.id("q"));
        q.clear();
        andWaitForSearch(() -> q.sendKeys("oil", Keys.ENTER));
        assertFalse(driver.findElement(By.id("error")).isDisplayed());
        // an unknown briefing is an error in words, not a blank page
        open("/?doc=" + "0".repeat(64));
        WebElement inline = waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#briefing .error-inline")));
        assertTrue(inline.getText().contains("no briefing"), inline.getText());
    }

    @Test
    void uploadsFilesAndFindsThem() throws Exception {
        open("/");
        long before = shownTotal();
        String word = "quokkastan" + UUID.randomUUID().toString().substring(0, 6);
        Path one = textFile(
                "upload-one.txt",
                "Quokka census in Norway\n\nSummary: The " + word
                        + " survey counted animals near Oslo and Bergen. Norway and Sweden shared the results.\n");
        Path two = textFile("upload-two.txt", "Second note on " + word + "\n\nThe " + word + " team visited Chile.\n");
        byte[] junk = new byte[5000];
        new Random(7).nextBytes(junk);
        System.arraycopy("%PDF-1.5\n".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, 9);
        Path broken = Files.write(one.resolveSibling("upload-broken.pdf"), junk);
        List<WebElement> rows = uploadThroughPicker(one, two, broken);
        waiting().until(d -> rows.stream().noneMatch(r -> r.getDomAttribute("data-result") == null));
        Map<String, String> outcome = new HashMap<>();
        for (WebElement r : rows) {
            outcome.put(r.findElement(By.cssSelector(".file-name")).getText(), r.getDomAttribute("data-result"));
        }
        assertEquals("indexed", outcome.get("upload-one.txt"), outcome.toString());
        assertEquals("indexed", outcome.get("upload-two.txt"), outcome.toString());
        assertEquals("not_extractable", outcome.get("upload-broken.pdf"), outcome.toString());
        assertEquals(before + 2, shownTotal(), "the list is refreshed after the upload");
        screenshot("09-upload-laptop");

        // the same file again is a duplicate, with a link to the briefing already there
        List<WebElement> again = uploadThroughPicker(one);
        waiting().until(d -> again.get(0).getDomAttribute("data-result") != null);
        assertEquals("duplicate", again.get(0).getDomAttribute("data-result"));
        assertTrue(again.get(0).getText().contains("Already"), again.get(0).getText());

        // dropping files on the page uploads them too (a drop event carrying a file, as a drag from the desktop makes)
        String dropWord = "droppedwombat" + UUID.randomUUID().toString().substring(0, 6);
        int rowsBefore = driver.findElements(By.cssSelector("#upload-results li.upload-row"))
                .size();
        andWaitForSearch(() -> js("""
                const dt = new DataTransfer();
                dt.items.add(new File([arguments[0]], 'dropped.txt', { type: 'text/plain' }));
                const zone = document.getElementById('dropzone');
                zone.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: dt }));
                zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));""", "Dropped note\n\nThe " + dropWord + " arrived by drag and drop.\n"));
        List<WebElement> dropped = driver.findElements(By.cssSelector("#upload-results li.upload-row"));
        assertEquals(rowsBefore + 1, dropped.size());
        assertEquals(
                "indexed",
                dropped.get(0).getDomAttribute("data-result"),
                dropped.get(0).getText());
        assertEquals(
                "dropped.txt",
                dropped.get(0).findElement(By.cssSelector(".file-name")).getText());

        // the link opens the new briefing
        WebElement made = again.get(0).findElement(By.cssSelector("a.made-link"));
        assertEquals("Quokka census in Norway", made.getText());
        made.click();
        WebElement heading = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("briefing-title")));
        assertEquals("Quokka census in Norway", heading.getText());

        // and a search finds both
        driver.findElement(By.id("back")).click();
        WebElement q = driver.findElement(By.id("q"));
        q.clear();
        andWaitForSearch(() -> q.sendKeys(word, Keys.ENTER));
        assertEquals(2, shownTotal());
        viewport(PHONE, true);
        driver.navigate().refresh();
        waiting().until(d -> searches() > 0);
        driver.findElement(By.id("upload-toggle")).click();
        assertFitsWidth();
        screenshot("10-search-and-upload-phone");
        assertNoScriptErrors();
    }

    @Test
    void aScriptInATitleIsShownAsText() throws Exception {
        open("/");
        String word = "xsscheck" + UUID.randomUUID().toString().substring(0, 6);
        String title = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> Title " + word;
        Path evil = textFile(
                "evil-title.txt",
                title + "\n\nSummary: <b>bold</b> & <i>" + word
                        + "</i> in Peru.\n\nThe body also says <script>window.pwned=3</script> " + word
                        + " in Peru.\n");
        List<WebElement> rows = uploadThroughPicker(evil);
        waiting().until(d -> rows.get(0).getDomAttribute("data-result") != null);
        assertEquals(
                "indexed",
                rows.get(0).getDomAttribute("data-result"),
                rows.get(0).getText());
        assertTrue(
                rows.get(0).findElement(By.cssSelector("a.made-link")).getText().contains("<script>"));

        WebElement q = driver.findElement(By.id("q"));
        q.clear();
        andWaitForSearch(() -> q.sendKeys(word, Keys.ENTER));
        assertEquals(1, shownTotal());
        WebElement hit = hits().get(0);
        String shownTitle = hit.findElement(By.cssSelector("h3 a")).getText();
        assertTrue(shownTitle.contains("<script>window.pwned=1</script>"), shownTitle);
        assertTrue(
                hit.findElement(By.cssSelector(".snippet")).getText().contains("<"), "the snippet shows < literally");
        assertTrue(hit.findElements(By.cssSelector("script, img, b, i")).isEmpty(), "no markup from the document");
        screenshot("11-script-title-as-text");

        hit.findElement(By.cssSelector("h3 a")).click();
        WebElement heading = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("briefing-title")));
        assertTrue(heading.getText().contains("<script>window.pwned=1</script>"), heading.getText());
        assertTrue(driver.findElement(By.id("briefing-body")).getText().contains("<script>window.pwned=3</script>"));
        assertTrue(driver.findElements(By.cssSelector("#briefing script, #briefing img, #briefing b, #briefing i"))
                .isEmpty());
        assertTrue(driver.getTitle().contains("<script>"), "the window title too is text");
        assertNull(js("return window.pwned;"), "no script from the document ran");
        screenshot("12-script-title-briefing");
        assertNoScriptErrors();
    }

    @Test
    void thePageIsUsableByKeyboard() throws Exception {
        open("/");
        // the search box is focused; type and submit with Enter
        andWaitForSearch(() -> new Actions(driver).sendKeys("oil", Keys.ENTER).perform());
        assertTrue(shownTotal() > 0);
        // tab into the filters and tick the first box with the space bar
        WebElement firstBox = driver.findElement(By.cssSelector("#facet-about input[type=checkbox]"));
        String value = firstBox.getDomAttribute("data-value");
        js("arguments[0].focus();", driver.findElement(By.cssSelector("#facet-about .facet-filter")));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals(
                firstBox.getDomAttribute("id"),
                driver.switchTo().activeElement().getDomAttribute("id"));
        andWaitForSearch(() -> new Actions(driver).sendKeys(Keys.SPACE).perform());
        assertTrue(query().contains("about=" + value), driver.getCurrentUrl());
        // focus stays on the ticked box after the list is redrawn
        assertEquals("f-about-" + value, driver.switchTo().activeElement().getDomAttribute("id"));
        // the timeline: one tab stop, Enter picks the focused month
        WebElement bar = driver.findElement(By.cssSelector("#timeline g.bar[tabindex='0']"));
        js("arguments[0].focus();", bar);
        String month = bar.getDomAttribute("data-month");
        andWaitForSearch(() -> new Actions(driver).sendKeys(Keys.ENTER).perform());
        assertEquals(month, driver.findElement(By.id("from")).getDomProperty("value"));
        // "Add briefings" opens the upload panel with the file picker focused
        WebElement toggle = driver.findElement(By.id("upload-toggle"));
        js("arguments[0].focus();", toggle);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertEquals("true", toggle.getDomAttribute("aria-expanded"));
        assertEquals("file-input", driver.switchTo().activeElement().getDomAttribute("id"));
        // every form control has a name a screen reader can read
        Object unnamed = js("""
                return [...document.querySelectorAll('input, select, button')].filter(e => {
                  if (e.type === 'hidden') return false;
                  const label = e.labels && e.labels.length ? e.labels[0].textContent.trim() : '';
                  return !(label || e.getAttribute('aria-label') || e.textContent.trim() || e.title);
                }).map(e => e.outerHTML);""");
        assertEquals(List.of(), unnamed);
        assertNoScriptErrors();
    }

    // ------------------------------------------------------------------ map, entity pages, similar briefings

    @Test
    void clickingNorthKoreaOnTheMapFiltersTheResultsToBriefingsAboutIt() throws Exception {
        open("/");
        WebElement kp = waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map path[data-code='KP']")));
        JsonNode all = s.getJson("/api/search?size=0&facetLimit=1000");
        assertEquals(
                String.valueOf(facetCounts(all, "about").get("KP")),
                kp.getDomAttribute("data-count"),
                "the map's count is the about facet's");
        assertTrue(kp.getDomAttribute("aria-label").startsWith("North Korea: "), kp.getDomAttribute("aria-label"));
        assertEquals("0", kp.getDomAttribute("tabindex"), "countries with briefings are keyboard reachable");
        assertFalse(
                driver.findElements(By.cssSelector("#map .map-table tbody tr")).isEmpty(),
                "the counts are also a table");
        screenshot("map-all");
        andWaitForSearch(kp::click);
        assertTrue(query().contains("about=KP"), driver.getCurrentUrl());
        long expected = s.getJson("/api/search?size=0&about=KP").get("total").asLong();
        assertTrue(expected > 0);
        assertEquals(expected, shownTotal());
        for (WebElement hit : hits()) {
            assertTrue(
                    hit.findElement(By.cssSelector(".about")).getText().contains("North Korea"),
                    "a hit about North Korea: " + hit.getText());
        }
        waiting()
                .until(d -> d.findElement(By.cssSelector("#map path[data-code='KP']"))
                        .getDomAttribute("class")
                        .contains("selected"));
        screenshot("map-north-korea");
        // with the keyboard: Enter on a focused country adds it too
        WebElement other = driver.findElement(By.cssSelector("#map path.counted:not(.selected)"));
        String code = other.getDomAttribute("data-code");
        js("arguments[0].focus();", other);
        andWaitForSearch(() -> new Actions(driver).sendKeys(Keys.ENTER).perform());
        assertTrue(query().contains("about=" + code), driver.getCurrentUrl());
        assertNoScriptErrors();
    }

    @Test
    void anEntityChipOpensTheEntityPageWhoseCoMentionsLeadToTheirOwnPages() throws Exception {
        open("/?about=KP");
        WebElement chip = driver.findElement(By.cssSelector("#hits .about a.entity-link"));
        chip.click();
        WebElement count = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("entity-count")));
        assertTrue(query().contains("entity="), driver.getCurrentUrl());
        String key = java.net.URLDecoder.decode(query().replaceAll(".*entity=([^&]*).*", "$1"), StandardCharsets.UTF_8);
        String[] dimValue = key.split(":", 2);
        JsonNode page = s.getJson("/api/entities/" + dimValue[0] + "/"
                + TestServer.enc(dimValue[1]).replace("+", "%20"));
        assertEquals(
                page.get("count").asLong() + " briefing" + (page.get("count").asLong() == 1 ? "" : "s"),
                count.getText());
        assertFalse(driver.findElements(By.cssSelector("#entity-latest li")).isEmpty());
        screenshot("entity-page");
        WebElement co = driver.findElement(By.cssSelector("#entity .co-mentioned a.entity-link"));
        String name = co.getText();
        co.click();
        waiting().until(d -> d.findElement(By.id("entity-title")).getText().startsWith(name));
        // the facet sidebar's small link opens a page too, and its checkbox still filters
        driver.findElement(By.id("entity-back")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("hits")));
        WebElement facetLink = driver.findElement(By.cssSelector("#facet-person .entity-link"));
        facetLink.click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("entity-count")));
        assertTrue(query().contains("entity=person"), driver.getCurrentUrl());
        assertNoScriptErrors();
    }

    @Test
    void theBriefingViewListsSimilarBriefings() throws Exception {
        open("/?about=KP");
        hits().get(0).findElement(By.cssSelector("a.hit-title")).click();
        WebElement similar =
                waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#similar li.related a")));
        assertFalse(similar.getText().isBlank());
        screenshot("similar-briefings");
        String id = similar.getDomAttribute("data-id");
        similar.click();
        waiting().until(d -> query().contains("doc=" + id));
        assertNoScriptErrors();
    }
}
