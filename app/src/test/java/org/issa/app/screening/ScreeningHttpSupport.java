package org.issa.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the screening HTTP tests share: lists in the test format {@code pipe}, imports, screenings, waiting. */
abstract class ScreeningHttpSupport extends HttpTestBase {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    /** A unique invented surname, so that tests sharing one database do not see each other's entries. */
    static String unique(String stem) {
        StringBuilder b = new StringBuilder(stem);
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
            b.append((char) ('a' + Character.digit(c, 16) % 26));
        }
        return b.toString();
    }

    String createList(String bearer, String name, String kind, String marking) {
        String body = "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"sourceFormat\":\"pipe\""
                + (marking == null ? "" : ",\"marking\":" + marking) + "}";
        var r = send("POST", "/api/v1/watchlists", bearer, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).path("id").asString();
    }

    HttpResponse<String> importFile(String bearer, String listId, String content) {
        return importFile(bearer, listId, content, null);
    }

    HttpResponse<String> importFile(String bearer, String listId, String content, String format) {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url("/api/v1/watchlists/" + listId + "/versions"
                        + (format == null ? "" : "?format=" + format))))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(content)).build();
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> screen(String bearer, String name, String purpose) {
        return send("POST", "/api/v1/screening/screen", bearer, "{\"name\":\"" + name + "\",\"purpose\":\"" + purpose + "\"}");
    }


    /** Waits (at most 30 s) until the condition holds: for work the application does in the background. */
    static void await(String what, Supplier<Boolean> condition) {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.get()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Whether the re-screening after the given version of a list has run (it is audited with the version). */
    boolean rescreened(String listId, int version) {
        String trail = get("/api/v1/audit?purpose=test&action=screening.rescreen&recordId=" + listId + "&limit=500",
                token(Role.AUDITOR)).body();
        return trail.contains("version " + version + ":");
    }
}
