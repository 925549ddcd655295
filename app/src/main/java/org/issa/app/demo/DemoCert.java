package org.issa.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.cyber.stix.BundleReader;
import org.issa.cyber.stix.ObservableId;
import org.issa.cyber.stix.StixJson;
import org.issa.cyber.stix.store.Collection;
import org.issa.cyber.stix.store.ImportOptions;
import org.issa.cyber.stix.store.Source;
import org.issa.cyber.stix.store.StixStore;
import org.issa.cyber.tlp.Distribution;
import org.issa.cyber.tlp.SharingGroup;
import org.issa.cyber.tlp.TlpMarkings;
import org.issa.cyber.tlp.TlpVersion;
import org.springframework.stereotype.Component;

/**
 * Demo CERT data: the public Poison Ivy bundle (OASIS, BSD-3-Clause) in a partner feed collection,
 * and made-up indicators at every TLP level so that the analyst and the partner see different sets.
 */
@Component
public class DemoCert {

    private static final UUID DEMO_NAMESPACE = UUID.fromString("3c1f0c57-7a4e-4d0b-9d0e-5f8e6b2f1a90");
    private static final String CREATED = "2026-01-15T08:00:00.000Z";

    private final StixStore store;
    private final BundleReader reader;

    public DemoCert(StixStore store, BundleReader reader) {
        this.store = store;
        this.reader = reader;
    }

    public void seed() throws IOException {
        Principal analyst = new Principal("analyst", "FR-MININT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
        Principal supervisor = new Principal("supervisor", "FR-MININT", "FR", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
        SharingGroup eu = store.createSharingGroup(supervisor, "EU CERT network (demo)", "National CERTs of FR, DE and BE",
                Set.of("STATE:FR", "STATE:DE", "STATE:BE"));
        Collection feed = store.createCollection(supervisor, "Partner feed", "Indicators shared with partner CERTs",
                Optional.of("partner-feed"), List.of(new Collection.Grant("ROLE:PARTNER", true, false),
                        new Collection.Grant("ROLE:ANALYST", true, true), new Collection.Grant("ROLE:SUPERVISOR", true, true)));
        try (InputStream in = DemoCert.class.getResourceAsStream("/cyber/stix/poisonivy.json")) {
            if (in == null) {
                throw new IOException("demo bundle /cyber/stix/poisonivy.json is missing");
            }
            store.importBundle(analyst, reader.readBundle(in.readAllBytes()), options(Tlp.GREEN, Distribution.CONNECTED, Set.of(),
                    Optional.empty(), "OASIS cti-stix2-json-schemas poisonivy.json").inCollection(feed.id()));
        }
        String ip = "{\"type\":\"ipv4-addr\",\"spec_version\":\"2.1\",\"value\":\"203.0.113.45\"}";
        String ipId = ObservableId.of(StixJson.read(ip)).orElseThrow();
        indicator(analyst, "Phishing domain imitating a tax refund portal", "[domain-name:value = 'eu-tax-refund.example']",
                Tlp.CLEAR, Distribution.ALL, Set.of(), Optional.empty(), Optional.of(feed.id()));
        indicator(analyst, "Command-and-control server of a banking trojan", "[ipv4-addr:value = '203.0.113.45']",
                Tlp.GREEN, Distribution.CONNECTED, Set.of(), Optional.empty(), Optional.of(feed.id()));
        indicator(analyst, "Ransomware loader seen at a regional hospital",
                "[file:hashes.'SHA-256' = '4b7a0b8c0b6e0a3e5e2d1c9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b']",
                Tlp.AMBER, Distribution.SHARING_GROUP, Set.of(), Optional.of(eu.id()), Optional.empty());
        indicator(analyst, "Compromised VPN account of a ministry (internal)", "[user-account:account_login = 'j.doe.vpn']",
                Tlp.AMBER_STRICT, Distribution.ORGANISATION, Set.of(), Optional.empty(), Optional.empty());
        indicator(analyst, "Spear-phishing sender targeting CERT staff (named recipients)",
                "[email-addr:value = 'helpdesk@cert-update.example']", Tlp.RED, Distribution.CONNECTED, Set.of("USER:partner"),
                Optional.empty(), Optional.empty());
        store.importBundle(analyst, reader.readBundle(bundle(ip.replace("{\"type\"", "{\"id\":\"" + ipId + "\",\"type\""))),
                options(Tlp.GREEN, Distribution.CONNECTED, Set.of(), Optional.empty(), "ISSA demo (synthetic)"));
        // what the advisory desk drafts from: TLP:CLEAR for all communities (its GREEN object stays GREEN, by its own marking)
        try (InputStream in = DemoCert.class.getResourceAsStream("/org/issa/app/cyber/advisory/demo-sources.json")) {
            if (in == null) {
                throw new IOException("demo bundle demo-sources.json is missing");
            }
            store.importBundle(analyst, reader.readBundle(in.readAllBytes()), options(Tlp.CLEAR, Distribution.ALL, Set.of(),
                    Optional.empty(), "ISSA demo advisory sources (synthetic)"));
        }
    }

    private void indicator(Principal who, String name, String pattern, Tlp tlp, Distribution dist, Set<String> rel,
                           Optional<String> group, Optional<String> collection) {
        String id = "indicator--" + ObservableId.uuid5(DEMO_NAMESPACE, name);
        String marking = TlpMarkings.id(tlp, TlpVersion.V2).orElseThrow();
        String json = "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\",\"created\":\"" + CREATED
                + "\",\"modified\":\"" + CREATED + "\",\"name\":" + StixJson.canonical(tools.jackson.databind.node.StringNode.valueOf(name))
                + ",\"description\":\"Synthetic demo indicator; not real threat data.\",\"indicator_types\":[\"malicious-activity\"],"
                + "\"pattern\":" + StixJson.canonical(tools.jackson.databind.node.StringNode.valueOf(pattern))
                + ",\"pattern_type\":\"stix\",\"valid_from\":\"" + CREATED + "\",\"object_marking_refs\":[\"" + marking + "\"]}";
        ImportOptions o = options(tlp, dist, rel, group, "ISSA demo (synthetic)");
        store.importBundle(who, reader.readBundle(bundle(json)), collection.map(o::inCollection).orElse(o));
    }

    private static ImportOptions options(Tlp tlp, Distribution dist, Set<String> rel, Optional<String> group, String source) {
        return new ImportOptions(new Marking(Classification.UNCLASSIFIED, tlp, rel, "FR-MININT", Set.of()), dist, group,
                Source.bundle(source), Optional.empty(), false);
    }

    private static byte[] bundle(String object) {
        return ("{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[" + object + "]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
