package org.issa.app.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Referrals over HTTP: staff only, four eyes, DSA codes checked, statistics exported. */
class CyberReferralHttpTest extends HttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Sql sql;

    private JsonNode ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    @Test
    void aReferralIsDraftedApprovedAnsweredAndCounted() {
        String name = "Referral Test Host " + System.nanoTime();
        JsonNode host = ok(send("POST", "/api/v1/cyber/providers", token(Role.ANALYST), "{\"name\":\"" + name + "\",\"country\":\"IE\","
                + "\"contactEmail\":\"abuse@host.example\",\"contactUrl\":\"https://host.example/dsa\",\"notes\":\"\"}"), 201);
        String referral = "{\"providerId\":\"" + host.path("id").asString() + "\",\"url\":\"https://host.example/scam\","
                + "\"category\":\"STATEMENT_CATEGORY_SCAMS_AND_FRAUD\",\"contentType\":\"CONTENT_TYPE_TEXT\","
                + "\"legalProvision\":\"Code pénal, art. 313-1\",\"memberState\":\"FR\",\"explanation\":\"Phishing copy of a bank.\"}";
        JsonNode r = ok(send("POST", "/api/v1/cyber/referrals", token(Role.ANALYST), referral), 201);
        String id = r.path("id").asString();
        assertThat(send("POST", "/api/v1/cyber/referrals", token(Role.AUDITOR), referral).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/cyber/referrals", token(Role.PARTNER), referral).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/cyber/referrals/" + id + "/approve", token(Role.ANALYST), "{\"reason\":\"x\"}").statusCode())
                .isEqualTo(403);
        JsonNode sent = ok(send("POST", "/api/v1/cyber/referrals/" + id + "/approve", token(Role.SUPERVISOR), "{\"reason\":\"Checked.\"}"), 200);
        assertThat(sent.path("status").asString()).isEqualTo("SENT");
        assertThat(sql.count("SELECT COUNT(*) FROM cyber_outbox WHERE kind = 'REFERRAL_NOTICE' AND subject_ref = ?",
                sent.path("reference").asString())).isEqualTo(1);
        var bad = send("POST", "/api/v1/cyber/referrals/" + id + "/response", token(Role.ANALYST),
                "{\"outcome\":\"REMOVED\",\"decisions\":[\"DECISION_VISIBILITY_CONTENT_DISABLED\"]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"decisions\"");
        JsonNode done = ok(send("POST", "/api/v1/cyber/referrals/" + id + "/response", token(Role.ANALYST),
                "{\"outcome\":\"REMOVED\",\"decisions\":[\"DECISION_VISIBILITY_CONTENT_REMOVED\"],\"note\":\"gone\"}"), 200);
        assertThat(done.path("status").asString()).isEqualTo("REMOVED");
        JsonNode view = ok(get("/api/v1/cyber/referrals/" + id, token(Role.AUDITOR)), 200);
        assertThat(view.path("history")).hasSize(3);

        JsonNode stats = ok(get("/api/v1/cyber/referrals/statistics", token(Role.SUPERVISOR)), 200);
        assertThat(stats.path("byProvider").findValuesAsString("label")).contains(name);
        HttpResponse<String> csv = get("/api/v1/cyber/referrals/statistics.csv", token(Role.SUPERVISOR));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("group,key,label,total").contains("provider," + host.path("id").asString() + "," + name);
        assertThat(ok(get("/api/v1/cyber/referrals/vocabulary", token(Role.ANALYST)), 200).path("category")).hasSize(16);

        WebSession supervisor = signIn(username(Role.SUPERVISOR));
        assertThat(supervisor.get("/cyber/referrals").body()).contains(sent.path("reference").asString());
        assertThat(supervisor.get("/cyber/referrals/" + id).body()).contains("DECISION_VISIBILITY_CONTENT_REMOVED", "Removed");
        assertThat(supervisor.get("/cyber/referrals/statistics").body()).contains(name);
        assertThat(supervisor.get("/cyber/referrals/statistics.csv").body()).contains(name);
        assertThat(supervisor.get("/cyber/providers").body()).contains(name);
        assertThat(new WebSession().get("/cyber/referrals").statusCode()).isEqualTo(302);
        assertThat(signIn(username(Role.PARTNER)).get("/cyber/referrals").statusCode()).isEqualTo(403);
    }

    @Test
    void badReferralInputIsNamed() {
        String p = "/api/v1/cyber/referrals";
        for (String[] c : new String[][] {
                {"{\"providerId\":\"nope\",\"url\":\"https://a.example\",\"category\":\"STATEMENT_CATEGORY_VIOLENCE\",\"contentType\":\"CONTENT_TYPE_TEXT\",\"legalProvision\":\"x\",\"memberState\":\"FR\",\"explanation\":\"y\"}", "providerId"},
                {"{\"providerId\":\"nope\",\"url\":\"https://a.example\",\"unknown\":1}", "unknown"},
                {"{\"providerId\":\"nope\",\"dueHours\":\"soon\"}", "dueHours"}}) {
            var r = send("POST", p, token(Role.ANALYST), c[0]);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(r.body()).contains("\"field\":\"" + c[1] + "\"");
        }
        var provider = send("POST", "/api/v1/cyber/providers", token(Role.ANALYST), "{\"name\":\"X\",\"country\":\"France\"}");
        assertThat(provider.statusCode()).isEqualTo(400);
        assertThat(provider.body()).contains("\"field\":\"country\"");
    }
}
