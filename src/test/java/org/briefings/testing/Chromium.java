package org.briefings.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Debian's chromium, headless, through its chromedriver, for browser tests (never a downloaded browser). */
public final class Chromium {

    public static final Path BINARY = Path.of(System.getProperty("briefings.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("briefings.chromedriver", "/usr/bin/chromedriver"));

    public static final String MISSING = "browser tests skipped: " + BINARY + " or " + DRIVER
            + " not found (apt-get install chromium chromium-driver; .ci/run does)";

    public static boolean available() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /** A headless browser with its own profile in {@code profile}, keeping the console log. */
    public static ChromeDriver start(Path profile) throws Exception {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        Files.createDirectories(profile);
        options.addArguments(List.of(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--user-data-dir=" + profile,
                "--window-size=1280,900"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Console errors, leaving out the API's 4xx answers (the page handles those). */
    public static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(e -> e.getMessage())
                .filter(m -> !m.contains("the server responded with a status of 4"))
                .toList();
    }

    private Chromium() {}
}
