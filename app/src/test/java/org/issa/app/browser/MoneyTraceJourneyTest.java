package org.issa.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Follow the money in Debian's Chromium: payments are imported, an analyst opens "Follow the money" from the Money
 * navigation, traces forward from an account and sees the flow drawn and the amounts attributed to each account.
 * Skipped, with a message, where Chromium is not installed.
 */
class MoneyTraceJourneyTest extends BrowserTestBase {

    @Test
    void analystTracesMoneyFromAnAccountAndSeesTheFlow() throws Exception {
        WebDriverWait wait = waiting();
        String p = "W" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String csv = "ref,payer,payee,eur,day,cur\n"
                + p + "-1," + p + "SRC," + p + "MULE,5000.00,2024-06-01T09:00:00Z,EUR\n"
                + p + "-2," + p + "MULE," + p + "X,3000.00,2024-06-02T09:00:00Z,EUR\n"
                + p + "-3," + p + "MULE," + p + "Y,2000.00,2024-06-02T10:00:00Z,EUR\n"
                + p + "-4," + p + "X," + p + "Z,2900.00,2024-06-03T09:00:00Z,EUR\n";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/finance/payments/imports?format=csv&source="
                        + p + ".csv&columns=" + URLEncoder.encode("reference=ref,from=payer,to=payee,amount=eur,time=day,currency=cur",
                        StandardCharsets.UTF_8)))).header("Authorization", "Bearer " + token(Role.ANALYST)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);

        signInAs(wait, username(Role.ANALYST));
        driver.get(url("/finance/trace"));
        wait.until(d -> !d.findElements(By.id("t-account")).isEmpty());
        driver.findElement(By.id("t-account")).sendKeys(p + "SRC");
        new Select(driver.findElement(By.id("t-direction"))).selectByValue("forward");
        new Select(driver.findElement(By.id("t-rule"))).selectByValue("fifo");
        driver.findElement(By.id("t-go")).click();
        wait.until(d -> !d.findElements(By.id("t-summary")).isEmpty() || !d.findElements(By.id("t-error")).isEmpty());
        shot("money-trace-form");
        assertThat(driver.findElements(By.id("t-error"))).as(driver.getCurrentUrl() + " " + driver.findElement(By.tagName("main")).getText())
                .isEmpty();
        assertThat(driver.getCurrentUrl()).contains("hops=3");
        assertThat(driver.findElement(By.id("t-summary")).getText()).contains("5000.00 EUR", p + "SRC");
        // the graph is drawn from the API: 5 accounts and 4 payment links
        wait.until(d -> d.findElement(By.id("flow")).getAttribute("data-drawn") != null);
        assertThat(driver.findElement(By.id("flow")).getAttribute("data-drawn")).isEqualTo("9");
        String accounts = driver.findElement(By.id("t-accounts")).getText();
        assertThat(accounts).contains(p + "MULE", p + "X", p + "Y", p + "Z", "2900.00");
        shot("money-trace");
    }
}
