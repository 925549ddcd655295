package org.issa.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases in Debian's Chromium: an analyst opens a case from the list, sees its members, tasks, the
 * "open network" link and the timeline, adds a note through the form and sees it on the timeline,
 * then opens the deadline board and finds an urgent exchange request among those due. Skipped, with
 * a message, where Chromium is not installed.
 */
class InvestigationCaseJourneyTest extends BrowserTestBase {

    private String api(String path, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer "
                + token(Role.ANALYST)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return r.body();
    }

    @Test
    void anAnalystWorksACaseAndChecksTheDeadlineBoard() throws Exception {
        WebDriverWait wait = waiting();
        String title = "Browser journey case " + UUID.randomUUID().toString().substring(0, 8);
        var json = JsonMapper.builder().build();
        String caseId = json.readTree(api("/api/v1/investigation/cases", "{\"title\":\"" + title + "\",\"summary\":\"Port of Marseille.\"}"))
                .path("id").asString();
        api("/api/v1/investigation/cases/" + caseId + "/tasks", "{\"title\":\"Check the manifest\",\"assignee\":\""
                + username(Role.ANALYST) + "\",\"dueDate\":\"2030-01-01\"}");
        Instant received = Instant.now().minus(Duration.ofHours(7)).truncatedTo(ChronoUnit.SECONDS);
        String request = json.readTree(api("/api/v1/investigation/exchange-requests", "{\"direction\":\"INCOMING\","
                + "\"requestingAuthority\":\"Bundeskriminalamt\",\"requestingState\":\"DE\",\"requestedAuthority\":\"OCRTIS\","
                + "\"requestedState\":\"FR\",\"subject\":\"Keeper of a lorry\",\"offence\":\"DRUG_TRAFFICKING\",\"urgent\":true,"
                + "\"directlyAccessible\":true,\"caseId\":\"" + caseId + "\",\"receivedAt\":\"" + received + "\"}")).path("reference").asString();

        signInAs(wait, username(Role.ANALYST));
        driver.findElement(By.linkText("Cases")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/investigation/cases"));
        driver.findElement(By.xpath("//table[@id='cases']//tr[td[text()='" + title + "']]//a")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/investigation/cases/" + caseId));
        assertThat(driver.findElement(By.id("case-title")).getText()).contains(title);
        assertThat(driver.findElement(By.id("open-network")).getAttribute("href")).endsWith("/investigation/explorer?case=" + caseId);
        assertThat(driver.findElements(By.cssSelector("#members .member"))).hasSize(1);
        assertThat(driver.findElement(By.id("tasks")).getText()).contains("Check the manifest");
        assertThat(driver.findElement(By.id("linked")).getText()).contains(request);
        shot("investigation-case-top");

        driver.findElement(By.id("n-body")).sendKeys("Lorry seen leaving the terminal at 04:10.");
        driver.findElement(By.cssSelector("#notes form[method=post] button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("notes")).getText().contains("Lorry seen leaving the terminal"));
        assertThat(driver.findElement(By.cssSelector("#timeline .event")).getText()).contains("added a note");
        shot("investigation-case");

        driver.findElement(By.id("deadline-board-link")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/investigation/deadlines"));
        String dueSoon = driver.findElement(By.id("bucket-due_today")).getText() + driver.findElement(By.id("bucket-this_week")).getText();
        assertThat(dueSoon).as("an 8-hour limit received 7 hours ago is due within the hour").contains(request);
        assertThat(driver.findElement(By.id("board")).getText()).contains("Art. 4(1)");
        shot("investigation-deadlines");
    }
}
