package org.issa.cyber.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Object paths in STIX patterns checked against the properties of STIX 2.1 (ObjectPathCheck). */
class ObjectPathCheckTest {

    private static List<PatternFinding> errors(String pattern) {
        return PatternParser.check(pattern).stream().filter(PatternFinding::isError).toList();
    }

    private static List<PatternFinding> warnings(String pattern) {
        return PatternParser.check(pattern).stream().filter(f -> !f.isError()).toList();
    }

    /** Well-formed: no error. */
    static Stream<String> validPatterns() {
        return Stream.of(
                // common properties on every SCO
                "[file:id = 'file--5e2e1e5e-6a4c-5f0c-9a0e-4c1b9b0b0b0b' AND file:type = 'file' AND file:spec_version = '2.1']",
                "[ipv4-addr:defanged = true AND ipv4-addr:object_marking_refs[*] = 'marking-definition--x']",
                "[url:granular_markings[0].selectors[*] = 'value']",
                // one property of each of the 18 types
                "[artifact:mime_type = 'application/zip']", "[autonomous-system:number = 64496]", "[directory:path = '/tmp']",
                "[domain-name:value = 'example.com']", "[email-addr:display_name = 'Jane']", "[email-message:is_multipart = false]",
                "[file:size > 1024]", "[ipv4-addr:value = '198.51.100.7']", "[ipv6-addr:value = '2001:db8::1']",
                "[mac-addr:value = '00:00:5e:00:53:01']", "[mutex:name = 'Global\\\\x']", "[network-traffic:dst_port = 443]",
                "[process:pid = 4]", "[software:vendor = 'Example']", "[url:value = 'http://example.com/']",
                "[user-account:is_privileged = true]", "[windows-registry-key:number_of_subkeys = 2]",
                "[x509-certificate:subject_public_key_exponent = 65537]",
                // sub-structures: hashes, extensions, lists, dictionaries, dereferencing
                "[file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f' OR file:hashes.'SHA-1' = 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3']",
                "[file:hashes.SSDEEP = '3:AXGBicFlgVNhBGcL6wCrFQEv:AXGHsNhxLsr2C' OR file:hashes.TLSH = 'T1A2B3']",
                "[file:extensions.'ntfs-ext'.alternate_data_streams[0].hashes.'SHA-256' = "
                        + "'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
                "[file:extensions.'windows-pebinary-ext'.optional_header.size_of_code > 0]",
                "[file:extensions.'extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e'.anything.goes = 1]",
                "[EXISTS file:extensions.'pdf-ext']",
                "[process:extensions.'windows-process-ext'.startup_info.lpTitle = 'x']",
                "[user-account:extensions.'unix-account-ext'.groups[*] = 'wheel']",
                "[windows-registry-key:values[*].data_type = 'REG_SZ']",
                "[x509-certificate:x509_v3_extensions.key_usage = 'digitalSignature']",
                "[email-message:to_refs[*].value = 'a@example.com' AND email-message:from_ref.belongs_to_ref.account_login = 'a']",
                "[network-traffic:src_ref.value = '198.51.100.7' AND network-traffic:src_ref.type = 'ipv4-addr']",
                "[process:image_ref.parent_directory_ref.path = 'C:\\\\Windows' AND process:parent_ref.pid = 1]",
                "[file:contains_refs[*].anything = 'x']",
                "[email-message:additional_header_fields.'X-Mailer' = 'x']",
                // a custom property (a warning, not an error)
                "[file:x_acme_score = 3]");
    }

    @ParameterizedTest
    @MethodSource("validPatterns")
    void definedPathsGiveNoError(String pattern) {
        assertThat(errors(pattern)).as(pattern).isEmpty();
    }

    /** Each row: a pattern, the character of its first error and the problem named there. */
    static Stream<Arguments> invalidPatterns() {
        return Stream.of(
                Arguments.of("[file:nmae = 'x']", 7, "in file:nmae: 'nmae' is not a property of file in STIX 2.1 "
                        + "(did you mean 'name'?); custom properties start with x_"),
                Arguments.of("[ipv4-addr:address = '198.51.100.7']", 12, "in ipv4-addr:address: 'address' is not a property of "
                        + "ipv4-addr in STIX 2.1; custom properties start with x_"),
                Arguments.of("[file:extensions.'ntfs-ext'.sdi = 'S-1']", 29, "in file:extensions.'ntfs-ext'.sdi: 'sdi' is not a "
                        + "property of ntfs-ext in STIX 2.1 (did you mean 'sid'?); custom properties start with x_"),
                Arguments.of("[process:extensions.'ntfs-ext'.sid = 'S-1']", 21, "in process:extensions.'ntfs-ext'.sid: 'ntfs-ext' "
                        + "is a predefined extension of file, not of process"),
                Arguments.of("[file:name[0] = 'x']", 11, "in file:name[0]: 'name' is not a list, so it takes no list index [0]"),
                Arguments.of("[domain-name:resolves_to_refs.value = '198.51.100.7']", 31, "in domain-name:resolves_to_refs.value: "
                        + "'resolves_to_refs' is a list: select its items with [*] (any) or [n] before .value"),
                Arguments.of("[email-message:from_ref.subject = 'x']", 25, "in email-message:from_ref.subject: 'subject' is not a "
                        + "property of email-addr in STIX 2.1; custom properties start with x_"),
                Arguments.of("[network-traffic:src_ref.port = 80]", 26, "in network-traffic:src_ref.port: 'port' is not a property "
                        + "of ipv4-addr, ipv6-addr, mac-addr or domain-name in STIX 2.1; custom properties start with x_"),
                Arguments.of("[file:size.bytes = 1]", 12, "in file:size.bytes: 'size' holds a number, which has no property 'bytes'"),
                Arguments.of("[file:hashes.MD5.x = 'a']", 18, "in file:hashes.MD5.x: a hash value is a string and has no property "
                        + "or list item 'x'"),
                Arguments.of("[windows-registry-key:values[*].nmae = 'Run']", 33, "in windows-registry-key:values[*].nmae: 'nmae' is "
                        + "not a property of windows-registry-value-type in STIX 2.1 (did you mean 'name'?); custom properties start with x_"));
    }

    @ParameterizedTest
    @MethodSource("invalidPatterns")
    void anUndefinedPathIsAnErrorNamingItAndItsPosition(String pattern, int position, String problem) {
        List<PatternFinding> errors = errors(pattern);
        assertThat(errors).as(pattern).isNotEmpty();
        assertThat(errors.getFirst().problem()).as(pattern).isEqualTo(problem);
        assertThat(errors.getFirst().position()).as(pattern).isEqualTo(position);
    }

    /** Each row: a pattern, the character of its warning and the start of the problem named there. */
    static Stream<Arguments> warnedPatterns() {
        return Stream.of(
                Arguments.of("[file:x_acme_score = 3]", 7, "in file:x_acme_score: 'x_acme_score' is a custom property of file "
                        + "(accepted, not checked)"),
                Arguments.of("[process:name = 'x.exe']", 10, "in process:name: 'name' is a property of process in STIX 2.0 that "
                        + "STIX 2.1 removed or renamed"),
                Arguments.of("[file:created = t'2014-01-13T07:03:17Z']", 7, "in file:created: 'created' is a property of file in "
                        + "STIX 2.0 that STIX 2.1 removed or renamed"),
                Arguments.of("[network-traffic:extensions.'socket-ext'.protocol_family = 'PF_INET']", 42, "in network-traffic:"
                        + "extensions.'socket-ext'.protocol_family: 'protocol_family' is a property of socket-ext in STIX 2.0 that "
                        + "STIX 2.1 removed or renamed; a STIX 2.1 socket-ext does not have it"),
                Arguments.of("[file:hashes.md5 = 'cead3f77f6cda6ec00f57d76c9a6879f']", 14, "in file:hashes.md5: 'md5' is not a "
                        + "hash algorithm of hash-algorithm-ov (written 'MD5' there)"),
                Arguments.of("[file:hashes.'SHA-224' = 'x']", 14, "in file:hashes.'SHA-224': 'SHA-224' is not a hash algorithm of "
                        + "hash-algorithm-ov (MD5, SHA-1, SHA-256, SHA-512, SHA3-256, SHA3-512, SSDEEP, TLSH)"),
                Arguments.of("[file:extensions.'x-acme-ext'.score = 1]", 18, "in file:extensions.'x-acme-ext'.score: 'x-acme-ext' "
                        + "is neither a predefined extension of file nor an extension-definition--<uuid>"));
    }

    @ParameterizedTest
    @MethodSource("warnedPatterns")
    void aCustomOrStix20NameIsAWarning(String pattern, int position, String problem) {
        assertThat(errors(pattern)).as(pattern).isEmpty();
        List<PatternFinding> warnings = warnings(pattern);
        assertThat(warnings).as(pattern).singleElement().satisfies(w -> {
            assertThat(w.problem()).startsWith(problem);
            assertThat(w.position()).isEqualTo(position);
        });
    }

    @Test
    void theDefinedPathsGiveNoWarningEither() {
        assertThat(validPatterns().filter(p -> !p.contains("x_acme")).map(PatternParser::check).flatMap(List::stream)).isEmpty();
    }

    @Test
    void customTypesAreNotLookedInto() {
        assertThat(PatternParser.check("[x-usb-device:anything.at[0].all = 'x']")).singleElement()
                .satisfies(f -> assertThat(f.problem()).contains("accepted as a custom type"));
    }

    @Test
    void everyComparisonIsCheckedAndTheMessageNamesEachPosition() {
        assertThat(errors("[file:nmae = 'a' OR file:naem = 'b'] AND [url:vaule = 'c']"))
                .extracting(PatternFinding::position).containsExactly(7, 26, 47);
    }

    @Test
    void aSyntaxErrorStillComesFirstAndAloneWhenItStopsTheComparison() {
        assertThat(errors("[file:nmae = ]")).singleElement()
                .satisfies(f -> assertThat(f.problem()).startsWith("expected a literal"));
    }
}
