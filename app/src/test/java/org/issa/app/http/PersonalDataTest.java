package org.issa.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Text that holds personal data is masked everywhere until a reader states a purpose; that read is audited with it. */
class PersonalDataTest extends HttpTestBase {

    @Test
    void maskedInListsReadableWithAPurposeAndAudited() {
        String name = "Person " + UUID.randomUUID();
        var created = send("POST", "/api/v1/strategy/actions/O1.A1.6/updates", token(Role.ANALYST),
                "{\"body\":\"Surrender of " + name + " delayed\",\"marking\":{\"handling\":[\"PERSONAL_DATA\"]}}");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = JsonMapper.builder().build().readTree(created.body()).path("id").asString();

        assertThat(get("/api/v1/strategy/updates?scope=O1.A1.6", token(Role.SUPERVISOR)).body()).doesNotContain(name)
                .contains("\"masked\":true");
        assertThat(get("/api/v1/strategy/updates/" + id, token(Role.SUPERVISOR)).body()).doesNotContain(name);
        int year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear();
        assertThat(get("/api/v1/strategy/reports/" + year, token(Role.SUPERVISOR)).body()).doesNotContain(name);

        var read = get("/api/v1/strategy/updates/" + id + "?purpose=EAW%20follow-up%20review", token(Role.SUPERVISOR));
        assertThat(read.body()).contains(name).contains("\"masked\":false");
        var trail = get("/api/v1/audit?purpose=oversight&action=personal-data.read&recordId=" + id, token(Role.DPO));
        assertThat(trail.body()).contains("EAW follow-up review", username(Role.SUPERVISOR));

        String csv = get("/api/v1/audit/export?purpose=annual%20DPO%20report&action=personal-data.read", token(Role.DPO)).body();
        assertThat(csv).startsWith("seq,at,actor").contains("EAW follow-up review");
        assertThat(get("/api/v1/audit/export", token(Role.DPO)).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/audit/export?purpose=x", token(Role.ANALYST)).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/audit?purpose=check&action=personal-data.read&recordType=audit_log", token(Role.AUDITOR)).body())
                .contains("annual DPO report");
        WebSession dpo = signIn(username(Role.DPO));
        assertThat(dpo.get("/audit?purpose=review&action=personal-data.read").body()).contains("/audit/export?purpose=review");
        assertThat(dpo.get("/audit/export?purpose=review&action=personal-data.read").body()).contains("EAW follow-up review");

        WebSession s = signIn(username(Role.ANALYST));
        assertThat(s.get("/actions/O1.A1.6").body()).doesNotContain(name).contains("/updates/" + id);
        assertThat(s.get("/updates/" + id).body()).doesNotContain(name).contains("State why you need to read it");
        assertThat(s.get("/updates/" + id + "?purpose=case+2026%2F9").body()).contains(name);
    }
}
