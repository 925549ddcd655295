package org.issa.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.issa.core.entity.Entity;
import org.issa.core.entity.Provenance;
import org.issa.core.marking.Marking;
import org.issa.core.security.Role;
import org.issa.investigation.entity.EntityStore;
import org.issa.investigation.entity.Publication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sale of a confiscated asset in Debian's Chromium: an analyst proposes a sale to the brother of the convicted person
 * of the original case (spelt differently) and sees the reacquisition check flag it with its explanation; a supervisor
 * cannot approve it without an override reason and blocks it with a reason; a sale to an unrelated buyer is clear and
 * the supervisor approves it. Skipped, with a message, where
 * Chromium is not installed.
 */
class AssetSaleJourneyTest extends BrowserTestBase {

    @Autowired
    EntityStore entities;

    private String api(Role role, String path, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token(role))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return r.body();
    }

    @Test
    void aSupervisorBlocksAFlaggedSaleAndApprovesAClearOne() throws Exception {
        WebDriverWait wait = waiting();
        var json = JsonMapper.builder().build();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String dataset = "aro-browser-" + tag;
        Marking open = Marking.unclassified("FR-MININT");
        Provenance p = new Provenance(dataset, "browser journey", Instant.parse("2025-01-01T00:00:00Z"));
        entities.publish("t-analyst", List.of(
                Publication.of(new Entity("boss", "Person", Map.of("name", List.of("Radomir Kowalczyk")), open, p)),
                Publication.of(new Entity("bro", "Person", Map.of("name", List.of("Zbigniew Kowalczyk"), "birthDate", List.of("1977-10-02")),
                        open, p)),
                Publication.of(new Entity("fam", "Family", Map.of("person", List.of("boss"), "relative", List.of("bro"),
                        "relationship", List.of("brother")), open, p))));
        var kase = json.readTree(api(Role.ANALYST, "/api/v1/investigation/cases", "{\"title\":\"ARO journey " + tag + "\",\"summary\":\"s\"}"));
        String caseId = kase.path("id").asString();
        String caseRef = kase.path("reference").asString();
        api(Role.ANALYST, "/api/v1/investigation/cases/" + caseId + "/entities", "{\"entityId\":\"" + dataset + ":boss\",\"label\":\"convicted\"}");
        var created = json.readTree(api(Role.ANALYST, "/api/v1/finance/assets", "{\"kind\":\"VEHICLE\",\"description\":\"Audi RS6 "
                + tag + "\",\"identifier\":\"WAUZZZ4G7EN123456\",\"offence\":\"TRAFFICKING_IN_HUMAN_BEINGS\",\"caseId\":\"" + caseId
                + "\",\"identifiedOn\":\"2021-02-01\"}"));
        String assetId = created.path("id").asString();
        String reference = created.path("reference").asString();
        String base = "/api/v1/finance/assets/" + assetId;
        api(Role.SUPERVISOR, base + "/orders", "{\"type\":\"FREEZING\",\"courtReference\":\"F-1\",\"authority\":\"JLD\",\"issuedOn\":\"2021-02-02\","
                + "\"amount\":95000,\"currency\":\"EUR\"}");
        api(Role.ANALYST, base + "/transitions", "{\"to\":\"FROZEN\",\"on\":\"2021-02-02\",\"reason\":\"seized\"}");
        api(Role.SUPERVISOR, base + "/orders", "{\"type\":\"CONFISCATION\",\"courtReference\":\"C-1\",\"authority\":\"TC\",\"issuedOn\":\"2021-09-01\","
                + "\"amount\":90000,\"currency\":\"EUR\"}");
        api(Role.SUPERVISOR, base + "/transitions", "{\"to\":\"CONFISCATED\",\"on\":\"2021-09-01\",\"reason\":\"judgment\"}");
        api(Role.ANALYST, base + "/valuations", "{\"valuedOn\":\"2021-09-02\",\"amount\":88000,\"currency\":\"EUR\",\"method\":\"MARKET_PRICE\"}");

        signInAs(wait, username(Role.ANALYST));
        driver.get(url("/finance/assets"));
        wait.until(d -> d.findElement(By.id("pipeline")).isDisplayed());
        driver.findElement(By.linkText(reference)).click();
        wait.until(d -> d.findElement(By.id("asset-stage")).getText().equals("Confiscated"));
        assertThat(driver.findElement(By.id("asset-case")).getText()).contains(caseRef);

        propose(wait, "Zbygniew Kowalczyk", "1977-10-02", "91000");
        WebElement sale = driver.findElement(By.cssSelector("#sales .sale"));
        assertThat(sale.findElement(By.className("check-result")).getText()).isEqualTo("FLAGGED");
        String explanation = sale.findElement(By.className("explanation")).getText();
        assertThat(explanation).startsWith("buyer Zbygniew Kowalczyk matches Zbigniew Kowalczyk (score 0.")
                .contains("brother (Family) of Radomir Kowalczyk (convicted) in case " + caseRef);
        assertThat(sale.findElements(By.className("decision-form"))).as("an analyst does not decide").isEmpty();
        shot("aro-sale-flagged");

        signInAs(wait, username(Role.SUPERVISOR));
        driver.get(url("/finance/assets/" + assetId));
        wait.until(d -> d.findElement(By.cssSelector("#sales .sale .check-result")).getText().equals("FLAGGED"));
        sale = driver.findElement(By.cssSelector("#sales .sale"));
        assertThat(sale.findElement(By.className("explanation")).getText()).isEqualTo(explanation);
        assertThat(sale.findElements(By.className("override"))).as("a flagged sale asks for an override reason").hasSize(1);
        new Select(sale.findElement(By.className("decision"))).selectByValue("APPROVE");
        sale.findElement(By.className("reason")).sendKeys("highest bid");
        sale.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.findElement(By.cssSelector(".flash.error")).getText().contains("overrideReason"));
        sale = driver.findElement(By.cssSelector("#sales .sale"));
        new Select(sale.findElement(By.className("decision"))).selectByValue("BLOCK");
        sale.findElement(By.className("reason")).sendKeys("the buyer is the convicted person's brother");
        sale.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.findElement(By.cssSelector("#sales .sale .sale-status")).getText().equals("BLOCKED"));
        assertThat(driver.findElement(By.cssSelector("#sales .sale")).getText()).contains("the buyer is the convicted person's brother");
        shot("aro-sale-blocked");

        api(Role.ANALYST, base + "/sales", "{\"buyerName\":\"Hélène Marchand\",\"price\":90500,\"currency\":\"EUR\"}");
        driver.navigate().refresh();
        wait.until(d -> d.findElement(By.cssSelector("#sales .sale")).getText().contains("Hélène Marchand"));
        WebElement clear = driver.findElement(By.cssSelector("#sales .sale"));
        assertThat(clear.findElement(By.className("check-result")).getText()).isEqualTo("CLEAR");
        assertThat(clear.findElements(By.className("override"))).isEmpty();
        new Select(clear.findElement(By.className("decision"))).selectByValue("APPROVE");
        clear.findElement(By.className("reason")).sendKeys("public auction, highest bid");
        clear.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.findElement(By.cssSelector("#sales .sale .sale-status")).getText().equals("APPROVED"));
        shot("aro-sale-approved");

        driver.findElement(By.linkText("Asset recovery")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/finance/assets"));
        driver.findElement(By.id("indicators-link")).click();
        wait.until(d -> d.findElement(By.id("indicators")).getText().contains("Trafficking in human beings"));
        assertThat(driver.findElement(By.id("indicators")).getText()).contains("EUR 90,500");
        shot("aro-indicators");
    }

    private void propose(WebDriverWait wait, String buyer, String birthDate, String price) {
        driver.findElement(By.id("s-buyer")).sendKeys(buyer);
        if (!birthDate.isEmpty()) {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('s-birth').value = arguments[0]", birthDate);
        }
        driver.findElement(By.id("s-price")).sendKeys(price);
        driver.findElement(By.cssSelector("#sale-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.cssSelector("#sales .sale")).getText().contains(buyer));
    }
}
