package org.issa.app.cyber.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.issa.app.http.HttpTestBase;
import org.issa.app.identity.NewAccount;
import org.issa.core.marking.Classification;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The STIX API over HTTP: import report, idempotency, bad and hostile input, TLP and distribution per reader, export. */
class CyberStixHttpTest extends HttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AMBER_STRICT = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";
    private static String partnerToken;
    private static String adminOfOtherAgencyToken;

    @Autowired
    Sql sql;

    @BeforeEach
    void certUsers() {
        synchronized (CyberStixHttpTest.class) {
            if (partnerToken != null) {
                return;
            }
            var de = directory.bootstrap(new NewAccount("cert-de-partner", "German partner", PASSWORD, "DE-BSI", "DE",
                    Set.of(Role.PARTNER), Classification.RESTREINT_UE));
            partnerToken = directory.issueToken(de.principal(), "test", 30).secret();
            var fr = directory.bootstrap(new NewAccount("cert-fr-other", "Other French analyst", PASSWORD, "FR-ANSSI", "FR",
                    Set.of(Role.ANALYST), Classification.RESTREINT_UE));
            adminOfOtherAgencyToken = directory.issueToken(fr.principal(), "test", 30).secret();
        }
    }

    private HttpResponse<String> post(String path, String bearer, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] poisonIvy() {
        try (InputStream in = CyberStixHttpTest.class.getResourceAsStream("/cyber/stix/poisonivy.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private static String indicator(String uuid, String modified, String extra) {
        return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--" + uuid + "\",\"created\":\"2026-01-01T00:00:00.000Z\","
                + "\"modified\":\"" + modified + "\",\"name\":\"http test " + uuid + "\",\"pattern\":\"[ipv4-addr:value = '198.51.100.9']\","
                + "\"pattern_type\":\"stix\",\"valid_from\":\"2026-01-01T00:00:00Z\"" + extra + "}";
    }

    private static byte[] bundle(String... objects) {
        return ("{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[" + String.join(",", objects) + "]}").getBytes();
    }

    private static void assertProblem(HttpResponse<String> r, int status, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(r).path("field").asString()).isEqualTo(field);
    }

    @Test
    void poisonIvyImportsWithAReportOnceAndIsAudited() {
        long audited = sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'cyber.stix.import'");
        HttpResponse<String> first = post("/api/v1/cyber/stix/bundles?tlp=GREEN&distribution=CONNECTED", token(Role.ANALYST), poisonIvy());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode r = json(first);
        assertThat(r.path("committed").asBoolean()).isTrue();
        assertThat(r.path("received").asInt()).isEqualTo(155);
        assertThat(r.path("stored").asInt() + r.path("alreadyStored").asInt()).isEqualTo(155);
        HttpResponse<String> again = post("/api/v1/cyber/stix/bundles?tlp=GREEN&distribution=CONNECTED", token(Role.ANALYST), poisonIvy());
        assertThat(json(again).path("stored").asInt()).isZero();
        assertThat(json(again).path("alreadyStored").asInt()).isEqualTo(155);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'cyber.stix.import'")).isEqualTo(audited + 2);

        JsonNode detail = json(get("/api/v1/cyber/stix/objects/malware--591f0cb7-d66f-4e14-a8e6-5927b597f920", token(Role.ANALYST)));
        assertThat(detail.path("object").path("name").asString()).isEqualTo("Poison Ivy");
        assertThat(detail.path("versions")).hasSize(1);
        assertThat(detail.path("relationships").size()).isGreaterThan(0);
        HttpResponse<String> versions = get("/api/v1/cyber/stix/objects/malware--591f0cb7-d66f-4e14-a8e6-5927b597f920/versions",
                token(Role.ANALYST));
        assertThat(versions.headers().firstValue("Content-Type").orElse("")).startsWith("application/stix+json");
        assertThat(json(versions).path("objects")).hasSize(1);
        JsonNode list = json(get("/api/v1/cyber/stix/objects?type=vulnerability&limit=4", token(Role.ANALYST)));
        assertThat(list.path("items")).hasSize(4);
        JsonNode next = json(get("/api/v1/cyber/stix/objects?type=vulnerability&limit=4&cursor=" + list.path("nextCursor").asString(),
                token(Role.ANALYST)));
        assertThat(next.path("items")).hasSize(2);
    }

    @Test
    void validationWithoutStoring() {
        HttpResponse<String> r = post("/api/v1/cyber/stix/validate", token(Role.PARTNER), poisonIvy());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("valid").asBoolean()).isTrue();
        assertThat(json(r).path("objects").asInt()).isEqualTo(155);
        assertThat(json(r).path("byType").path("indicator").asInt()).isEqualTo(25);
        assertThat(json(r).path("errors").asInt()).isZero();
    }

    @Test
    void badAndHostileInputGetsAClearErrorAndStoresNothing() {
        String analyst = token(Role.ANALYST);
        assertProblem(post("/api/v1/cyber/stix/bundles", analyst, "{\"type\":\"bundle\",".getBytes()), 400, "bundle");
        assertProblem(post("/api/v1/cyber/stix/bundles", analyst, "{\"objects\":[]}".getBytes()), 400, "type");
        assertProblem(post("/api/v1/cyber/stix/bundles", analyst, ("{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID()
                + "\",\"objects\":[" + "[".repeat(500) + "]".repeat(500) + "]}").getBytes()), 400, "bundle");
        assertProblem(post("/api/v1/cyber/stix/bundles", analyst, "{\"a\":1,\"a\":2}".getBytes()), 400, "bundle");
        String u = UUID.randomUUID().toString();
        assertProblem(post("/api/v1/cyber/stix/bundles?tlp=PURPLE", analyst, bundle(indicator(u, "2026-01-01T00:00:00.000Z", ""))),
                400, "marking.tlp");
        assertProblem(post("/api/v1/cyber/stix/bundles?distribution=everyone", analyst, bundle(indicator(u, "2026-01-01T00:00:00.000Z", ""))),
                400, "distribution");
        assertProblem(get("/api/v1/cyber/stix/objects?version=soon", analyst), 400, "match[version]");
        assertProblem(get("/api/v1/cyber/stix/objects?cursor=%25%25", analyst), 400, "cursor");

        String good = indicator(u, "2026-01-01T00:00:00.000Z", "");
        String bad = indicator(UUID.randomUUID().toString(), "2025-01-01T00:00:00.000Z", ",\"description\":\"<script>alert(1)</script>\"");
        HttpResponse<String> refused = post("/api/v1/cyber/stix/bundles", analyst, bundle(good, bad));
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode report = json(refused);
        assertThat(report.path("committed").asBoolean()).isFalse();
        assertThat(report.path("outcomes").get(0).path("status").asString()).isEqualTo("NOT_STORED");
        JsonNode issue = report.path("outcomes").get(1).path("issues").get(0);
        assertThat(issue.path("path").asString()).isEqualTo("$.modified");
        assertThat(issue.path("rule").asString()).isEqualTo("modified-before-created");
        assertThat(get("/api/v1/cyber/stix/objects/indicator--" + u, analyst).statusCode()).isEqualTo(404);

        HttpResponse<String> skipped = post("/api/v1/cyber/stix/bundles?skipInvalid=true", analyst, bundle(good, bad));
        assertThat(skipped.statusCode()).isEqualTo(201);
        assertThat(json(skipped).path("stored").asInt()).isEqualTo(1);
        assertThat(get("/api/v1/cyber/stix/objects/indicator--" + u, analyst).statusCode()).isEqualTo(200);
    }

    @Test
    void tlpAndDistributionDecideWhatEachReaderGets() {
        String analyst = token(Role.ANALYST); // FR-MININT
        String strict = UUID.randomUUID().toString();
        String red = UUID.randomUUID().toString();
        String green = UUID.randomUUID().toString();
        String community = UUID.randomUUID().toString();
        assertThat(post("/api/v1/cyber/stix/bundles", analyst,
                bundle(indicator(strict, "2026-01-01T00:00:00.000Z", ",\"object_marking_refs\":[\"" + AMBER_STRICT + "\"]")))
                .statusCode()).isEqualTo(201);
        assertThat(post("/api/v1/cyber/stix/bundles?tlp=RED&releasableTo=USER:cert-de-partner&distribution=CONNECTED", analyst,
                bundle(indicator(red, "2026-01-01T00:00:00.000Z", ""))).statusCode()).isEqualTo(201);
        assertThat(post("/api/v1/cyber/stix/bundles?tlp=GREEN&distribution=CONNECTED", analyst,
                bundle(indicator(green, "2026-01-01T00:00:00.000Z", ""))).statusCode()).isEqualTo(201);
        assertThat(post("/api/v1/cyber/stix/bundles?tlp=GREEN&distribution=COMMUNITY", analyst,
                bundle(indicator(community, "2026-01-01T00:00:00.000Z", ""))).statusCode()).isEqualTo(201);

        // the object's own AMBER+STRICT marking won over the default GREEN
        assertThat(json(get("/api/v1/cyber/stix/objects/indicator--" + strict, analyst)).path("summary").path("marking").path("tlp")
                .asString()).isEqualTo("TLP:AMBER+STRICT");
        // German partner: GREEN for connected communities, RED where named; not AMBER+STRICT, not this community only
        assertThat(get("/api/v1/cyber/stix/objects/indicator--" + green, partnerToken).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/cyber/stix/objects/indicator--" + red, partnerToken).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/cyber/stix/objects/indicator--" + strict, partnerToken).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/cyber/stix/objects/indicator--" + community, partnerToken).statusCode()).isEqualTo(404);
        // another French agency on this node: community yes, AMBER+STRICT and unnamed RED no
        assertThat(get("/api/v1/cyber/stix/objects/indicator--" + community, adminOfOtherAgencyToken).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/cyber/stix/objects/indicator--" + strict, adminOfOtherAgencyToken).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/cyber/stix/objects/indicator--" + red, adminOfOtherAgencyToken).statusCode()).isEqualTo(404);

        String partnerExport = get("/api/v1/cyber/stix/export?q=http+test&max=1000", partnerToken).body();
        assertThat(partnerExport).contains(green).contains(red).doesNotContain(strict).doesNotContain(community);
        HttpResponse<String> v1 = get("/api/v1/cyber/stix/export?id=indicator--" + strict + "&tlpVersion=1", analyst);
        assertThat(v1.statusCode()).isEqualTo(200);
        assertThat(v1.headers().firstValue("X-ISSA-Left-Out").orElse("")).isEqualTo("indicator--" + strict);
        assertThat(v1.body()).doesNotContain("\"name\":\"http test " + strict);

        // partners read but write nothing outside a collection granted to them; admins see no objects; nobody unauthenticated
        assertThat(post("/api/v1/cyber/stix/bundles", partnerToken, bundle(indicator(UUID.randomUUID().toString(),
                "2026-01-01T00:00:00.000Z", ""))).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/cyber/stix/objects", token(Role.ADMIN)).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/cyber/stix/objects", null).statusCode()).isEqualTo(401);
        assertThat(send("DELETE", "/api/v1/cyber/stix/objects/indicator--" + green, analyst, null).statusCode()).isEqualTo(403);
        assertThat(send("DELETE", "/api/v1/cyber/stix/objects/indicator--" + green, token(Role.SUPERVISOR), null).statusCode()).isEqualTo(204);
        assertThat(get("/api/v1/cyber/stix/objects/indicator--" + green, analyst).statusCode()).isEqualTo(404);
    }

    @Test
    void collectionsAndSharingGroupsAreManagedBySupervisors() {
        String body = "{\"title\":\"HTTP test feed " + UUID.randomUUID() + "\",\"grants\":[{\"grantee\":\"STATE:DE\",\"read\":true,\"write\":true}]}";
        assertThat(send("POST", "/api/v1/cyber/stix/collections", token(Role.ANALYST), body).statusCode()).isEqualTo(403);
        HttpResponse<String> created = send("POST", "/api/v1/cyber/stix/collections", token(Role.SUPERVISOR), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).path("id").asString();
        assertProblem(send("POST", "/api/v1/cyber/stix/collections", token(Role.SUPERVISOR),
                "{\"title\":\"x\",\"grants\":[{\"grantee\":\"EVERYONE\",\"read\":true,\"write\":false}]}"), 400, "grants");
        // the German partner may now push into this collection
        String u = UUID.randomUUID().toString();
        HttpResponse<String> pushed = post("/api/v1/cyber/stix/bundles?collection=" + id + "&distribution=CONNECTED", partnerToken,
                bundle(indicator(u, "2026-01-01T00:00:00.000Z", "")));
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
        assertThat(json(get("/api/v1/cyber/stix/objects?collection=" + id, partnerToken)).path("items")).hasSize(1);
        assertProblem(send("POST", "/api/v1/cyber/stix/sharing-groups", token(Role.SUPERVISOR),
                "{\"name\":\"bad group\",\"members\":[\"FR\"]}"), 400, "members");
        assertThat(send("POST", "/api/v1/cyber/stix/sharing-groups", token(Role.SUPERVISOR),
                "{\"name\":\"HTTP group " + u + "\",\"members\":[\"STATE:DE\",\"AGENCY:BE-CERT\"]}").statusCode()).isEqualTo(201);
    }

    @Test
    void pagesListShowAndExport() {
        String u = UUID.randomUUID().toString();
        post("/api/v1/cyber/stix/bundles", token(Role.ANALYST), bundle(indicator(u, "2026-01-01T00:00:00.000Z",
                ",\"description\":\"<script>alert('x')</script>\"")));
        WebSession s = signIn(username(Role.ANALYST));
        HttpResponse<String> list = s.get("/cyber/stix?type=indicator&q=" + u);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("stix-objects").contains("indicator--" + u);
        HttpResponse<String> page = s.get("/cyber/stix/objects/indicator--" + u);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("object-json").doesNotContain("<script>alert").contains("&lt;script&gt;");
        HttpResponse<byte[]> export = s.getBytes("/cyber/stix/export?q=" + u);
        assertThat(new String(export.body())).startsWith("{\"type\":\"bundle\"").contains("indicator--" + u);
        assertThat(s.get("/cyber/stix/import").body()).contains("import-form");
        assertThat(signIn(username(Role.ADMIN)).get("/cyber/stix").statusCode()).isEqualTo(403);
    }
}
