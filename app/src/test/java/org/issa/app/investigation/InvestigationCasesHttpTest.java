package org.issa.app.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases, exchange requests and warrants over HTTP on the shared test server: membership and markings
 * (an under-cleared user gets 404 and does not see the case in lists), problem+json naming the field,
 * cursor paging, audit of writes and of purposeful reads, and the pages.
 */
class InvestigationCasesHttpTest extends HttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Sql sql;

    private JsonNode ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return r.body().isEmpty() ? null : JSON.readTree(r.body());
    }

    private void badField(HttpResponse<String> r, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(JSON.readTree(r.body()).path("field").asString()).as(r.body()).isEqualTo(field);
    }

    private List<String> listedIds(String path, String token) {
        List<String> ids = new ArrayList<>();
        String cursor = "";
        for (int i = 0; i < 100; i++) {
            JsonNode page = ok(get(path + (path.contains("?") ? "&" : "?") + "limit=2" + (cursor.isEmpty() ? "" : "&cursor=" + cursor), token), 200);
            page.path("items").forEach(n -> ids.add(n.path("id").asString()));
            if (page.path("nextCursor").isMissingNode() || page.path("nextCursor").isNull()) {
                return ids;
            }
            cursor = page.path("nextCursor").asString();
        }
        throw new AssertionError("paging did not end");
    }

    @Test
    void membershipAndMarkingDecideWhoSeesACase() {
        String restricted = ok(send("POST", "/api/v1/investigation/cases", token(Role.ANALYST), "{\"title\":\"JIT test restricted\","
                + "\"summary\":\"s\",\"marking\":{\"classification\":\"RESTREINT_UE\",\"tlp\":\"AMBER\",\"releasableTo\":[\"STATE:FR\"]}}"), 201)
                .path("id").asString();
        String open = ok(send("POST", "/api/v1/investigation/cases", token(Role.ANALYST), "{\"title\":\"JIT test open\"}"), 201)
                .path("id").asString();
        JsonNode c = ok(get("/api/v1/investigation/cases/" + restricted, token(Role.ANALYST)), 200);
        assertThat(c.path("investigationCase").path("networkUrl").asString()).isEqualTo("/investigation/explorer?case=" + restricted);
        assertThat(c.path("members")).hasSize(1);

        // the under-cleared user of another state: 404, absent from lists, cannot be added
        assertThat(get("/api/v1/investigation/cases/" + restricted, lowToken()).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/investigation/cases/" + restricted + "/timeline", lowToken()).statusCode()).isEqualTo(404);
        badField(send("POST", "/api/v1/investigation/cases/" + restricted + "/members", token(Role.ANALYST),
                "{\"username\":\"" + LOW + "\",\"role\":\"MEMBER\"}"), "username");
        ok(send("POST", "/api/v1/investigation/cases/" + open + "/members", token(Role.ANALYST), "{\"username\":\"" + LOW
                + "\",\"role\":\"MEMBER\"}"), 201);
        List<String> lowSees = listedIds("/api/v1/investigation/cases", lowToken());
        assertThat(lowSees).contains(open).doesNotContain(restricted);
        assertThat(get("/api/v1/investigation/cases/" + open, lowToken()).statusCode()).isEqualTo(200);
        // adding someone to a case you cannot see says nothing about the case or the user
        assertThat(send("POST", "/api/v1/investigation/cases/" + restricted + "/members", lowToken(),
                "{\"username\":\"nobody\",\"role\":\"MEMBER\"}").statusCode()).isEqualTo(404);

        // not a member: 404 too, even for a cleared user of the same agency; a supervisor of the lead agency oversees
        assertThat(get("/api/v1/investigation/cases/" + restricted, token(Role.PARTNER)).statusCode()).isEqualTo(404);
        assertThat(listedIds("/api/v1/investigation/cases", token(Role.PARTNER))).doesNotContain(restricted);
        assertThat(get("/api/v1/investigation/cases/" + restricted, token(Role.AUDITOR)).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/investigation/cases/" + restricted, token(Role.SUPERVISOR)).statusCode()).isEqualTo(200);
        badField(send("POST", "/api/v1/investigation/cases/" + restricted + "/members", token(Role.ANALYST),
                "{\"username\":\"" + username(Role.PARTNER) + "\",\"role\":\"MEMBER\"}"), "role");
        ok(send("POST", "/api/v1/investigation/cases/" + restricted + "/members", token(Role.ANALYST),
                "{\"username\":\"" + username(Role.PARTNER) + "\",\"role\":\"OBSERVER\"}"), 201);
        assertThat(get("/api/v1/investigation/cases/" + restricted, token(Role.PARTNER)).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/investigation/cases/" + restricted + "/notes", token(Role.PARTNER), "{\"body\":\"x\"}").statusCode())
                .isEqualTo(403);

        // notes, entities, tasks; every change on the timeline and in the audit trail
        ok(send("POST", "/api/v1/investigation/cases/" + restricted + "/notes", token(Role.ANALYST),
                "{\"body\":\"Courier is Marc T., born 1980.\",\"personal\":true}"), 201);
        ok(send("POST", "/api/v1/investigation/cases/" + restricted + "/entities", token(Role.ANALYST),
                "{\"entityId\":\"caviar-phase-1:n1\",\"label\":\"hub\"}"), 201);
        badField(send("POST", "/api/v1/investigation/cases/" + restricted + "/entities", token(Role.ANALYST),
                "{\"entityId\":\"bad id\"}"), "entityId");
        JsonNode task = ok(send("POST", "/api/v1/investigation/cases/" + restricted + "/tasks", token(Role.ANALYST),
                "{\"title\":\"Ask for bank records\",\"assignee\":\"" + username(Role.ANALYST) + "\",\"dueDate\":\"2030-01-31\"}"), 201);
        badField(send("POST", "/api/v1/investigation/cases/" + restricted + "/tasks", token(Role.ANALYST),
                "{\"title\":\"x\",\"assignee\":\"" + username(Role.ANALYST) + "\",\"dueDate\":\"soon\"}"), "dueDate");
        badField(send("POST", "/api/v1/investigation/cases/" + restricted + "/tasks", token(Role.ANALYST),
                "{\"title\":\"x\",\"assignee\":\"" + username(Role.PARTNER) + "\"}"), "assignee");
        badField(send("PUT", "/api/v1/investigation/cases/" + restricted + "/tasks/" + task.path("id").asString(), token(Role.ANALYST),
                "{\"status\":\"FINISHED\"}"), "status");
        ok(send("PUT", "/api/v1/investigation/cases/" + restricted + "/tasks/" + task.path("id").asString(), token(Role.ANALYST),
                "{\"status\":\"DONE\"}"), 200);
        JsonNode masked = ok(get("/api/v1/investigation/cases/" + restricted, token(Role.PARTNER)), 200);
        assertThat(masked.path("notes").get(0).path("masked").asBoolean()).isTrue();
        assertThat(masked.toString()).doesNotContain("Marc T.");
        long reads = sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'personal-data.read' AND record_id = ?", restricted);
        JsonNode full = ok(get("/api/v1/investigation/cases/" + restricted + "?purpose=JIT%20meeting%20preparation", token(Role.PARTNER)), 200);
        assertThat(full.toString()).contains("Marc T.");
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'personal-data.read' AND record_id = ? AND purpose = ?",
                restricted, "JIT meeting preparation")).isEqualTo(reads + 1);

        JsonNode t1 = ok(get("/api/v1/investigation/cases/" + restricted + "/timeline?limit=3", token(Role.ANALYST)), 200);
        assertThat(t1.path("items")).hasSize(3);
        assertThat(t1.path("items").get(0).path("kind").asString()).isEqualTo("task.updated");
        JsonNode t2 = ok(get("/api/v1/investigation/cases/" + restricted + "/timeline?cursor=" + t1.path("nextCursor").asString(),
                token(Role.ANALYST)), 200);
        assertThat(t2.path("items").findValuesAsString("kind")).containsExactly("note.added", "member.added", "case.opened");
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE record_id = ? AND action LIKE 'investigation.case.%'", restricted))
                .isEqualTo(6);
        assertThat(ok(get("/api/v1/investigation/cases/by-entity/caviar-phase-1:n1", token(Role.ANALYST)), 200).findValuesAsString("id"))
                .contains(restricted);
        assertThat(ok(get("/api/v1/investigation/cases/by-entity/caviar-phase-1:n1", lowToken()), 200)).isEmpty();

        // bad input
        badField(send("POST", "/api/v1/investigation/cases", token(Role.ANALYST), "{\"title\":\" \"}"), "title");
        badField(send("POST", "/api/v1/investigation/cases", token(Role.ANALYST), "{\"title\":\"x\",\"colour\":\"red\"}"), "colour");
        badField(send("POST", "/api/v1/investigation/cases", token(Role.ANALYST), "{\"title\":\"x\",\"marking\":{\"tlp\":\"PURPLE\"}}"),
                "marking.tlp");
        badField(send("POST", "/api/v1/investigation/cases", token(Role.ANALYST),
                "{\"title\":\"x\",\"marking\":{\"classification\":\"SECRET_UE\"}}"), "classification");
        badField(get("/api/v1/investigation/cases?limit=0", token(Role.ANALYST)), "limit");
        badField(get("/api/v1/investigation/cases?cursor=%25%25", token(Role.ANALYST)), "cursor");
        assertThat(send("POST", "/api/v1/investigation/cases", token(Role.AUDITOR), "{\"title\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/investigation/cases", null).statusCode()).isEqualTo(401);

        // the pages: the case page with the network link; the under-cleared user gets 404 there too
        WebSession analyst = signIn(username(Role.ANALYST));
        String page = analyst.get("/investigation/cases/" + restricted).body();
        assertThat(page).contains("href=\"/investigation/explorer?case=" + restricted + "\"", "Ask for bank records", "caviar-phase-1:n1",
                "JIT test restricted");
        assertThat(analyst.get("/investigation/cases").body()).contains("JIT test restricted");
        WebSession low = signIn(LOW);
        assertThat(low.get("/investigation/cases/" + restricted).statusCode()).isEqualTo(404);
        assertThat(low.get("/investigation/cases").body()).doesNotContain("JIT test restricted").contains("JIT test open");
        String form = analyst.get("/investigation/cases/" + open).body();
        var posted = analyst.post("/investigation/cases/" + open + "/notes", Map.of("_csrf", csrf(form), "body", "Seen at the port.",
                "personal", "false"));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(analyst.get("/investigation/cases/" + open).body()).contains("Seen at the port.", "added a note");
    }

    @Test
    void exchangeRequestsRunTheirArticle4LimitAndNameBadFields() {
        String base = "{\"direction\":\"INCOMING\",\"requestingAuthority\":\"Politie\",\"requestingState\":\"NL\","
                + "\"requestedAuthority\":\"OCRTIS\",\"requestedState\":\"FR\",\"subject\":\"Keeper of vehicle 12-ABC-3\","
                + "\"offence\":\"DRUG_TRAFFICKING\",\"urgent\":true,\"directlyAccessible\":true";
        Instant received = Instant.now().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        JsonNode r = ok(send("POST", "/api/v1/investigation/exchange-requests", token(Role.ANALYST), base + ",\"receivedAt\":\"" + received
                + "\",\"marking\":{\"classification\":\"RESTREINT_UE\",\"handling\":[\"PERSONAL_DATA\"]}}"), 201);
        String id = r.path("id").asString();
        assertThat(r.path("rule").asString()).isEqualTo("FD2006-960-ART4-1");
        assertThat(Instant.parse(r.path("dueAt").asString())).isEqualTo(received.plus(Duration.ofHours(8)));
        assertThat(r.path("regime").asString()).isEqualTo("FD_2006_960");
        assertThat(ok(get("/api/v1/investigation/exchange-requests/time-limits", token(Role.AUDITOR)), 200)).hasSize(7);
        JsonNode directive = ok(send("POST", "/api/v1/investigation/exchange-requests", token(Role.ANALYST), base + ",\"receivedAt\":\""
                + received + "\",\"directlyAccessible\":false,\"regime\":\"DIRECTIVE_2023_977\"}"), 201);
        assertThat(directive.path("rule").asString()).isEqualTo("EU2023-977-ART5-1B");
        assertThat(directive.path("regime").asString()).isEqualTo("DIRECTIVE_2023_977");
        assertThat(Instant.parse(directive.path("dueAt").asString())).isEqualTo(received.plus(Duration.ofDays(3)));
        badField(send("POST", "/api/v1/investigation/exchange-requests", token(Role.ANALYST), base + ",\"regime\":\"2016/680\"}"), "regime");

        assertThat(get("/api/v1/investigation/exchange-requests/" + id, lowToken()).statusCode()).isEqualTo(404);
        assertThat(listedIds("/api/v1/investigation/exchange-requests", lowToken())).doesNotContain(id);
        assertThat(listedIds("/api/v1/investigation/exchange-requests?status=RECEIVED", token(Role.AUDITOR))).contains(id);
        JsonNode plain = ok(get("/api/v1/investigation/exchange-requests/" + id, token(Role.AUDITOR)), 200);
        assertThat(plain.path("request").path("subjectMasked").asBoolean()).isTrue();
        assertThat(plain.toString()).doesNotContain("12-ABC-3");
        assertThat(ok(get("/api/v1/investigation/exchange-requests/" + id + "?purpose=quality%20review", token(Role.AUDITOR)), 200)
                .toString()).contains("12-ABC-3");
        assertThat(get("/api/v1/investigation/exchange-requests", token(Role.PARTNER)).statusCode()).isEqualTo(403);

        badField(send("POST", "/api/v1/investigation/exchange-requests", token(Role.ANALYST), base.replace("\"NL\"", "\"NLD\"") + "}"),
                "requestingState");
        badField(send("POST", "/api/v1/investigation/exchange-requests", token(Role.ANALYST), base.replace("DRUG_TRAFFICKING", "THEFT") + "}"),
                "offence");
        badField(send("POST", "/api/v1/investigation/exchange-requests", token(Role.ANALYST), base.replace("INCOMING", "SIDEWAYS") + "}"),
                "direction");
        badField(send("POST", "/api/v1/investigation/exchange-requests", token(Role.ANALYST), base + ",\"receivedAt\":\"yesterday\"}"),
                "receivedAt");
        badField(send("POST", "/api/v1/investigation/exchange-requests", token(Role.ANALYST), base.replace("\"urgent\":true,", "") + "}"),
                "urgent");
        badField(send("POST", "/api/v1/investigation/exchange-requests/" + id + "/delay", token(Role.ANALYST), "{\"reasons\":\"\"}"), "reasons");
        badField(send("POST", "/api/v1/investigation/exchange-requests/" + id + "/refuse", token(Role.ANALYST),
                "{\"ground\":\"BORED\",\"reasons\":\"x\"}"), "ground");
        JsonNode postponed = ok(send("POST", "/api/v1/investigation/exchange-requests/" + id + "/delay", token(Role.ANALYST),
                "{\"reasons\":\"register off line\",\"postpone\":true}"), 200);
        assertThat(Instant.parse(postponed.path("dueAt").asString())).isEqualTo(received.plus(Duration.ofDays(3)));
        JsonNode answered = ok(send("POST", "/api/v1/investigation/exchange-requests/" + id + "/answer", token(Role.ANALYST),
                "{\"note\":\"sent\"}"), 200);
        assertThat(answered.path("status").asString()).isEqualTo("ANSWERED");
        assertThat(send("POST", "/api/v1/investigation/exchange-requests/" + id + "/answer", token(Role.ANALYST), "{}").statusCode())
                .isEqualTo(409);
        assertThat(ok(get("/api/v1/investigation/exchange-requests/" + id, token(Role.ANALYST)), 200).path("history")).hasSize(3);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE record_id = ? AND action LIKE 'investigation.exchange.%'", id))
                .isEqualTo(3);
        assertThat(signIn(username(Role.ANALYST)).get("/investigation/exchange/" + id).body()).contains("Art. 4(2)", "Answered");
    }

    @Test
    void warrantsShowTheirArticle17LimitsOnTheBoardAndHideThePerson() {
        String body = "{\"role\":\"EXECUTING\",\"issuingReference\":\"HTTP-TEST-" + System.nanoTime() + "\",\"issuingState\":\"DE\","
                + "\"issuingAuthority\":\"Staatsanwaltschaft Hamburg\",\"executingState\":\"FR\",\"executingAuthority\":\"Cour d'appel\","
                + "\"purpose\":\"PROSECUTION\",\"personName\":\"Hanna Testperson\",\"personBirthDate\":\"1985-02-03\","
                + "\"personNationality\":\"DE\",\"issuedOn\":\"2026-01-10\",\"offences\":[{\"category\":\"MONEY_LAUNDERING\","
                + "\"description\":\"laundering\",\"maxPenaltyMonths\":60}],\"marking\":{\"classification\":\"RESTREINT_UE\"}}";
        JsonNode w = ok(send("POST", "/api/v1/investigation/warrants", token(Role.ANALYST), body), 201);
        String id = w.path("id").asString();
        assertThat(w.toString()).doesNotContain("Hanna");
        Instant arrest = Instant.now().minus(Duration.ofDays(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        JsonNode file = ok(send("POST", "/api/v1/investigation/warrants/" + id + "/events", token(Role.ANALYST),
                "{\"kind\":\"ARRESTED\",\"occurredAt\":\"" + arrest + "\"}"), 201);
        assertThat(Instant.parse(file.path("limits").get(0).path("dueAt").asString())).isEqualTo(arrest.plus(Duration.ofDays(60)));
        badField(send("POST", "/api/v1/investigation/warrants/" + id + "/events", token(Role.ANALYST), "{\"kind\":\"EXTENDED\"}"), "note");
        badField(send("POST", "/api/v1/investigation/warrants/" + id + "/events", token(Role.ANALYST), "{\"kind\":\"ESCAPED\"}"), "kind");
        badField(send("POST", "/api/v1/investigation/warrants/" + id + "/events", token(Role.ANALYST),
                "{\"kind\":\"REFUSED\",\"note\":\"x\",\"ground\":\"WHIM\"}"), "ground");
        assertThat(send("POST", "/api/v1/investigation/warrants/" + id + "/events", token(Role.ANALYST), "{\"kind\":\"SURRENDERED\"}")
                .statusCode()).isEqualTo(409);
        JsonNode extended = ok(send("POST", "/api/v1/investigation/warrants/" + id + "/events", token(Role.ANALYST),
                "{\"kind\":\"EXTENDED\",\"note\":\"awaiting guarantees\"}"), 201);
        assertThat(Instant.parse(extended.path("limits").get(0).path("dueAt").asString())).isEqualTo(arrest.plus(Duration.ofDays(90)));
        badField(send("POST", "/api/v1/investigation/warrants", token(Role.ANALYST), body.replace("\"maxPenaltyMonths\":60",
                "\"maxPenaltyMonths\":12")), "offences[0].maxPenaltyMonths");
        badField(send("POST", "/api/v1/investigation/warrants", token(Role.ANALYST), body.replace("\"issuedOn\":\"2026-01-10\",", "")),
                "issuedOn");
        badField(send("POST", "/api/v1/investigation/warrants", token(Role.ANALYST), body.replace("1985-02-03", "03/02/1985")),
                "personBirthDate");

        assertThat(ok(get("/api/v1/investigation/warrants/" + id, token(Role.SUPERVISOR)), 200).toString()).doesNotContain("Hanna");
        assertThat(ok(get("/api/v1/investigation/warrants/" + id + "?purpose=surrender%20planning", token(Role.SUPERVISOR)), 200)
                .path("warrant").path("person").path("name").asString()).isEqualTo("Hanna Testperson");
        assertThat(listedIds("/api/v1/investigation/warrants?stage=ARRESTED", token(Role.ANALYST))).contains(id);
        badField(get("/api/v1/investigation/warrants?stage=FLED", token(Role.ANALYST)), "stage");

        JsonNode board = ok(get("/api/v1/investigation/deadlines", token(Role.ANALYST)), 200);
        assertThat(board.path("groups").path("LATER").findValuesAsString("recordId")).contains(id);
        assertThat(board.toString()).doesNotContain("Hanna");
        assertThat(ok(get("/api/v1/investigation/deadlines", lowToken()), 200).toString()).doesNotContain(id);
        String page = signIn(username(Role.ANALYST)).get("/investigation/deadlines").body();
        assertThat(page).contains("Deadline board", w.path("reference").asString(), "Art. 17(4)");
        assertThat(signIn(username(Role.PARTNER)).get("/investigation/deadlines").statusCode()).isEqualTo(403);
        assertThat(signIn(username(Role.ANALYST)).get("/investigation/warrants/" + id).body()).contains("[personal data]", "purpose-form");
    }
}
