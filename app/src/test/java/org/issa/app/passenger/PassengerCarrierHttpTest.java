package org.issa.app.passenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.passenger.retention.Retention;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The carriers' channel and the analysts' API over a real server: push, quarantine, refusal, roles, search, masking. */
class PassengerCarrierHttpTest extends HttpTestBase {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static boolean registered;

    @Autowired
    Sql sql;

    @Autowired
    Retention retention;

    @BeforeEach
    void carrierAccount() {
        synchronized (PassengerCarrierHttpTest.class) {
            if (!registered) {
                var r = send("POST", "/api/v1/admin/passenger/carriers", token(Role.ADMIN),
                        "{\"code\":\"XB\",\"name\":\"Example Air\",\"username\":\"" + username(Role.CARRIER) + "\"}");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                registered = true;
            }
        }
    }

    HttpResponse<String> push(String bearer, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url("/api/v1/passenger/messages")))
                .header("Content-Type", "application/edifact").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    static final SyntheticPnrgov.Traveller VOSS = new SyntheticPnrgov.Traveller("VOSS", "HELENA MS", "K1HV00021", "03MAR85");
    static final SyntheticPnrgov.Traveller BRANDT = new SyntheticPnrgov.Traveller("BRANDT", "OSKAR MR", "K1HV00022", "11JUN83");

    @Test
    void aCarrierPushesOnceAndIsToldWhatWasQuarantined() {
        String msg = SyntheticPnrgov.simple("7001", "XB", "701", "011226", "HTTP01", VOSS, BRANDT);
        var first = push(token(Role.CARRIER), msg);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json(first).path("pnrs").asInt()).isEqualTo(1);
        assertThat(json(first).path("stored").get(0).path("passengers").asInt()).isEqualTo(2);
        assertThat(json(first).path("stored").get(0).path("alreadyStored").asBoolean()).isFalse();
        var again = push(token(Role.CARRIER), msg);
        assertThat(json(again).path("stored").get(0).path("alreadyStored").asBoolean()).isTrue();

        String broken = SyntheticPnrgov.message("7002", "XB", "702", "011226", "22", List.of("HTTP02"), List.of(VOSS),
                "TVL+991399:2575+FRA+CDG+XB+702");
        var r = push(token(Role.CARRIER), broken);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode q = json(r).path("stored").get(0).path("quarantined");
        assertThat(q.isEmpty()).as(r.body()).isFalse();
        assertThat(q.get(0).path("position").asInt()).isPositive();
        assertThat(q.get(0).path("reason").asString()).isNotBlank();
        // The segment's data do not travel back, only its tag (the reason may quote the faulty value).
        assertThat(q.get(0).path("segment").asString()).isEqualTo("TVL");
        assertThat(r.body()).doesNotContain("FRA+CDG");
        // The operator sees it on the messages page.
        String id = json(r).path("stored").get(0).path("id").asString();
        var quarantine = get("/api/v1/passenger/messages/" + id + "/quarantine", token(Role.ANALYST));
        assertThat(quarantine.statusCode()).isEqualTo(200);
        assertThat(json(quarantine).get(0).path("reason").asString()).isEqualTo(q.get(0).path("reason").asString());
    }

    @Test
    void sensitiveDataAreDeletedOnReceiptAndTheDeletionLoggedWithoutContent() {
        String msg = SyntheticPnrgov.message("7301", "XB", "731", "051226", "22", List.of("HTTP31"), List.of(VOSS), "SSR+MOML:HK:1:XB");
        var r = push(token(Role.CARRIER), msg);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(json(r).path("stored").get(0).path("sensitiveDeleted").asInt()).isEqualTo(1);
        String id = json(r).path("stored").get(0).path("id").asString();
        assertThat(sql.count("SELECT COUNT(*) FROM pnr_sensitive_deletion WHERE message_id = ? AND category = 'RELIGION_OR_BELIEFS'", id))
                .isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM pnr_message_raw WHERE message_id = ?", id)).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM pnr_booking_version WHERE message_id = ? AND booking_json LIKE '%MOML%'", id)).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE record_id = ? AND action = 'passenger.sensitive.delete'"
                + " AND detail LIKE '%RELIGION_OR_BELIEFS%' AND detail NOT LIKE '%MOML%'", id)).isEqualTo(1);
    }

    @Test
    void whatIsNoInterchangeIsRefusedWithAProblemNamingIt() {
        var r = push(token(Role.CARRIER), "Dear PIU, please find our passengers attached.");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(json(r).path("field").asString()).isEqualTo("body");
        assertThat(json(r).path("detail").asString()).isNotBlank();
        assertThat(push(token(Role.CARRIER), "").statusCode()).isEqualTo(400);
    }

    @Test
    void onlyCarriersAndSupervisorsPushAndCarriersReadNothing() {
        String msg = SyntheticPnrgov.simple("7101", "XB", "711", "021226", "HTTP11", VOSS);
        assertThat(push(token(Role.ANALYST), msg).statusCode()).isEqualTo(403);
        assertThat(push(token(Role.DPO), msg).statusCode()).isEqualTo(403);
        assertThat(push(token(Role.PARTNER), msg).statusCode()).isEqualTo(403);
        assertThat(push(null, msg).statusCode()).isEqualTo(401);
        // A carrier pushes its own flights only.
        var other = push(token(Role.CARRIER), SyntheticPnrgov.simple("7102", "AF", "1234", "021226", "HTTP12", VOSS));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(json(other).path("detail").asString()).contains("XB").contains("AF");
        // A PIU supervisor may upload for a small carrier.
        assertThat(push(token(Role.SUPERVISOR), SyntheticPnrgov.simple("7103", "AF", "1234", "021226", "HTTP13", VOSS)).statusCode())
                .isEqualTo(201);
        for (String path : List.of("/api/v1/passenger/flights?from=2026-12-02", "/api/v1/passenger/messages",
                "/api/v1/passenger/search?name=voss&purpose=x", "/api/v1/strategy", "/api/v1/me", "/api/v1/screening/hits")) {
            assertThat(get(path, token(Role.CARRIER)).statusCode()).as(path).isEqualTo(403);
        }
        WebSession carrier = signIn(username(Role.CARRIER));
        for (String page : List.of("/", "/passenger", "/reports", "/tokens")) {
            assertThat(carrier.get(page).statusCode()).as(page).isEqualTo(403);
        }
    }

    @Test
    void analystsSearchWithAPurposeSeeTheBoardAndTheDetailAndMaskingReachesSearchAndExport() {
        String msg = SyntheticPnrgov.simple("7201", "XB", "721", "031226", "HTTP21", new SyntheticPnrgov.Traveller("QUANDT", "IRIS MS",
                "K1HV00031", "09SEP90"), new SyntheticPnrgov.Traveller("QUANDT", "PAUL MR", "K1HV00032", "10OCT88"));
        assertThat(push(token(Role.CARRIER), msg).statusCode()).isEqualTo(201);

        var noPurpose = get("/api/v1/passenger/search?name=quandt", token(Role.ANALYST));
        assertThat(noPurpose.statusCode()).isEqualTo(400);
        assertThat(json(noPurpose).path("field").asString()).isEqualTo("purpose");
        var found = get("/api/v1/passenger/search?name=iris+quandt&purpose=pre-departure+check", token(Role.ANALYST));
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(json(found)).hasSize(1);
        String bookingId = json(found).get(0).path("bookingId").asString();
        assertThat(get("/api/v1/passenger/search?name=quandt&purpose=x", lowToken()).body()).isEqualTo("[]");

        var board = get("/api/v1/passenger/flights?from=2026-12-03", token(Role.ANALYST));
        assertThat(board.body()).contains("\"number\":\"721\"").contains("\"passengers\":2");
        var detail = get("/api/v1/passenger/bookings/" + bookingId + "?purpose=pre-departure+check", token(Role.ANALYST));
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        assertThat(json(detail).path("locator").asString()).isEqualTo("HTTP21");
        assertThat(json(detail).path("masked").asBoolean()).isFalse();
        assertThat(get("/api/v1/passenger/search.csv?origin=FRA&destination=CDG&from=2026-12-03&to=2026-12-03&purpose=export",
                token(Role.ANALYST)).body()).contains("QUANDT");

        // Seven months later (moved in the database, as a clock would): the retention job masks it everywhere.
        sql.update("UPDATE pnr_message SET received_at = ? WHERE id IN (SELECT v.message_id FROM pnr_booking_version v WHERE v.booking_id = ?)",
                Instant.now().minus(Duration.ofDays(200)), bookingId);
        sql.update("UPDATE pnr_booking_version SET received_at = ? WHERE booking_id = ?", Instant.now().minus(Duration.ofDays(200)), bookingId);
        retention.run();
        assertThat(get("/api/v1/passenger/search?name=quandt&purpose=check", token(Role.ANALYST)).body()).isEqualTo("[]");
        String csv = get("/api/v1/passenger/search.csv?origin=FRA&destination=CDG&from=2026-12-03&to=2026-12-03&purpose=export",
                token(Role.ANALYST)).body();
        assertThat(csv).contains("HTTP21").contains("***").doesNotContain("QUANDT");
        var masked = get("/api/v1/passenger/bookings/" + bookingId + "?purpose=check", token(Role.ANALYST));
        assertThat(json(masked).path("masked").asBoolean()).isTrue();
        assertThat(masked.body()).doesNotContain("QUANDT").doesNotContain("K1HV0003");
        var full = get("/api/v1/passenger/bookings/" + bookingId + "?purpose=check&full=true", token(Role.ANALYST));
        assertThat(full.statusCode()).isEqualTo(403);
        var approval = send("POST", "/api/v1/passenger/bookings/" + bookingId + "/disclosures", token(Role.SUPERVISOR),
                "{\"requestReference\":\"REQ-9\",\"grounds\":\"identify a suspect's companion\",\"approvingAuthority\":\"Tribunal judiciaire\","
                        + "\"approvalReference\":\"JLD-9\",\"validDays\":3}");
        assertThat(approval.statusCode()).as(approval.body()).isEqualTo(201);
        assertThat(get("/api/v1/passenger/bookings/" + bookingId + "?purpose=REQ-9&full=true", token(Role.ANALYST)).body()).contains("QUANDT");
        assertThat(get("/api/v1/passenger/dpo/notices?open=true", token(Role.DPO)).body()).contains("JLD-9");
        assertThat(get("/api/v1/passenger/dpo/notices", token(Role.ANALYST)).statusCode()).isEqualTo(403);

        // The pages: the board, the purpose question, the masked detail.
        WebSession analyst = signIn(username(Role.ANALYST));
        assertThat(analyst.get("/passenger?from=2026-12-03").body()).contains("XB 721");
        assertThat(analyst.get("/passenger/bookings/" + bookingId).body()).contains("State the purpose");
        assertThat(analyst.get("/passenger/bookings/" + bookingId + "?purpose=check").body()).contains("HTTP21").contains("depersonalised")
                .doesNotContain("QUANDT");
        assertThat(analyst.get("/passenger/search?origin=FRA&destination=CDG&purpose=check").body()).contains("masked");
        assertThat(analyst.get("/passenger/messages").statusCode()).isEqualTo(200);
        assertThat(analyst.get("/").body()).contains("href=\"/passenger\"");
    }
}
