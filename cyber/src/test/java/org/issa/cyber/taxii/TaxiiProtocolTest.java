package org.issa.cyber.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.issa.cyber.stix.store.ObjectQuery;
import org.issa.cyber.stix.store.VersionMatch;
import org.junit.jupiter.api.Test;

/** Media types, filters and resources of TAXII 2.1 without a server. */
class TaxiiProtocolTest {

    @Test
    void acceptHeadersAreNegotiated() {
        assertThat(TaxiiMedia.accepts(null)).isTrue();
        assertThat(TaxiiMedia.accepts("application/taxii+json;version=2.1")).isTrue();
        assertThat(TaxiiMedia.accepts("application/taxii+json; version=\"2.1\"")).isTrue();
        assertThat(TaxiiMedia.accepts("application/taxii+json")).isTrue();
        assertThat(TaxiiMedia.accepts("text/html, application/*;q=0.5")).isTrue();
        assertThat(TaxiiMedia.accepts("application/taxii+json;version=2.0")).isFalse();
        assertThat(TaxiiMedia.accepts("application/json")).isFalse();
        assertThat(TaxiiMedia.accepts("application/taxii+json;version=2.1;q=0")).isFalse();
        assertThat(TaxiiMedia.accepts("*/*;q=zero")).isFalse();
        assertThat(TaxiiMedia.isTaxiiContent("application/taxii+json;version=2.1")).isTrue();
        assertThat(TaxiiMedia.isTaxiiContent("Application/TAXII+JSON; Version=2.1")).isTrue();
        assertThat(TaxiiMedia.isTaxiiContent("application/stix+json;version=2.1")).isFalse();
        assertThat(TaxiiMedia.isTaxiiContent(null)).isFalse();
    }

    @Test
    void filtersBecomeAStoreQuery() {
        ObjectQuery q = TaxiiFilters.parse(TaxiiFilters.Endpoint.OBJECTS, Map.of(
                "match[id]", new String[] {"indicator--1, malware--2"},
                "match[type]", new String[] {"indicator,malware"},
                "match[version]", new String[] {"first,2016-01-01T01:01:01.000Z"},
                "match[spec_version]", new String[] {"2.1"},
                "added_after", new String[] {"2016-01-01T00:00:00Z"},
                "limit", new String[] {"100000"},
                "unrelated", new String[] {"ignored"}), 100);
        assertThat(q.ids()).containsExactlyInAnyOrder("indicator--1", "malware--2");
        assertThat(q.types()).containsExactlyInAnyOrder("indicator", "malware");
        assertThat(q.versions().first()).isTrue();
        assertThat(q.versions().at()).containsExactly("2016-01-01T01:01:01.000000000Z");
        assertThat(q.specVersions()).containsExactly("2.1");
        assertThat(q.addedAfter()).isPresent();
        assertThat(q.limit()).isEqualTo(TaxiiFilters.MAX_PAGE);
        assertThat(TaxiiFilters.parse(TaxiiFilters.Endpoint.VERSIONS, Map.of(), 10).versions()).isEqualTo(VersionMatch.ALL);
        assertThat(TaxiiFilters.parse(TaxiiFilters.Endpoint.OBJECTS, Map.of(), 10).versions()).isEqualTo(VersionMatch.LAST);
    }

    @Test
    void badFiltersNameTheParameter() {
        for (var bad : Map.of("limit", "-1", "added_after", "2016-13-01T00:00:00Z", "match[version]", "latest", "match[color]", "red",
                "match[type]", " , ").entrySet()) {
            assertThatThrownBy(() -> TaxiiFilters.parse(TaxiiFilters.Endpoint.OBJECTS, Map.of(bad.getKey(), new String[] {bad.getValue()}), 10))
                    .isInstanceOfSatisfying(TaxiiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.details()).containsEntry("parameter", bad.getKey());
                    });
        }
        assertThatThrownBy(() -> TaxiiFilters.parse(TaxiiFilters.Endpoint.OBJECT, Map.of("match[id]", new String[] {"x"}), 10))
                .isInstanceOf(TaxiiException.class);
        assertThatThrownBy(() -> TaxiiFilters.parse(TaxiiFilters.Endpoint.OBJECTS, Map.of("limit", new String[] {"1", "2"}), 10))
                .isInstanceOf(TaxiiException.class);
    }

    @Test
    void resourcesAreWrittenAsTheSpecificationNamesThem() {
        assertThat(TaxiiJson.envelope(true, "abc", java.util.List.of("{\"id\":\"x\"}")))
                .isEqualTo("{\"more\":true,\"next\":\"abc\",\"objects\":[{\"id\":\"x\"}]}");
        assertThat(TaxiiJson.envelope(false, null, java.util.List.of())).isEqualTo("{\"more\":false,\"objects\":[]}");
        assertThat(new TaxiiException(413, "Content too large", "too big", Map.of()).toJson())
                .isEqualTo("{\"title\":\"Content too large\",\"description\":\"too big\",\"http_status\":\"413\"}");
        assertThat(TaxiiJson.timestamp(java.time.Instant.parse("2026-01-02T03:04:05.123456789Z"))).isEqualTo("2026-01-02T03:04:05.123456Z");
        TaxiiStatus s = new TaxiiStatus("s1", "complete", java.time.Instant.parse("2026-01-01T00:00:00Z"),
                java.util.List.of(new TaxiiStatus.Detail("indicator--1", "2026-01-01T00:00:00.000Z", "stored")),
                java.util.List.of(new TaxiiStatus.Detail("objects[1]", "", "identifier")), java.util.List.of());
        TaxiiStatus back = TaxiiStatus.parse(org.issa.cyber.stix.StixJson.read(s.toJson()));
        assertThat(back).isEqualTo(s);
        assertThat(s.toJson()).contains("\"total_count\":2", "\"success_count\":1", "\"failure_count\":1", "\"pending_count\":0");
    }

    @Test
    void peersRefuseSecretsAndBadAddresses() {
        Peer ok = new Peer("", "p", java.net.URI.create("https://cert.example/taxii2/root"), Optional.of("c1"), Optional.empty(),
                Optional.empty(), Optional.empty(), "svc", "env:PEER_SECRET", "DE-BSI", "DE",
                org.issa.core.marking.Classification.UNCLASSIFIED, org.issa.cyber.tlp.TlpVersion.V2, true, Optional.empty(), Optional.empty());
        assertThat(ok.apiRoot().toString()).endsWith("/");
        assertThat(ok.recipient().reach()).isEqualTo(org.issa.cyber.tlp.Recipient.Reach.CONNECTED);
        assertThat(ok.recipient().username()).isEmpty();
        assertThatThrownBy(() -> new Peer("", "p", java.net.URI.create("https://cert.example/"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "svc", "hunter2", "DE-BSI", "DE", org.issa.core.marking.Classification.UNCLASSIFIED,
                org.issa.cyber.tlp.TlpVersion.V2, true, Optional.empty(), Optional.empty()))
                .hasMessageContaining("env:VARIABLE or file:");
        assertThatThrownBy(() -> new Peer("", "p", java.net.URI.create("https://user:pw@cert.example/"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "svc", "env:X", "DE-BSI", "DE", org.issa.core.marking.Classification.UNCLASSIFIED,
                org.issa.cyber.tlp.TlpVersion.V2, true, Optional.empty(), Optional.empty()))
                .hasMessageContaining("without credentials");
        assertThatThrownBy(() -> new Peer("", "p", java.net.URI.create("ftp://cert.example/"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "svc", "env:X", "DE-BSI", "DE", org.issa.core.marking.Classification.UNCLASSIFIED,
                org.issa.cyber.tlp.TlpVersion.V2, true, Optional.empty(), Optional.empty()))
                .hasMessageContaining("http(s)");
    }
}
