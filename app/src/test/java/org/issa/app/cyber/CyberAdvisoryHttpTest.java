package org.issa.app.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.issa.app.cyber.advisory.PublicFormThrottle;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** EISAS advisories over HTTP: the public side without sign-in, the staff side by role, drafts never public, bad input named. */
class CyberAdvisoryHttpTest extends HttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Sql sql;
    @Autowired
    PublicFormThrottle throttle;

    @AfterEach
    void resetThrottle() {
        throttle.reset();
    }

    static String advisoryJson(String title) {
        return "{\"title\":\"" + title + "\",\"summary\":\"Mails promise a tax refund and ask for your bank login.\","
                + "\"whatToDo\":\"Never log in from a link in a mail; open the tax portal yourself.\",\"whoIsAffected\":\"Taxpayers.\","
                + "\"audience\":\"CITIZENS\",\"sectors\":[\"GENERAL\",\"BANKING\"],\"severity\":\"HIGH\",\"lang\":\"en\","
                + "\"references\":[{\"url\":\"https://www.example.org/tax-scams\",\"summary\":\"Tax scam guide\"}],"
                + "\"products\":[],\"cves\":[],\"sources\":[]}";
    }

    private JsonNode ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    @Test
    void aDraftIsNeverPublicAndAPublishedAdvisoryIsEverywhere() throws Exception {
        String title = "Fake tax refund mails " + System.nanoTime();
        JsonNode a = ok(send("POST", "/api/v1/cyber/advisories", token(Role.ANALYST), advisoryJson(title)), 201);
        String id = a.path("id").asString();
        String tracking = a.path("trackingId").asString();
        WebSession anonymous = new WebSession();
        assertThat(anonymous.get("/public/advisories/" + tracking).statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/public/advisories").body()).doesNotContain(title);
        assertThat(anonymous.get("/public/advisories/feed.atom").body()).doesNotContain(title);
        assertThat(anonymous.get("/.well-known/csaf/white/index.txt").body()).doesNotContain(tracking.toLowerCase());

        ok(send("POST", "/api/v1/cyber/advisories/" + id + "/submit", token(Role.ANALYST), null), 200);
        var own = send("POST", "/api/v1/cyber/advisories/" + id + "/approve", token(Role.ANALYST), "{\"reason\":\"mine\"}");
        assertThat(own.statusCode()).isEqualTo(403);
        ok(send("POST", "/api/v1/cyber/advisories/" + id + "/approve", token(Role.SUPERVISOR), "{\"reason\":\"Accurate and clear.\"}"), 200);
        assertThat(anonymous.get("/public/advisories/" + tracking).statusCode()).as("approved is not yet public").isEqualTo(404);
        JsonNode published = ok(send("POST", "/api/v1/cyber/advisories/" + id + "/publish", token(Role.SUPERVISOR), null), 200);
        assertThat(published.path("publishedVersion").asInt()).isEqualTo(1);

        HttpResponse<String> page = anonymous.get("/public/advisories/" + tracking + "?lang=fr");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fr\"", "lang=\"en\" id=\"advisory\"", title, "Que faire", "Never log in from a link");
        assertThat(anonymous.get("/public/advisories/" + tracking + "?lang=de").body()).contains("Was zu tun ist");
        assertThat(anonymous.get("/public/advisories?audience=CITIZENS&sector=BANKING").body()).contains(title);
        assertThat(anonymous.get("/public/advisories?audience=SMES&sector=HEALTH").body()).doesNotContain(title);

        HttpResponse<String> feed = anonymous.get("/public/advisories/feed.atom?audience=CITIZENS");
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        assertThat(feed.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", title, "urn:uuid:" + id);

        String path = anonymous.get("/.well-known/csaf/white/index.txt").body().lines()
                .filter(l -> l.endsWith(tracking.toLowerCase() + ".json")).findFirst().orElseThrow();
        HttpResponse<String> csaf = anonymous.get("/.well-known/csaf/white/" + path);
        assertThat(csaf.statusCode()).isEqualTo(200);
        assertThat(csaf.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode doc = JSON.readTree(csaf.body());
        assertThat(doc.path("document").path("tracking").path("id").asString()).isEqualTo(tracking);
        assertThat(doc.path("document").path("category").asString()).isEqualTo("csaf_base");
        String sha = anonymous.get("/.well-known/csaf/white/" + path + ".sha256").body();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csaf.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(sha).startsWith(expected + "  ");
        assertThat(anonymous.get("/.well-known/csaf/white/changes.csv").body()).contains("\"" + path + "\",\"");
        assertThat(anonymous.get("/.well-known/csaf/white/" + path.substring(0, 4) + "/").body()).contains(path.substring(5));
        assertThat(anonymous.get("/.well-known/csaf/white/1999/x.json").statusCode()).isEqualTo(404);

        // a revision is private until published, then becomes version 2
        ok(send("POST", "/api/v1/cyber/advisories/" + id + "/revise", token(Role.ANALYST), "{\"changeSummary\":\"Added the tax portal's address.\"}"), 200);
        ok(send("PUT", "/api/v1/cyber/advisories/" + id, token(Role.ANALYST), "{\"content\":" + advisoryJson(title + " (updated)") + "}"), 200);
        assertThat(anonymous.get("/public/advisories/" + tracking).body()).doesNotContain("(updated)");
        ok(send("POST", "/api/v1/cyber/advisories/" + id + "/submit", token(Role.ANALYST), null), 200);
        ok(send("POST", "/api/v1/cyber/advisories/" + id + "/approve", token(Role.SUPERVISOR), "{\"reason\":\"ok\"}"), 200);
        ok(send("POST", "/api/v1/cyber/advisories/" + id + "/publish", token(Role.SUPERVISOR), null), 200);
        JsonNode v2 = JSON.readTree(anonymous.get("/.well-known/csaf/white/" + path).body());
        assertThat(v2.path("document").path("tracking").path("version").asString()).isEqualTo("2");
        assertThat(v2.path("document").path("tracking").path("revision_history")).hasSize(2);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'cyber.advisory.publish' AND record_id = ?", id)).isEqualTo(2);
    }

    @Test
    void providerMetadataAndDirectoryArePublic() {
        WebSession anonymous = new WebSession();
        HttpResponse<String> r = anonymous.get("/.well-known/csaf/provider-metadata.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode m = JSON.readTree(r.body());
        assertThat(m.path("role").asString()).isEqualTo("csaf_provider");
        assertThat(m.path("metadata_version").asString()).isEqualTo("2.0");
        assertThat(m.path("canonical_url").asString()).endsWith("/.well-known/csaf/provider-metadata.json");
        assertThat(m.path("distributions").get(0).path("directory_url").asString()).endsWith("/.well-known/csaf/white/");
        assertThat(m.path("publisher").path("category").asString()).isEqualTo("coordinator");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(anonymous.get("/.well-known/csaf/white/").body()).contains("index.txt", "changes.csv");
        assertThat(anonymous.get("/public/advisories/NO-SUCH-1").statusCode()).isEqualTo(404);
    }

    @Test
    void staffSidesNeedTheirRoles() {
        WebSession anonymous = new WebSession();
        assertThat(anonymous.get("/cyber/advisories").statusCode()).isEqualTo(302);
        assertThat(anonymous.get("/cyber/subscribers").statusCode()).isEqualTo(302);
        assertThat(get("/api/v1/cyber/advisories", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/cyber/advisories", token(Role.PARTNER)).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/cyber/advisories", token(Role.DPO)).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/cyber/advisories", token(Role.ANALYST)).statusCode()).isEqualTo(200);
        assertThat(signIn(username(Role.PARTNER)).get("/cyber/advisories").statusCode()).isEqualTo(403);
        assertThat(signIn(username(Role.ANALYST)).get("/cyber/subscribers").statusCode()).isEqualTo(403);
        WebSession dpo = signIn(username(Role.DPO));
        assertThat(dpo.get("/cyber/subscribers").statusCode()).isEqualTo(200);
        long reads = sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'personal-data.read' AND record_type = 'cyber_subscriber'");
        assertThat(dpo.get("/cyber/subscribers?purpose=annual+records+review").statusCode()).isEqualTo(200);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'personal-data.read' AND record_type = 'cyber_subscriber'"))
                .isEqualTo(reads + 1);
        WebSession analyst = signIn(username(Role.ANALYST));
        assertThat(analyst.get("/cyber/advisories").body()).contains("EISAS advisories");
        assertThat(analyst.get("/cyber/advisories/new").body()).contains("advisory-form");
    }

    private void expect400(String method, String path, String json, String field) {
        var r = send(method, path, token(Role.ANALYST), json);
        assertThat(r.statusCode()).as(json + " → " + r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).as(json).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void badInputGetsProblemJsonNamingTheFieldAndStoresNothing() {
        long before = sql.count("SELECT COUNT(*) FROM cyber_advisory");
        String ok = advisoryJson("Valid title");
        String p = "/api/v1/cyber/advisories";
        expect400("POST", p, ok.replace("\"title\":\"Valid title\"", "\"title\":\"\""), "title");
        expect400("POST", p, ok.replace("\"lang\":\"en\"", "\"lang\":\"xx\""), "lang");
        expect400("POST", p, ok.replace("\"sectors\":[\"GENERAL\",\"BANKING\"]", "\"sectors\":[]"), "sectors");
        expect400("POST", p, ok.replace("\"audience\":\"CITIZENS\"", "\"audience\":\"ALIENS\""), "audience");
        expect400("POST", p, ok.replace("https://www.example.org/tax-scams", "javascript:alert(1)"), "references[0].url");
        expect400("POST", p, ok.replace("\"cves\":[]", "\"cves\":[\"CVE-1\"]"), "cves[0]");
        expect400("POST", p, ok.replace("\"sources\":[]", "\"sources\":[\"indicator--00000000-0000-4000-8000-000000000000\"]"), "sources[0]");
        expect400("POST", p, ok.replace("{\"title\"", "{\"colour\":\"red\",\"title\""), "colour");
        expect400("POST", p, "{\"title\": ", "body");
        expect400("GET", p + "?status=LOST", null, "status");
        assertThat(sql.count("SELECT COUNT(*) FROM cyber_advisory")).isEqualTo(before);
    }

    @Test
    void thePublicSubscribeFormWorksWithoutSignInAndIsRateLimited() {
        WebSession visitor = new WebSession();
        HttpResponse<String> form = visitor.get("/public/subscriptions?lang=fr");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<html lang=\"fr\"", "S’abonner");
        long pending = sql.count("SELECT COUNT(*) FROM cyber_subscriber WHERE status = 'PENDING'");
        HttpResponse<String> sent = visitor.post("/public/subscriptions", Map.of("_csrf", csrf(form.body()), "email", "reader@example.org",
                "audience", "SMES", "sectors", "HEALTH", "lang", "fr"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(sent.body()).contains("Consultez votre messagerie");
        assertThat(sql.count("SELECT COUNT(*) FROM cyber_subscriber WHERE status = 'PENDING'")).isEqualTo(pending + 1);
        HttpResponse<String> bad = visitor.post("/public/subscriptions", Map.of("_csrf", csrf(form.body()), "email", "<script>x</script>",
                "audience", "SMES", "lang", "en"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("form-error").doesNotContain("<script>x</script>");
        assertThat(visitor.get("/public/subscriptions/confirm?token=abc").body()).contains("confirm-button");
        HttpResponse<String> wrong = visitor.post("/public/subscriptions/confirm", Map.of("_csrf", csrf(form.body()), "token", "abc"));
        assertThat(wrong.statusCode()).isEqualTo(404);
        int status = 0;
        for (int i = 0; i < PublicFormThrottle.LIMIT + 2 && status != 429; i++) {
            status = visitor.post("/public/subscriptions", Map.of("_csrf", csrf(form.body()), "email", "flood" + i + "@example.org",
                    "audience", "SMES", "lang", "en")).statusCode();
        }
        assertThat(status).as("a flood of form posts is held back").isEqualTo(429);
    }
}
