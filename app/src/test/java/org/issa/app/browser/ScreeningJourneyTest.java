package org.issa.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screening in Debian's Chromium: an analyst screens a name, sees the candidate with its
 * explanation and keeps the name as a monitored record; a supervisor opens the hit in the review
 * queue and decides it a false positive. Skipped, with a message, where Chromium is not installed.
 */
class ScreeningJourneyTest extends BrowserTestBase {

    private String api(String method, String path, String contentType, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer "
                + token(Role.SUPERVISOR)).header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return r.body();
    }

    @Test
    void analystScreensANameAndASupervisorDecidesTheHit() throws Exception {
        WebDriverWait wait = waiting();
        String suffix = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String name = "Leopoldine Ashcombe" + suffix;
        String list = JsonMapper.builder().build().readTree(api("POST", "/api/v1/watchlists", "application/json",
                "{\"name\":\"Browser journey list " + suffix + "\",\"kind\":\"SANCTIONS\",\"sourceFormat\":\"pipe\"}")).path("id").asString();
        api("POST", "/api/v1/watchlists/" + list + "/versions", "text/plain", "J1|" + name + "|1968-11-02|XJ\n");

        signInAs(wait, username(Role.ANALYST));
        driver.findElement(By.linkText("Screening")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/screening"));
        driver.findElement(By.id("s-name")).sendKeys(name);
        driver.findElement(By.id("s-dob")).sendKeys("1968-11-02");
        driver.findElement(By.id("s-country")).sendKeys("XJ");
        driver.findElement(By.id("s-purpose")).sendKeys("onboarding of customer 2026/311");
        driver.findElement(By.id("s-monitor")).click();
        driver.findElement(By.id("screen-button")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#results .candidate")).isEmpty());
        String candidate = driver.findElement(By.cssSelector("#results .candidate")).getText();
        assertThat(candidate).contains(name, "J1");
        assertThat(driver.findElements(By.cssSelector("#results .candidate table.features tbody tr"))).isNotEmpty();
        assertThat(driver.findElement(By.id("monitored-notice")).getText()).contains("1 open hits");
        shot("screening");

        signInAs(wait, username(Role.SUPERVISOR));
        driver.get(url("/screening/review?list=" + list));
        wait.until(d -> !d.findElements(By.cssSelector("#hits .hit-link")).isEmpty());
        driver.findElement(By.cssSelector("#hits .hit-link")).click();
        wait.until(d -> d.getCurrentUrl().contains("/screening/hits/"));
        assertThat(driver.findElement(By.cssSelector(".side-by-side")).getText()).contains(name, "1968-11-02");
        shot("hit");
        driver.findElement(By.id("d-fp")).click();
        driver.findElement(By.id("d-reason")).sendKeys("customer's passport shows another place and date of birth");
        driver.findElement(By.cssSelector("#decide-form button[type=submit]")).click();
        wait.until(d -> d.getPageSource().contains("Decided: false positive."));
        assertThat(driver.findElement(By.id("hit-status")).getText()).isEqualTo("FALSE_POSITIVE");
        assertThat(driver.findElement(By.id("decision")).getText()).contains(username(Role.SUPERVISOR), "another place");
    }

}
