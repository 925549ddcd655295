package org.issa.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.issa.core.entity.Entity;
import org.issa.core.entity.Provenance;
import org.issa.core.marking.Marking;
import org.issa.core.security.Role;
import org.issa.investigation.entity.EntityStore;
import org.issa.investigation.entity.Publication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6's journey in Debian's Chromium, from the money to the sale of what it bought. The payments of a case are
 * imported; an analyst opens "Follow the money", traces forward from the convicted person's account and sees the flow
 * drawn and the amounts attributed to each downstream account (down to the car dealer). From the Money navigation the
 * analyst opens the confiscated car linked to the same case and to the convict, and proposes its sale to the convict's
 * brother (his name spelt differently): the reacquisition check flags the buyer with its explanation, and the analyst
 * cannot decide. A
 * supervisor cannot approve the flagged sale without an override reason and blocks it. The analyst then proposes a sale
 * to an unrelated buyer, which is clear, and the supervisor (another user than the proposer) approves it; the recovered
 * amount reaches the evaluation indicators. Screenshots go to {@code target/screenshots/money-journey-*.png}. Skipped,
 * with a message, where Chromium is not installed.
 */
class MoneyToAssetSaleJourneyTest extends BrowserTestBase {

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
    void analystTracesTheMoneyThenTheCarItBoughtIsSoldOnlyToAClearBuyer() throws Exception {
        WebDriverWait wait = waiting();
        var json = JsonMapper.builder().build();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String p = "W" + tag.toUpperCase();

        // The case: the convicted person, his brother (in the entity graph), the case with the convict, the payments.
        String dataset = "aro-browser-" + tag;
        Marking open = Marking.unclassified("FR-MININT");
        Provenance prov = new Provenance(dataset, "browser journey", Instant.parse("2025-01-01T00:00:00Z"));
        entities.publish("t-analyst", List.of(
                Publication.of(new Entity("boss", "Person", Map.of("name", List.of("Radomir Kowalczyk")), open, prov)),
                Publication.of(new Entity("bro", "Person", Map.of("name", List.of("Zbigniew Kowalczyk"), "birthDate", List.of("1977-10-02")),
                        open, prov)),
                Publication.of(new Entity("fam", "Family", Map.of("person", List.of("boss"), "relative", List.of("bro"),
                        "relationship", List.of("brother")), open, prov))));
        var kase = json.readTree(api(Role.ANALYST, "/api/v1/investigation/cases", "{\"title\":\"ARO journey " + tag + "\",\"summary\":\"s\"}"));
        String caseId = kase.path("id").asString();
        String caseRef = kase.path("reference").asString();
        api(Role.ANALYST, "/api/v1/investigation/cases/" + caseId + "/entities", "{\"entityId\":\"" + dataset + ":boss\",\"label\":\"convicted\"}");

        String csv = "ref,payer,payer_name,payee,payee_name,eur,day,cur\n"
                + p + "-1," + p + "SRC,Radomir Kowalczyk," + p + "MULE,Baltic Trade Sp. z o.o.,5000.00,2021-01-04T09:00:00Z,EUR\n"
                + p + "-2," + p + "MULE,Baltic Trade Sp. z o.o.," + p + "X,Nordhafen Holding GmbH,3000.00,2021-01-05T09:00:00Z,EUR\n"
                + p + "-3," + p + "MULE,Baltic Trade Sp. z o.o.," + p + "Y,Ewa Nowak,2000.00,2021-01-05T10:00:00Z,EUR\n"
                + p + "-4," + p + "X,Nordhafen Holding GmbH," + p + "Z,Autohaus Lindner KG,2900.00,2021-01-06T09:00:00Z,EUR\n";
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/finance/payments/imports?format=csv&source="
                        + p + ".csv&columns=" + URLEncoder.encode("reference=ref,from=payer,from_name=payer_name,to=payee,to_name=payee_name,"
                        + "amount=eur,time=day,currency=cur", StandardCharsets.UTF_8)))).header("Authorization", "Bearer " + token(Role.ANALYST))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);

        // The car bought at the end of the flow, linked to the case: frozen, confiscated, valued.
        var created = json.readTree(api(Role.ANALYST, "/api/v1/finance/assets", "{\"kind\":\"VEHICLE\",\"description\":\"Audi RS6 "
                + tag + "\",\"identifier\":\"WAUZZZ4G7EN123456\",\"offence\":\"TRAFFICKING_IN_HUMAN_BEINGS\",\"caseId\":\"" + caseId
                + "\",\"persons\":[{\"entityId\":\"" + dataset + ":boss\",\"role\":\"convicted person\"}],\"identifiedOn\":\"2021-02-01\"}"));
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

        // 1. The analyst follows the money forward from the convict's account.
        signInAs(wait, username(Role.ANALYST));
        driver.get(url("/finance"));
        driver.findElement(By.linkText("Follow the money")).click();
        wait.until(d -> !d.findElements(By.id("t-account")).isEmpty());
        driver.findElement(By.id("t-account")).sendKeys(p + "SRC");
        new Select(driver.findElement(By.id("t-direction"))).selectByValue("forward");
        new Select(driver.findElement(By.id("t-rule"))).selectByValue("fifo");
        driver.findElement(By.id("t-go")).click();
        wait.until(d -> !d.findElements(By.id("t-summary")).isEmpty() || !d.findElements(By.id("t-error")).isEmpty());
        assertThat(driver.findElements(By.id("t-error"))).as(driver.getCurrentUrl() + " " + driver.findElement(By.tagName("main")).getText())
                .isEmpty();
        assertThat(driver.getCurrentUrl()).contains("hops=3");
        assertThat(driver.findElement(By.id("t-summary")).getText()).contains("5000.00 EUR", p + "SRC");
        // the graph is drawn from the API: 5 accounts and 4 payment links
        wait.until(d -> d.findElement(By.id("flow")).getAttribute("data-drawn") != null);
        assertThat(driver.findElement(By.id("flow")).getAttribute("data-drawn")).isEqualTo("9");
        // the convict's account, then the downstream accounts with the amounts attributed to them: FIFO passes 3000 to X,
        // 2000 to Y, and X's 2900 on to Z (100 stays with X)
        assertThat(row("t-accounts", p + "SRC")).contains("Radomir Kowalczyk", "5000.00");
        assertThat(row("t-accounts", p + "MULE")).contains("Baltic Trade Sp. z o.o.", "5000.00");
        assertThat(row("t-accounts", p + "X")).contains("Nordhafen Holding GmbH", "3000.00", "2900.00", "100.00");
        assertThat(row("t-accounts", p + "Y")).contains("Ewa Nowak", "2000.00");
        assertThat(row("t-accounts", p + "Z")).contains("Autohaus Lindner KG", "2900.00");
        assertThat(row("t-payments", p + "-4")).contains(p + "X", p + "Z", "2900.00");
        shot("money-journey-1-trace");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("t-accounts")));
        shot("money-journey-1-amounts");

        // 2. From the Money navigation to the confiscated car of the same case.
        driver.findElement(By.linkText("Asset recovery")).click();
        wait.until(d -> d.findElement(By.id("pipeline")).isDisplayed());
        driver.findElement(By.linkText(reference)).click();
        wait.until(d -> d.findElement(By.id("asset-stage")).getText().equals("Confiscated"));
        assertThat(driver.findElement(By.id("asset-case")).getText()).contains(caseRef);
        assertThat(driver.findElement(By.xpath("//dt[.='Persons']/following-sibling::dd[1]")).getText()).contains(dataset + ":boss (convicted person)");

        // 3. A sale to the convict's brother, his first name misspelt: flagged with the explanation; the analyst does not decide.
        propose(wait, "Zbygniew Kowalczyk", "1977-10-02", "91000");
        WebElement sale = saleOf("Zbygniew Kowalczyk");
        assertThat(sale.findElement(By.className("check-result")).getText()).isEqualTo("FLAGGED");
        String explanation = sale.findElement(By.className("explanation")).getText();
        assertThat(explanation).startsWith("buyer Zbygniew Kowalczyk matches Zbigniew Kowalczyk (score 0.")
                .contains("brother (Family) of Radomir Kowalczyk (convicted) in case " + caseRef);
        assertThat(sale.findElements(By.className("decision-form"))).as("an analyst does not decide").isEmpty();
        assertThat(driver.findElements(By.id("sale-form"))).as("no second sale while one is pending").isEmpty();
        shot("money-journey-2-sale-flagged");

        // 4. The supervisor cannot approve it without an override reason, and blocks it.
        signInAs(wait, username(Role.SUPERVISOR));
        driver.get(url("/finance/assets/" + assetId));
        wait.until(d -> d.findElement(By.cssSelector("#sales .sale .check-result")).getText().equals("FLAGGED"));
        sale = saleOf("Zbygniew Kowalczyk");
        assertThat(sale.findElement(By.className("explanation")).getText()).isEqualTo(explanation);
        assertThat(sale.findElements(By.className("override"))).as("a flagged sale asks for an override reason").hasSize(1);
        new Select(sale.findElement(By.className("decision"))).selectByValue("APPROVE");
        sale.findElement(By.className("reason")).sendKeys("highest bid");
        sale.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.findElement(By.cssSelector(".flash.error")).getText().contains("overrideReason"));
        sale = saleOf("Zbygniew Kowalczyk");
        new Select(sale.findElement(By.className("decision"))).selectByValue("BLOCK");
        sale.findElement(By.className("reason")).sendKeys("the buyer is the convicted person's brother");
        sale.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> saleOf("Zbygniew Kowalczyk").findElement(By.className("sale-status")).getText().equals("BLOCKED"));
        assertThat(saleOf("Zbygniew Kowalczyk").getText()).contains("the buyer is the convicted person's brother", username(Role.SUPERVISOR));
        shot("money-journey-3-sale-blocked");

        // 5. The analyst proposes the sale to an unrelated buyer: clear.
        signInAs(wait, username(Role.ANALYST));
        driver.get(url("/finance/assets/" + assetId));
        wait.until(d -> !d.findElements(By.id("sale-form")).isEmpty());
        propose(wait, "Hélène Marchand", "", "90500");
        WebElement clear = saleOf("Hélène Marchand");
        assertThat(clear.findElement(By.className("check-result")).getText()).isEqualTo("CLEAR");
        assertThat(clear.findElements(By.className("explanation"))).isEmpty();
        assertThat(clear.getText()).contains("proposed by " + username(Role.ANALYST));

        // 6. Another user, the supervisor, approves it (a clear sale needs no override).
        signInAs(wait, username(Role.SUPERVISOR));
        driver.get(url("/finance/assets/" + assetId));
        wait.until(d -> saleOf("Hélène Marchand").findElement(By.className("check-result")).getText().equals("CLEAR"));
        clear = saleOf("Hélène Marchand");
        assertThat(clear.findElements(By.className("override"))).isEmpty();
        new Select(clear.findElement(By.className("decision"))).selectByValue("APPROVE");
        clear.findElement(By.className("reason")).sendKeys("public auction, highest bid");
        clear.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> saleOf("Hélène Marchand").findElement(By.className("sale-status")).getText().equals("APPROVED"));
        assertThat(saleOf("Hélène Marchand").getText()).contains("by " + username(Role.SUPERVISOR), "public auction, highest bid");
        assertThat(saleOf("Zbygniew Kowalczyk").findElement(By.className("sale-status")).getText()).isEqualTo("BLOCKED");
        shot("money-journey-4-sale-approved");

        driver.findElement(By.linkText("Asset recovery")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/finance/assets"));
        driver.findElement(By.id("indicators-link")).click();
        wait.until(d -> d.findElement(By.id("indicators")).getText().contains("Trafficking in human beings"));
        assertThat(driver.findElement(By.id("indicators")).getText()).contains("EUR 90,500");
        shot("money-journey-5-indicators");
    }

    /** The text of the row of table {@code tableId} whose first cell is {@code first}. */
    private static String row(String tableId, String first) {
        return driver.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("td")).getText().equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in #" + tableId + ": " + driver.findElement(By.id(tableId)).getText()))
                .getText();
    }

    private static WebElement saleOf(String buyer) {
        return driver.findElements(By.cssSelector("#sales .sale")).stream().filter(s -> s.getText().contains(buyer)).findFirst()
                .orElseThrow(() -> new AssertionError("no sale to " + buyer + ": " + driver.findElement(By.id("sales")).getText()));
    }

    private void propose(WebDriverWait wait, String buyer, String birthDate, String price) {
        driver.findElement(By.id("s-buyer")).sendKeys(buyer);
        if (!birthDate.isEmpty()) {
            ((JavascriptExecutor) driver).executeScript("document.getElementById('s-birth').value = arguments[0]", birthDate);
        }
        driver.findElement(By.id("s-price")).sendKeys(price);
        driver.findElement(By.cssSelector("#sale-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("sales")).getText().contains(buyer));
    }
}
