package org.issa.app.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.issa.app.cyber.advisory.PublicFormThrottle;
import org.issa.app.http.HttpTestBase;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.cyber.report.Triage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public pages in French and German: the advisories' frame and the labels of what they show
 * (severity, audience, sectors), and the report status page (status, RSIT classification), come from
 * the one catalogue; the English words do not leak into the translated pages; the language follows
 * {@code ?lang=}, then Accept-Language, as on the report form.
 */
class CyberPublicLanguageHttpTest extends HttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Sql sql;
    @Autowired
    Triage triage;
    @Autowired
    PublicRateLimits limits;
    @Autowired
    PublicFormThrottle throttle;

    @BeforeEach
    void freshLimits() {
        limits.reset();
        throttle.reset();
    }

    private String publishedAdvisory(String title) {
        String json = "{\"title\":\"" + title + "\",\"summary\":\"Calls pretend to come from your bank's fraud desk.\","
                + "\"whatToDo\":\"Hang up and call the number on your card.\",\"whoIsAffected\":\"Bank customers.\","
                + "\"audience\":\"CITIZENS\",\"sectors\":[\"GENERAL\",\"BANKING\"],\"severity\":\"HIGH\",\"lang\":\"en\","
                + "\"references\":[],\"products\":[],\"cves\":[],\"sources\":[]}";
        HttpResponse<String> created = send("POST", "/api/v1/cyber/advisories", token(Role.ANALYST), json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode a = JSON.readTree(created.body());
        String id = a.path("id").asString();
        assertThat(send("POST", "/api/v1/cyber/advisories/" + id + "/submit", token(Role.ANALYST), null).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/cyber/advisories/" + id + "/approve", token(Role.SUPERVISOR), "{\"reason\":\"Clear.\"}")
                .statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/cyber/advisories/" + id + "/publish", token(Role.SUPERVISOR), null).statusCode()).isEqualTo(200);
        return a.path("trackingId").asString();
    }

    @Test
    void theAdvisoriesShowTheirLabelsInFrenchAndGerman() {
        String title = "Fake bank fraud desk calls " + System.nanoTime();
        String tracking = publishedAdvisory(title);
        WebSession visitor = new WebSession();

        HttpResponse<String> listFr = visitor.get("/public/advisories?lang=fr");
        assertThat(listFr.statusCode()).isEqualTo(200);
        assertThat(listFr.body()).contains("<html lang=\"fr\"", title, "<h1>Avis</h1>", "Gravité\u202F: Élevée",
                        ">Particuliers</option>", ">Petites et moyennes entreprises</option>", ">Foyers et vie quotidienne</option>",
                        ">Banques et infrastructures des marchés financiers</option>", "S’abonner par courriel")
                .doesNotContain("Gravité\u202F: High", ">Citizens</option>", ">Small and medium-sized businesses</option>",
                        "Households and everyday use", "Banking and financial market infrastructure", "Subscribe by e-mail");

        HttpResponse<String> oneDe = visitor.get("/public/advisories/" + tracking + "?lang=de");
        assertThat(oneDe.statusCode()).isEqualTo(200);
        assertThat(oneDe.body()).contains("<html lang=\"de\"", title, "<dt>Schweregrad</dt>", "<dd id=\"severity\">Hoch</dd>",
                        "<dd>Bürgerinnen und Bürger</dd>", "<span class=\"badge\">Haushalte und Alltag</span>",
                        "<span class=\"badge\">Bankwesen und Finanzmarktinfrastrukturen</span>", "Was zu tun ist")
                .doesNotContain(">High<", ">Citizens<", "Households and everyday use", "Banking and financial market infrastructure");

        HttpResponse<String> oneFr = visitor.get("/public/advisories/" + tracking + "?lang=fr");
        assertThat(oneFr.body()).contains("<dd id=\"severity\">Élevée</dd>", "<dd>Particuliers</dd>", "Foyers et vie quotidienne")
                .doesNotContain(">High<", ">Citizens<", "Households and everyday use");

        HttpResponse<String> listDe = visitor.get("/public/advisories?lang=de");
        assertThat(listDe.body()).contains("Schweregrad: Hoch", ">Kleine und mittlere Unternehmen</option>", ">Verkehr</option>")
                .doesNotContain("Severity: High", ">Transport</option>");

        // English unchanged
        HttpResponse<String> oneEn = visitor.get("/public/advisories/" + tracking + "?lang=en");
        assertThat(oneEn.body()).contains("<html lang=\"en\"", "<dt>Severity</dt>", "<dd id=\"severity\">High</dd>", "<dd>Citizens</dd>",
                "<span class=\"badge\">Households and everyday use</span>", "Security advisories for citizens and small businesses");
    }

    @Test
    void theSubscriptionFormLabelsItsChoices() {
        HttpResponse<String> de = new WebSession().get("/public/subscriptions?lang=de");
        assertThat(de.body()).contains("<html lang=\"de\"", "Bürgerinnen, Bürger und kleine Unternehmen</label>",
                        "Trinkwasser und Abwasser</label>", "Bildung und Forschung</label>")
                .doesNotContain("Citizens and small businesses", "Drinking water and waste water", "Education and research");
    }

    @Test
    void theAdvisoriesFollowAcceptLanguageWhenNoLanguageIsChosen() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> de = http.send(HttpRequest.newBuilder(URI.create(url("/public/advisories")))
                .header("Accept-Language", "de-AT,de;q=0.9,en;q=0.5").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(de.body()).contains("<html lang=\"de\"", "<h1>Hinweise</h1>");
        HttpResponse<String> chosen = http.send(HttpRequest.newBuilder(URI.create(url("/public/advisories?lang=fr")))
                .header("Accept-Language", "de").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chosen.body()).contains("<html lang=\"fr\"", "<h1>Avis</h1>");
        HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(url("/public/advisories")))
                .header("Accept-Language", "pt-PT").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(other.body()).contains("<html lang=\"en\"", "<h1>Advisories</h1>");
    }

    @Test
    void theStatusPageShowsStatusAndClassificationInFrenchAndGerman() {
        HttpResponse<String> sent = send("POST", "/api/v1/cyber/reports", token(Role.PARTNER), """
                {"reporterType":"BUSINESS","description":"Our customers receive SMS that imitate our login page.",
                 "country":"FR","sector":"finance","language":"fr"}""");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(sent.body());
        String reference = receipt.path("reference").asString();
        String secret = receipt.path("secret").asString();
        String id = sql.queryOne("SELECT id FROM cyber_report WHERE reference = ?", rs -> rs.getString(1), reference).orElseThrow();
        triage.classify(new Principal(username(Role.ANALYST), "FR-MININT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE),
                id, "fraud", "phishing", "SMS phishing");

        assertThat(status("fr", reference, secret)).contains("<html lang=\"fr\">", "Lu et classé", "Fraude — Hameçonnage (phishing)",
                "Classé comme").doesNotContain("Read and classified", "Fraud — Phishing");
        assertThat(status("de", reference, secret)).contains("<html lang=\"de\">", "Eingeordnet als", "Betrug — Phishing")
                .doesNotContain("Read and classified", "Fraud — Phishing");
        assertThat(status("en", reference, secret)).contains("Read and classified", "Fraud — Phishing");
    }

    private String status(String lang, String reference, String secret) {
        WebSession visitor = new WebSession();
        String csrf = csrf(visitor.get("/cyber/report/status?lang=" + lang).body());
        HttpResponse<String> r = visitor.post("/cyber/report/status?lang=" + lang, Map.of("_csrf", csrf, "reference", reference,
                "secret", secret));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }
}
