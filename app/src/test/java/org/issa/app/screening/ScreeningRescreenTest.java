package org.issa.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A kept subject is screened again, without anyone asking, when a list changes; a false positive
 * is not raised again while neither the subject nor the entry changes, and is when the entry does.
 * Four eyes: the analyst who keeps the subject does not decide its hits.
 */
class ScreeningRescreenTest extends ScreeningHttpSupport {

    private JsonNode hitsOf(String subjectId, String status) {
        JsonNode page = json(get("/api/v1/screening/hits?status=" + status + "&limit=500", token(Role.SUPERVISOR)));
        var out = JSON.createArrayNode();
        for (JsonNode h : page.path("items")) {
            if (h.path("recordId").asString().equals(subjectId)) {
                out.add(h);
            }
        }
        return out;
    }

    @Test
    void aListChangeRaisesHitsOnKeptSubjectsAndFalsePositivesStayQuietUntilTheEntryChanges() {
        String analyst = token(Role.ANALYST);
        String supervisor = token(Role.SUPERVISOR);
        String name = unique("Thaddeus Wrenfield");
        String id = createList(supervisor, unique("Rescreen test "), "SANCTIONS", null);
        String filler = "R0|" + unique("Ysolde Marrakai") + "||\n";
        assertThat(importFile(supervisor, id, filler).statusCode()).isEqualTo(201);
        await("version 1 re-screened", () -> rescreened(id, 1));

        var registered = send("POST", "/api/v1/screening/monitored", analyst, "{\"name\":\"" + name
                + "\",\"dateOfBirth\":\"1971-03-04\",\"purpose\":\"payee due diligence\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String subject = json(registered).path("subject").path("id").asString();
        assertThat(json(registered).path("hitsRaised").asInt()).isZero();

        // version 2 adds a matching entry: a hit appears with nobody screening again
        String entry = "R1|" + name + "|1971-03-04|XR\n";
        assertThat(importFile(supervisor, id, filler + entry).statusCode()).isEqualTo(201);
        await("a hit on the kept subject", () -> hitsOf(subject, "OPEN").size() == 1);
        JsonNode hit = hitsOf(subject, "OPEN").get(0);
        assertThat(hit.path("entryId").asString()).isEqualTo("R1");
        assertThat(hit.path("raisedFor").asString()).isEqualTo(username(Role.ANALYST));
        String hitId = hit.path("id").asString();

        // the analyst may not decide; the supervisor must give a reason
        assertThat(send("POST", "/api/v1/screening/hits/" + hitId + "/decision", analyst,
                "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"not him\"}").statusCode()).isEqualTo(403);
        var noReason = send("POST", "/api/v1/screening/hits/" + hitId + "/decision", supervisor, "{\"decision\":\"FALSE_POSITIVE\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        assertThat(send("POST", "/api/v1/screening/hits/" + hitId + "/decision", supervisor,
                "{\"decision\":\"MAYBE\",\"reason\":\"x\"}").body()).contains("\"field\":\"decision\"");
        var decided = send("POST", "/api/v1/screening/hits/" + hitId + "/decision", supervisor,
                "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"different date of birth on the passport seen\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(json(decided).path("hit").path("status").asString()).isEqualTo("FALSE_POSITIVE");
        assertThat(json(decided).path("hit").path("decidedBy").asString()).isEqualTo(username(Role.SUPERVISOR));
        assertThat(send("POST", "/api/v1/screening/hits/" + hitId + "/decision", supervisor,
                "{\"decision\":\"TRUE_MATCH\",\"reason\":\"again\"}").statusCode()).isEqualTo(409);

        // version 3 adds another entry; the entry of the false positive is unchanged: not raised again
        assertThat(importFile(supervisor, id, filler + entry + "R2|" + unique("Gwendal Oskarsson") + "||\n").statusCode())
                .isEqualTo(201);
        await("version 3 re-screened", () -> rescreened(id, 3));
        assertThat(hitsOf(subject, "OPEN").size()).isZero();

        // version 4 changes the entry (another date of birth): raised again for a fresh decision
        assertThat(importFile(supervisor, id, filler + "R1|" + name + "|1971-03-05|XR\n").statusCode()).isEqualTo(201);
        await("the hit raised again", () -> hitsOf(subject, "OPEN").size() == 1);
        assertThat(hitsOf(subject, "FALSE_POSITIVE").size()).isEqualTo(1);

        String trail = get("/api/v1/audit?purpose=test&action=screening.hit.decide&recordId=" + hitId, token(Role.AUDITOR)).body();
        assertThat(trail).contains("FALSE_POSITIVE", "different date of birth");
        assertThat(get("/api/v1/audit?purpose=test&action=personal-data.read&recordId=" + hitId, token(Role.AUDITOR)).body())
                .doesNotContain("review of a screening hit");
        assertThat(get("/api/v1/screening/hits/" + hitId, supervisor).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/audit?purpose=test&action=personal-data.read&recordId=" + hitId, token(Role.AUDITOR)).body())
                .contains("review of a screening hit");
    }

    @Test
    void aSupervisorDoesNotDecideHitsOnTheirOwnKeptSubject() {
        String supervisor = token(Role.SUPERVISOR);
        String name = unique("Ottoline Brackwater");
        String id = createList(supervisor, unique("Four eyes test "), "WATCHLIST", null);
        assertThat(importFile(supervisor, id, "F1|" + name + "||\n").statusCode()).isEqualTo(201);
        var registered = send("POST", "/api/v1/screening/monitored", supervisor, "{\"name\":\"" + name
                + "\",\"purpose\":\"supplier check\"}");
        assertThat(json(registered).path("hitsRaised").asInt()).isEqualTo(1);
        String subject = json(registered).path("subject").path("id").asString();
        String hitId = hitsOf(subject, "OPEN").get(0).path("id").asString();
        var own = send("POST", "/api/v1/screening/hits/" + hitId + "/decision", supervisor,
                "{\"decision\":\"TRUE_MATCH\",\"reason\":\"it is her\"}");
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("four eyes");

        var stop = send("DELETE", "/api/v1/screening/monitored/" + subject, supervisor, "{\"reason\":\"supplier contract ended\"}");
        assertThat(stop.statusCode()).isEqualTo(204);
        assertThat(get("/api/v1/screening/monitored?limit=500", supervisor).body()).doesNotContain(subject);
    }
}
