package org.issa.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A CONFIDENTIEL UE, TLP:RED list is invisible to readers below it, in the list of lists, by id,
 * in screening results and in the review queue, where its hits answer 404.
 */
class ScreeningMarkingTest extends ScreeningHttpSupport {

    @Test
    void aConfidentialRedListIsInvisibleToLowerReaders() {
        String supervisor = token(Role.SUPERVISOR);
        String name = unique("Xaver Quillfeather");
        String listName = unique("Confidential list ");
        String id = createList(supervisor, listName, "WATCHLIST", "{\"classification\":\"CONFIDENTIEL_UE\",\"tlp\":\"RED\"}");
        assertThat(importFile(supervisor, id, "C1|" + name + "|1972|XC\n").statusCode()).isEqualTo(201);

        assertThat(get("/api/v1/watchlists/" + id, supervisor).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/watchlists?limit=500", supervisor).body()).contains(listName);
        for (String reader : new String[] {lowToken(), token(Role.ANALYST)}) {
            assertThat(get("/api/v1/watchlists/" + id, reader).statusCode()).isEqualTo(404);
            assertThat(get("/api/v1/watchlists/" + id + "/entries", reader).statusCode()).isEqualTo(404);
            assertThat(get("/api/v1/watchlists/" + id + "/versions/1", reader).statusCode()).isEqualTo(404);
            assertThat(get("/api/v1/watchlists?limit=500", reader).body()).doesNotContain(listName);
            assertThat(importFile(reader, id, "C2|x||\n").statusCode()).isEqualTo(404);
            String result = screen(reader, name, "marking test").body();
            assertThat(result).doesNotContain(name).doesNotContain(id);
            assertThat(send("POST", "/api/v1/screening/screen", reader, "{\"name\":\"" + name + "\",\"lists\":[\"" + id
                    + "\"],\"purpose\":\"p\"}").statusCode()).isEqualTo(400);
        }
        assertThat(screen(supervisor, name, "marking test").body()).contains(name);

        // a low-cleared analyst keeps a subject that matches: the hit is raised, for those who may see the list
        var registered = send("POST", "/api/v1/screening/monitored", lowToken(), "{\"name\":\"" + name
                + "\",\"purpose\":\"customer onboarding\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(json(registered).path("hitsRaised").asInt()).as("nothing tells the low reader of the hidden list").isZero();
        String subjectId = json(registered).path("subject").path("id").asString();
        JsonNode queue = json(get("/api/v1/screening/hits?list=" + id + "&limit=500", supervisor));
        String hitId = null;
        for (JsonNode h : queue.path("items")) {
            if (h.path("recordId").asString().equals(subjectId)) {
                hitId = h.path("id").asString();
            }
        }
        assertThat(hitId).as("the supervisor sees the hit on the confidential list").isNotNull();
        assertThat(get("/api/v1/screening/hits/" + hitId, supervisor).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/screening/hits/" + hitId, lowToken()).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/screening/hits/" + hitId, token(Role.ANALYST)).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/screening/hits?limit=500", lowToken()).body()).doesNotContain(hitId);
        assertThat(send("POST", "/api/v1/screening/hits/" + hitId + "/decision", lowToken(),
                "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"x\"}").statusCode()).isIn(403, 404);

        WebSession low = signIn(LOW);
        assertThat(low.get("/screening/lists").body()).doesNotContain(listName);
        assertThat(low.get("/screening/lists/" + id).statusCode()).isEqualTo(404);
        assertThat(low.get("/screening/review").body()).doesNotContain(hitId);
        assertThat(low.get("/screening/hits/" + hitId).statusCode()).isEqualTo(404);
        WebSession sup = signIn(username(Role.SUPERVISOR));
        assertThat(sup.get("/screening/lists").body()).contains(listName);
        assertThat(sup.get("/screening/hits/" + hitId).body()).contains(name);
    }
}
