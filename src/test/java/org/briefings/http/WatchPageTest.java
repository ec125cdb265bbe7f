package org.briefings.http;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.briefings.testing.Slow;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Watches in the page, in a real browser (Debian's chromium, headless; skipped when absent): "Watch
 * this search" adds the search to the watches panel, an upload that matches it raises its unread
 * count live (the event stream, no reload), and opening the watch shows the new match marked new and
 * clears the count. Screenshots go to {@code target/screenshots/}.
 */
@Slow
class WatchPageTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("briefings.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("briefings.chromedriver", "/usr/bin/chromedriver"));

    @TempDir
    static Path dir;

    static TestServer s;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        s = new TestServer(dir.resolve("server"), ServerConfig.defaults(), true);
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
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
                "--window-size=1280,900");
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build(),
                options);
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

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("briefings.project.dir", ".")).resolve("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theUnreadCountAppearsAndUpdatesLiveAndOpeningTheWatchMarksWhatIsNew() throws Exception {
        Assumptions.assumeTrue(driver != null, "browser test skipped: chromium or chromedriver not found");
        driver.get(s.base() + "/?q=sanctions&country=KP");
        waiting().until(d -> !d.findElements(By.id("total-count")).isEmpty());
        driver.findElement(By.id("watch-search")).click();
        WebElement open = waiting()
                .until(d -> d.findElements(By.cssSelector("#watch-list .watch-open")).stream()
                        .filter(e -> e.getText().startsWith("sanctions"))
                        .findFirst()
                        .orElse(null));
        String id = open.getDomAttribute("data-watch");
        By badge = By.cssSelector("#watch-list .unread[data-watch='" + id + "']");
        assertEquals("0", driver.findElement(badge).getText(), "the briefings that already match are not unread");
        assertTrue(driver.findElement(By.id("watch-status")).getText().contains("already match"));
        screenshot("watch-1-created");

        HttpResponse<String> up = s.send(
                s.request("/api/documents?name=kp-watch.txt")
                        .header("Content-Type", "text/plain")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "North Korea evades sanctions again\n\n"
                                                + "Pyongyang moved coal through ship-to-ship transfers despite UN sanctions on North Korea.\n")));
        assertEquals(201, up.statusCode(), up.body());
        waiting().until(d -> d.findElement(badge).getText().equals("1"));
        screenshot("watch-2-unread");

        driver.findElement(By.cssSelector("#watch-list .watch-open[data-watch='" + id + "']"))
                .click();
        WebElement fresh = waiting()
                .until(d -> d.findElements(By.cssSelector("#watch-view li.hit.new")).stream()
                        .findFirst()
                        .orElse(null));
        assertTrue(fresh.getText().contains("North Korea evades sanctions again"), fresh.getText());
        assertEquals(
                1, driver.findElements(By.cssSelector("#watch-view li.hit.new")).size());
        assertFalse(driver.findElements(By.cssSelector("#watch-view li.hit.earlier"))
                .isEmpty());
        waiting().until(d -> d.findElement(badge).getText().equals("0"));
        screenshot("watch-3-opened");
    }

    @Test
    void aSearchWithCopiesHiddenAndALongNameCanBeWatched() throws Exception {
        Assumptions.assumeTrue(driver != null, "browser test skipped: chromium or chromedriver not found");
        String longQuery = "sanctions " + "shipping ".repeat(30);
        driver.get(s.base() + "/?q=" + TestServer.enc(longQuery.strip()) + "&copies=hide");
        waiting().until(d -> !d.findElements(By.id("total-count")).isEmpty());
        driver.findElement(By.id("watch-search")).click();
        waiting().until(d -> d.findElement(By.id("watch-status")).getText().contains("Watching"));
        JsonNode watches = s.getJson("/api/watches").get("watches");
        boolean found = false;
        for (JsonNode w : watches) {
            String name = w.get("name").asText();
            if (name.startsWith("sanctions shipping")) {
                found = true;
                assertTrue(name.length() <= 200, name);
                assertEquals(longQuery.strip(), w.get("q").asText(), "the whole query is watched");
            }
        }
        assertTrue(found, watches.toString());
    }
}
