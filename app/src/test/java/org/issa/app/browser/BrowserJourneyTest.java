package org.issa.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An analyst's day in Debian's Chromium, driven by Selenium: sign in, open an objective, record a
 * marked progress update, read it in the annual report and download the PDF. Skipped, with a
 * message, where Chromium or ChromeDriver is not installed ({@code .ci/run} installs both).
 */
class BrowserJourneyTest extends BrowserTestBase {

    @Test
    void analystRecordsProgressAndDownloadsTheAnnualReport() throws Exception {
        WebDriverWait wait = waiting();
        driver.get(url("/"));
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        driver.findElement(By.id("username")).sendKeys(username(Role.ANALYST));
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(d -> d.findElements(By.cssSelector(".objectives .objective")).size() == 5);
        shot("dashboard");

        driver.findElement(By.linkText("O3. Raise levels of security for citizens and businesses in cyberspace")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/objectives/O3"));
        driver.findElement(By.cssSelector("a[href='/actions/O3.A2.1']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/actions/O3.A2.1"));

        String text = "National CERT network exercise held " + UUID.randomUUID();
        driver.findElement(By.id("update-body")).sendKeys(text);
        new Select(driver.findElement(By.id("update-classification"))).selectByValue("RESTREINT_UE");
        new Select(driver.findElement(By.id("update-tlp"))).selectByValue("AMBER");
        driver.findElement(By.cssSelector("#update-form button[type=submit]")).click();
        wait.until(d -> d.getPageSource().contains("Progress update recorded."));
        assertThat(driver.getPageSource()).contains(text).contains("RESTREINT UE / EU RESTRICTED · TLP:AMBER");
        shot("action");

        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        driver.findElement(By.linkText("Reports")).click();
        driver.findElement(By.cssSelector("a[href='/reports/" + year + "']")).click();
        wait.until(d -> d.getPageSource().contains("Report on the implementation"));
        assertThat(driver.getPageSource()).contains(text);
        assertThat(driver.findElement(By.cssSelector(".banner")).getText()).startsWith("RESTREINT UE");
        shot("report");

        driver.findElement(By.id("pdf-link")).click();
        Path pdf = downloads.resolve("iss-implementation-report-" + year + ".pdf");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.exists(pdf));
        byte[] head = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            assertThat(in.read(head)).isEqualTo(5);
        }
        assertThat(new String(head)).isEqualTo("%PDF-");
    }

}
