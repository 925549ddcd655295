package org.issa.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.issa.app.cyber.PublicRateLimits;
import org.issa.core.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The whole of issue 7's journey in Debian's Chromium, as the "done when" asks: a citizen files a report in
 * German without an account; a triage analyst confirms its RSIT class and forwards it, and the citizen's status page
 * says to whom; the analyst then drafts an advisory about the campaign, a different person (a supervisor) approves
 * and publishes it, and it appears in the public Atom feed (fetched and parsed as XML) and on the public page; the
 * report is then counted on the dashboard, whose chart the browser draws.
 * Skipped, with a message, where Chromium is not installed.
 */
class CyberEndToEndJourneyTest extends BrowserTestBase {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    PublicRateLimits throttle;

    @BeforeAll
    static void startBrowser() throws Exception {
        start("--lang=de-DE");
    }

    @Test
    void aReportIsFiledTriagedForwardedAndTheAdvisoryItCausedIsPublishedInTheFeed() throws Exception {
        throttle.reset();
        WebDriverWait wait = waiting();
        String marker = UUID.randomUUID().toString().substring(0, 8);

        // 1. a citizen files a report in German, without an account
        driver.manage().deleteAllCookies();
        driver.get(url("/cyber/report"));
        driver.findElement(By.cssSelector("a[hreflang=de]")).click();
        wait.until(d -> "de".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        driver.findElement(By.id("f-description")).sendKeys("Phishing-E-Mail im Namen meiner Bank (" + marker
                + ") mit dem Link hxxps://bank-" + marker + ".example[.]com/anmeldung, man sollte sein Passwort eingeben.");
        new Select(driver.findElement(By.id("f-country"))).selectByValue("DE");
        new Select(driver.findElement(By.id("f-sector"))).selectByValue("individual");
        driver.findElement(By.id("f-contactEmail")).sendKeys("buerger-" + marker + "@example.org");
        Thread.sleep(3500); // longer than the form's minimum fill time, as a person takes
        driver.findElement(By.id("f-submit")).click();
        wait.until(d -> d.getCurrentUrl().contains("/cyber/report/received"));
        String reference = driver.findElement(By.id("reference")).getText();
        String secret = driver.findElement(By.id("secret")).getText();
        checkStatus(wait, reference, secret);
        assertThat(driver.findElement(By.id("status-state")).getText()).isEqualTo("Eingegangen, noch nicht gelesen");

        // 2. a triage analyst confirms the suggested RSIT class and forwards the report
        signInAs(wait, username(Role.ANALYST));
        driver.get(url("/cyber/reports?status=NEW"));
        driver.findElement(By.linkText(reference)).click();
        wait.until(d -> !d.findElements(By.id("purpose-form")).isEmpty());
        driver.findElement(By.id("purpose-open")).click();
        wait.until(d -> !d.findElements(By.id("classify-form")).isEmpty());
        assertThat(driver.findElement(By.id("suggested")).getText()).isEqualTo("fraud/phishing");
        driver.findElement(By.id("classify-button")).click();
        wait.until(d -> d.findElement(By.id("report-status")).getText().equals("TRIAGED"));
        driver.findElement(By.id("forward-button")).click();
        wait.until(d -> d.findElement(By.id("report-status")).getText().equals("FORWARDED"));
        assertThat(driver.findElement(By.id("forwardings")).getText()).contains("POLICE-CYBER");
        assertThat(driver.findElement(By.id("report-outbox")).getText()).contains("QUEUED", "buerger-" + marker + "@example.org");

        // 3. the citizen's status page says the report was forwarded, and to whom
        driver.manage().deleteAllCookies();
        checkStatus(wait, reference, secret);
        assertThat(driver.findElement(By.id("status-state")).getText()).isEqualTo("An die zuständige Behörde weitergeleitet");
        assertThat(driver.findElement(By.id("status-forwarded")).getText()).contains("National police cybercrime unit");
        shot("e2e-status-forwarded-de");

        // 4. the analyst drafts an advisory about the campaign and submits it
        String title = "Fake bank log-in pages " + marker;
        signInAs(wait, username(Role.ANALYST));
        driver.get(url("/cyber/advisories"));
        driver.findElement(By.id("new-advisory")).click();
        wait.until(d -> !d.findElements(By.id("advisory-form")).isEmpty());
        driver.findElement(By.id("a-title")).sendKeys(title);
        driver.findElement(By.id("a-summary")).sendKeys("E-mails in your bank's name link to a copy of its log-in page to steal your password.");
        driver.findElement(By.id("a-what")).sendKeys("Do not follow links in such e-mails; type your bank's address yourself. Report them at /cyber/report.");
        driver.findElement(By.id("a-who")).sendKeys("Customers of online banking.");
        driver.findElement(By.cssSelector("input[name=sectors][value=BANKING]")).click();
        driver.findElement(By.id("save-advisory")).click();
        wait.until(d -> !d.findElements(By.id("version-status")).isEmpty());
        String advisoryUrl = driver.getCurrentUrl();
        driver.findElement(By.id("submit-button")).click();
        wait.until(d -> d.findElement(By.id("version-status")).getText().equals("SUBMITTED"));
        assertThat(driver.findElements(By.id("approve-button"))).as("the drafter cannot approve their own advisory").isEmpty();

        // 5. a different person, a supervisor, approves and publishes it
        signInAs(wait, username(Role.SUPERVISOR));
        driver.get(advisoryUrl);
        wait.until(d -> !d.findElements(By.id("approve-button")).isEmpty());
        driver.findElement(By.id("d-reason")).sendKeys("Matches the forwarded report " + reference + "; plain and actionable.");
        driver.findElement(By.id("approve-button")).click();
        wait.until(d -> d.findElement(By.id("version-status")).getText().equals("APPROVED"));
        driver.findElement(By.id("publish-button")).click();
        wait.until(d -> d.findElement(By.id("version-status")).getText().equals("PUBLISHED"));

        // 6. the advisory is an entry of the public Atom feed, linking to its public page
        HttpResponse<String> feed = new WebSession().get("/public/advisories/feed.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        Element entry = entry(parse(feed.body()), title);
        assertThat(text(entry, "summary")).contains("copy of its log-in page");
        String page = pageLink(entry);
        assertThat(page).matches(".*/public/advisories/[A-Z0-9-]+$");
        driver.manage().deleteAllCookies();
        driver.get(url(page.substring(page.indexOf("/public/advisories/"))));
        wait.until(d -> !d.findElements(By.id("advisory")).isEmpty());
        assertThat(driver.findElement(By.id("what-to-do")).getText()).contains("type your bank's address yourself");
        shot("e2e-advisory-public");

        // 7. the report is counted on the dashboard: the chart is drawn (ECharts, SVG) and the table holds the figure
        signInAs(wait, username(Role.ANALYST));
        driver.get(url("/cyber/dashboard?by=country&bucket=month"));
        wait.until(d -> !d.findElements(By.cssSelector("#trend-chart svg")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#trend-table tr[data-key=DE] th")).getText()).isEqualTo("Germany (DE)");
        assertThat(driver.findElement(By.cssSelector("#trend-chart")).getDomAttribute("aria-label")).contains("the table below");
        shot("e2e-dashboard");
    }

    private void checkStatus(WebDriverWait wait, String reference, String secret) {
        driver.get(url("/cyber/report/status?lang=de"));
        driver.findElement(By.id("s-reference")).sendKeys(reference);
        driver.findElement(By.id("s-secret")).sendKeys(secret, Keys.ENTER);
        wait.until(d -> !d.findElements(By.id("status-result")).isEmpty());
    }

    /** The feed parsed as XML with DTDs refused (a feed has none). */
    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element entry(Document feed, String title) {
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            titles.add(text(e, "title"));
            if (title.equals(text(e, "title"))) {
                return e;
            }
        }
        throw new AssertionError("no feed entry titled '" + title + "'; entries: " + titles);
    }

    private static String text(Element e, String child) {
        NodeList n = e.getElementsByTagNameNS(ATOM, child);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent();
    }

    private static String pageLink(Element entry) {
        NodeList links = entry.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element l = (Element) links.item(i);
            if ("alternate".equals(l.getAttribute("rel")) && "text/html".equals(l.getAttribute("type"))) {
                return l.getAttribute("href");
            }
        }
        throw new AssertionError("the entry has no link to its web page");
    }
}
