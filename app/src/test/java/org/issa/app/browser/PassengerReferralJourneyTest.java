package org.issa.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hit from arrival to referral in Debian's Chromium: a PNRGOV push arrives at the carrier endpoint, is
 * stored, and its passengers are screened against a real watch list; an analyst finds the
 * hit in the queue with its explanation and confirms it; a supervisor refers it to a registered
 * competent authority; the DPO finds the referral in the processing log. Skipped, with a message,
 * where Chromium is not installed.
 */
class PassengerReferralJourneyTest extends BrowserTestBase {

    private String api(String method, String path, String contentType, String body, Role role) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token(role))
                .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return r.body();
    }

    @Test
    void aHitTravelsFromArrivalThroughReviewToReferralAndTheDpoSeesIt() throws Exception {
        WebDriverWait wait = waiting();
        String s = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String name = "Radomir Castellane" + s;
        String listName = "Interpol wanted persons " + s;
        JsonMapper json = JsonMapper.builder().build();
        String list = json.readTree(api("POST", "/api/v1/watchlists", "application/json", "{\"name\":\"" + listName
                + "\",\"kind\":\"SANCTIONS\",\"sourceFormat\":\"pipe\"}", Role.SUPERVISOR)).path("id").asString();
        api("POST", "/api/v1/watchlists/" + list + "/versions", "text/plain", "IP-77|" + name + "|1975-06-21|DE\n", Role.SUPERVISOR);
        String authorityName = "Office central pour la répression " + s;
        api("POST", "/api/v1/passenger/authorities", "application/json", "{\"code\":\"FR-OC-" + s.toUpperCase() + "\",\"name\":\""
                + authorityName + "\",\"memberState\":\"FR\",\"legalReference\":\"Arrêté du 2 mai 2018, art. 1\"}", Role.SUPERVISOR);

        // a carrier's PNRGOV push arrives at the carrier endpoint (a PIU supervisor uploads it for a small carrier), is stored,
        // and its passengers are assessed before arrival
        String ref = String.valueOf(100000 + new java.util.Random().nextInt(800000));
        String locator = ("R" + s.toUpperCase() + "QQQQQ").substring(0, 6);
        String edifact = org.issa.app.passenger.SyntheticPnrgov.simple(ref, "XQ", "902", "041226", locator,
                new org.issa.app.passenger.SyntheticPnrgov.Traveller("CASTELLANE" + s.toUpperCase(), "RADOMIR", "P" + ref, "21JUN75"),
                new org.issa.app.passenger.SyntheticPnrgov.Traveller("BRENNEISEN" + s.toUpperCase(), "OTTILIE", "Q" + ref, "02FEB88"));
        HttpResponse<String> pushed = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/passenger/messages")))
                .header("Authorization", "Bearer " + token(Role.SUPERVISOR)).header("Content-Type", "application/edifact")
                .POST(HttpRequest.BodyPublishers.ofString(edifact, java.nio.charset.StandardCharsets.ISO_8859_1)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);

        signInAs(wait, username(Role.ANALYST));
        driver.findElement(By.linkText("Passengers")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/passenger"));
        driver.findElement(By.linkText("Review queue")).click();
        wait.until(d -> d.getCurrentUrl().contains("/passenger/review"));
        By row = By.xpath("//table[@id='hits']//tr[.//a[contains(., 'CASTELLANE" + s.toUpperCase() + "')]]");
        wait.until(d -> !d.findElements(row).isEmpty());
        String rowText = driver.findElement(row).getText();
        assertThat(rowText).contains(listName, "XQ 902", "FRA→CDG", locator, "NEW");
        assertThat(driver.findElement(row).findElement(By.cssSelector(".explanation")).getText()).isNotBlank();
        shot("passenger-queue");
        driver.findElement(row).findElement(By.cssSelector("a.hit-link")).click();
        wait.until(d -> d.getCurrentUrl().contains("/passenger/hits/"));
        String hitUrl = driver.getCurrentUrl();
        assertThat(driver.findElement(By.id("why")).getText()).contains(listName, "IP-77");
        assertThat(driver.findElement(By.id("why-not-refer")).getText()).contains("Not yet reviewed");
        assertThat(driver.findElements(By.id("refer-form"))).isEmpty();
        driver.findElement(By.id("c-note")).sendKeys("date of birth and nationality agree with the Interpol notice");
        driver.findElement(By.cssSelector("#confirm-form button[type=submit]")).click();
        wait.until(d -> d.getPageSource().contains("Confirmed for further examination."));
        assertThat(driver.findElement(By.id("hit-status")).getText()).isEqualTo("REVIEWED");
        assertThat(driver.findElement(By.id("why-not-refer")).getText()).contains("four eyes");

        signInAs(wait, username(Role.SUPERVISOR));
        driver.get(hitUrl);
        wait.until(d -> !d.findElements(By.id("refer-form")).isEmpty());
        new Select(driver.findElement(By.id("r-authority"))).selectByVisibleText(authorityName + " (FR-OC-" + s.toUpperCase() + ")");
        driver.findElement(By.id("r-reason")).sendKeys("subject of an Interpol red notice arriving at 10:30");
        driver.findElement(By.cssSelector("#refer-form button[type=submit]")).click();
        wait.until(d -> d.getPageSource().contains("Referred."));
        assertThat(driver.findElement(By.id("hit-status")).getText()).isEqualTo("REFERRED");
        assertThat(driver.findElement(By.id("referral")).getText()).contains(authorityName);
        shot("passenger-referred");

        signInAs(wait, username(Role.DPO));
        driver.get(url("/passenger/dpo"));
        driver.findElement(By.id("l-purpose")).sendKeys("monthly review of referrals");
        new Select(driver.findElement(By.id("l-category"))).selectByValue("REFERRAL");
        driver.findElement(By.id("l-actor")).sendKeys(username(Role.SUPERVISOR));
        driver.findElement(By.id("log-search")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#log .log-entry")).isEmpty());
        String entry = driver.findElement(By.cssSelector("#log .log-entry")).getText();
        assertThat(entry).contains("passenger.hit.refer", username(Role.SUPERVISOR), "FR-OC-" + s.toUpperCase(), "Art 6(6)");
        assertThat(driver.findElement(By.id("stats-authorities")).getText()).contains(authorityName);
        shot("passenger-dpo");
    }
}
