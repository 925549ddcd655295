package org.issa.app.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Payments over HTTP: uploads (idempotent, atomic, problem+json naming the problem), the list of imports under markings. */
class FinancePaymentsHttpTest extends HttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = "/api/v1/finance/payments";

    private HttpResponse<String> upload(String query, String bearer, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url(BASE + "/imports" + query))).header("Authorization", "Bearer " + bearer)
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String csv(String prefix) {
        return "ref;payer;payee;eur;day;who\n".replace(';', ',')
                + prefix + "-1,DE89370400440532013000,FR1420041010050500013M02606,950.00,2024-05-02,Anna Schmidt\n"
                + prefix + "-2,FR1420041010050500013M02606,NL91ABNA0417164300,9400.00,2024-05-03,Hugo Moreau\n";
    }

    static final String COLUMNS = "reference=ref,from=payer,to=payee,amount=eur,time=day,from_name=who";

    @Test
    void anUploadIsStoredOnceAndListedWithItsCounts() {
        String prefix = "H" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> first = upload("?format=csv&source=" + prefix + ".csv&columns=" + enc(COLUMNS), token(Role.ANALYST), csv(prefix));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode r = json(first);
        assertThat(r.get("read").asLong()).isEqualTo(2);
        assertThat(r.get("stored").asLong()).isEqualTo(2);
        assertThat(r.get("alreadyStored").asLong()).isZero();
        assertThat(r.get("published").asLong()).isEqualTo(2);
        assertThat(r.get("details").get("marking").get("classification").asText()).isEqualTo("RESTREINT_UE");

        HttpResponse<String> again = upload("?format=csv&source=" + prefix + "-again.csv&columns=" + enc(COLUMNS), token(Role.SUPERVISOR),
                csv(prefix));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).get("stored").asLong()).isZero();
        assertThat(json(again).get("alreadyStored").asLong()).isEqualTo(2);

        HttpResponse<String> list = get(BASE + "/imports", token(Role.ANALYST));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(prefix + ".csv").contains(prefix + "-again.csv");
        long id = r.get("batch").asLong();
        HttpResponse<String> one = get(BASE + "/imports/" + id, token(Role.ANALYST));
        assertThat(json(one).get("status").asText()).isEqualTo("STORED");
        assertThat(json(one).get("contentHash").asText()).hasSize(64);
        // a reader cleared below RESTREINT UE sees neither the import nor its list entry
        assertThat(get(BASE + "/imports/" + id, lowToken()).statusCode()).isEqualTo(404);
        assertThat(get(BASE + "/imports", lowToken()).body()).doesNotContain(prefix);
    }

    @Test
    void badUploadsAreRefusedNamingTheProblemAndStoreNothing() {
        String prefix = "B" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> format = upload("?format=swift42", token(Role.ANALYST), csv(prefix));
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(json(format).get("field").asText()).isEqualTo("format");
        assertThat(json(format).get("detail").asText()).contains("swift42");

        HttpResponse<String> mapping = upload("?format=csv&columns=" + enc("from=payer,to=payee,amount=eur"), token(Role.ANALYST), csv(prefix));
        assertThat(mapping.statusCode()).isEqualTo(400);
        assertThat(json(mapping).get("field").asText()).isEqualTo("columns");
        assertThat(json(mapping).get("detail").asText()).contains("'time' is required");

        String bad = csv(prefix) + prefix + "-3,NL91ABNA0417164300,DE89370400440532013000,-5,2024-05-04,Noor Bakker\n";
        HttpResponse<String> line = upload("?format=csv&source=" + prefix + ".csv&columns=" + enc(COLUMNS), token(Role.ANALYST), bad);
        assertThat(line.statusCode()).isEqualTo(400);
        assertThat(json(line).get("detail").asText()).contains(prefix + ".csv, line 4").contains("positive");
        HttpResponse<String> list = get(BASE + "/imports", token(Role.ANALYST));
        assertThat(list.body()).contains("FAILED");
        // nothing of the failed file is stored: a correct upload of the first two rows stores both
        HttpResponse<String> good = upload("?format=csv&columns=" + enc(COLUMNS), token(Role.ANALYST), csv(prefix));
        assertThat(json(good).get("stored").asLong()).isEqualTo(2);

        HttpResponse<String> auditor = upload("?format=csv", token(Role.AUDITOR), csv(prefix));
        assertThat(auditor.statusCode()).isEqualTo(403);
    }
}
