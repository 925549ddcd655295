package org.issa.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One-off screening: candidates with their explanation, per-list threshold, audited with the purpose, bad input named. */
class ScreeningApiTest extends ScreeningHttpSupport {

    @Test
    void screeningFindsCandidatesExplainsThemAndIsAuditedWithItsPurpose() {
        String analyst = token(Role.ANALYST);
        String name = unique("Ardwin Falkenrath");
        String other = unique("Zuleika Mbeki");
        String id = createList(analyst, unique("API test "), "SANCTIONS", null);
        assertThat(importFile(analyst, id, "A1|" + name + "|1966-05-04|XA\nA2|" + other + "||\n").statusCode()).isEqualTo(201);

        var r = send("POST", "/api/v1/screening/screen", analyst, "{\"name\":\"" + name + "\",\"dateOfBirth\":\"1966-05-04\","
                + "\"country\":\"xa\",\"lists\":[\"" + id + "\"],\"purpose\":\"onboarding check 2026/77\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.path("listsScreened").asInt()).isEqualTo(1);
        JsonNode first = body.path("candidates").get(0);
        assertThat(first.path("entryId").asString()).isEqualTo("A1");
        assertThat(first.path("name").asString()).isEqualTo(name);
        assertThat(first.path("list").asString()).isEqualTo(id);
        assertThat(first.path("score").asDouble()).isGreaterThanOrEqualTo(0.7);
        assertThat(first.path("features").size()).isPositive();
        assertThat(first.path("features").get(0).path("evidence").asString()).isNotBlank();
        assertThat(r.body()).doesNotContain(other);

        String hash = body.path("queryHash").asString();
        String trail = get("/api/v1/audit?purpose=test&action=screening.screen&recordId=" + hash, token(Role.DPO)).body();
        assertThat(trail).contains("onboarding check 2026/77", username(Role.ANALYST)).doesNotContain(name);

        // a threshold above every score of the list leaves it without candidates
        var raised = send("PUT", "/api/v1/watchlists/" + id + "/threshold", token(Role.SUPERVISOR),
                "{\"threshold\":1.0,\"reason\":\"test of the threshold\"}");
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
        String near = send("POST", "/api/v1/screening/screen", analyst, "{\"name\":\"" + name + "x\",\"lists\":[\"" + id
                + "\"],\"purpose\":\"threshold check\"}").body();
        assertThat(near).contains("\"candidates\":[]");
        assertThat(send("PUT", "/api/v1/watchlists/" + id + "/threshold", analyst, "{\"threshold\":0.8,\"reason\":\"x\"}").statusCode())
                .isEqualTo(403);
    }

    private void expect400(String path, String json, String field) {
        var r = send("POST", path, token(Role.ANALYST), json);
        assertThat(r.statusCode()).as(json + " → " + r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).as(json).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void listsPageByCursorEvenWithABarInTheirNames() {
        String analyst = token(Role.ANALYST);
        String stem = unique("Paging | test ");
        for (int i = 0; i < 3; i++) {
            createList(analyst, stem + i, "WATCHLIST", null);
        }
        java.util.List<String> seen = new java.util.ArrayList<>();
        java.util.List<String> ids = new java.util.ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = json(get("/api/v1/watchlists?limit=2" + (cursor.isEmpty() ? "" : "&cursor=" + cursor), analyst));
            page.path("items").forEach(l -> {
                seen.add(l.path("name").asString());
                ids.add(l.path("id").asString());
            });
            cursor = page.path("nextCursor").asString("");
        } while (!cursor.isEmpty());
        assertThat(seen).contains(stem + 0, stem + 1, stem + 2);
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String s = "/api/v1/screening/screen";
        expect400(s, "{\"purpose\":\"p\"}", "name");
        expect400(s, "{\"name\":\"A B\"}", "purpose");
        expect400(s, "{\"name\":\"A B\",\"purpose\":\"  \"}", "purpose");
        expect400(s, "{\"name\":\"A B\",\"dateOfBirth\":\"yesterday\",\"purpose\":\"p\"}", "dateOfBirth");
        expect400(s, "{\"name\":\"A B\",\"country\":\"F1\",\"purpose\":\"p\"}", "country");
        expect400(s, "{\"name\":\"A B\",\"country\":\"FRA\",\"purpose\":\"p\"}", "country");
        expect400(s, "{\"name\":\"A B\",\"schema\":\"Dragon\",\"purpose\":\"p\"}", "schema");
        expect400(s, "{\"name\":\"A B\",\"gender\":\"sometimes\",\"purpose\":\"p\"}", "gender");
        expect400(s, "{\"firstName\":\"A\",\"purpose\":\"p\"}", "lastName");
        expect400(s, "{\"name\":\"A B\",\"purpose\":\"p\",\"colour\":\"red\"}", "colour");
        expect400(s, "{\"name\":\"A B\",\"purpose\":\"p\",\"lists\":[\"no-such-list\"]}", "lists");
        expect400(s, "{\"name\":\"" + "x".repeat(201) + "\",\"purpose\":\"p\"}", "name");
        String w = "/api/v1/watchlists";
        expect400(w, "{\"kind\":\"SANCTIONS\",\"sourceFormat\":\"pipe\"}", "name");
        expect400(w, "{\"name\":\"x\",\"kind\":\"SECRETLIST\",\"sourceFormat\":\"pipe\"}", "kind");
        expect400(w, "{\"name\":\"x\",\"kind\":\"SANCTIONS\",\"sourceFormat\":\"docx\"}", "sourceFormat");
        expect400(w, "{\"name\":\"x\",\"kind\":\"SANCTIONS\",\"sourceFormat\":\"pipe\",\"threshold\":0.1}", "threshold");
        expect400(w, "{\"name\":\"x\",\"kind\":\"SANCTIONS\",\"sourceFormat\":\"pipe\",\"marking\":{\"classification\":\"SECRET_UE\"}}",
                "classification");
        assertThat(get("/api/v1/watchlists/no-such-list", token(Role.ANALYST)).statusCode()).isEqualTo(404);
        var badCursor = get("/api/v1/watchlists?cursor=%21%21", token(Role.ANALYST));
        assertThat(badCursor.statusCode()).isEqualTo(400);
        assertThat(badCursor.body()).contains("\"field\":\"cursor\"");
        assertThat(get("/api/v1/screening/hits/no-such-hit", token(Role.ANALYST)).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/screening/batches/no-such-batch", token(Role.ANALYST)).statusCode()).isEqualTo(404);
    }
}
