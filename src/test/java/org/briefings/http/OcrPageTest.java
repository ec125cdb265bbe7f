package org.briefings.http;

import static org.briefings.testing.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.briefings.ingest.OcrSettings;
import org.briefings.ingest.ParserIsolation;
import org.briefings.testing.Chromium;
import org.briefings.testing.Scans;
import org.briefings.testing.Slow;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page shows a scan as a scan: the "scanned (OCR)" badge on its hit and on the briefing, with
 * Tesseract's confidence beside it, and a note when OCR stopped at the file's page limit, in a real
 * browser. Skipped without chromium or tesseract.
 */
@Slow
@Timeout(300)
class OcrPageTest {

    @TempDir
    Path dir;

    @Test
    void aScannedBriefingCarriesTheScannedBadgeItsConfidenceAndThePagesNotRead() throws Exception {
        Assumptions.assumeTrue(Chromium.available(), Chromium.MISSING);
        Scans.assumeTesseract("eng");
        OcrSettings onePage = OcrSettings.defaults().withLimits(1, OcrSettings.DEFAULT_MAX_SECONDS);
        try (TestServer s = new TestServer(
                dir.resolve("server"),
                ServerConfig.defaults(),
                false,
                c -> c.withLimits(c.limits().withOcr(onePage)).withIsolation(ParserIsolation.inProcess()))) {
            Path pdf = Scans.imagePdf(
                    dir.resolve("cable.pdf"),
                    Scans.page(Scans.ENGLISH, 200),
                    Scans.page("Annex: the harbour blockade.", 150));
            assertEquals(
                    201,
                    s.send(s.request("/api/documents?name=cable.pdf")
                                    .header("Content-Type", "application/pdf")
                                    .POST(HttpRequest.BodyPublishers.ofFile(pdf)))
                            .statusCode());
            Files.writeString(s.corpus.resolve("typed.txt"), "Typed note\n\nThe quartermaster was typed, not scanned.");
            s.engine.reconcile();
            ChromeDriver driver = Chromium.start(dir.resolve("profile"));
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
                driver.get(s.base() + "/?q=" + enc("quartermaster"));
                wait.until(d -> d.findElements(By.cssSelector("li.hit")).size() == 2);
                List<WebElement> badges = driver.findElements(By.cssSelector("li.hit .badge.ocr"));
                assertEquals(1, badges.size(), "only the scan has the badge");
                assertEquals("scanned (ocr)", badges.get(0).getText().toLowerCase(java.util.Locale.ROOT));
                WebElement hit = badges.get(0).findElement(By.xpath("ancestor::li[contains(@class,'hit')]"));
                hit.findElement(By.cssSelector("h3 a")).click();
                WebElement confidence =
                        wait.until(d -> d.findElements(By.cssSelector(".briefing-head .ocr-confidence")).stream()
                                .findFirst()
                                .orElse(null));
                assertTrue(confidence.getText().matches(".*\\d+% confidence"), confidence.getText());
                assertEquals(
                        1,
                        driver.findElements(By.cssSelector(".briefing-head .badge.ocr"))
                                .size());
                String note = driver.findElement(By.cssSelector(".ocr-stopped")).getText();
                assertTrue(note.contains("OCR stopped at the page limit") && note.contains("1 page(s) read"), note);
                assertEquals(List.of(), Chromium.consoleErrors(driver));
            } finally {
                driver.quit();
            }
        }
    }
}
