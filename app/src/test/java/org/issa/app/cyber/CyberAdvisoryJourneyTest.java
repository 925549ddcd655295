package org.issa.app.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.issa.app.browser.BrowserTestBase;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An advisory in Debian's Chromium: an analyst drafts and submits it, a supervisor approves it with
 * a reason and publishes it, and a visitor without an account reads it on the public page and finds
 * it in the Atom feed. Skipped, with a message, where Chromium is not installed.
 */
class CyberAdvisoryJourneyTest extends BrowserTestBase {

    @Test
    void analystDraftsSupervisorApprovesAndPublishesThePublicReadsIt() throws Exception {
        WebDriverWait wait = waiting();
        String title = "Fake energy-bill refunds " + Long.toString(System.nanoTime(), 36);

        signInAs(wait, username(Role.ANALYST));
        driver.findElement(By.linkText("Cyber")).click(); // the one Cyber entry of the main navigation
        wait.until(d -> !d.findElements(By.id("cyber-sections")).isEmpty());
        shot("cyber-landing");
        driver.findElement(By.linkText("Advisories")).click(); // the cyber sub-navigation
        wait.until(d -> d.getCurrentUrl().endsWith("/cyber/advisories"));
        driver.findElement(By.id("new-advisory")).click();
        wait.until(d -> !d.findElements(By.id("advisory-form")).isEmpty());
        driver.findElement(By.id("a-title")).sendKeys(title);
        driver.findElement(By.id("a-summary")).sendKeys("Mails offer a refund of your energy bill and ask for your card number.");
        driver.findElement(By.id("a-what")).sendKeys("Do not answer. Your supplier never asks for card numbers by mail.");
        driver.findElement(By.id("a-who")).sendKeys("Households with an energy contract.");
        driver.findElement(By.cssSelector("input[name=sectors][value=ENERGY]")).click();
        driver.findElement(By.id("a-refs")).sendKeys("https://www.example.org/energy-scams Guide to energy scams");
        driver.findElement(By.id("save-advisory")).click();
        wait.until(d -> !d.findElements(By.id("version-status")).isEmpty());
        assertThat(driver.findElement(By.id("version-status")).getText()).isEqualTo("DRAFT");
        String advisoryUrl = driver.getCurrentUrl();
        driver.findElement(By.id("submit-button")).click();
        wait.until(d -> d.findElement(By.id("version-status")).getText().equals("SUBMITTED"));
        assertThat(driver.findElements(By.id("approve-button"))).as("the author cannot approve").isEmpty();
        shot("advisory-submitted");

        signInAs(wait, username(Role.SUPERVISOR));
        driver.get(advisoryUrl);
        wait.until(d -> !d.findElements(By.id("approve-button")).isEmpty());
        driver.findElement(By.id("d-reason")).sendKeys("Accurate, plain and actionable.");
        driver.findElement(By.id("approve-button")).click();
        wait.until(d -> d.findElement(By.id("version-status")).getText().equals("APPROVED"));
        driver.findElement(By.id("publish-button")).click();
        wait.until(d -> d.findElement(By.id("version-status")).getText().equals("PUBLISHED"));
        assertThat(driver.getPageSource()).contains("Published as version 1.");
        shot("advisory-published");

        driver.manage().deleteAllCookies();
        driver.get(url("/public/advisories?lang=de"));
        wait.until(d -> !d.findElements(By.id("advisories")).isEmpty());
        driver.findElement(By.linkText(title)).click();
        wait.until(d -> !d.findElements(By.id("advisory")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("de");
        assertThat(driver.findElement(By.id("advisory")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.id("what-to-do")).getText()).contains("never asks for card numbers");
        assertThat(driver.getPageSource()).contains("Was zu tun ist");
        shot("advisory-public");
        driver.findElement(By.id("csaf-link")).click();
        wait.until(d -> d.getPageSource().contains("\"csaf_version\""));
        assertThat(driver.getPageSource()).contains(title);

        var feed = new WebSession().get("/public/advisories/feed.atom?audience=CITIZENS&sector=ENERGY");
        assertThat(feed.body()).contains("<title>" + title + "</title>");
    }

}
