package org.issa.app.finance.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import org.issa.finance.register.SyntheticRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The register over HTTP: upload, atomic replacement, refusals, purpose-bound queries, statistics, markings, pages. */
class RegisterHttpTest extends HttpTestBase {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String HEADER = "iban,currency,opened,role,party_type,name,birth_date,national_id,nationality\n";

    static String iban(String bankCode, long n) {
        return SyntheticRegister.germanIban(bankCode, n);
    }

    @BeforeEach
    void authorities() {
        designate("T-FIU", "Test FIU", "FIU", "FR");
        designate("T-ARO", "Test ARO", "ARO", "FR");
        designate("T-DE-POL", "Test police DE", "POLICE", "DE");
    }

    private void designate(String id, String name, String kind, String state) {
        HttpResponse<String> r = send("POST", "/api/v1/finance/register/authorities", token(Role.SUPERVISOR),
                "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"memberState\":\"" + state + "\"}");
        assertEquals(201, r.statusCode(), r.body());
    }

    private HttpResponse<String> upload(String bank, String csv, String bearer, String extraQuery) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url("/api/v1/finance/register/submissions?bank=" + bank + "&bankName=Test+Bank"
                        + "&source=" + bank + ".csv" + extraQuery)))
                .header("Content-Type", "text/csv").header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build();
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode query(String bearer, String authority, String basis, String ibanOrNull, String nameOrNull, int expectStatus) {
        StringBuilder b = new StringBuilder("{\"caseRef\":\"CASE-1\"");
        if (authority != null) {
            b.append(",\"authority\":\"").append(authority).append('"');
        }
        if (basis != null) {
            b.append(",\"legalBasis\":\"").append(basis).append('"');
        }
        if (ibanOrNull != null) {
            b.append(",\"iban\":\"").append(ibanOrNull).append('"');
        }
        if (nameOrNull != null) {
            b.append(",\"name\":\"").append(nameOrNull).append('"');
        }
        HttpResponse<String> r = send("POST", "/api/v1/finance/register/queries", bearer, b.append('}').toString());
        assertEquals(expectStatus, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void uploadThenANewSubmissionReplacesTheOldOneAtomically() {
        String a = iban("10010010", 1);
        String b = iban("10010010", 2);
        String c = iban("10010010", 3);
        String first = HEADER + a + ",EUR,2010-01-01,holder,person,Hanna Replace,1970-01-01,,DE\n" + b + ",EUR,,holder,person,Ben Old,,,DE\n";
        HttpResponse<String> r1 = upload("TESTDEF1", first, token(Role.SUPERVISOR), "");
        assertEquals(201, r1.statusCode(), r1.body());
        JsonNode s1 = JSON.readTree(r1.body());
        assertEquals(2, s1.get("accounts").asInt());
        assertEquals("CURRENT", s1.get("status").asString());
        assertEquals(1, query(token(Role.ANALYST), "T-FIU", "AMLD5_ART_32A_2", b, null, 200).get("count").asInt());

        String second = HEADER + a + ",EUR,2010-01-01,holder,person,Hanna Replace,1970-01-01,,DE\n" + c + ",EUR,,holder,person,Cleo New,,,DE\n";
        HttpResponse<String> r2 = upload("TESTDEF1", second, token(Role.SUPERVISOR), "");
        assertEquals(201, r2.statusCode(), r2.body());
        assertEquals(0, query(token(Role.ANALYST), "T-FIU", "AMLD5_ART_32A_2", b, null, 200).get("count").asInt());
        assertEquals(1, query(token(Role.ANALYST), "T-ARO", "DIR_2019_1153_ART_4", null, "new, cleo", 200).get("count").asInt());
        JsonNode list = JSON.readTree(get("/api/v1/finance/register/submissions?bank=TESTDEF1", token(Role.ANALYST)).body());
        assertEquals(2, list.size());
        assertEquals("CURRENT", list.get(0).get("status").asString());
        assertEquals("REPLACED", list.get(1).get("status").asString());
        assertEquals(403, upload("TESTDEF1", second + "\n", token(Role.ANALYST), "").statusCode(), "analysts do not load");
    }

    @Test
    void aBrokenSubmissionIsRefusedNamingItsLineAndThePreviousDataStays() {
        String a = iban("10020020", 1);
        String good = HEADER + a + ",EUR,,holder,person,Ida Intact,,,DE\n";
        assertEquals(201, upload("TESTDEF2", good, token(Role.SUPERVISOR), "").statusCode());
        String bad = HEADER + iban("10020020", 2) + ",EUR,,holder,person,New One,,,DE\n" + iban("10020020", 3) + ",EUR,,holder,person,New Two,,,DE\n"
                + "DE00100200200000000004,EUR,,holder,person,Broken,,,DE\n";
        HttpResponse<String> r = upload("TESTDEF2", bad, token(Role.SUPERVISOR), "");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
        JsonNode p = JSON.readTree(r.body());
        assertEquals("file", p.get("field").asString());
        assertTrue(p.get("detail").asString().contains("line 4"), p.get("detail").asString());
        assertEquals(1, query(token(Role.ANALYST), "T-FIU", "AMLD5_ART_32A_2", a, null, 200).get("count").asInt(), "previous data intact");
        assertEquals(0, query(token(Role.ANALYST), "T-FIU", "AMLD5_ART_32A_2", iban("10020020", 2), null, 200).get("count").asInt());

        HttpResponse<String> missing = upload("TESTDEF2", "account,holder\n" + a + ",X\n", token(Role.SUPERVISOR), "");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("'iban'"), missing.body());
        HttpResponse<String> wrongBank = upload("NOTABIC", good, token(Role.SUPERVISOR), "");
        assertEquals("bank", JSON.readTree(wrongBank.body()).get("field").asString());
    }

    @Test
    void theSameSubmissionTwiceIs409NamingTheFirst() {
        String csv = HEADER + iban("10030030", 1) + ",EUR,,holder,person,Dora Duplicate,,,DE\n";
        HttpResponse<String> first = upload("TESTDEF3", csv, token(Role.SUPERVISOR), "");
        assertEquals(201, first.statusCode());
        String id = JSON.readTree(first.body()).get("id").asString();
        HttpResponse<String> again = upload("TESTDEF3", csv, token(Role.SUPERVISOR), "");
        assertEquals(409, again.statusCode());
        assertTrue(JSON.readTree(again.body()).get("detail").asString().contains(id), again.body());
    }

    @Test
    void aQueryWithoutLegalBasisAuthorityOrCaseIsRefused() {
        String a = iban("10040040", 1);
        assertEquals(201, upload("TESTDEF4", HEADER + a + ",EUR,,holder,person,Lea Lawful,,,DE\n", token(Role.SUPERVISOR), "").statusCode());
        assertEquals("legalBasis", query(token(Role.ANALYST), "T-FIU", null, a, null, 400).get("field").asString());
        assertEquals("authority", query(token(Role.ANALYST), null, "AMLD5_ART_32A_2", a, null, 400).get("field").asString());
        HttpResponse<String> noCase = send("POST", "/api/v1/finance/register/queries", token(Role.ANALYST),
                "{\"authority\":\"T-FIU\",\"legalBasis\":\"AMLD5_ART_32A_2\",\"iban\":\"" + a + "\"}");
        assertEquals(400, noCase.statusCode());
        assertEquals("caseRef", JSON.readTree(noCase.body()).get("field").asString());
        assertEquals("legalBasis", query(token(Role.ANALYST), "T-ARO", "AMLD5_ART_32A_2", a, null, 400).get("field").asString(),
                "an ARO cannot use the FIU's basis");
        assertEquals(403, send("POST", "/api/v1/finance/register/queries", token(Role.DPO), "{}").statusCode());

        JsonNode ok = query(token(Role.ANALYST), "T-FIU", "AMLD5_ART_32A_2", a, null, 200);
        String queryId = ok.get("queryId").asString();
        JsonNode account = JSON.readTree(get("/api/v1/finance/register/accounts/" + a + "?query=" + queryId, token(Role.ANALYST)).body());
        assertEquals("Lea Lawful", account.get("current").get(0).get("parties").get(0).get("name").asString());
        assertEquals(400, get("/api/v1/finance/register/accounts/" + a, token(Role.ANALYST)).statusCode(), "an account is read under a query");
    }

    @Test
    void statisticsPerAuthorityForOversightOnly() {
        String a = iban("10050050", 1);
        assertEquals(201, upload("TESTDEF5", HEADER + a + ",EUR,,holder,person,Stan Stats,,,DE\n", token(Role.SUPERVISOR), "").statusCode());
        query(token(Role.ANALYST), "T-ARO", "DIR_2019_1153_ART_4", a, null, 200);
        HttpResponse<String> stats = get("/api/v1/finance/register/statistics", token(Role.DPO));
        assertEquals(200, stats.statusCode(), stats.body());
        boolean found = false;
        for (JsonNode s : JSON.readTree(stats.body())) {
            found |= s.get("authorityId").asString().equals("T-ARO") && s.get("queries").asLong() >= 1;
        }
        assertTrue(found, stats.body());
        assertEquals(200, get("/api/v1/finance/register/statistics", token(Role.AUDITOR)).statusCode());
        assertEquals(403, get("/api/v1/finance/register/statistics", token(Role.ANALYST)).statusCode());
        assertTrue(get("/api/v1/finance/register/queries", token(Role.DPO)).body().contains("iban=" + a));
    }

    @Test
    void markingsAreEnforcedInTheQuery() {
        String a = iban("10060060", 1);
        HttpResponse<String> r = upload("TESTDEF6", HEADER + a + ",EUR,,holder,person,Mara Marked,,,DE\n", token(Role.SUPERVISOR),
                "&classification=RESTREINT_UE&tlp=AMBER");
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(JSON.readTree(r.body()).get("marking").asString().contains("RESTREINT"));
        assertEquals(1, query(token(Role.ANALYST), "T-FIU", "AMLD5_ART_32A_2", a, null, 200).get("count").asInt());
        assertEquals(0, query(lowToken(), "T-DE-POL", "DIR_2019_1153_ART_4", a, null, 200).get("count").asInt(),
                "an unclassified reader gets nothing from a RESTREINT UE submission");
    }

    @Test
    void theSearchPageAccountPageAndUploadPage() {
        String a = iban("10070070", 1);
        assertEquals(201, upload("TESTDEF7", HEADER + a + ",EUR,2012-02-02,holder,person,Paula Page,1981-01-01,,DE\n", token(Role.SUPERVISOR), "")
                .statusCode());
        WebSession s = signIn(username(Role.ANALYST));
        HttpResponse<String> form = s.get("/finance");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("register-search"));
        HttpResponse<String> refused = s.post("/finance", Map.of("_csrf", csrf(form.body()), "authority", "T-FIU", "caseRef", "C-9", "iban", a));
        assertTrue(refused.body().contains("data-field=\"legalBasis\""), "a search without legal basis is refused on the page too");
        HttpResponse<String> results = s.post("/finance", Map.of("_csrf", csrf(form.body()), "authority", "T-FIU", "legalBasis",
                "AMLD5_ART_32A_2", "caseRef", "C-9", "name", "Page Paula"));
        assertEquals(200, results.statusCode());
        assertTrue(results.body().contains(a), results.body());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/finance/accounts/" + a + "\\?query=([0-9a-f-]+)").matcher(results.body());
        assertTrue(m.find());
        HttpResponse<String> account = s.get("/finance/accounts/" + a + "?query=" + m.group(1));
        assertEquals(200, account.statusCode());
        assertTrue(account.body().contains("Follow the money from this account"));
        assertTrue(account.body().contains("/finance/trace?account=" + a));
        assertTrue(account.body().contains("Paula Page"));

        WebSession sup = signIn(username(Role.SUPERVISOR));
        HttpResponse<String> uploads = sup.get("/finance/register/submissions");
        assertEquals(200, uploads.statusCode());
        assertTrue(uploads.body().contains("upload-form") && uploads.body().contains("TESTDEF7"));
        assertEquals(200, signIn(username(Role.DPO)).get("/finance/register/statistics").statusCode());
    }

    @Test
    void holdersAreRescreenedWhenAWatchListChanges() throws Exception {
        String a = iban("10080080", 1);
        String name = "Wendelin Quarrydge" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        assertEquals(201, upload("TESTDEF8", HEADER + a + ",EUR,,holder,person," + name + ",1966-06-16,,DE\n", token(Role.SUPERVISOR), "")
                .statusCode());
        HttpResponse<String> list = send("POST", "/api/v1/watchlists", token(Role.SUPERVISOR),
                "{\"name\":\"Register rescreen " + name + "\",\"kind\":\"SANCTIONS\",\"sourceFormat\":\"pipe\"}");
        assertEquals(201, list.statusCode(), list.body());
        String listId = JSON.readTree(list.body()).get("id").asString();
        HttpRequest imp = HttpRequest.newBuilder(URI.create(url("/api/v1/watchlists/" + listId + "/versions")))
                .header("Authorization", "Bearer " + token(Role.SUPERVISOR)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("S1|" + name + "|1966-06-16|DE\n")).build();
        assertEquals(201, http.send(imp, HttpResponse.BodyHandlers.ofString()).statusCode());
        long end = System.currentTimeMillis() + 30_000;
        boolean hit = false;
        while (!hit && System.currentTimeMillis() < end) {
            JsonNode page = JSON.readTree(get("/api/v1/screening/hits?status=OPEN&limit=500", token(Role.SUPERVISOR)).body());
            for (JsonNode h : page.path("items")) {
                hit |= h.path("recordType").asString().equals("bank_account_holder") && h.path("recordId").asString().startsWith(a + "/holder/");
            }
            if (!hit) {
                Thread.sleep(200);
            }
        }
        assertTrue(hit, "a hit on the account holder, raised by the re-screening after the list changed");
    }

    @Test
    void holdersOfANewSubmissionAreScreenedOnArrival() throws Exception {
        String name = "Ottokar Brimblecombe" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        HttpResponse<String> list = send("POST", "/api/v1/watchlists", token(Role.SUPERVISOR),
                "{\"name\":\"Register intake " + name + "\",\"kind\":\"SANCTIONS\",\"sourceFormat\":\"pipe\"}");
        assertEquals(201, list.statusCode(), list.body());
        String listId = JSON.readTree(list.body()).get("id").asString();
        HttpRequest imp = HttpRequest.newBuilder(URI.create(url("/api/v1/watchlists/" + listId + "/versions")))
                .header("Authorization", "Bearer " + token(Role.SUPERVISOR)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("S1|" + name + "|1958-02-11|DE\n")).build();
        assertEquals(201, http.send(imp, HttpResponse.BodyHandlers.ofString()).statusCode());
        // The list is in place first; the holder arrives afterwards and must not wait for the list's next change.
        Thread.sleep(500);
        String a = iban("10080080", 2);
        String other = iban("10080080", 3);
        assertEquals(201, upload("TESTDEF9", HEADER + a + ",EUR,,holder,person," + name + ",1958-02-11,,DE\n"
                + other + ",EUR,,holder,person,Clementine Aldous-Varga,1990-09-09,,FR\n", token(Role.SUPERVISOR), "").statusCode());
        long end = System.currentTimeMillis() + 30_000;
        boolean hit = false;
        boolean otherHit = false;
        while (!hit && System.currentTimeMillis() < end) {
            JsonNode page = JSON.readTree(get("/api/v1/screening/hits?status=OPEN&limit=500", token(Role.SUPERVISOR)).body());
            for (JsonNode h : page.path("items")) {
                boolean holder = h.path("recordType").asString().equals("bank_account_holder");
                hit |= holder && h.path("recordId").asString().startsWith(a + "/holder/");
                otherHit |= holder && h.path("recordId").asString().startsWith(other + "/holder/");
            }
            if (!hit) {
                Thread.sleep(200);
            }
        }
        assertTrue(hit, "a hit on the new holder, raised by the screening of the submission on arrival");
        assertTrue(!otherHit, "no hit on the holder whose name is on no list");
    }
}
