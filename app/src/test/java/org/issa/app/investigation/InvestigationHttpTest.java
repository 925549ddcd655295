package org.issa.app.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The entity store and link analysis over HTTP: imports, markings in every answer, problem+json, audit, the explorer's session API. */
class InvestigationHttpTest extends HttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = "/api/v1/investigation";

    private HttpResponse<String> post(String path, String bearer, String contentType, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + bearer)
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private static String caviar1() throws IOException {
        try (InputStream in = InvestigationHttpTest.class.getResourceAsStream("/org/issa/investigation/caviar/phase1.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A dataset of its own: CAVIAR phase 1, plus a RESTREINT UE informant linked to participant 1 and to participant 89. */
    private String seed() throws IOException {
        String ds = "http-" + UUID.randomUUID().toString().substring(0, 8);
        String analyst = token(Role.ANALYST);
        HttpResponse<String> m = post(BASE + "/entities/import/matrix?dataset=" + ds + "&createNodes=true&period=phase-1&from=1994-01-01"
                + "&to=1994-02-28&source=phase1.csv", analyst, "text/csv", caviar1());
        assertThat(m.statusCode()).as(m.body()).isEqualTo(201);
        assertThat(json(m).path("links").asInt()).isEqualTo(26);
        String ftm = """
                {"id":"inf","schema":"Person","properties":{"name":["Informant Kilo"]}}
                {"id":"k1","schema":"Associate","properties":{"person":["inf"],"associate":["1"]}}
                {"id":"k2","schema":"Associate","properties":{"person":["inf"],"associate":["4"]}}
                """;
        HttpResponse<String> f = post(BASE + "/entities/import/ftm?dataset=" + ds + "&classification=RESTREINT_UE&tlp=AMBER", analyst,
                "application/x-ndjson", ftm);
        assertThat(f.statusCode()).as(f.body()).isEqualTo(201);
        return ds;
    }

    private static List<String> ids(JsonNode nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.path("id").asString()));
        return out;
    }

    @Test
    void anUnderClearedReaderGets404ForTheHiddenEntityAndItIsAbsentFromEveryAnalysis() throws IOException {
        String ds = seed();
        String inf = ds + ":inf";
        assertThat(get(BASE + "/entities/" + inf + "?purpose=case", token(Role.ANALYST)).statusCode()).isEqualTo(200);
        HttpResponse<String> hidden = get(BASE + "/entities/" + inf + "?purpose=case", lowToken());
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(hidden.body()).doesNotContain("Informant");

        String expand = BASE + "/network/expand?seeds=" + ds + ":4&hops=2&datasets=" + ds + "&purpose=case%207";
        assertThat(ids(json(get(expand, token(Role.ANALYST))).path("nodes"))).contains(inf);
        HttpResponse<String> low = get(expand, lowToken());
        assertThat(low.statusCode()).isEqualTo(200);
        assertThat(ids(json(low).path("nodes"))).doesNotContain(inf);
        assertThat(low.body()).doesNotContain("Informant");

        String centrality = BASE + "/network/centrality?measure=degree&datasets=" + ds + "&purpose=case";
        assertThat(json(get(centrality, token(Role.ANALYST))).path("nodes").asInt()).isEqualTo(16);
        assertThat(json(get(centrality, lowToken())).path("nodes").asInt()).isEqualTo(15);
        assertThat(json(get(centrality, lowToken())).path("ranking").get(0).path("value").asDouble()).isBetween(0.856, 0.858);
        assertThat(get(BASE + "/network/communities?datasets=" + ds + "&purpose=case", lowToken()).body()).doesNotContain(inf);
        HttpResponse<String> path = get(BASE + "/network/paths?source=" + ds + ":1&target=" + inf + "&purpose=case", lowToken());
        assertThat(path.statusCode()).isEqualTo(404);
        HttpResponse<String> ok = get(BASE + "/network/paths?source=" + ds + ":4&target=" + ds + ":89&datasets=" + ds + "&purpose=case",
                token(Role.ANALYST));
        assertThat(json(ok).path("paths").size()).isPositive();
        assertThat(ids(json(get(BASE + "/entities?dataset=" + ds + "&limit=100", lowToken())).path("items"))).doesNotContain(inf);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndNothingIsStored() throws IOException {
        String ds = seed();
        String t = token(Role.ANALYST);
        assertThat(json(get(BASE + "/network/expand?seeds=" + ds + ":1&hops=9&purpose=x", t)).path("field").asString()).isEqualTo("hops");
        assertThat(json(get(BASE + "/network/centrality?measure=fame&purpose=x", t)).path("field").asString()).isEqualTo("measure");
        HttpResponse<String> noPurpose = get(BASE + "/network/communities?datasets=" + ds, t);
        assertThat(noPurpose.statusCode()).isEqualTo(400);
        assertThat(json(noPurpose).path("field").asString()).isEqualTo("purpose");
        assertThat(json(get(BASE + "/network?since=yesterday&purpose=x", t)).path("field").asString()).isEqualTo("since");
        assertThat(json(get(BASE + "/network?relations=Friendship&purpose=x", t)).path("field").asString()).isEqualTo("relations");
        HttpResponse<String> ragged = post(BASE + "/entities/import/matrix?dataset=" + ds + "-bad&createNodes=true", t, "text/csv",
                "p,1,2\n1,0,1\n2,1\n");
        assertThat(ragged.statusCode()).isEqualTo(400);
        assertThat(json(ragged).path("field").asString()).isEqualTo("file");
        assertThat(json(ragged).path("detail").asString()).contains("line 3: ragged matrix");
        HttpResponse<String> unknown = post(BASE + "/entities/import/edges?dataset=" + ds + "&relation=Associate", t, "text/csv",
                "source,target\n1,nobody\n");
        assertThat(json(unknown).path("detail").asString()).contains("unknown id 'nobody'");
        HttpResponse<String> above = post(BASE + "/entities/import/ftm?dataset=" + ds + "&classification=SECRET_UE", t,
                "application/x-ndjson", "{\"id\":\"s\",\"schema\":\"Person\",\"properties\":{\"name\":[\"S\"]}}\n");
        assertThat(json(above).path("field").asString()).isEqualTo("classification");
        assertThat(json(get(BASE + "/entities?dataset=" + ds + "-bad", t)).path("items").size()).isZero();
        assertThat(get(BASE + "/entities?q=x&cursor=not-a-cursor!!", t).statusCode()).isEqualTo(400);
    }

    @Test
    void rolesAreEnforcedAndReadsAreAuditedWithTheirPurpose() throws IOException {
        String ds = seed();
        assertThat(get(BASE + "/network/centrality?purpose=x", token(Role.AUDITOR)).statusCode()).isEqualTo(403);
        assertThat(get(BASE + "/entities", null).statusCode()).isEqualTo(401);
        HttpResponse<String> partnerImport = post(BASE + "/entities/import/edges?dataset=" + ds + "&createNodes=true", token(Role.PARTNER),
                "text/csv", "source,target\na,b\n");
        assertThat(partnerImport.statusCode()).isEqualTo(403);
        get(BASE + "/network/key-players?k=2&datasets=" + ds + "&purpose=audit%20check%20" + ds, token(Role.ANALYST));
        HttpResponse<String> trail = get("/api/v1/audit?limit=50&recordType=inv_graph&purpose=review%20of%20investigation%20reads", token(Role.AUDITOR));
        assertThat(trail.body()).contains("audit check " + ds);
    }

    @Test
    void duplicatesAreMergedOnConfirmationAndUndoneExactly() throws IOException {
        String ds = seed();
        String t = token(Role.ANALYST);
        String people = """
                {"id":"a","schema":"Person","properties":{"name":["Marc Lemaire"],"firstName":["Marc"],"lastName":["Lemaire"],"birthDate":["1971-02-03"]}}
                {"id":"b","schema":"Person","properties":{"name":["LEMAIRE Marc"],"firstName":["Marc"],"lastName":["Lemaire"],"birthDate":["1971-02-03"]}}
                """;
        assertThat(post(BASE + "/entities/import/ftm?dataset=" + ds + "-reg", t, "application/x-ndjson", people).statusCode()).isEqualTo(201);
        HttpResponse<String> merge = post(BASE + "/entities/merges", t, "application/json",
                "{\"canonical\":\"" + ds + "-reg:a\",\"other\":\"" + ds + "-reg:b\",\"reason\":\"same birth date and name\"}");
        assertThat(merge.statusCode()).as(merge.body()).isEqualTo(201);
        JsonNode entity = json(get(BASE + "/entities/" + ds + "-reg:b?purpose=case", t));
        assertThat(entity.path("entity").path("id").asString()).isEqualTo(ds + "-reg:a");
        assertThat(entity.path("statements").size()).isEqualTo(8);
        HttpResponse<String> undo = post(BASE + "/entities/merges/" + json(merge).path("id").asString() + "/undo", t, "application/json",
                "{\"reason\":\"different fathers' names\"}");
        assertThat(undo.statusCode()).as(undo.body()).isEqualTo(200);
        assertThat(json(get(BASE + "/entities/" + ds + "-reg:b?purpose=case", t)).path("statements").size()).isEqualTo(4);
        HttpResponse<String> missingReason = post(BASE + "/entities/merges", t, "application/json",
                "{\"canonical\":\"" + ds + "-reg:a\",\"other\":\"" + ds + "-reg:b\"}");
        assertThat(json(missingReason).path("field").asString()).isEqualTo("reason");
    }

    @Test
    void theExplorerPageAndItsSessionApiWork() throws IOException {
        String ds = seed();
        WebSession s = signIn(username(Role.ANALYST));
        HttpResponse<String> page = s.get("/investigation/network?seed=" + ds + ":1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Graph explorer", "cytoscape.min.js", ds);
        HttpResponse<String> data = s.get("/investigation/network/data/communities?datasets=" + ds + "&purpose=explorer%20test");
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(json(data).path("count").asInt()).isGreaterThan(1);
        HttpResponse<String> entity = s.get("/investigation/entities/" + ds + ":1");
        assertThat(entity.body()).contains("State why you read it");
        HttpResponse<String> shown = s.get("/investigation/entities/" + ds + ":1?purpose=case%207");
        assertThat(shown.body()).contains("phase1.csv", "Statements");
        WebSession low = signIn(LOW);
        assertThat(low.get("/investigation/entities/" + ds + ":inf?purpose=x").statusCode()).isEqualTo(404);
        assertThat(s.getBytes("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void theDuplicatesPageAsksForAPurposeAndMergesOnlyOnAConfirmedForm() throws IOException {
        String ds = seed();
        WebSession s = signIn(username(Role.ANALYST));
        HttpResponse<String> ask = s.get("/investigation/entities/duplicates?dataset=" + ds);
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("Possible duplicates").doesNotContain("id=\"proposals\"");
        HttpResponse<String> run = s.get("/investigation/entities/duplicates?dataset=" + ds + "&purpose=dedupe%20for%20case%207");
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("id=\"proposals\"");
        String csrf = csrf(run.body());
        HttpResponse<String> merged = s.post("/investigation/entities/merges", java.util.Map.of("canonical", ds + ":1", "other", ds + ":4",
                "reason", "same voice on the intercepts", "_csrf", csrf));
        assertThat(merged.statusCode()).isEqualTo(302);
        HttpResponse<String> page = s.get("/investigation/entities/" + ds + ":4?purpose=case%207");
        assertThat(page.body()).contains("same voice on the intercepts", "Undo this merge");
        String mergeId = json(get(BASE + "/entities/" + ds + ":1/merges", token(Role.ANALYST))).get(0).path("id").asString();
        HttpResponse<String> undone = s.post("/investigation/entities/merges/" + mergeId + "/undo", java.util.Map.of("reason", "two brothers",
                "back", ds + ":1", "_csrf", csrf(page.body())));
        assertThat(undone.statusCode()).isEqualTo(302);
        assertThat(json(get(BASE + "/entities/" + ds + ":4?purpose=x", token(Role.ANALYST))).path("entity").path("id").asString())
                .isEqualTo(ds + ":4");
    }
}
