package org.issa.app.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.issa.app.http.HttpTestBase;
import org.issa.core.entity.Entity;
import org.issa.core.entity.Provenance;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Role;
import org.issa.investigation.entity.EntityStore;
import org.issa.investigation.entity.Publication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Freezing orders and the Asset Recovery Office over HTTP on the real server: roles, problem+json errors naming the field,
 * the frozen-funds register, the asset lifecycle, the reacquisition check over the entity store with the matching engine
 * (and its redaction for a reader who may not see the case network), the sale decision, and the indicators with their
 * report to the strategy monitor.
 */
class FreezingRecoveryHttpTest extends HttpTestBase {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    EntityStore entities;

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> post(Role role, String path, String body) {
        return send("POST", path, token(role), body);
    }

    private static void problem(HttpResponse<String> r, int status, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        if (field != null) {
            assertThat(json(r).path("field").asString()).as(r.body()).isEqualTo(field);
        }
    }

    @Test
    void freezingOrdersAreWrittenBySupervisorsAndTheRegisterAddsThemUp() {
        String subject = "Test Listed " + UUID.randomUUID().toString().substring(0, 6);
        String order = "{\"regime\":\"TERRORISM\",\"legalAct\":\"Council Regulation (EC) No 2580/2001\",\"article\":\"Art. 2(1)(a)\","
                + "\"subjectName\":\"" + subject + "\",\"subjectKind\":\"PERSON\",\"listName\":\"HTTP test list\",\"entryId\":\"E-1\","
                + "\"issuedOn\":\"2024-02-01\",\"accounts\":[{\"iban\":\"DE89 3704 0044 0532 0130 00\",\"holderName\":\"H\",\"amount\":1000.50,"
                + "\"currency\":\"EUR\"}],\"reason\":\"listed\"}";
        problem(post(Role.ANALYST, "/api/v1/finance/freezing/orders", order), 403, null);
        problem(post(Role.SUPERVISOR, "/api/v1/finance/freezing/orders", order.replace("0532 0130 00", "0532 0130 01")), 400, "accounts[0].iban");
        problem(post(Role.SUPERVISOR, "/api/v1/finance/freezing/orders", order.replace("Council Regulation (EC) No 2580/2001", "")), 400,
                "legalAct");
        problem(post(Role.SUPERVISOR, "/api/v1/finance/freezing/orders", order.replace("\"reason\":\"listed\"", "\"reason\":\"\"")), 400,
                "reason");
        problem(post(Role.SUPERVISOR, "/api/v1/finance/freezing/orders", order.replace("\"listName\"", "\"hitId\":\"no-such-hit\",\"listName\"")),
                400, "hitId");

        HttpResponse<String> created = post(Role.SUPERVISOR, "/api/v1/finance/freezing/orders", order);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).path("id").asString();
        assertThat(json(created).path("source").path("listName").asString()).isEqualTo("HTTP test list");

        HttpResponse<String> licence = post(Role.SUPERVISOR, "/api/v1/finance/freezing/orders/" + id + "/licences", "{\"kind\":\"LEGAL_FEES\","
                + "\"iban\":\"DE89370400440532013000\",\"amount\":200.25,\"currency\":\"EUR\",\"authority\":\"DGT\",\"grantedOn\":\"2024-03-01\","
                + "\"reason\":\"counsel\"}");
        assertThat(licence.statusCode()).as(licence.body()).isEqualTo(200);
        assertThat(json(licence).path("remaining").path("EUR").decimalValue()).isEqualByComparingTo("800.25");
        problem(post(Role.SUPERVISOR, "/api/v1/finance/freezing/orders/" + id + "/licences", "{\"kind\":\"LEGAL_FEES\","
                + "\"iban\":\"DE89370400440532013000\",\"amount\":900,\"currency\":\"EUR\",\"authority\":\"DGT\",\"reason\":\"more\"}"), 400, "amount");

        JsonNode funds = json(get("/api/v1/finance/freezing/register?asOf=2024-02-15", token(Role.ANALYST)));
        assertThat(funds.path("byList").path("HTTP test list").path("EUR").decimalValue()).isEqualByComparingTo("1000.50");
        JsonNode later = json(get("/api/v1/finance/freezing/register?asOf=2024-03-01", token(Role.AUDITOR)));
        assertThat(later.path("byList").path("HTTP test list").path("EUR").decimalValue()).isEqualByComparingTo("800.25");
        problem(get("/api/v1/finance/freezing/register?asOf=yesterday", token(Role.ANALYST)), 400, "asOf");
        problem(get("/api/v1/finance/freezing/orders", token(Role.PARTNER)), 403, null);

        HttpResponse<String> lifted = post(Role.SUPERVISOR, "/api/v1/finance/freezing/orders/" + id + "/lift", "{\"liftedOn\":\"2024-06-01\","
                + "\"reason\":\"delisted\"}");
        assertThat(json(lifted).path("order").path("liftedOn").asString()).isEqualTo("2024-06-01");
        assertThat(json(lifted).path("events").size()).isEqualTo(3);
        problem(post(Role.SUPERVISOR, "/api/v1/finance/freezing/orders/" + id + "/lift", "{\"reason\":\"again\"}"), 409, null);
    }

    @Test
    void aHitConfirmedInTheReviewQueueOpensAnOrderPrefilledWithItsListAndEntry() throws Exception {
        String sup = token(Role.SUPERVISOR);
        String name = "Orrin Vexhallow " + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "q");
        String listName = "Freezing link list " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> list = send("POST", "/api/v1/watchlists", sup, "{\"name\":\"" + listName + "\",\"kind\":\"SANCTIONS\","
                + "\"sourceFormat\":\"pipe\"}");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(201);
        String listId = json(list).path("id").asString();
        HttpResponse<String> imported = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/watchlists/" + listId
                        + "/versions"))).header("Authorization", "Bearer " + sup).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("FZ1|" + name + "||\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        HttpResponse<String> kept = post(Role.ANALYST, "/api/v1/screening/monitored", "{\"name\":\"" + name + "\",\"purpose\":\"account holder"
                + " due diligence\"}");
        assertThat(json(kept).path("hitsRaised").asInt()).as(kept.body()).isEqualTo(1);
        String subject = json(kept).path("subject").path("id").asString();
        String hitId = null;
        for (JsonNode h : json(get("/api/v1/screening/hits?status=OPEN&limit=500", sup)).path("items")) {
            if (h.path("recordId").asString().equals(subject)) {
                hitId = h.path("id").asString();
            }
        }
        assertThat(hitId).isNotNull();
        String order = "{\"regime\":\"UN_SANCTIONS\",\"legalAct\":\"Council Regulation (EU) 2017/1509\",\"subjectName\":\"" + name
                + "\",\"hitId\":\"" + hitId + "\",\"issuedOn\":\"2025-01-02\",\"reason\":\"confirmed listing\"}";
        problem(post(Role.SUPERVISOR, "/api/v1/finance/freezing/orders", order), 400, "hitId");

        assertThat(post(Role.SUPERVISOR, "/api/v1/screening/hits/" + hitId + "/decision", "{\"decision\":\"TRUE_MATCH\","
                + "\"reason\":\"same person, passport seen\"}").statusCode()).isEqualTo(200);
        WebSession web = signIn(username(Role.SUPERVISOR));
        assertThat(web.get("/screening/hits/" + hitId).body()).contains("href=\"/finance/freezing/new?hit=" + hitId + "\"");
        String form = web.get("/finance/freezing/new?hit=" + hitId).body();
        assertThat(form).contains(listName).contains("FZ1").contains("value=\"" + name + "\"");
        HttpResponse<String> created = post(Role.SUPERVISOR, "/api/v1/finance/freezing/orders", order);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode source = json(created).path("source");
        assertThat(source.path("listId").asString()).isEqualTo(listId);
        assertThat(source.path("listName").asString()).isEqualTo(listName);
        assertThat(source.path("entryId").asString()).isEqualTo("FZ1");
        assertThat(source.path("hitId").asString()).isEqualTo(hitId);
        WebSession analyst = signIn(username(Role.ANALYST));
        assertThat(analyst.get("/screening/hits/" + hitId).body()).as("only supervisors open orders").doesNotContain("open-freezing");
    }

    @Test
    void aSaleToTheSisterOfACasePersonIsFlaggedExplainedRedactedAndBlocked() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String dataset = "aro-http-" + tag;
        Marking restricted = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of("STATE:FR"), "FR-MININT", Set.of());
        Marking open = Marking.unclassified("FR-MININT");
        Provenance p = new Provenance(dataset, "test", Instant.parse("2025-01-01T00:00:00Z"));
        entities.publish("t-analyst", List.of(
                Publication.of(new Entity("conv", "Person", Map.of("name", List.of("Hendrik Zwartkop")), restricted, p)),
                Publication.of(new Entity("sis", "Person", Map.of("name", List.of("Annelies Zwartkop"), "birthDate", List.of("1981-04-09")), open, p)),
                Publication.of(new Entity("fam", "Family", Map.of("person", List.of("conv"), "relative", List.of("sis"),
                        "relationship", List.of("sister")), restricted, p))));
        HttpResponse<String> kase = post(Role.ANALYST, "/api/v1/investigation/cases", "{\"title\":\"ARO HTTP " + tag + "\",\"summary\":\"s\","
                + "\"marking\":{\"classification\":\"RESTREINT_UE\",\"tlp\":\"AMBER\",\"releasableTo\":[\"STATE:FR\"]}}");
        assertThat(kase.statusCode()).as(kase.body()).isEqualTo(201);
        String caseId = json(kase).path("id").asString();
        String caseRef = json(kase).path("reference").asString();
        assertThat(post(Role.ANALYST, "/api/v1/investigation/cases/" + caseId + "/entities", "{\"entityId\":\"" + dataset
                + ":conv\",\"label\":\"convicted\"}").statusCode()).isEqualTo(201);

        HttpResponse<String> asset = post(Role.ANALYST, "/api/v1/finance/assets", "{\"kind\":\"VESSEL\",\"description\":\"Sailing yacht\","
                + "\"identifier\":\"IMO 9074729\",\"offence\":\"ARMS_TRAFFICKING\",\"caseId\":\"" + caseId + "\",\"identifiedOn\":\"2019-01-05\"}");
        assertThat(asset.statusCode()).as(asset.body()).isEqualTo(201);
        String id = json(asset).path("id").asString();
        String base = "/api/v1/finance/assets/" + id;
        problem(post(Role.ANALYST, "/api/v1/finance/assets", "{\"kind\":\"VESSEL\",\"description\":\"x\",\"identifier\":\"IMO 9074728\","
                + "\"offence\":\"FRAUD\"}"), 400, "identifier");
        problem(post(Role.ANALYST, base + "/transitions", "{\"to\":\"CONFISCATED\",\"reason\":\"skip\"}"), 400, "to");
        problem(post(Role.ANALYST, base + "/orders", "{\"type\":\"FREEZING\",\"courtReference\":\"R1\",\"authority\":\"JLD\","
                + "\"issuedOn\":\"2019-01-10\",\"amount\":400000,\"currency\":\"EUR\"}"), 403, null);
        assertThat(post(Role.SUPERVISOR, base + "/orders", "{\"type\":\"FREEZING\",\"courtReference\":\"R1\",\"authority\":\"JLD\","
                + "\"issuedOn\":\"2019-01-10\",\"amount\":400000,\"currency\":\"EUR\"}").statusCode()).isEqualTo(200);
        assertThat(post(Role.ANALYST, base + "/transitions", "{\"to\":\"FROZEN\",\"on\":\"2019-01-10\",\"reason\":\"frozen\"}").statusCode())
                .isEqualTo(200);
        assertThat(post(Role.SUPERVISOR, base + "/orders", "{\"type\":\"CONFISCATION\",\"courtReference\":\"R2\",\"authority\":\"TC\","
                + "\"issuedOn\":\"2019-04-20\",\"amount\":380000,\"currency\":\"EUR\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> confiscated = post(Role.SUPERVISOR, base + "/transitions", "{\"to\":\"CONFISCATED\",\"on\":\"2019-04-20\","
                + "\"reason\":\"judgment\"}");
        assertThat(json(confiscated).path("asset").path("stage").asString()).isEqualTo("CONFISCATED");
        assertThat(json(confiscated).path("caseReference").asString()).isEqualTo(caseRef);

        HttpResponse<String> sale = post(Role.ANALYST, base + "/sales", "{\"buyerName\":\"Anneliese Zwartkopp\",\"birthDate\":\"1981-04-09\","
                + "\"price\":390000,\"currency\":\"EUR\"}");
        assertThat(sale.statusCode()).as(sale.body()).isEqualTo(201);
        JsonNode s = json(sale);
        assertThat(s.path("sale").path("check").path("result").asString()).isEqualTo("FLAGGED");
        String words = s.path("explanations").get(0).asString();
        assertThat(words).startsWith("buyer Anneliese Zwartkopp matches Annelies Zwartkop (score 0.")
                .contains("sister (Family) of Hendrik Zwartkop (convicted) in case " + caseRef);
        String saleId = s.path("sale").path("id").asString();

        JsonNode seenByLow = json(get(base, lowToken()));
        String redacted = seenByLow.path("sales").get(0).path("explanations").get(0).asString();
        assertThat(redacted).as("the low-cleared reader may not see the convicted person, the family link or the case")
                .doesNotContain("Hendrik").doesNotContain("sister").doesNotContain(caseRef).contains("a person you may not see")
                .contains("Annelies Zwartkop");

        problem(post(Role.SUPERVISOR, base + "/sales/" + saleId + "/decision", "{\"decision\":\"APPROVE\",\"reason\":\"best bid\"}"), 400,
                "overrideReason");
        problem(post(Role.ANALYST, base + "/sales/" + saleId + "/decision", "{\"decision\":\"BLOCK\",\"reason\":\"r\"}"), 403, null);
        HttpResponse<String> blocked = post(Role.SUPERVISOR, base + "/sales/" + saleId + "/decision", "{\"decision\":\"BLOCK\","
                + "\"reason\":\"buyer is the convicted person's sister\"}");
        assertThat(json(blocked).path("sale").path("status").asString()).isEqualTo("BLOCKED");
        String trail = get("/api/v1/audit?purpose=test&action=finance.assets.sale-block&recordId=" + saleId, token(Role.AUDITOR)).body();
        assertThat(trail).contains("buyer is the convicted person's sister");

        HttpResponse<String> clear = post(Role.ANALYST, base + "/sales", "{\"buyerName\":\"Maria Unrelated\",\"price\":385000,\"currency\":\"EUR\"}");
        assertThat(json(clear).path("sale").path("check").path("result").asString()).isEqualTo("CLEAR");
        String clearId = json(clear).path("sale").path("id").asString();
        assertThat(json(post(Role.SUPERVISOR, base + "/sales/" + clearId + "/decision", "{\"decision\":\"APPROVE\",\"reason\":\"auction\"}"))
                .path("sale").path("status").asString()).isEqualTo("APPROVED");

        JsonNode rows = json(get("/api/v1/finance/assets/indicators", token(Role.ANALYST)));
        JsonNode arms2019 = null;
        for (JsonNode r : rows) {
            if (r.path("year").asInt() == 2019 && r.path("offence").asString().equals("ARMS_TRAFFICKING")) {
                arms2019 = r;
            }
        }
        assertThat(arms2019).as(rows.toString()).isNotNull();
        assertThat(arms2019.path("freezingOrders").asLong()).isEqualTo(1);
        assertThat(arms2019.path("confiscationValue").path("EUR").decimalValue()).isEqualByComparingTo("380000");
        assertThat(arms2019.path("medianDaysFreezingToConfiscation").asDouble()).isEqualTo(100.0);

        problem(post(Role.ANALYST, "/api/v1/finance/assets/indicators/report", null), 403, null);
        HttpResponse<String> reported = post(Role.SUPERVISOR, "/api/v1/finance/assets/indicators/report", null);
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
        assertThat(reported.body()).contains("\"indicatorCode\":\"O1.A3.1-I1\",\"date\":\"2019-12-31\"");
        String monitor = get("/api/v1/audit?purpose=test&action=strategy.indicator.record&limit=500", token(Role.AUDITOR)).body();
        assertThat(monitor).contains("O1.A3.1-I1 = ").contains("on 2019-12-31 (finance)");
    }
}
