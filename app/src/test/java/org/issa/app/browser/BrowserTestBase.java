package org.issa.app.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.issa.app.http.HttpTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser journey shares: Debian's headless Chromium (skipped, with a message, where it
 * is not installed; {@code ISSA_TEST_CHROMIUM} and {@code ISSA_TEST_CHROMEDRIVER} point elsewhere),
 * downloads into a temporary folder, signing in, and screenshots under {@code target/screenshots}.
 * A journey that needs other browser arguments declares its own {@code static void startBrowser()},
 * which hides this one, and calls {@link #start(String...)}.
 */
public abstract class BrowserTestBase extends HttpTestBase {

    protected static WebDriver driver;
    protected static Path downloads;

    @BeforeAll
    static void startBrowser() throws Exception {
        start();
    }

    /** Starts Chromium with the common arguments plus {@code extraArguments} (e.g. {@code --lang=fr-FR}). */
    protected static void start(String... extraArguments) throws Exception {
        File chromium = new File(System.getenv().getOrDefault("ISSA_TEST_CHROMIUM", "/usr/bin/chromium"));
        File chromedriver = new File(System.getenv().getOrDefault("ISSA_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));
        Assumptions.assumeTrue(chromium.canExecute() && chromedriver.canExecute(),
                "browser test skipped: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        downloads = Files.createTempDirectory("issa-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        List<String> arguments = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("issa-chromium")));
        arguments.addAll(List.of(extraArguments));
        options.addArguments(arguments);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("plugins.always_open_pdf_externally", true);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** Signs in through the login form, as a fresh session. */
    /**
     * A wait of 20 seconds that reads again when the page was replaced while a condition read it
     * (a form posted and its result page loading): such a read says "not yet", not "failed".
     */
    protected static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    protected void signInAs(WebDriverWait wait, String user) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    /** Saves a screenshot of the current page as {@code target/screenshots/NAME.png}. */
    protected static void shot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
