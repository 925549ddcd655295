package org.issa.app.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import org.issa.finance.typology.TypologyConfig;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The typology configuration over HTTP and on its page: readers see the version in force, a supervisor saves a new
 * version (the next scan uses it), bad ones are refused naming the place, analysts cannot change it. The saved versions
 * keep the default's thresholds so that other tests sharing the node scan as before.
 */
class TypologyConfigHttpTest extends HttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String config(String version) {
        return TypologyConfig.defaults().toJson().replace("\"issa-default-1\"", "\"" + version + "\"");
    }

    @Test
    void aSupervisorSavesAVersionTheNextScanUsesItAndBadOnesAreRefused() {
        String version = "t-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> analyst = send("POST", "/api/v1/finance/typology-config", token(Role.ANALYST),
                "{\"reason\":\"mine\",\"config\":" + config(version) + "}");
        assertThat(analyst.statusCode()).isEqualTo(403);
        HttpResponse<String> typo = send("POST", "/api/v1/finance/typology-config", token(Role.SUPERVISOR),
                "{\"reason\":\"typo\",\"config\":" + config(version).replace("\"windowHours\"", "\"windowHour\"") + "}");
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(typo.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(typo.body()).contains("windowHour");
        HttpResponse<String> noConfig = send("POST", "/api/v1/finance/typology-config", token(Role.SUPERVISOR), "{\"reason\":\"x\"}");
        assertThat(noConfig.statusCode()).isEqualTo(400);
        assertThat(noConfig.body()).contains("config");

        HttpResponse<String> saved = send("POST", "/api/v1/finance/typology-config", token(Role.SUPERVISOR),
                "{\"reason\":\"quarterly review\",\"config\":" + config(version) + "}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        JsonNode now = JSON.readTree(get("/api/v1/finance/typology-config", token(Role.DPO)).body());
        assertThat(now.path("current").path("version").asString()).isEqualTo(version);
        assertThat(now.path("versions").get(0).path("reason").asString()).isEqualTo("quarterly review");
        assertThat(send("POST", "/api/v1/finance/typology-config", token(Role.SUPERVISOR),
                "{\"reason\":\"again\",\"config\":" + config(version) + "}").statusCode()).isEqualTo(409);

        HttpResponse<String> scan = send("POST", "/api/v1/finance/alerts/scans", token(Role.SUPERVISOR), "{}");
        assertThat(scan.statusCode()).as(scan.body()).isEqualTo(201);
        assertThat(JSON.readTree(scan.body()).path("configVersion").asString()).isEqualTo(version);
    }

    @Test
    void thePageShowsTheVersionInForceAndKeepsARefusedDraft() {
        WebSession analyst = signIn(username(Role.ANALYST));
        HttpResponse<String> read = analyst.get("/finance/alerts/configuration");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("config-version").contains("config-versions").doesNotContain("config-form");

        WebSession sup = signIn(username(Role.SUPERVISOR));
        HttpResponse<String> form = sup.get("/finance/alerts/configuration");
        assertThat(form.body()).contains("config-form");
        String broken = config("p-" + UUID.randomUUID().toString().substring(0, 8)).replace("\"rules\":[",
                "\"rules\":[{\"id\":\"half-typed\",\"description\":\"\",\"cel\":\"payers >\",\"weight\":1.0},");
        HttpResponse<String> refused = sup.post("/finance/alerts/configuration", Map.of("_csrf", csrf(form.body()), "config", broken,
                "reason", "a new rule"));
        assertThat(refused.statusCode()).isEqualTo(302);
        HttpResponse<String> after = sup.get("/finance/alerts/configuration");
        assertThat(after.body()).contains("Refused (rules)").contains("half-typed");
    }
}
