package org.issa.app.passenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The passenger review over the real server: assessment through the real screening engine against
 * a real watch list, the queue with explanations, review before referral (409 otherwise), four eyes,
 * locked decisions after a case closes, exchange conditions, and the DPO-only views.
 */
class PassengerReviewHttpTest extends PassengerHttpSupport {

    static String flight(String number, String ref1, String name1, String ref2, String name2) {
        return "{\"flight\":{\"carrier\":\"XQ\",\"number\":\"" + number + "\",\"origin\":\"IST\",\"destination\":\"CDG\","
                + "\"departure\":\"2026-12-01T08:00:00Z\",\"arrival\":\"2026-12-01T12:00:00Z\",\"direction\":\"ARRIVING\"},"
                + "\"passengers\":[{\"passengerRef\":\"" + ref1 + "\",\"bookingRef\":\"BK" + ref1 + "\",\"names\":[\"" + name1
                + "\"],\"birthDates\":[\"1979-03-14\"],\"nationalities\":[\"XK\"]},"
                + "{\"passengerRef\":\"" + ref2 + "\",\"bookingRef\":\"BK" + ref2 + "\",\"names\":[\"" + name2 + "\"]}]}";
    }

    String authority(String s) {
        return ok(send("POST", "/api/v1/passenger/authorities", token(Role.SUPERVISOR), "{\"code\":\"FR-DGSI-" + s.toUpperCase()
                + "\",\"name\":\"DGSI " + s + "\",\"memberState\":\"FR\",\"legalReference\":\"Arrêté du 2 mai 2018\"}")).path("id").asString();
    }

    @Test
    void aListHitIsExplainedAndCannotBeReferredBeforeReviewNorByItsReviewer() throws Exception {
        String s = suffix();
        String name = "Ilse Vandermeer" + s;
        String listName = "PIU national alerts " + s;
        list(listName, name);
        String authority = authority(s);
        JsonNode result = ok(send("POST", "/api/v1/passenger/assessments", token(Role.ANALYST), flight("1821", "A" + s, name, "B" + s,
                "Quentin Harrowgate" + s)));
        assertThat(result.path("passengers").asInt()).isEqualTo(2);
        assertThat(result.path("listsScreened").findValuesAsString("listName")).contains(listName);
        assertThat(result.path("newHits").asInt()).isGreaterThanOrEqualTo(1);

        JsonNode hit = hitOf("A" + s);
        assertThat(hit.path("source").asString()).isEqualTo("WATCHLIST");
        assertThat(hit.path("sourceName").asString()).isEqualTo(listName);
        assertThat(hit.path("explanation").asString()).isNotBlank();
        assertThat(hit.path("details").size()).isGreaterThan(1);
        assertThat(hit.path("status").asString()).isEqualTo("NEW");
        assertThat(hit.path("notice").asString()).contains("Art 7(6)");
        String id = hit.path("id").asString();

        HttpResponse<String> early = send("POST", "/api/v1/passenger/hits/" + id + "/referral", token(Role.SUPERVISOR),
                "{\"authority\":\"" + authority + "\",\"reason\":\"matches national alert\"}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(early.body()).contains("not been reviewed");

        assertThat(send("POST", "/api/v1/passenger/hits/" + id + "/confirm", token(Role.ANALYST), "{\"note\":\"\"}").statusCode())
                .isEqualTo(400);
        ok(send("POST", "/api/v1/passenger/hits/" + id + "/confirm", token(Role.ANALYST), "{\"note\":\"same date of birth and nationality\"}"));
        assertThat(send("POST", "/api/v1/passenger/hits/" + id + "/referral", token(Role.ANALYST),
                "{\"authority\":\"" + authority + "\",\"reason\":\"x\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> noAuthority = send("POST", "/api/v1/passenger/hits/" + id + "/referral", token(Role.SUPERVISOR),
                "{\"authority\":\"nope\",\"reason\":\"x\"}");
        assertThat(noAuthority.statusCode()).isEqualTo(400);
        assertThat(noAuthority.body()).contains("authority");
        JsonNode referral = ok(send("POST", "/api/v1/passenger/hits/" + id + "/referral", token(Role.SUPERVISOR),
                "{\"authority\":\"" + authority + "\",\"reason\":\"confirmed alert subject arriving at 12:00\"}"));
        assertThat(referral.path("authorityName").asString()).isEqualTo("DGSI " + s);
        assertThat(hitOf("A" + s).path("status").asString()).isEqualTo("REFERRED");

        // the DPO finds the referral; analysts may not read the DPO views
        JsonNode log = ok(get("/api/v1/passenger/oversight/log?purpose=review%20of%20referrals&category=REFERRAL&record=" + id, token(Role.DPO)));
        assertThat(log.path("items").findValuesAsString("actor")).containsExactly(username(Role.SUPERVISOR));
        assertThat(get("/api/v1/passenger/oversight/log?purpose=x", token(Role.ANALYST)).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/passenger/oversight/statistics", token(Role.ANALYST)).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/passenger/oversight/log", token(Role.DPO)).statusCode()).isEqualTo(400);
        HttpResponse<String> csv = get("/api/v1/passenger/oversight/statistics.csv?from=2026-12&to=2026-12", token(Role.DPO));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("carrier,2026-12,\"XQ\"").contains("authority,2026-12,\"FR-DGSI-" + s.toUpperCase())
                .doesNotContain(name).doesNotContain("BKA" + s);
    }

    @Test
    void aDismissedHitOnAClosedCaseCannotBeChanged() throws Exception {
        String s = suffix();
        String name = "Wendeline Corvatsch" + s;
        list("Lost and stolen documents " + s, name);
        ok(send("POST", "/api/v1/passenger/assessments", token(Role.ANALYST), flight("1833", "C" + s, name, "D" + s, "Other Person" + s)));
        JsonNode hit = hitOf("C" + s);
        String id = hit.path("id").asString();
        ok(send("POST", "/api/v1/passenger/hits/" + id + "/dismiss", token(Role.ANALYST), "{\"reason\":\"different place of birth\"}"));
        assertThat(send("POST", "/api/v1/passenger/cases/" + hit.path("caseId").asString() + "/close", token(Role.ANALYST),
                "{\"note\":\"done\"}").statusCode()).isEqualTo(403);
        JsonNode closed = ok(send("POST", "/api/v1/passenger/cases/" + hit.path("caseId").asString() + "/close", token(Role.SUPERVISOR),
                "{\"note\":\"false positive, passport checked\"}"));
        assertThat(closed.path("closed").asBoolean()).isTrue();

        HttpResponse<String> reopen = send("POST", "/api/v1/passenger/hits/" + id + "/reopen", token(Role.SUPERVISOR),
                "{\"reason\":\"second thoughts\"}");
        assertThat(reopen.statusCode()).isEqualTo(409);
        assertThat(reopen.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(reopen.body()).contains("locked");
        assertThat(send("POST", "/api/v1/passenger/hits/" + id + "/confirm", token(Role.ANALYST), "{\"note\":\"again\"}").statusCode())
                .isEqualTo(409);
        assertThat(hitOf("C" + s).path("status").asString()).isEqualTo("DISMISSED");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        HttpResponse<String> r = send("POST", "/api/v1/passenger/assessments", token(Role.ANALYST),
                flight("1821", "E1", "X Y", "E2", "Z W").replace("\"XQ\"", "\"X!\""));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("carrier");
        assertThat(send("POST", "/api/v1/passenger/assessments", token(Role.ANALYST), flight("1821", "E1", "X Y", "E2", "Z W")
                .replace("2026-12-01T12:00:00Z", "noon")).body()).contains("flight.arrival");
        assertThat(send("POST", "/api/v1/passenger/assessments", token(Role.DPO), flight("1821", "E1", "X Y", "E2", "Z W")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> transfer = send("POST", "/api/v1/passenger/transfers", token(Role.SUPERVISOR), "{\"country\":\"CA\","
                + "\"recipient\":\"RCMP\",\"caseReference\":\"C-1\",\"purpose\":\"terrorism case\",\"dataTransferred\":\"one PNR\","
                + "\"necessaryForPurposes\":true,\"recipientCompetent\":true,\"requestDulyReasoned\":true,\"chapterVBasis\":\"ADEQUACY_DECISION\","
                + "\"chapterVReference\":\"Decision 2006/253/EC\",\"onwardTransferAgreed\":false}");
        assertThat(transfer.statusCode()).isEqualTo(400);
        assertThat(transfer.body()).contains("onwardTransferAgreed");
        HttpResponse<String> request = send("POST", "/api/v1/passenger/requests", token(Role.ANALYST), "{\"requesterKind\":\"EUROPOL\","
                + "\"requester\":\"Europol\",\"requesterState\":\"EU\",\"theirReference\":\"E-1\",\"offence\":\"terrorism\","
                + "\"reasoning\":\"Investigation into a cell planning attacks needs the co-travellers of the suspect.\",\"dataRequested\":\"PNR\"}");
        assertThat(request.statusCode()).isEqualTo(400);
        assertThat(request.body()).contains("channelReference");
    }

    @Test
    void theDpoPagesAreForbiddenToAnalystsAndOpenToTheDpo() {
        WebSession analyst = signIn(username(Role.ANALYST));
        assertThat(analyst.get("/passenger/dpo").statusCode()).isEqualTo(403);
        assertThat(analyst.get("/passenger/dpo/statistics.csv").statusCode()).isEqualTo(403);
        assertThat(analyst.get("/passenger/review").statusCode()).isEqualTo(200);
        WebSession dpo = signIn(username(Role.DPO));
        HttpResponse<String> page = dpo.get("/passenger/dpo?purpose=monthly%20check&category=REFERRAL");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Article 20 statistics", "Processing log");
        assertThat(dpo.get("/passenger/dpo/log.csv?purpose=export%20for%20the%20authority").statusCode()).isEqualTo(200);
        // the DPO oversees; registering requests is the officers' work
        assertThat(dpo.post("/passenger/requests", Map.of("_csrf", csrf(dpo.get("/passenger/requests").body()), "requesterKind", "PIU"))
                .statusCode()).isEqualTo(403);
    }
}
