package org.issa.cyber.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Tlp;
import org.junit.jupiter.api.Test;

/** Only TLP:CLEAR indicators and incidents are offered for drafting; bundles are parsed with bounds. */
class StixBundleSourcesTest {

    static final String CLEAR_V2 = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";
    static final String WHITE_V1 = "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9";
    static final String GREEN_V2 = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";

    static String object(String type, String uuid, String name, String modified, String... markings) {
        String refs = markings.length == 0 ? "" : ",\"object_marking_refs\":[\"" + String.join("\",\"", markings) + "\"]";
        String extra = type.equals("indicator") ? ",\"pattern\":\"[url:value = 'http://parcel-fee.example/pay']\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-01-01T00:00:00Z\"" : "";
        return "{\"type\":\"" + type + "\",\"spec_version\":\"2.1\",\"id\":\"" + type + "--" + uuid + "\",\"created\":\"2026-01-01T00:00:00Z\","
                + "\"modified\":\"" + modified + "\",\"name\":\"" + name + "\",\"description\":\"about " + name + "\"" + extra + refs
                + ",\"external_references\":[{\"source_name\":\"guide\",\"url\":\"https://www.example.org/" + uuid.substring(0, 4) + "\"}]}";
    }

    static byte[] bundle(String... objects) {
        return ("{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":[" + String.join(",", objects) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void onlyClearItemsAreOfferedAndTheMostRestrictiveMarkingCounts() {
        StixBundleSources s = StixBundleSources.read(bundle(
                object("indicator", "11111111-1111-4111-8111-111111111111", "Parcel fee site", "2026-02-01T00:00:00Z", CLEAR_V2),
                object("incident", "22222222-2222-4222-8222-222222222222", "Router campaign", "2026-02-03T00:00:00Z", WHITE_V1),
                object("indicator", "33333333-3333-4333-8333-333333333333", "Partner-only C2", "2026-02-04T00:00:00Z", GREEN_V2),
                object("indicator", "44444444-4444-4444-8444-444444444444", "Mixed markings", "2026-02-05T00:00:00Z", CLEAR_V2, GREEN_V2),
                object("indicator", "55555555-5555-4555-8555-555555555555", "Unmarked", "2026-02-06T00:00:00Z"),
                object("malware", "66666666-6666-4666-8666-666666666666", "Not a source type", "2026-02-07T00:00:00Z", CLEAR_V2)));
        assertThat(s.offered(Fixtures.ANA, 10)).extracting(SourceItem::name).containsExactly("Router campaign", "Parcel fee site");
        assertThat(s.find(Fixtures.ANA, "indicator--33333333-3333-4333-8333-333333333333")).get().extracting(SourceItem::tlp).isEqualTo(Tlp.GREEN);
        assertThat(s.find(Fixtures.ANA, "indicator--44444444-4444-4444-8444-444444444444")).get().extracting(SourceItem::tlp).isEqualTo(Tlp.GREEN);
        assertThat(s.find(Fixtures.ANA, "indicator--55555555-5555-4555-8555-555555555555")).isEmpty();
        assertThat(s.unmarked()).containsExactly("indicator--55555555-5555-4555-8555-555555555555");
        assertThat(s.offered(Fixtures.ANA, 10).getFirst().references()).containsExactly("https://www.example.org/2222");
        assertThat(s.offered(Fixtures.ANA, 1)).hasSize(1);
    }

    @Test
    void aNewerVersionOfAnObjectReplacesTheOlder() {
        StixBundleSources s = StixBundleSources.read(bundle(
                object("indicator", "11111111-1111-4111-8111-111111111111", "Old name", "2026-02-01T00:00:00Z", CLEAR_V2),
                object("indicator", "11111111-1111-4111-8111-111111111111", "New name", "2026-02-02T00:00:00Z", GREEN_V2)));
        assertThat(s.offered(Fixtures.ANA, 10)).isEmpty();
    }

    @Test
    void hostileOrWrongInputIsRefusedWithAReason() {
        assertThatThrownBy(() -> StixBundleSources.read("{\"type\":\"report\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a STIX bundle");
        assertThatThrownBy(() -> StixBundleSources.read("{\"type\":\"bundle\",\"objects\":[".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a readable STIX bundle");
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> StixBundleSources.read(("{\"type\":\"bundle\",\"objects\":" + deep + "}").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nesting");
    }
}
