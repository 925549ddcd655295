package org.issa.app.passenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the passenger HTTP tests share: unique names, JSON, a watch list through its API, finding a hit by passenger. */
abstract class PassengerHttpSupport extends HttpTestBase {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static String suffix() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    protected JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return JSON.readTree(r.body());
    }

    /** A list holding one subject, through the watch-list API. */
    protected String list(String name, String subject) throws Exception {
        String id = ok(send("POST", "/api/v1/watchlists", token(Role.SUPERVISOR), "{\"name\":\"" + name
                + "\",\"kind\":\"SANCTIONS\",\"sourceFormat\":\"pipe\"}")).path("id").asString();
        var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/watchlists/" + id + "/versions")))
                .header("Authorization", "Bearer " + token(Role.SUPERVISOR)).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("W1|" + subject + "|1979-03-14|XK\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return id;
    }

    protected JsonNode hitOf(String passengerRef) {
        for (JsonNode h : ok(get("/api/v1/passenger/hits?status=ALL&limit=500", token(Role.SUPERVISOR))).path("items")) {
            if (h.path("passengerRef").asString().equals(passengerRef)) {
                return h;
            }
        }
        throw new AssertionError("no hit for " + passengerRef);
    }

}
