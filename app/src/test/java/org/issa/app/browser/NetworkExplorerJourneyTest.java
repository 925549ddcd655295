package org.issa.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
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
 * The graph explorer in Debian's Chromium: an analyst opens a case, follows its "Open network" link
 * to the explorer, expands CAVIAR phase 1 from the entity attached to the case (participant 1),
 * finds the paths between two participants and colours the network by community; a low-cleared
 * analyst of another state does not see the RESTREINT UE informant linked to the network.
 * Skipped, with a message, where Chromium is not installed.
 */
class NetworkExplorerJourneyTest extends BrowserTestBase {

    private String dataset() throws Exception {
        String ds = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        String matrix;
        try (InputStream in = getClass().getResourceAsStream("/org/issa/investigation/caviar/phase1.csv")) {
            matrix = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        post("/api/v1/investigation/entities/import/matrix?dataset=" + ds + "&createNodes=true&period=phase-1", "text/csv", matrix);
        post("/api/v1/investigation/entities/import/ftm?dataset=" + ds + "&classification=RESTREINT_UE", "application/x-ndjson",
                "{\"id\":\"inf\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Informant Kilo\"]}}\n"
                        + "{\"id\":\"k1\",\"schema\":\"Associate\",\"properties\":{\"person\":[\"inf\"],\"associate\":[\"1\"]}}\n");
        return ds;
    }

    private String post(String path, String type, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token(Role.ANALYST))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return r.body();
    }

    private static int shown(WebDriverWait wait, String attribute) {
        String v = driver.findElement(By.id("x-counts")).getAttribute(attribute);
        return v == null ? -1 : Integer.parseInt(v);
    }

    private void openExplorer(WebDriverWait wait, String ds) {
        driver.findElement(By.linkText("Networks")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/investigation/network"));
        driver.findElement(By.id("x-purpose")).sendKeys("case 2026/17: CAVIAR phase 1 structure");
        new Select(driver.findElement(By.id("x-dataset"))).selectByValue(ds);
    }

    @Test
    void analystExpandsANetworkFindsAPathAndSeesTheCommunities() throws Exception {
        WebDriverWait wait = waiting();
        String ds = dataset();
        String title = "Network journey case " + ds;
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        String caseId = json.readTree(post("/api/v1/investigation/cases", "application/json", "{\"title\":\"" + title
                + "\",\"summary\":\"CAVIAR phase 1.\"}")).path("id").asString();
        post("/api/v1/investigation/cases/" + caseId + "/entities", "application/json", "{\"entityId\":\"" + ds
                + ":1\",\"label\":\"Participant 1\"}");

        signInAs(wait, username(Role.ANALYST));
        driver.findElement(By.linkText("Cases")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/investigation/cases"));
        driver.findElement(By.xpath("//table[@id='cases']//tr[td[text()='" + title + "']]//a")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/investigation/cases/" + caseId));
        driver.findElement(By.id("open-network")).click();
        wait.until(d -> d.getCurrentUrl().contains("/investigation/explorer?case=" + caseId));
        assertThat(driver.findElement(By.id("x-case")).getText()).contains(title);
        assertThat(driver.findElement(By.id("x-seed")).getAttribute("value")).isEqualTo(ds + ":1");
        driver.findElement(By.id("x-purpose")).sendKeys("case 2026/17: CAVIAR phase 1 structure");
        new Select(driver.findElement(By.id("x-dataset"))).selectByValue(ds);
        driver.findElement(By.id("x-expand")).click();
        wait.until(d -> shown(wait, "data-nodes") > 0);
        assertThat(shown(wait, "data-nodes")).isEqualTo(14); // participant 1, his 12 contacts and the informant
        assertThat(driver.findElement(By.id("explain")).getText()).contains("within 1 link of 1");
        new Select(driver.findElement(By.id("x-hops"))).selectByVisibleText("2");
        driver.findElement(By.id("x-expand")).click();
        wait.until(d -> shown(wait, "data-nodes") == 16);

        driver.findElement(By.id("x-source")).sendKeys(ds + ":4");
        driver.findElement(By.id("x-target")).sendKeys(ds + ":89");
        driver.findElement(By.id("x-paths")).click();
        wait.until(d -> d.findElement(By.id("explain")).getAttribute("data-paths") != null);
        assertThat(Integer.parseInt(driver.findElement(By.id("explain")).getAttribute("data-paths"))).isPositive();
        assertThat(driver.findElement(By.id("explain")).getText()).contains("between 4 and 89");

        driver.findElement(By.id("x-communities")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#legend .community")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#legend .community")).size()).isGreaterThan(1);
        assertThat(driver.findElement(By.id("explain")).getText()).contains("groups", "modularity");

        new Select(driver.findElement(By.id("x-measure"))).selectByVisibleText("betweenness");
        wait.until(d -> d.findElement(By.id("explain")).getText().contains("NetworkX betweenness"));
        shot("network-explorer");

        signInAs(wait, LOW);
        openExplorer(wait, ds);
        driver.findElement(By.id("x-load")).click();
        wait.until(d -> shown(wait, "data-nodes") > 0);
        assertThat(shown(wait, "data-nodes")).isEqualTo(15);
        assertThat(driver.getPageSource()).doesNotContain("Informant");
    }
}
