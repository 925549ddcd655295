package org.issa.app.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Follow the money over HTTP: a trace of stored payments, a supervisor's scan raising alerts, a human decision; errors as problem+json. */
class FinanceFlowHttpTest extends HttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String COLUMNS = "reference=ref,from=payer,to=payee,amount=eur,time=day,currency=cur";

    private void upload(String prefix) {
        String csv = "ref,payer,payee,eur,day,cur\n"
                + prefix + "-1," + prefix + "A," + prefix + "B,10000.00,2024-05-02T10:00:00Z,EUR\n"
                + prefix + "-2," + prefix + "B," + prefix + "C,9800.00,2024-05-03T10:00:00Z,EUR\n"
                + prefix + "-3," + prefix + "C," + prefix + "A,9700.00,2024-05-04T10:00:00Z,EUR\n"
                + prefix + "-4," + prefix + "B," + prefix + "D,100.00,2024-05-01T10:00:00Z,EUR\n";
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/finance/payments/imports?format=csv&source="
                            + prefix + ".csv&columns=" + URLEncoder.encode(COLUMNS, StandardCharsets.UTF_8))))
                    .header("Authorization", "Bearer " + token(Role.ANALYST)).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theMoneyIsTracedAndAScanRaisesAlertsThatAreDecided() {
        String p = "F" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        upload(p);
        HttpResponse<String> t = get("/api/v1/finance/trace?account=" + p + "A&direction=forward&hops=3&rule=fifo", token(Role.ANALYST));
        assertThat(t.statusCode()).as(t.body()).isEqualTo(200);
        JsonNode trace = JSON.readTree(t.body());
        assertThat(trace.get("traced").decimalValue()).isEqualByComparingTo("10000");
        assertThat(trace.get("currency").asText()).isEqualTo("EUR");
        Map<String, JsonNode> byAccount = new java.util.HashMap<>();
        trace.get("accounts").forEach(a -> byAccount.put(a.get("account").asText(), a));
        assertThat(byAccount.get(p + "B").get("followed").decimalValue()).isEqualByComparingTo("9800");
        assertThat(byAccount.get(p + "A").get("retained").decimalValue()).isEqualByComparingTo("9700");   // came back
        assertThat(byAccount).doesNotContainKey(p + "D");   // B paid D before the money arrived

        HttpResponse<String> back = get("/api/v1/finance/trace?account=" + p + "A&direction=backward&hops=2&rule=proportional",
                token(Role.SUPERVISOR));
        assertThat(JSON.readTree(back.body()).get("traced").decimalValue()).isEqualByComparingTo("9700");

        HttpResponse<String> hops = get("/api/v1/finance/trace?account=" + p + "A&hops=lots", token(Role.ANALYST));
        assertThat(hops.statusCode()).isEqualTo(400);
        assertThat(hops.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(JSON.readTree(hops.body()).get("field").asText()).isEqualTo("hops");
        assertThat(get("/api/v1/finance/trace?account=" + p + "Z", token(Role.ANALYST)).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/finance/trace?account=" + p + "A", token(Role.AUDITOR)).statusCode()).isEqualTo(403);
        // the payments are RESTREINT UE: a reader cleared below does not find the account at all
        assertThat(get("/api/v1/finance/trace?account=" + p + "A", lowToken()).statusCode()).isEqualTo(404);

        assertThat(send("POST", "/api/v1/finance/alerts/scans", token(Role.ANALYST), null).statusCode()).isEqualTo(403);
        HttpResponse<String> scan = send("POST", "/api/v1/finance/alerts/scans", token(Role.SUPERVISOR),
                "{\"classification\":\"RESTREINT_UE\",\"tlp\":\"AMBER\",\"personalData\":true}");
        assertThat(scan.statusCode()).as(scan.body()).isEqualTo(201);
        assertThat(JSON.readTree(scan.body()).get("flagged").asInt()).isGreaterThanOrEqualTo(3);

        HttpResponse<String> list = get("/api/v1/finance/alerts?status=open&limit=500", token(Role.ANALYST));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonNode alert = null;
        for (JsonNode a : JSON.readTree(list.body()).get("items")) {
            if (a.get("account").asText().equals(p + "B")) {
                alert = a;
            }
        }
        assertThat(alert).as(list.body()).isNotNull();
        assertThat(alert.get("typologies").toString()).contains("cycle");
        assertThat(alert.get("evidence").toString()).contains(p + "-2");
        long id = alert.get("id").asLong();

        HttpResponse<String> noReason = send("POST", "/api/v1/finance/alerts/" + id + "/decision", token(Role.ANALYST),
                "{\"decision\":\"dismiss\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noReason.body()).get("field").asText()).isEqualTo("reason");
        HttpResponse<String> esc = send("POST", "/api/v1/finance/alerts/" + id + "/decision", token(Role.ANALYST),
                "{\"decision\":\"escalate\",\"caseReference\":\"CASE-" + p + "\"}");
        assertThat(esc.statusCode()).as(esc.body()).isEqualTo(200);
        assertThat(JSON.readTree(esc.body()).get("status").asText()).isEqualTo("escalated");
        assertThat(send("POST", "/api/v1/finance/alerts/" + id + "/decision", token(Role.SUPERVISOR),
                "{\"decision\":\"dismiss\",\"reason\":\"second thoughts\"}").statusCode()).isEqualTo(409);
        assertThat(get("/api/v1/finance/alerts/" + id, lowToken()).statusCode()).isEqualTo(404);
    }

    @Test
    void thePagesShowTheFlowAndTheAlerts() {
        String p = "G" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        upload(p);
        WebSession s = signIn(username(Role.ANALYST));
        HttpResponse<String> page = s.get("/finance/trace?account=" + p + "A&direction=forward&hops=3&rule=proportional");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"flow\"").contains(p + "C").contains("9800.00").contains("Follow the money");
        HttpResponse<String> bad = s.get("/finance/trace?account=" + p + "A&hops=99");
        assertThat(bad.body()).contains("hops must be between 1 and 12");
        HttpResponse<String> alerts = s.get("/finance/alerts");
        assertThat(alerts.statusCode()).isEqualTo(200);
        assertThat(alerts.body()).contains("Typology alerts").doesNotContain("Run a scan");
    }
}
