package org.issa.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The criteria editor in Debian's Chromium: an analyst types a criterion and the live compile check refuses a
 * sensitive field and then accepts a specific criterion; she saves it and backtests it; a supervisor approves it and
 * puts it in force. Skipped, with a message, where Chromium is not installed.
 */
class CriteriaEditorJourneyTest extends BrowserTestBase {

    @Test
    void analystWritesAndBacktestsACriterionAndASupervisorPutsItInForce() throws Exception {
        WebDriverWait wait = waiting();
        String name = "Browser criterion " + UUID.randomUUID().toString().substring(0, 8);
        signInAs(wait, username(Role.ANALYST));
        driver.findElement(By.linkText("Passengers")).click();
        driver.findElement(By.linkText("Passenger criteria")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/passenger/criteria"));

        WebElement expression = driver.findElement(By.id("c-expression"));
        expression.sendKeys("itinerary.origin == 'IST' && passenger.meal == 'MOML'");
        wait.until(d -> d.findElement(By.id("compile-result")).getText().contains("forbidden-field"));
        assertThat(driver.findElement(By.id("compile-result")).getText()).contains("passenger.meal", "Art 6(4)");
        shot("criteria-refused");

        expression.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        expression.sendKeys("'IST-FRA' in itinerary.segments && booking.paid_cash && booking.days_before_departure <= 2");
        wait.until(d -> d.findElement(By.id("compile-result")).getText().contains("Accepted"));
        driver.findElement(By.id("c-name")).sendKeys(name);
        driver.findElement(By.id("c-justification")).sendKeys("Cash-paid last-minute IST-FRA bookings (case pattern 2025/114).");
        driver.findElement(By.cssSelector("#new-criterion button[type=submit]")).click();
        wait.until(d -> d.getPageSource().contains("created as draft version 1"));
        String detail = driver.getCurrentUrl();

        driver.findElement(By.cssSelector("#backtest-form button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.id("bt-hits")).isEmpty());
        assertThat(driver.findElement(By.id("backtest-result")).getText()).contains("Passengers", "Source");
        shot("criteria-backtest");

        signInAs(wait, username(Role.SUPERVISOR));
        driver.get(detail);
        driver.findElement(By.id("note-1")).sendKeys("Proportionate; reviewed with the DPO");
        driver.findElement(By.cssSelector("form.approve button")).click();
        wait.until(d -> d.getPageSource().contains("Version 1 approved."));
        driver.findElement(By.cssSelector("form.activate button")).click();
        wait.until(d -> d.getPageSource().contains("is in force"));
        assertThat(driver.findElement(By.id("version-1")).getText()).contains("ACTIVE", username(Role.SUPERVISOR));
    }
}
