package org.issa.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.UUID;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A marked record is invisible to a reader below its classification or outside its
 * releasability on every path: by id, in lists, in counts, in reports (JSON, HTML, PDF) and on pages.
 */
class MarkingEnforcementTest extends HttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String post(Role role, String action, String text, String marking) {
        var r = send("POST", "/api/v1/strategy/actions/" + action + "/updates", token(role),
                "{\"body\":\"" + text + "\",\"marking\":" + marking + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).path("id").asString();
    }

    @Test
    void underClearedOrNonReleasableReadersSeeNothingOfIt() throws Exception {
        String secret = "confidential-" + UUID.randomUUID();
        String strict = "amber-strict-" + UUID.randomUUID();
        String red = "red-for-low-" + UUID.randomUUID();
        String frOnly = "fr-only-" + UUID.randomUUID();
        String conf = post(Role.SUPERVISOR, "O4.A2.1", secret, "{\"classification\":\"CONFIDENTIEL_UE\",\"tlp\":\"AMBER\"}");
        String amberStrict = post(Role.ANALYST, "O4.A2.1", strict, "{\"tlp\":\"AMBER+STRICT\"}");
        String redId = post(Role.ANALYST, "O4.A2.1", red, "{\"tlp\":\"RED\",\"releasableTo\":[\"USER:t-low\"]}");
        String frId = post(Role.ANALYST, "O4.A2.1", frOnly, "{\"tlp\":\"AMBER\",\"releasableTo\":[\"STATE:FR\"]}");

        // by id
        assertThat(get("/api/v1/strategy/updates/" + conf, token(Role.SUPERVISOR)).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/strategy/updates/" + conf, token(Role.ANALYST)).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/strategy/updates/" + conf, lowToken()).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/strategy/updates/" + amberStrict, token(Role.PARTNER)).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/strategy/updates/" + amberStrict, lowToken()).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/strategy/updates/" + redId, lowToken()).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/strategy/updates/" + redId, token(Role.SUPERVISOR)).statusCode())
                .as("TLP:RED reaches named recipients and the originating agency").isEqualTo(200);
        assertThat(get("/api/v1/strategy/updates/" + frId, lowToken()).statusCode()).isEqualTo(404);

        // lists
        String analystList = get("/api/v1/strategy/updates?scope=O4.A2.1&limit=500", token(Role.ANALYST)).body();
        assertThat(analystList).doesNotContain(secret).contains(strict, red, frOnly);
        String lowList = get("/api/v1/strategy/updates?scope=O4&limit=500", lowToken()).body();
        assertThat(lowList).doesNotContain(secret, strict, frOnly).contains(red);

        // search and export
        assertThat(get("/api/v1/strategy/updates?q=" + secret, token(Role.ANALYST)).body()).doesNotContain(secret);
        assertThat(get("/api/v1/strategy/updates?q=" + secret, token(Role.SUPERVISOR)).body()).contains(secret);
        assertThat(get("/api/v1/strategy/updates?q=" + strict.substring(0, 20), lowToken()).body()).doesNotContain(strict);
        String csv = get("/api/v1/strategy/updates/export?scope=O4.A2", token(Role.ANALYST)).body();
        assertThat(csv).startsWith("id,action,at").doesNotContain(secret).contains(strict, red, frOnly);
        assertThat(get("/api/v1/strategy/updates/export", lowToken()).body()).doesNotContain(secret, strict, frOnly).contains(red);
        assertThat(get("/api/v1/strategy/updates/export", token(Role.SUPERVISOR)).body()).contains(secret);

        // reports, as JSON and as PDF
        int year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear();
        String report = get("/api/v1/strategy/reports/" + year, token(Role.ANALYST)).body();
        assertThat(report).doesNotContain(secret).contains(strict);
        String supervisorReport = get("/api/v1/strategy/reports/" + year, token(Role.SUPERVISOR)).body();
        assertThat(supervisorReport).contains(secret);
        JsonNode banner = JSON.readTree(supervisorReport).path("banner");
        assertThat(banner.asString()).startsWith("CONFIDENTIEL UE");
        var pdf = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/strategy/reports/" + year + "/pdf")))
                .header("Authorization", "Bearer " + lowToken()).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        String pdfText = allText(pdf.body());
        assertThat(pdfText).contains(red.substring(0, 10)).doesNotContain(secret.substring(0, 20)).doesNotContain(strict.substring(0, 15));

        // pages, and the counts on the dashboard
        WebSession analyst = signIn(username(Role.ANALYST));
        assertThat(analyst.get("/actions/O4.A2.1").body()).doesNotContain(secret).contains(strict);
        assertThat(analyst.get("/reports/" + year).body()).doesNotContain(secret);
        WebSession low = signIn(LOW);
        String lowPage = low.get("/actions/O4.A2.1").body();
        assertThat(lowPage).doesNotContain(secret, strict, frOnly).contains(red);
        assertThat(results(low.get("/search?q=" + secret).body())).doesNotContain(secret);
        assertThat(results(low.get("/search?q=" + red).body())).contains(red);
        assertThat(results(analyst.get("/search?q=" + secret).body())).doesNotContain(secret);
        assertThat(results(signIn(username(Role.SUPERVISOR)).get("/search?q=" + secret).body())).contains(secret);
        long lowCount = count(low.get("/").body());
        long supervisorCount = count(signIn(username(Role.SUPERVISOR)).get("/").body());
        assertThat(supervisorCount).isGreaterThan(lowCount);
    }

    @Test
    void nobodyMarksAboveTheirClearanceOrForgesTheOriginator() {
        var r = send("POST", "/api/v1/strategy/actions/O4.A2.1/updates", token(Role.ANALYST),
                "{\"body\":\"x\",\"marking\":{\"classification\":\"SECRET_UE\"}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"classification\"");
        String id = post(Role.ANALYST, "O4.A2.1", "originator check", "{\"tlp\":\"GREEN\"}");
        assertThat(get("/api/v1/strategy/updates/" + id, token(Role.ANALYST)).body()).contains("\"originator\":\"FR-MININT\"");
        var unknownField = send("POST", "/api/v1/strategy/actions/O4.A2.1/updates", token(Role.ANALYST),
                "{\"body\":\"x\",\"marking\":{\"originator\":\"DE-BKA\"}}");
        assertThat(unknownField.statusCode()).isEqualTo(400);
    }

    /** The result list of the search page (the page also repeats the query itself). */
    private static String results(String page) {
        int start = page.indexOf("id=\"results\"");
        assertThat(start).isPositive();
        return page.substring(start, page.indexOf("</ul>", start));
    }

    private static long count(String dashboard) {
        var m = java.util.regex.Pattern.compile("(\\d+) updates visible to you").matcher(dashboard);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String allText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor x = new PdfTextExtractor(reader);
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            b.append(x.getTextFromPage(i)).append('\n');
        }
        return b.toString().replace("\n", "");
    }
}
