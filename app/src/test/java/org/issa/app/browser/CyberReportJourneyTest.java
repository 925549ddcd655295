package org.issa.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.issa.app.cyber.PublicRateLimits;
import org.issa.core.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen files a report in French in Debian's Chromium (keyboard only for the first fields),
 * keeps the reference and secret, and checks its status; a triage analyst opens it with a purpose,
 * confirms the suggested classification and forwards it; the citizen's status page then says to whom.
 * Skipped, with a message, where Chromium is not installed.
 */
class CyberReportJourneyTest extends BrowserTestBase {

    @Autowired
    PublicRateLimits throttle;

    @BeforeAll
    static void startBrowser() throws Exception {
        start("--lang=fr-FR"); // the French journey: Chromium asks for French pages
    }

    @Test
    void aCitizenReportsInFrenchAndAnAnalystConfirmsAndForwardsIt() throws Exception {
        throttle.reset();
        WebDriverWait wait = waiting();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        driver.manage().deleteAllCookies();
        driver.get(url("/cyber/report"));
        driver.findElement(By.cssSelector("a[hreflang=fr]")).click();
        wait.until(d -> d.findElement(By.tagName("html")).getDomAttribute("lang").equals("fr"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Signaler une cyberinfraction ou une escroquerie en ligne");

        // keyboard only: the description, then Tab to the date field
        driver.findElement(By.id("f-description")).sendKeys("Courriel de hameçonnage au nom de ma banque (" + marker
                + "), lien hxxps://banque-" + marker + ".example[.]com/connexion", Keys.TAB);
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("f-occurredOn");
        new Select(driver.findElement(By.id("f-country"))).selectByValue("FR");
        new Select(driver.findElement(By.id("f-sector"))).selectByValue("individual");
        driver.findElement(By.id("f-contactEmail")).sendKeys("citoyen-" + marker + "@example.org");
        shot("report-form-fr");
        Thread.sleep(3500); // a person takes longer than the form's minimum fill time; this test must too
        driver.findElement(By.id("f-submit")).click();
        wait.until(d -> d.getCurrentUrl().contains("/cyber/report/received"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Merci, nous avons bien reçu votre signalement");
        String reference = driver.findElement(By.id("reference")).getText();
        String secret = driver.findElement(By.id("secret")).getText();
        shot("report-received-fr");

        checkStatus(wait, reference, secret);
        assertThat(driver.findElement(By.id("status-state")).getText()).isEqualTo("Reçu, en attente de lecture");

        signInAs(wait, username(Role.ANALYST));
        driver.get(url("/cyber/reports?status=NEW"));
        driver.findElement(By.linkText(reference)).click();
        wait.until(d -> !d.findElements(By.id("purpose-form")).isEmpty());
        driver.findElement(By.id("purpose-open")).click();
        wait.until(d -> !d.findElements(By.id("classify-form")).isEmpty());
        assertThat(driver.findElement(By.id("suggested")).getText()).isEqualTo("fraud/phishing");
        assertThat(driver.findElement(By.id("report-description")).getText()).contains(marker);
        driver.findElement(By.id("classify-button")).click();
        wait.until(d -> d.findElement(By.id("report-status")).getText().equals("TRIAGED"));
        assertThat(driver.findElement(By.id("route-authority")).getText()).isEqualTo("National police cybercrime unit");
        driver.findElement(By.id("forward-button")).click();
        wait.until(d -> d.findElement(By.id("report-status")).getText().equals("FORWARDED"));
        assertThat(driver.findElement(By.id("forwardings")).getText()).contains(username(Role.ANALYST), "POLICE-CYBER");
        assertThat(driver.findElement(By.id("report-outbox")).getText()).contains("QUEUED", "citoyen-" + marker + "@example.org");
        shot("report-forwarded");

        driver.manage().deleteAllCookies();
        checkStatus(wait, reference, secret);
        assertThat(driver.findElement(By.id("status-state")).getText()).isEqualTo("Transmis à l’autorité compétente");
        assertThat(driver.findElement(By.id("status-forwarded")).getText()).contains("National police cybercrime unit");
        assertThat(driver.findElement(By.id("status-classification")).getText()).isEqualTo("Fraude — Hameçonnage (phishing)");
        shot("report-status-fr");
    }

    private void checkStatus(WebDriverWait wait, String reference, String secret) {
        driver.get(url("/cyber/report/status?lang=fr"));
        driver.findElement(By.id("s-reference")).sendKeys(reference);
        driver.findElement(By.id("s-secret")).sendKeys(secret, Keys.ENTER);
        wait.until(d -> !d.findElements(By.id("status-result")).isEmpty());
    }

}
