package org.issa.app.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The advisory desk drafts from the CERT network's STIX store: only TLP:CLEAR indicators,
 * vulnerabilities and incidents for all communities are offered, and a source is checked again
 * when the draft is submitted (here after a later version re-marked it GREEN).
 */
class CyberAdvisorySourcesHttpTest extends HttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CLEAR = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";
    private static final String GREEN = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";

    private static String object(String type, String id, String name, String modified, String marking) {
        String common = "\"spec_version\":\"2.1\",\"id\":\"" + id + "\",\"created\":\"2026-02-01T00:00:00.000Z\",\"modified\":\""
                + modified + "\",\"name\":\"" + name + "\",\"description\":\"Seen in " + name + ".\",\"object_marking_refs\":[\""
                + marking + "\"],\"external_references\":[{\"source_name\":\"cert\",\"url\":\"https://cert.example.eu/" + id + "\"}]";
        return switch (type) {
            case "indicator" -> "{\"type\":\"indicator\"," + common + ",\"pattern\":\"[url:value = 'https://bad.example/']\","
                    + "\"pattern_type\":\"stix\",\"valid_from\":\"2026-02-01T00:00:00Z\"}";
            default -> "{\"type\":\"" + type + "\"," + common + "}";
        };
    }

    private void store(String query, String... objects) {
        HttpResponse<String> r = send("POST", "/api/v1/cyber/stix/bundles?" + query, token(Role.ANALYST),
                "{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[" + String.join(",", objects) + "]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private static String draft(String title, String source) {
        return "{\"title\":\"" + title + "\",\"summary\":\"Mails imitate a parcel service.\",\"whatToDo\":\"Do not pay.\","
                + "\"whoIsAffected\":\"Everyone.\",\"audience\":\"CITIZENS\",\"sectors\":[\"GENERAL\"],\"severity\":\"MEDIUM\",\"lang\":\"en\","
                + "\"references\":[],\"products\":[],\"cves\":[],\"sources\":[\"" + source + "\"]}";
    }

    @Test
    void onlyClearSourcesForAllAreOfferedAndTheyAreCheckedAgainAtSubmission() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String clearIndicator = "indicator--" + UUID.randomUUID();
        String clearVulnerability = "vulnerability--" + UUID.randomUUID();
        String clearIncident = "incident--" + UUID.randomUUID();
        String greenIndicator = "indicator--" + UUID.randomUUID();
        String communityOnly = "indicator--" + UUID.randomUUID();
        store("tlp=CLEAR&distribution=ALL",
                object("indicator", clearIndicator, "Parcel fee site " + tag, "2026-02-03T00:00:00.000Z", CLEAR),
                object("vulnerability", clearVulnerability, "Router flaw " + tag, "2026-02-02T00:00:00.000Z", CLEAR),
                object("incident", clearIncident, "Ransomware at firms " + tag, "2026-02-01T00:00:00.000Z", CLEAR),
                object("indicator", greenIndicator, "Partner-only server " + tag, "2026-02-04T00:00:00.000Z", GREEN));
        store("tlp=CLEAR&distribution=COMMUNITY", object("indicator", communityOnly, "Community only " + tag,
                "2026-02-05T00:00:00.000Z", CLEAR));

        HttpResponse<String> offered = get("/api/v1/cyber/advisories/sources", token(Role.ANALYST));
        assertThat(offered.statusCode()).isEqualTo(200);
        assertThat(offered.body()).contains(clearIndicator, clearVulnerability, clearIncident, "https://cert.example.eu/" + clearIndicator)
                .doesNotContain(greenIndicator, communityOnly);
        assertThat(get("/api/v1/cyber/advisories/sources", token(Role.PARTNER)).statusCode()).isEqualTo(403);
        assertThat(signIn(username(Role.ANALYST)).get("/cyber/advisories/new?source=" + clearVulnerability).body())
                .as("the editor starts from the vulnerability's text").contains("Router flaw " + tag);
        assertThat(signIn(username(Role.ANALYST)).get("/cyber/advisories/new?source=" + greenIndicator).statusCode()).isEqualTo(400);

        HttpResponse<String> refused = send("POST", "/api/v1/cyber/advisories", token(Role.ANALYST), draft("Green " + tag, greenIndicator));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"sources[0]\"", "TLP:CLEAR");

        HttpResponse<String> created = send("POST", "/api/v1/cyber/advisories", token(Role.ANALYST), draft("Parcel " + tag, clearIndicator));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).path("id").asString();

        // a later version of the source is GREEN: the draft may no longer be submitted
        store("tlp=CLEAR&distribution=ALL", object("indicator", clearIndicator, "Parcel fee site " + tag, "2026-03-01T00:00:00.000Z", GREEN));
        assertThat(get("/api/v1/cyber/advisories/sources", token(Role.ANALYST)).body()).doesNotContain(clearIndicator);
        HttpResponse<String> submit = send("POST", "/api/v1/cyber/advisories/" + id + "/submit", token(Role.ANALYST), null);
        assertThat(submit.statusCode()).as(submit.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(submit.body());
        assertThat(problem.path("field").asString()).isEqualTo("sources[0]");
        assertThat(submit.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
}
