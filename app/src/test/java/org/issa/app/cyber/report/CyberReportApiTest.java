package org.issa.app.cyber.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Set;
import org.issa.app.http.HttpTestBase;
import org.issa.app.identity.NewAccount;
import org.issa.core.marking.Classification;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The partner API: businesses and CERTs submit with API tokens and follow only their own agency's reports. */
class CyberReportApiTest extends HttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String otherPartner;

    private String otherPartnerToken() {
        synchronized (CyberReportApiTest.class) {
            if (otherPartner == null) {
                var account = directory.bootstrap(new NewAccount("t-bank-nl", "Other bank", PASSWORD, "NL-BANK", "NL", Set.of(Role.PARTNER),
                        Classification.UNCLASSIFIED));
                otherPartner = directory.issueToken(account.principal(), "test", 30).secret();
            }
            return otherPartner;
        }
    }

    static String body(String country) {
        return """
                {"reporterType":"CERT","contact":{"name":"SOC","email":"soc@cert.example"},
                 "description":"Phishing kit hosted for our customers, see the URL and the sender address.",
                 "country":"%s","sector":"finance","language":"de",
                 "observables":{"urls":["https://login.bank-example.example/kit"],"emails":["sender@phish.example"],"ips":["192.0.2.44"]},
                 "attachments":[{"filename":"headers.txt","contentBase64":"%s"}]}
                """.formatted(country, Base64.getEncoder().encodeToString("Received: from x\n".getBytes()));
    }

    @Test
    void aPartnerSubmitsAndFollowsItsOwnReports() {
        HttpResponse<String> r = send("POST", "/api/v1/cyber/reports", token(Role.PARTNER), body("DE"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(r.body());
        String reference = receipt.path("reference").asString();
        assertThat(reference).startsWith("CR-");
        assertThat(receipt.path("secret").asString()).hasSize(19);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/cyber/reports/" + reference);

        JsonNode status = JSON.readTree(get("/api/v1/cyber/reports/" + reference, token(Role.PARTNER)).body());
        assertThat(status.path("status").asString()).isEqualTo("NEW");
        assertThat(status.path("forwardedTo").isArray()).isTrue();
        assertThat(status.has("description")).isFalse();
        JsonNode list = JSON.readTree(get("/api/v1/cyber/reports?limit=500", token(Role.PARTNER)).body());
        assertThat(list.path("items").findValuesAsString("reference")).contains(reference);

        HttpResponse<String> foreign = get("/api/v1/cyber/reports/" + reference, otherPartnerToken());
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(JSON.readTree(get("/api/v1/cyber/reports", otherPartnerToken()).body()).path("items").findValuesAsString("reference"))
                .doesNotContain(reference);
    }

    @Test
    void badSubmissionsGetProblemJsonNamingTheField() {
        HttpResponse<String> country = send("POST", "/api/v1/cyber/reports", token(Role.PARTNER), body("ZZ"));
        assertThat(country.statusCode()).isEqualTo(400);
        assertThat(country.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        JsonNode p = JSON.readTree(country.body());
        assertThat(p.path("field").asString()).isEqualTo("country");
        assertThat(p.path("errors").findValuesAsString("code")).contains("country");

        HttpResponse<String> unknown = send("POST", "/api/v1/cyber/reports", token(Role.PARTNER), "{\"descripton\":\"typo\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).path("field").asString()).isEqualTo("descripton");

        HttpResponse<String> script = send("POST", "/api/v1/cyber/reports", token(Role.PARTNER),
                "{\"description\":\"<img src=x onerror=alert(1)> look\",\"country\":\"FR\",\"sector\":\"finance\"}");
        assertThat(script.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(script.body()).path("field").asString()).isEqualTo("description");

        HttpResponse<String> b64 = send("POST", "/api/v1/cyber/reports", token(Role.PARTNER),
                "{\"description\":\"Attachment is broken here\",\"country\":\"FR\",\"sector\":\"finance\","
                        + "\"attachments\":[{\"filename\":\"a.txt\",\"contentBase64\":\"***\"}]}");
        assertThat(b64.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(b64.body()).path("field").asString()).isEqualTo("attachments");

        HttpResponse<String> deep = send("POST", "/api/v1/cyber/reports", token(Role.PARTNER), "[".repeat(5000));
        assertThat(deep.statusCode()).isEqualTo(400);
        HttpResponse<String> big = send("POST", "/api/v1/cyber/reports", token(Role.PARTNER),
                "{\"description\":\"" + "x".repeat(1_100_000) + "\"}");
        assertThat(big.statusCode()).isEqualTo(413);
    }

    @Test
    void onlyPartnersAndTriageStaffMayUseIt() {
        assertThat(send("POST", "/api/v1/cyber/reports", null, body("FR")).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/v1/cyber/reports", token(Role.DPO), body("FR")).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/cyber/reports", token(Role.AUDITOR), body("FR")).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/cyber/reports", token(Role.ADMIN)).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/cyber/reports", token(Role.ANALYST), body("FR")).statusCode()).isEqualTo(201);
    }
}
