package org.issa.cyber.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundleReaderTest {

    private final BundleReader reader = new BundleReader(BundleLimits.DEFAULT);

    @Test
    void thePoisonIvyBundleIsValidWithoutErrors() {
        Bundle bundle = reader.readBundle(Fixtures.poisonIvy());
        assertThat(bundle.id()).contains("bundle--ac946f1d-6a0e-4a9d-bc83-3f1f3bfda6ba");
        ValidationReport report = BundleCheck.check(bundle, id -> false);
        assertThat(report.issues()).filteredOn(Issue::isError).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.accepted()).hasSize(155);
        assertThat(report.byType()).containsEntry("relationship", 90).containsEntry("indicator", 25).containsEntry("malware", 25)
                .containsEntry("vulnerability", 6).containsEntry("campaign", 3).containsEntry("attack-pattern", 3)
                .containsEntry("identity", 1).containsEntry("course-of-action", 1).containsEntry("report", 1);
    }

    @Test
    void exportIsLosslessAsCanonicalJson() {
        Bundle bundle = reader.readBundle(Fixtures.poisonIvy());
        List<String> json = BundleCheck.check(bundle, id -> false).accepted().stream().map(StixObject::json).toList();
        byte[] out = BundleWriter.write(bundle.id().orElseThrow(), json);
        assertThat(StixJson.canonical(StixJson.parse(out, BundleLimits.DEFAULT)))
                .isEqualTo(StixJson.canonical(StixJson.parse(Fixtures.poisonIvy(), BundleLimits.DEFAULT)));
    }

    @Test
    void customContentSurvivesTheRoundTrip() {
        String custom = "{\"type\":\"x-acme-sensor\",\"spec_version\":\"2.1\",\"id\":\"x-acme-sensor--6b2d9f5c-2f6e-4b8e-9a4f-1c2d3e4f5a6b\","
                + "\"created\":\"2020-01-01T00:00:00.000Z\",\"modified\":\"2020-01-01T00:00:00.000Z\",\"x_acme\":{\"deep\":[1.10,\"é\",null]},"
                + "\"extensions\":{\"extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e\":{\"extension_type\":\"new-sdo\"}}}";
        Bundle bundle = reader.readBundle(Fixtures.bundle(custom));
        StixObject o = BundleCheck.check(bundle, id -> false).accepted().getFirst();
        assertThat(o.json()).isEqualTo(custom);
    }

    @Test
    void malformedTruncatedAndHostileBundlesAreRefusedAsAWhole() {
        byte[] ivy = Fixtures.poisonIvy();
        assertThatThrownBy(() -> reader.readBundle(Arrays.copyOf(ivy, ivy.length / 2)))
                .isInstanceOf(StixFormatException.class).hasMessageContaining("not well-formed JSON at line");
        assertThatThrownBy(() -> reader.readBundle(Fixtures.utf8("[]"))).hasMessageContaining("not a list");
        assertThatThrownBy(() -> reader.readBundle(Fixtures.utf8("{\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":[]}")))
                .isInstanceOf(StixFormatException.class).hasMessageContaining("\"type\": \"bundle\"");
        assertThatThrownBy(() -> reader.readBundle(Fixtures.utf8("{\"type\":\"bundle\",\"id\":\"bundle-1\"}")))
                .hasMessageContaining("bundle--<UUID>");
        assertThatThrownBy(() -> reader.readBundle(Fixtures.utf8("{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\","
                + "\"spec_version\":\"2.0\",\"objects\":[]}"))).hasMessageContaining("STIX 2.0");
        assertThatThrownBy(() -> reader.readBundle(Fixtures.utf8("{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\","
                + "\"objects\":{}}"))).hasMessageContaining("'objects' must be a list");
        // the upstream TLP 2.0 example is malformed: no "type":"bundle" and a day of 101
        assertThatThrownBy(() -> reader.readBundle(Fixtures.utf8("{\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\","
                + "\"objects\":[{\"type\":\"marking-definition\",\"created\":\"2022-101-27T00:00:00.000Z\"}]}")))
                .isInstanceOf(StixFormatException.class);
        BundleReader small = new BundleReader(new BundleLimits(1_000_000, 3, 16, 1000));
        assertThatThrownBy(() -> small.readBundle(Fixtures.bundle("{}", "{}", "{}", "{}")))
                .hasMessageContaining("4 objects, more than the limit of 3");
        String deep = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
        assertThatThrownBy(() -> small.readBundle(Fixtures.bundle(deep))).hasMessageContaining("limit");
    }

    @Test
    void duplicatesAreSkippedAndConflictingCopiesRefused() {
        String a = Fixtures.indicator("8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "2016-04-06T20:03:48.000Z", "2016-04-06T20:03:48.000Z", "");
        String changed = a.replace("\"name\":\"test\"", "\"name\":\"other\"");
        ValidationReport r = BundleCheck.check(reader.readBundle(Fixtures.bundle(a, a, changed)), id -> false);
        assertThat(r.accepted()).hasSize(1);
        assertThat(r.entries().get(1).duplicate()).isTrue();
        assertThat(r.refused()).singleElement().satisfies(c -> {
            assertThat(c.index()).isEqualTo(2);
            assertThat(c.issues()).anySatisfy(i -> assertThat(i.rule()).isEqualTo("version-conflict"));
        });
    }

    @Test
    void referencesOutsideTheBundleAreWarnedUnlessKnown() {
        String rel = "{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"relationship--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\","
                + "\"created\":\"2020-01-01T00:00:00.000Z\",\"modified\":\"2020-01-01T00:00:00.000Z\",\"relationship_type\":\"uses\","
                + "\"source_ref\":\"malware--591f0cb7-d66f-4e14-a8e6-5927b597f920\",\"target_ref\":\"tool--591f0cb7-d66f-4e14-a8e6-5927b597f921\"}";
        ValidationReport r = BundleCheck.check(reader.readBundle(Fixtures.bundle(rel)),
                id -> id.equals("malware--591f0cb7-d66f-4e14-a8e6-5927b597f920"));
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.rule()).isEqualTo("unresolved-reference");
            assertThat(i.message()).contains("tool--591f0cb7");
        });
        assertThat(r.accepted()).hasSize(1);
    }
}
