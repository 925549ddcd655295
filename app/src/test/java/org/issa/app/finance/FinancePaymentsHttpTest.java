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

    @Test
    void targetedSearchesNeedTheirGroundAndCaseAndAreLoggedReviewedAndExtracted() {
        String prefix = "S" + UUID.randomUUID().toString().substring(0, 8);
        String iban = "DE89370400440532013000";
        upload("?format=csv&columns=" + enc(COLUMNS), token(Role.ANALYST), csv(prefix));
        String noGround = "{\"justification\":\"Account named in a report on a financing cell\",\"caseReference\":\"C-1\",\"subjectKind\":\"account\",\"subject\":\"" + iban + "\"}";
        HttpResponse<String> refused = send("POST", BASE + "/searches", token(Role.ANALYST), noGround);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("field").asText()).isEqualTo("ground");
        String noCase = "{\"ground\":\"terrorism\",\"justification\":\"Account named in a report on a financing cell\",\"subjectKind\":\"account\",\"subject\":\"" + iban + "\"}";
        assertThat(json(send("POST", BASE + "/searches", token(Role.ANALYST), noCase)).get("field").asText()).isEqualTo("caseReference");

        String body = "{\"ground\":\"terrorist_financing\",\"justification\":\"Account named in a report on a financing cell\",\"caseReference\":\"" + prefix
                + "\",\"subjectKind\":\"account\",\"subject\":\"" + iban + "\"}";
        HttpResponse<String> found = send("POST", BASE + "/searches", token(Role.ANALYST), body);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(201);
        JsonNode r = json(found);
        String id = r.get("search").get("id").asText();
        assertThat(r.get("payments").size()).isGreaterThanOrEqualTo(1);
        for (JsonNode p : r.get("payments")) {
            assertThat(p.get("payerAccount").asText().equals(iban) || p.get("payeeAccount").asText().equals(iban)).isTrue();
        }
        assertThat(r.get("counterparties").toString()).contains("FR1420041010050500013M02606");

        HttpResponse<String> log = get(BASE + "/searches", token(Role.SUPERVISOR));
        assertThat(log.body()).contains(id).contains("financing cell");
        assertThat(get(BASE + "/searches/" + id, token(Role.DPO)).statusCode()).isEqualTo(200);
        HttpResponse<String> selfReview = send("POST", BASE + "/searches/" + id + "/review", token(Role.ANALYST), "{\"outcome\":\"compliant\"}");
        assertThat(selfReview.statusCode()).isEqualTo(403);
        HttpResponse<String> reviewed = send("POST", BASE + "/searches/" + id + "/review", token(Role.DPO), "{\"outcome\":\"compliant\",\"note\":\"ok\"}");
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        assertThat(json(reviewed).get("reviewedBy").asText()).isEqualTo(username(Role.DPO));
        assertThat(send("POST", BASE + "/searches/sample", token(Role.SUPERVISOR), "{\"size\":5}").statusCode()).isEqualTo(200);

        HttpResponse<String> extracted = send("POST", BASE + "/searches/" + id + "/extractions", token(Role.ANALYST), "{}");
        assertThat(extracted.statusCode()).as(extracted.body()).isEqualTo(201);
        assertThat(json(extracted).get("extracted").asInt()).isEqualTo(r.get("payments").size());
        assertThat(get(BASE + "/extracted?case=" + prefix, token(Role.ANALYST)).body()).contains(prefix + "-1");

        assertThat(get(BASE + "/deletions", token(Role.DPO)).statusCode()).isEqualTo(200);
        assertThat(get(BASE + "/deletions", token(Role.ANALYST)).statusCode()).isEqualTo(403);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.issa.app.finance.payment.PaymentParties parties;

    @Test
    void paymentPartiesAreOfferedForRescreeningWithTheirAccountAndMarking() {
        String prefix = "P" + UUID.randomUUID().toString().substring(0, 8);
        String text = "ref,payer,payee,eur,day,who\n" + prefix + "-1,BE68539007547034,ES9121000418450200051332,10.00,2024-05-05," + prefix + " Holding\n";
        assertThat(upload("?format=csv&columns=" + enc(COLUMNS), token(Role.ANALYST), text).statusCode()).isEqualTo(201);
        try (var records = parties.records()) {
            var mine = records.filter(r -> r.names().contains(prefix + " Holding")).toList();
            assertThat(mine).hasSize(1);
            assertThat(mine.get(0).recordType()).isEqualTo("payment_party");
            assertThat(mine.get(0).identifiers()).containsExactly("BE68539007547034");
            assertThat(mine.get(0).marking().classification().name()).isEqualTo("RESTREINT_UE");
        }
    }

    @Test
    void thePartiesOfANewImportAreScreenedOnArrival() throws Exception {
        String name = "Radomir Quillfeather" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        HttpResponse<String> list = send("POST", "/api/v1/watchlists", token(Role.SUPERVISOR),
                "{\"name\":\"Payment intake " + name + "\",\"kind\":\"SANCTIONS\",\"sourceFormat\":\"pipe\"}");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(201);
        String listId = json(list).get("id").asString();
        HttpRequest imp = HttpRequest.newBuilder(URI.create(url("/api/v1/watchlists/" + listId + "/versions")))
                .header("Authorization", "Bearer " + token(Role.SUPERVISOR)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("S1|" + name + "||\n")).build();
        assertThat(http.send(imp, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
        Thread.sleep(500);
        String prefix = "S" + UUID.randomUUID().toString().substring(0, 8);
        String text = "ref,payer,payee,eur,day,who\n" + prefix + "-1,BE68539007547034,ES9121000418450200051332,10.00,2024-05-05," + name + "\n";
        assertThat(upload("?format=csv&columns=" + enc(COLUMNS), token(Role.ANALYST), text).statusCode()).isEqualTo(201);
        long end = System.currentTimeMillis() + 30_000;
        boolean hit = false;
        while (!hit && System.currentTimeMillis() < end) {
            for (JsonNode h : json(get("/api/v1/screening/hits?status=OPEN&limit=500", token(Role.SUPERVISOR))).path("items")) {
                hit |= h.path("recordType").asString().equals("payment_party") && h.path("recordId").asString().startsWith("BE68539007547034|")
                        && h.path("recordId").asString().contains(name.toUpperCase(java.util.Locale.ROOT));
            }
            if (!hit) {
                Thread.sleep(200);
            }
        }
        assertThat(hit).as("a hit on the payer named on the list, raised when the import arrived").isTrue();
    }

    @Test
    void thePaymentAndOversightPagesShowTheFormsAndTheLog() {
        WebSession analyst = signIn(username(Role.ANALYST));
        HttpResponse<String> page = analyst.get("/finance/payments");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Targeted search").contains("name=\"justification\"").contains("name=\"caseReference\"")
                .contains("Import payments");
        HttpResponse<String> refused = analyst.post("/finance/payments/search", java.util.Map.of("ground", "terrorism", "justification", "short",
                "caseReference", "C-9", "subjectKind", "account", "subject", "DE89370400440532013000", "_csrf", csrf(page.body())));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Search refused (justification)");
        assertThat(analyst.get("/finance/oversight").statusCode()).isEqualTo(403);
        HttpResponse<String> oversight = signIn(username(Role.DPO)).get("/finance/oversight");
        assertThat(oversight.statusCode()).isEqualTo(200);
        assertThat(oversight.body()).contains("Search log").contains("Deletions");
    }
}
