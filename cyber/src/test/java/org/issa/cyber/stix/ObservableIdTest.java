package org.issa.cyber.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Deterministic SCO ids. The expected ids are those asserted by the OASIS reference library
 * (oasis-open/cti-python-stix2, stix2/test/v21/test_deterministic_ids.py, BSD-3-Clause):
 * test_id_gen_recursive_dict_conversion_1 and _2; the UUIDv5 vector is Python's uuid.uuid5 example
 * for the DNS namespace and "python.org".
 */
class ObservableIdTest {

    @Test
    void uuid5MatchesTheRfcAlgorithm() {
        assertThat(ObservableId.uuid5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"))
                .hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    }

    @Test
    void fileWithExtensionAndFloatMatchesTheReferenceLibrary() {
        String file = "{\"type\":\"file\",\"spec_version\":\"2.1\",\"id\":\"file--00000000-0000-4000-8000-000000000000\","
                + "\"name\":\"example.exe\",\"size\":68000,\"magic_number_hex\":\"50000000\","
                + "\"hashes\":{\"SHA-256\":\"841a8921140aba50671ebb0770fecc4ee308c4952cfeff8de154ab14eeef4649\"},"
                + "\"extensions\":{\"windows-pebinary-ext\":{\"pe_type\":\"exe\",\"machine_hex\":\"014c\",\"sections\":[{"
                + "\"name\":\".data\",\"size\":4096,\"entropy\":7.980693,"
                + "\"hashes\":{\"SHA-256\":\"6e3b6f3978e5cd96ba7abee35c24e867b7e64072e2ecb22d0ee7a6e6af6894d0\"}}]}}}";
        assertThat(ObservableId.of(StixJson.parse(Fixtures.utf8(file), BundleLimits.DEFAULT)))
                .contains("file--ced31cd4-bdcb-537d-aefa-92d291bfc11d");
    }

    @Test
    void registryKeyValuesMatchTheReferenceLibrary() {
        String key = "{\"type\":\"windows-registry-key\",\"id\":\"windows-registry-key--00000000-0000-4000-8000-000000000000\","
                + "\"values\":[{\"name\":\"Foo\",\"data\":\"qwerty\"},{\"name\":\"Bar\",\"data\":\"42\"}]}";
        assertThat(ObservableId.of(StixJson.parse(Fixtures.utf8(key), BundleLimits.DEFAULT)))
                .contains("windows-registry-key--36594eba-bcc7-5014-9835-0e154264e588");
    }

    @Test
    void onlyOneHashContributesInPreferenceOrderAndOtherPropertiesDoNot() {
        String a = "{\"type\":\"file\",\"hashes\":{\"SHA-256\":\"" + "a".repeat(64) + "\",\"MD5\":\"" + "b".repeat(32) + "\"},\"size\":1}";
        String b = "{\"type\":\"file\",\"hashes\":{\"MD5\":\"" + "b".repeat(32) + "\"},\"size\":2}";
        String c = "{\"type\":\"file\",\"hashes\":{\"SHA-256\":\"" + "a".repeat(64) + "\"}}";
        var idA = ObservableId.of(StixJson.parse(Fixtures.utf8(a), BundleLimits.DEFAULT)).orElseThrow();
        assertThat(ObservableId.of(StixJson.parse(Fixtures.utf8(b), BundleLimits.DEFAULT))).contains(idA);
        assertThat(ObservableId.of(StixJson.parse(Fixtures.utf8(c), BundleLimits.DEFAULT))).isPresent().isNotEqualTo(
                java.util.Optional.of(idA));
        assertThat(UUID.fromString(idA.substring(6)).version()).isEqualTo(5);
    }

    @Test
    void typesWithoutContributingPropertiesHaveNoDeterministicId() {
        assertThat(ObservableId.of(StixJson.parse(Fixtures.utf8("{\"type\":\"process\",\"pid\":4}"), BundleLimits.DEFAULT))).isEmpty();
        assertThat(ObservableId.of(StixJson.parse(Fixtures.utf8("{\"type\":\"x-acme-thing\",\"value\":\"a\"}"), BundleLimits.DEFAULT))).isEmpty();
        assertThat(ObservableId.of(StixJson.parse(Fixtures.utf8("{\"type\":\"email-message\",\"is_multipart\":false}"),
                BundleLimits.DEFAULT))).isEmpty();
    }
}
