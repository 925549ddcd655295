package org.issa.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The CERT pages in Debian's Chromium: an analyst uploads a bundle with one good and one broken
 * indicator, reads the validation report naming the broken property, finds the stored indicator in
 * the list by TLP and opens it. Skipped, with a message, where Chromium is not installed.
 */
class CyberCertJourneyTest extends BrowserTestBase {

    @Test
    void analystUploadsABundleReadsTheReportAndOpensTheObject() throws Exception {
        WebDriverWait wait = waiting();
        String good = UUID.randomUUID().toString();
        String bad = UUID.randomUUID().toString();
        String name = "Browser indicator " + good.substring(0, 8);
        Path file = Files.createTempFile("bundle", ".json");
        Files.writeString(file, "{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":["
                + "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--" + good + "\",\"created\":\"2026-02-01T00:00:00.000Z\","
                + "\"modified\":\"2026-02-01T00:00:00.000Z\",\"name\":\"" + name + "\",\"pattern\":\"[url:value = 'http://bad.example/']\","
                + "\"pattern_type\":\"stix\",\"valid_from\":\"2026-02-01T00:00:00Z\"},"
                + "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--" + bad + "\",\"created\":\"2026-02-01T00:00:00.000Z\","
                + "\"modified\":\"2026-02-01T00:00:00.000Z\",\"name\":\"broken\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-02-01T00:00:00Z\"}]}");

        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username(Role.ANALYST));
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().endsWith("/login"));

        driver.get(url("/cyber/stix/import"));
        driver.findElement(By.id("i-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("#stix-tlp option[value=AMBER]")).click();
        driver.findElement(By.name("skipInvalid")).click();
        driver.findElement(By.cssSelector("#import-form button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.id("import-report")).isEmpty());
        String report = driver.findElement(By.id("import-report")).getText();
        assertThat(report).contains("1 stored").contains("1 refused").contains("$.pattern").contains("required-property");

        driver.get(url("/cyber/stix?type=indicator&tlp=AMBER&q=" + good.substring(0, 8)));
        driver.findElement(By.linkText(name)).click();
        wait.until(d -> d.getCurrentUrl().contains("/cyber/stix/objects/indicator--" + good));
        assertThat(driver.findElement(By.id("banner")).getText()).contains("TLP:AMBER");
        assertThat(driver.findElement(By.id("object-json")).getText()).contains("http://bad.example/");
        Files.deleteIfExists(file);
    }
}
