package org.issa.app.cyber.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.issa.app.http.HttpTestBase;
import org.issa.app.identity.NewAccount;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.cyber.stix.BundleReader;
import org.issa.cyber.stix.store.Collection;
import org.issa.cyber.stix.store.ImportOptions;
import org.issa.cyber.stix.store.Source;
import org.issa.cyber.stix.store.StixStore;
import org.issa.cyber.tlp.Distribution;
import org.issa.cyber.tlp.TlpMarkings;
import org.issa.cyber.tlp.TlpVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The TAXII 2.1 server against the specification: media types, auth, every endpoint, filters, paging, errors. */
class TaxiiServerHttpTest extends HttpTestBase {

    static final String TAXII = "application/taxii+json;version=2.1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String collectionId;
    private static String dePartnerToken;

    @Autowired
    StixStore store;
    @Autowired
    BundleReader reader;
    @Autowired
    Sql sql;

    @BeforeEach
    void collection() {
        synchronized (TaxiiServerHttpTest.class) {
            if (collectionId != null) {
                return;
            }
            Principal supervisor = directory.find(username(Role.SUPERVISOR)).orElseThrow().principal();
            Collection c = store.createCollection(supervisor, "TAXII test feed", "for the TAXII conformance tests", Optional.of("taxii-test"),
                    List.of(new Collection.Grant("ROLE:ANALYST", true, true), new Collection.Grant("ROLE:SUPERVISOR", true, true),
                            new Collection.Grant("ROLE:PARTNER", true, false)));
            collectionId = c.id();
            var de = directory.bootstrap(new NewAccount("taxii-de-partner", "German partner CERT", PASSWORD, "DE-BSI", "DE",
                    Set.of(Role.PARTNER), Classification.RESTREINT_UE));
            dePartnerToken = directory.issueToken(de.principal(), "taxii", 30).secret();
        }
    }

    // ---- helpers

    static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    String analyst() {
        return basic(username(Role.ANALYST), token(Role.ANALYST));
    }

    HttpResponse<String> taxii(String method, String path, String authorization, String accept, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> getTaxii(String path, String authorization) {
        return taxii("GET", path, authorization, TAXII, null, null);
    }

    HttpResponse<String> post(String path, String authorization, String envelope) {
        return taxii("POST", path, authorization, TAXII, TAXII, envelope.getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    static void assertTaxiiError(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo(TAXII);
        JsonNode e = json(r);
        assertThat(e.path("title").asString()).isNotBlank();
        assertThat(e.path("http_status").asString()).isEqualTo(String.valueOf(status));
        assertThat(e.has("description")).isTrue();
    }

    static String objects(String collection) {
        return "/taxii2/cert/collections/" + collection + "/objects/";
    }

    static String indicator(String uuid, String modified, Optional<Tlp> tlp) {
        return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--" + uuid + "\",\"created\":\"2026-01-01T00:00:00.000Z\","
                + "\"modified\":\"" + modified + "\",\"name\":\"taxii test " + uuid + "\",\"pattern\":\"[ipv4-addr:value = '198.51.100.7']\","
                + "\"pattern_type\":\"stix\",\"valid_from\":\"2026-01-01T00:00:00Z\""
                + tlp.map(t -> ",\"object_marking_refs\":[\"" + TlpMarkings.id(t, TlpVersion.V2).orElseThrow() + "\"]").orElse("") + "}";
    }

    static String envelope(String... objects) {
        return "{\"objects\":[" + String.join(",", objects) + "]}";
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---- discovery, API root, authentication, media types

    @Test
    void discoveryAndApiRootDescribeTheServer() {
        HttpResponse<String> d = getTaxii("/taxii2/", analyst());
        assertThat(d.statusCode()).as(d.body()).isEqualTo(200);
        assertThat(d.headers().firstValue("Content-Type").orElse("")).isEqualTo(TAXII);
        assertThat(json(d).path("title").asString()).isNotBlank();
        assertThat(json(d).path("default").asString()).isEqualTo(url("/taxii2/cert/"));
        assertThat(json(d).path("api_roots").get(0).asString()).isEqualTo(url("/taxii2/cert/"));

        JsonNode root = json(getTaxii("/taxii2/cert/", analyst()));
        assertThat(root.path("versions").get(0).asString()).isEqualTo(TAXII);
        assertThat(root.path("max_content_length").asLong()).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void authenticationIsHttpBasicWithTokensOrPasswordsAndErrorsAreTaxiiResources() {
        HttpResponse<String> none = getTaxii("/taxii2/", null);
        assertTaxiiError(none, 401);
        assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic realm=");
        assertTaxiiError(getTaxii("/taxii2/", basic(username(Role.ANALYST), "issa_not-a-token")), 401);
        // a token is accepted only for its own account
        assertTaxiiError(getTaxii("/taxii2/", basic(username(Role.SUPERVISOR), token(Role.ANALYST))), 401);
        // bearer tokens of the REST API are not TAXII credentials
        assertTaxiiError(taxii("GET", "/taxii2/", "Bearer " + token(Role.ANALYST), TAXII, null, null), 401);
        assertThat(getTaxii("/taxii2/", basic(username(Role.PARTNER), PASSWORD)).statusCode()).isEqualTo(200);
        // roles without CERT business get 403 as a TAXII error
        assertTaxiiError(getTaxii("/taxii2/", basic(username(Role.DPO), token(Role.DPO))), 403);
        // no session cookie is issued or honoured
        assertThat(getTaxii("/taxii2/", analyst()).headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void acceptAndContentTypeAreNegotiated() {
        assertTaxiiError(taxii("GET", "/taxii2/", analyst(), "application/json", null, null), 406);
        assertTaxiiError(taxii("GET", "/taxii2/", analyst(), "application/taxii+json;version=2.0", null, null), 406);
        assertTaxiiError(taxii("GET", "/taxii2/cert/", analyst(), "application/taxii+json;version=2.1;q=0", null, null), 406);
        assertThat(taxii("GET", "/taxii2/", analyst(), "application/taxii+json", null, null).statusCode()).isEqualTo(200);
        assertThat(taxii("GET", "/taxii2/", analyst(), "text/html, */*;q=0.1", null, null).statusCode()).isEqualTo(200);
        byte[] env = envelope(indicator(UUID.randomUUID().toString(), "2026-01-02T00:00:00.000Z", Optional.empty())).getBytes();
        assertTaxiiError(taxii("POST", objects(collectionId), analyst(), TAXII, "application/json", env), 415);
        assertTaxiiError(taxii("POST", objects(collectionId), analyst(), TAXII, "application/stix+json;version=2.1", env), 415);
        assertTaxiiError(taxii("POST", objects(collectionId), analyst(), TAXII, "application/taxii+json;version=2.0", env), 415);
        assertTaxiiError(taxii("POST", objects(collectionId), analyst(), "application/xml", TAXII, env), 406);
    }

    @Test
    void oversizedBodiesGet413AndMalformedOnes400() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertTaxiiError(taxii("POST", objects(collectionId), analyst(), TAXII, TAXII, big), 413);
        assertTaxiiError(post(objects(collectionId), analyst(), "{\"objects\":[{\"type\":"), 400);
        assertTaxiiError(post(objects(collectionId), analyst(), "[1,2]"), 400);
        HttpResponse<String> notList = post(objects(collectionId), analyst(), "{\"objects\":{}}");
        assertTaxiiError(notList, 400);
    }

    @Test
    void unknownResourcesAndMethodsAreTaxiiErrors() {
        assertTaxiiError(getTaxii("/taxii2/cert/collections/" + UUID.randomUUID() + "/", analyst()), 404);
        assertTaxiiError(getTaxii("/taxii2/nowhere/", analyst()), 404);
        assertThat(json(getTaxii("/taxii2/cert/collections", analyst())).path("description").asString()).contains("end with '/'");
        assertTaxiiError(taxii("PUT", objects(collectionId), analyst(), TAXII, TAXII, "{}".getBytes()), 405);
        assertTaxiiError(getTaxii("/taxii2/cert/status/" + UUID.randomUUID() + "/", analyst()), 404);
    }

    // ---- collections

    @Test
    void collectionsShowTheCallersRights() {
        JsonNode list = json(getTaxii("/taxii2/cert/collections/", analyst()));
        JsonNode mine = null;
        for (JsonNode c : list.path("collections")) {
            if (c.path("id").asString().equals(collectionId)) {
                mine = c;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("alias").asString()).isEqualTo("taxii-test");
        assertThat(mine.path("can_read").asBoolean()).isTrue();
        assertThat(mine.path("can_write").asBoolean()).isTrue();
        assertThat(mine.path("media_types").get(0).asString()).isEqualTo("application/stix+json;version=2.1");
        JsonNode partner = json(getTaxii("/taxii2/cert/collections/" + collectionId + "/", basic("taxii-de-partner", dePartnerToken)));
        assertThat(partner.path("can_read").asBoolean()).isTrue();
        assertThat(partner.path("can_write").asBoolean()).isFalse();
        // the alias finds the collection too
        assertThat(json(getTaxii("/taxii2/cert/collections/taxii-test/", analyst())).path("id").asString()).isEqualTo(collectionId);
        // a partner may not write
        assertTaxiiError(post(objects(collectionId), basic("taxii-de-partner", dePartnerToken),
                envelope(indicator(UUID.randomUUID().toString(), "2026-01-02T00:00:00.000Z", Optional.empty()))), 403);
    }

    // ---- add objects and status

    @Test
    void addObjectsAnswers202WithAStatusOfEveryObject() {
        String good = UUID.randomUUID().toString();
        String unmarked = UUID.randomUUID().toString();
        String bad = "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--not-a-uuid\",\"created\":\"2026-01-01T00:00:00.000Z\","
                + "\"modified\":\"2026-01-01T00:00:00.000Z\",\"pattern\":\"[x]\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-01-01T00:00:00Z\"}";
        HttpResponse<String> r = post(objects(collectionId), analyst(), envelope(
                indicator(good, "2026-01-02T00:00:00.000Z", Optional.of(Tlp.CLEAR)), bad,
                indicator(unmarked, "2026-01-02T00:00:00.000Z", Optional.empty())));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo(TAXII);
        JsonNode s = json(r);
        assertThat(s.path("status").asString()).isEqualTo("complete");
        assertThat(s.path("total_count").asInt()).isEqualTo(3);
        assertThat(s.path("success_count").asInt()).isEqualTo(2);
        assertThat(s.path("failure_count").asInt()).isEqualTo(1);
        assertThat(s.path("pending_count").asInt()).isZero();
        assertThat(s.path("failures").get(0).path("id").asString()).isEqualTo("indicator--not-a-uuid");
        assertThat(s.path("failures").get(0).path("message").asString()).contains("identifier");
        assertThat(s.path("successes").get(0).path("id").asString()).isEqualTo("indicator--" + good);
        assertThat(s.path("successes").get(0).path("version").asString()).isEqualTo("2026-01-02T00:00:00.000Z");

        // the status can be fetched again by its poster, not by another client
        String statusPath = "/taxii2/cert/status/" + s.path("id").asString() + "/";
        assertThat(json(getTaxii(statusPath, analyst())).path("success_count").asInt()).isEqualTo(2);
        assertTaxiiError(getTaxii(statusPath, basic("taxii-de-partner", dePartnerToken)), 404);

        // objects keep their own TLP; unmarked ones get the configured default (GREEN)
        assertThat(sql.count("SELECT COUNT(*) FROM cyber_stix_object WHERE stix_id = ? AND m_tlp = 'CLEAR'", "indicator--" + good)).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM cyber_stix_object WHERE stix_id = ? AND m_tlp = 'GREEN'", "indicator--" + unmarked))
                .isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM cyber_stix_object WHERE stix_id = ? AND source_kind = 'TAXII'", "indicator--" + good))
                .isEqualTo(1);

        // posting again changes nothing and still succeeds
        JsonNode again = json(post(objects(collectionId), analyst(), envelope(indicator(good, "2026-01-02T00:00:00.000Z",
                Optional.of(Tlp.CLEAR)))));
        assertThat(again.path("success_count").asInt()).isEqualTo(1);
        assertThat(again.path("successes").get(0).path("message").asString()).contains("already stored");
        assertThat(sql.count("SELECT COUNT(*) FROM cyber_stix_object WHERE stix_id = ?", "indicator--" + good)).isEqualTo(1);
    }

    // ---- get objects, filters, paging, manifest, versions

    private List<String> postVersions(int objects) {
        List<String> ids = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < objects; i++) {
            String u = UUID.randomUUID().toString();
            ids.add("indicator--" + u);
            all.add(indicator(u, "2026-01-02T00:00:00.000Z", Optional.of(Tlp.GREEN)));
        }
        assertThat(post(objects(collectionId), analyst(), envelope(all.toArray(String[]::new))).statusCode()).isEqualTo(202);
        return ids;
    }

    @Test
    void objectsArePagedWithNextAndDateAddedHeaders() {
        List<String> ids = postVersions(5);
        String match = "match[id]=" + enc(String.join(",", ids));
        HttpResponse<String> first = getTaxii(objects(collectionId) + "?" + match + "&limit=2", analyst());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode p1 = json(first);
        assertThat(p1.path("more").asBoolean()).isTrue();
        assertThat(p1.path("objects")).hasSize(2);
        assertThat(first.headers().firstValue("X-TAXII-Date-Added-First")).isPresent();
        String last = first.headers().firstValue("X-TAXII-Date-Added-Last").orElseThrow();
        assertThat(last).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        List<String> seen = new ArrayList<>();
        p1.path("objects").forEach(o -> seen.add(o.path("id").asString()));
        String next = p1.path("next").asString();
        while (!next.isEmpty()) {
            JsonNode p = json(getTaxii(objects(collectionId) + "?" + match + "&limit=2&next=" + enc(next), analyst()));
            p.path("objects").forEach(o -> seen.add(o.path("id").asString()));
            next = p.path("more").asBoolean() ? p.path("next").asString() : "";
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);

        // match[type] and match[spec_version]
        assertThat(json(getTaxii(objects(collectionId) + "?" + match + "&match[type]=malware", analyst())).path("objects")).isEmpty();
        assertThat(json(getTaxii(objects(collectionId) + "?" + match + "&match[type]=indicator,malware&match[spec_version]=2.1", analyst()))
                .path("objects")).hasSize(5);
        assertThat(json(getTaxii(objects(collectionId) + "?" + match + "&match[spec_version]=2.0", analyst())).path("objects")).isEmpty();
        // an empty result is an envelope without objects and without date headers
        HttpResponse<String> none = getTaxii(objects(collectionId) + "?" + match + "&match[type]=malware", analyst());
        assertThat(json(none).path("more").asBoolean()).isFalse();
        assertThat(none.headers().firstValue("X-TAXII-Date-Added-First")).isEmpty();

        // added_after the last date added of everything gives nothing
        HttpResponse<String> all = getTaxii(objects(collectionId) + "?" + match, analyst());
        String lastAll = all.headers().firstValue("X-TAXII-Date-Added-Last").orElseThrow();
        assertThat(json(getTaxii(objects(collectionId) + "?" + match + "&added_after=" + enc(lastAll), analyst())).path("objects")).isEmpty();

        // manifest
        JsonNode m = json(getTaxii("/taxii2/cert/collections/" + collectionId + "/manifest/?" + match, analyst()));
        assertThat(m.path("objects")).hasSize(5);
        JsonNode entry = m.path("objects").get(0);
        assertThat(entry.path("date_added").asString()).isNotBlank();
        assertThat(entry.path("version").asString()).isEqualTo("2026-01-02T00:00:00.000Z");
        assertThat(entry.path("media_type").asString()).isEqualTo("application/stix+json;version=2.1");
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        String path = objects(collectionId);
        for (String q : List.of("limit=0", "limit=x", "added_after=yesterday", "match[version]=newest", "match[foo]=1",
                "next=%25%25%25", "match[type]=")) {
            HttpResponse<String> r = getTaxii(path + "?" + q, analyst());
            assertTaxiiError(r, 400);
            assertThat(json(r).path("details").path("parameter").asString()).as(q).isNotBlank();
        }
        assertThat(json(getTaxii(path + "?limit=2", analyst())).path("objects").size()).isLessThanOrEqualTo(2);
        // match[id] is not a filter of the versions endpoint
        assertTaxiiError(getTaxii(path + "indicator--" + UUID.randomUUID() + "/versions/?match[type]=indicator", analyst()), 400);
    }

    @Test
    void anObjectItsVersionsAndDeletion() {
        String u = UUID.randomUUID().toString();
        String id = "indicator--" + u;
        for (String modified : List.of("2026-01-02T00:00:00.000Z", "2026-01-03T00:00:00.000Z", "2026-01-04T00:00:00.000Z")) {
            assertThat(post(objects(collectionId), analyst(), envelope(indicator(u, modified, Optional.of(Tlp.GREEN)))).statusCode())
                    .isEqualTo(202);
        }
        String one = objects(collectionId) + id + "/";
        JsonNode latest = json(getTaxii(one, analyst()));
        assertThat(latest.path("objects")).hasSize(1);
        assertThat(latest.path("objects").get(0).path("modified").asString()).isEqualTo("2026-01-04T00:00:00.000Z");
        assertThat(json(getTaxii(one + "?match[version]=first", analyst())).path("objects").get(0).path("modified").asString())
                .isEqualTo("2026-01-02T00:00:00.000Z");
        assertThat(json(getTaxii(one + "?match[version]=all", analyst())).path("objects")).hasSize(3);
        assertThat(json(getTaxii(one + "?match[version]=" + enc("2026-01-03T00:00:00.000Z"), analyst())).path("objects").get(0)
                .path("modified").asString()).isEqualTo("2026-01-03T00:00:00.000Z");
        assertThat(json(getTaxii(one + "?match[version]=first,last", analyst())).path("objects")).hasSize(2);

        HttpResponse<String> versions = getTaxii(one + "versions/", analyst());
        assertThat(versions.statusCode()).isEqualTo(200);
        assertThat(versions.headers().firstValue("X-TAXII-Date-Added-Last")).isPresent();
        List<String> v = new ArrayList<>();
        json(versions).path("versions").forEach(x -> v.add(x.asString()));
        assertThat(v).containsExactly("2026-01-02T00:00:00.000Z", "2026-01-03T00:00:00.000Z", "2026-01-04T00:00:00.000Z");
        JsonNode paged = json(getTaxii(one + "versions/?limit=1", analyst()));
        assertThat(paged.path("more").asBoolean()).isTrue();
        assertThat(paged.path("versions")).hasSize(1);

        assertTaxiiError(getTaxii(objects(collectionId) + "indicator--" + UUID.randomUUID() + "/", analyst()), 404);
        // deletion needs write on the collection
        assertTaxiiError(taxii("DELETE", one, basic("taxii-de-partner", dePartnerToken), TAXII, null, null), 403);
        HttpResponse<String> del = taxii("DELETE", one + "?match[version]=first", analyst(), TAXII, null, null);
        assertThat(del.statusCode()).as(del.body()).isEqualTo(200);
        assertThat(json(getTaxii(one + "?match[version]=all", analyst())).path("objects")).hasSize(2);
        assertThat(taxii("DELETE", one, analyst(), TAXII, null, null).statusCode()).isEqualTo(200);
        assertTaxiiError(getTaxii(one, analyst()), 404);
        assertTaxiiError(taxii("DELETE", one, analyst(), TAXII, null, null), 404);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'cyber.stix.collection.remove' AND record_id = ?", id))
                .isEqualTo(2);
    }

    // ---- TLP and distribution on the read paths

    @Test
    void readsAreFilteredByTlpAndDistributionInTheQuery() {
        Principal analyst = directory.find(username(Role.ANALYST)).orElseThrow().principal();
        List<String> ids = new ArrayList<>();
        for (Tlp t : Tlp.values()) {
            String u = UUID.randomUUID().toString();
            ids.add("indicator--" + u);
            store.importBundle(analyst, reader.readEnvelope(envelope(indicator(u, "2026-01-05T00:00:00.000Z", Optional.empty())).getBytes()),
                    new ImportOptions(new Marking(Classification.UNCLASSIFIED, t, Set.of(), "FR-MININT", Set.of()), Distribution.CONNECTED,
                            Optional.empty(), Source.bundle("taxii test"), Optional.of(collectionId), false));
        }
        String match = "?match[id]=" + enc(String.join(",", ids));
        List<String> partnerSees = new ArrayList<>();
        json(getTaxii(objects(collectionId) + match, basic("taxii-de-partner", dePartnerToken))).path("objects")
                .forEach(o -> partnerSees.add(o.path("id").asString()));
        // CLEAR, GREEN and AMBER reach a partner organisation; AMBER+STRICT and RED do not
        assertThat(partnerSees).containsExactlyInAnyOrder(ids.get(0), ids.get(1), ids.get(2));
        assertThat(json(getTaxii(objects(collectionId) + match, analyst())).path("objects")).hasSize(5);
        JsonNode manifest = json(getTaxii("/taxii2/cert/collections/" + collectionId + "/manifest/" + match,
                basic("taxii-de-partner", dePartnerToken)));
        assertThat(manifest.path("objects")).hasSize(3);
        assertTaxiiError(getTaxii(objects(collectionId) + ids.get(4) + "/", basic("taxii-de-partner", dePartnerToken)), 404);
        assertTaxiiError(getTaxii(objects(collectionId) + ids.get(3) + "/versions/", basic("taxii-de-partner", dePartnerToken)), 404);
    }

    // ---- the page

    @Test
    void theTaxiiPageShowsDiscoveryToAnalystsAndPeersToSupervisors() {
        WebSession analyst = signIn(username(Role.ANALYST));
        HttpResponse<String> a = analyst.get("/cyber/taxii");
        assertThat(a.statusCode()).isEqualTo(200);
        assertThat(a.body()).contains("id=\"taxii-discovery\"").contains("/taxii2/").contains("TAXII test feed").doesNotContain("peer-form");

        WebSession supervisor = signIn(username(Role.SUPERVISOR));
        HttpResponse<String> form = supervisor.get("/cyber/taxii");
        assertThat(form.body()).contains("peer-form").contains("sync-history");
        HttpResponse<String> saved = supervisor.post("/cyber/taxii/peers", java.util.Map.ofEntries(
                java.util.Map.entry("_csrf", csrf(form.body())), java.util.Map.entry("name", "Page peer <b>"),
                java.util.Map.entry("apiRoot", "https://cert.example/taxii2/api1/"), java.util.Map.entry("pullCollection", "c1"),
                java.util.Map.entry("username", "svc"), java.util.Map.entry("secretRef", "env:PAGE_PEER_TOKEN"),
                java.util.Map.entry("organisation", "BE-CCB"), java.util.Map.entry("memberState", "BE"),
                java.util.Map.entry("clearance", "UNCLASSIFIED"), java.util.Map.entry("tlpVersion", "1")));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        HttpResponse<String> list = supervisor.get("/cyber/taxii");
        assertThat(list.body()).contains("Page peer &lt;b&gt;").contains("BE-CCB").contains("(disabled)").doesNotContain("Page peer <b>");
        HttpResponse<String> bad = supervisor.post("/cyber/taxii/peers", java.util.Map.of("_csrf", csrf(list.body()), "name", "x",
                "apiRoot", "https://cert.example/", "username", "svc", "secretRef", "my-password", "organisation", "BE-CCB",
                "memberState", "BE"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("Not saved").contains("env:VARIABLE");
        assertThat(sql.count("SELECT COUNT(*) FROM cyber_taxii_peer WHERE secret_ref LIKE '%my-password%'")).isZero();
    }
}
