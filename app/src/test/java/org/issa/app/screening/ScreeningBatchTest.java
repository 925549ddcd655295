package org.issa.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Batch screenings run in the background with visible progress, store each row's candidates and raise hits. */
class ScreeningBatchTest extends ScreeningHttpSupport {

    private HttpResponse<String> post(String path, String contentType, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token(Role.ANALYST))
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCsvBatchRunsReportsProgressAndStoresResults() {
        String name = unique("Corvinus Haldane");
        String id = createList(token(Role.SUPERVISOR), unique("Batch test "), "SANCTIONS", null);
        assertThat(importFile(token(Role.SUPERVISOR), id, "B1|" + name + "|1959|XB\n").statusCode()).isEqualTo(201);
        String csv = "full_name,first_name,last_name,date_of_birth,nationality,gender,id_number,schema\r\n"
                + "\"" + name + "\",,,1959,XB,male,,Person\r\n"
                + ",Wilhelmina,Zzyzx-Orbat,,,,,\r\n"
                + unique("Quenby Laroche") + ",,,,,,P123,\r\n";
        var r = post("/api/v1/screening/batches?purpose=quarterly%20customer%20review&lists=" + id, "text/csv", csv);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        String batch = json(r).path("id").asString();
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/api/v1/screening/batches/" + batch);
        assertThat(json(r).path("total").asInt()).isEqualTo(3);

        await("the batch is done", () -> json(get("/api/v1/screening/batches/" + batch, token(Role.ANALYST)))
                .path("status").asString().equals("DONE"));
        JsonNode done = json(get("/api/v1/screening/batches/" + batch, token(Role.ANALYST)));
        assertThat(done.path("processed").asInt()).isEqualTo(3);
        assertThat(done.path("hits").asInt()).isEqualTo(1);
        JsonNode rows = done.path("rows");
        assertThat(rows.size()).isEqualTo(3);
        assertThat(rows.get(0).path("candidates").asInt()).isEqualTo(1);
        assertThat(rows.get(0).path("results").get(0).path("entryId").asString()).isEqualTo("B1");
        assertThat(rows.get(0).path("results").get(0).path("features").size()).isPositive();
        assertThat(rows.get(1).path("name").asString()).isEqualTo("Wilhelmina Zzyzx-Orbat");
        assertThat(rows.get(1).path("candidates").asInt()).isZero();
        assertThat(get("/api/v1/screening/hits?list=" + id, token(Role.SUPERVISOR)).body()).contains(batch + ":1");
        assertThat(get("/api/v1/audit?purpose=test&recordId=" + batch, token(Role.AUDITOR)).body())
                .contains("screening.batch.submit", "quarterly customer review", "screening.batch.done");
        assertThat(get("/api/v1/screening/batches/" + batch, token(Role.DPO)).statusCode()).isEqualTo(403);

        var jsonBatch = post("/api/v1/screening/batches?purpose=json%20rows", "application/json",
                "[{\"full_name\":\"" + name + "\"},{\"last_name\":\"Oyelaran\",\"first_name\":\"Temitope\",\"dob\":\"1980-02-03\"}]");
        assertThat(jsonBatch.statusCode()).as(jsonBatch.body()).isEqualTo(202);
        String second = json(jsonBatch).path("id").asString();
        await("the JSON batch is done", () -> json(get("/api/v1/screening/batches/" + second, token(Role.ANALYST)))
                .path("status").asString().equals("DONE"));
    }

    private void expect400(String contentType, String body, String field, String text) {
        var r = post("/api/v1/screening/batches?purpose=bad%20input", contentType, body);
        assertThat(r.statusCode()).as(body + " → " + r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"field\":\"" + field + "\"").contains(text);
    }

    @Test
    void badBatchesAreRefusedNamingTheRowAndColumn() {
        expect400("text/csv", "full_name,dob\nAnna Kolb,1970\nBen Ortiz,\n,1980\n", "rows[3].full_name",
                "row 3: column full_name or last_name required");
        expect400("text/csv", "full_name,dob\nAnna Kolb,31.13.1970\n", "rows[1].date_of_birth", "row 1: column date_of_birth");
        expect400("text/csv", "full_name,nationality\nAnna Kolb,France\n", "rows[1].nationality", "row 1");
        expect400("text/csv", "full_name,shoe_size\nAnna Kolb,42\n", "header", "unknown column 'shoe_size'");
        expect400("text/csv", "dob\n1970\n", "header", "full_name or last_name");
        expect400("text/csv", "full_name\n", "body", "no rows");
        expect400("text/csv", "full_name\n\"unclosed\n", "body", "CSV");
        expect400("application/json", "{\"full_name\":\"x\"}", "body", "array");
        expect400("application/json", "[{\"full_name\":\"x\"},{\"first_name\":\"y\"}]", "rows[2].last_name", "row 2");
        expect400("application/json", "[{\"full_name\":\"x\",\"colour\":\"red\"}]", "rows[1].colour", "unknown column");
        expect400("application/json", "[{\"full_name\":\"x\"", "body", "JSON");
        var noPurpose = post("/api/v1/screening/batches", "text/csv", "full_name\nAnna Kolb\n");
        assertThat(noPurpose.statusCode()).isEqualTo(400);
        assertThat(noPurpose.body()).contains("\"field\":\"purpose\"");
    }
}
