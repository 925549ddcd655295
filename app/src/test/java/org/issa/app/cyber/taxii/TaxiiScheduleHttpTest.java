package org.issa.app.cyber.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Setting a peer's sync interval over the API and the page: bounds as problem+json naming the field, supervisors only, audited. */
class TaxiiScheduleHttpTest extends HttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Sql sql;

    String peer(String name) {
        var r = send("POST", "/api/v1/cyber/taxii/peers", token(Role.SUPERVISOR), JSON.writeValueAsString(new PeerForm(name,
                "http://localhost:1/taxii2/cert/", "c1", null, null, null, "svc", "env:HOME", "DE-BSI", "DE", null, "2", true)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).path("id").asString();
    }

    @Test
    void aSupervisorSetsTheIntervalWithinBoundsAndItIsAudited() {
        String id = peer("scheduled over the API");
        String path = "/api/v1/cyber/taxii/peers/" + id + "/schedule";
        JsonNode off = JSON.readTree(send("GET", path, token(Role.SUPERVISOR), null).body());
        assertThat(off.hasNonNull("minutes")).as(off.toString()).isFalse();

        var set = send("PUT", path, token(Role.SUPERVISOR), "{\"minutes\":60}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        JsonNode s = JSON.readTree(set.body());
        assertThat(s.path("minutes").asInt()).isEqualTo(60);
        assertThat(s.path("setBy").asString()).isEqualTo(username(Role.SUPERVISOR));
        assertThat(s.path("nextDue").asString()).as("the first run is due at once").isNotEmpty();
        assertThat(s.path("failures").asInt()).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'cyber.taxii.peer.schedule' AND record_id = ? AND actor = ?", id,
                username(Role.SUPERVISOR))).isEqualTo(1);
        assertThat(JSON.readTree(send("GET", path, token(Role.ADMIN), null).body()).path("minutes").asInt()).isEqualTo(60);

        for (String bad : new String[] {"{\"minutes\":4}", "{\"minutes\":10081}", "{\"minutes\":-1}", "{\"minutes\":\"often\"}"}) {
            var r = send("PUT", path, token(Role.SUPERVISOR), bad);
            assertThat(r.statusCode()).as(bad + " " + r.body()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(JSON.readTree(r.body()).path("field").asString()).as(bad).isEqualTo("minutes");
        }
        // only a supervisor: scheduled syncs run on their behalf
        assertThat(send("PUT", path, token(Role.ANALYST), "{\"minutes\":30}").statusCode()).isEqualTo(403);
        var admin = send("PUT", path, token(Role.ADMIN), "{\"minutes\":30}");
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(403);
        assertThat(admin.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(send("PUT", "/api/v1/cyber/taxii/peers/no-such-peer/schedule", token(Role.SUPERVISOR), "{\"minutes\":30}").statusCode())
                .isEqualTo(404);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'cyber.taxii.peer.schedule' AND record_id = ?", id))
                .as("refused changes record nothing").isEqualTo(1);
        assertThat(sql.count("SELECT sync_minutes FROM cyber_taxii_peer WHERE id = ?", id)).isEqualTo(60);

        var cleared = send("PUT", path, token(Role.SUPERVISOR), "{\"minutes\":null}");
        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(cleared.body()).hasNonNull("nextDue")).isFalse();
        assertThat(JSON.readTree(cleared.body()).hasNonNull("minutes")).isFalse();
    }

    @Test
    void thePeersPageShowsAndSetsTheSchedule() {
        String id = peer("scheduled on the page");
        WebSession web = signIn(username(Role.SUPERVISOR));
        String page = web.get("/cyber/taxii").body();
        assertThat(page).contains("Sync schedule").contains("Next due").contains("Failures in a row")
                .contains("action=\"/cyber/taxii/peers/" + id + "/schedule\"");

        var bad = web.post("/cyber/taxii/peers/" + id + "/schedule", Map.of("minutes", "often", "_csrf", csrf(page)));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("Not scheduled: the sync interval is a whole number of minutes");
        var tooOften = web.post("/cyber/taxii/peers/" + id + "/schedule", Map.of("minutes", "1", "_csrf", csrf(page)));
        assertThat(tooOften.body()).contains("Not scheduled: the sync interval is 5 to 10080 minutes");

        var ok = web.post("/cyber/taxii/peers/" + id + "/schedule", Map.of("minutes", "45", "_csrf", csrf(page)));
        assertThat(ok.statusCode()).isEqualTo(302);
        String after = web.get("/cyber/taxii").body();
        assertThat(after).contains("every 45 min");
        var off = web.post("/cyber/taxii/peers/" + id + "/schedule", Map.of("minutes", "", "_csrf", csrf(after)));
        assertThat(off.statusCode()).isEqualTo(302);
        assertThat(sql.count("SELECT COUNT(*) FROM cyber_taxii_peer WHERE id = ? AND sync_minutes IS NULL", id)).isEqualTo(1);

        WebSession analyst = signIn(username(Role.ANALYST));
        String analystPage = analyst.get("/cyber/taxii").body();
        assertThat(analyst.post("/cyber/taxii/peers/" + id + "/schedule", Map.of("minutes", "45", "_csrf", csrf(analystPage))).statusCode())
                .isEqualTo(403);
    }
}
