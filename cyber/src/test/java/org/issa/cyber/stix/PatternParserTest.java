package org.issa.cyber.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class PatternParserTest {

    private static List<PatternFinding> errors(String pattern) {
        return PatternParser.check(pattern).stream().filter(PatternFinding::isError).toList();
    }

    @Test
    void everyPatternOfThePoisonIvyReportParses() {
        JsonNode bundle = StixJson.parse(Fixtures.poisonIvy(), BundleLimits.DEFAULT);
        List<String> patterns = new ArrayList<>();
        for (JsonNode o : bundle.get("objects")) {
            if (o.get("type").asString().equals("indicator")) {
                patterns.add(o.get("pattern").asString());
            }
        }
        assertThat(patterns).hasSize(25);
        assertThat(patterns).allSatisfy(p -> assertThat(PatternParser.check(p)).as(p).isEmpty());
    }

    /**
     * First the pattern examples of the STIX specification (section 9.9 in 2.1), in their 2.1 form
     * ({@code windows-registry-key}, the extension name quoted), then patterns written for this test
     * to use every operator, literal kind and qualifier of sections 9.2 to 9.7. Pattern text: a
     * backslash inside a string literal is written {@code \\} in the pattern, {@code \\\\} in Java.
     */
    static Stream<String> specificationExamples() {
        return Stream.of(
                "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
                "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND "
                        + "email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']",
                "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f' AND "
                        + "file:mime_type = 'application/x-pdf']",
                "[file:hashes.'SHA-256' = 'bf07a7fbb825fc0aae7bf4a1177b2b31fcf8a3feeaf7092761e18c859ee52a9c' OR "
                        + "file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f'] AND "
                        + "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
                "([file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4'] FOLLOWEDBY "
                        + "[windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar']) WITHIN 300 SECONDS",
                "[user-account:account_type = 'unix' AND user-account:user_id = '1007' AND user-account:account_login = 'Peter'] AND "
                        + "[user-account:account_type = 'unix' AND user-account:user_id = '1008' AND user-account:account_login = 'Paul'] AND "
                        + "[user-account:account_type = 'unix' AND user-account:user_id = '1009' AND user-account:account_login = 'Mary']",
                "[artifact:mime_type = 'application/vnd.tcpdump.pcap' AND "
                        + "artifact:payload_bin MATCHES '\\\\xd4\\\\xc3\\\\xb2\\\\xa1\\\\x02\\\\x00\\\\x04\\\\x00']",
                "[file:name = 'foo.dll' AND file:parent_directory_ref.path = 'C:\\\\Windows\\\\System32']",
                "[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]",
                "[file:mime_type = 'image/bmp' AND file:magic_number_hex = h'ffd8']",
                "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '203.0.113.33/32']",
                "[network-traffic:dst_ref.type = 'domain-name' AND network-traffic:dst_ref.value = 'example.com'] "
                        + "REPEATS 5 TIMES WITHIN 1800 SECONDS",
                "[domain-name:value = 'www.5z8.info' AND domain-name:resolves_to_refs[*].value = '198.51.100.1/32']",
                "[url:value = 'http://example.com/foo' OR url:value = 'http://example.com/bar']",
                "[x509-certificate:issuer = 'CN=WEBMAIL' AND "
                        + "x509-certificate:serial_number = '4c:0b:1d:19:74:86:a7:66:b4:1a:bf:40:27:21:76:28']",
                "[windows-registry-key:key = 'HKEY_CURRENT_USER\\\\Software\\\\CryptoLocker\\\\Files' OR "
                        + "windows-registry-key:key = 'HKEY_CURRENT_USER\\\\Software\\\\Microsoft\\\\CurrentVersion\\\\Run\\\\CryptoLocker_0388']",
                "[(file:name = 'pdf.exe' OR file:size = '371712') AND file:created = t'2014-01-13T07:03:17Z']",
                "[email-message:sender_ref.value = 'jdoe@example.com' AND email-message:subject = 'Conference Info']",
                "[process:command_line MATCHES '^.+>-add GlobalSign.cer -c -s -r localMachine Root$'] FOLLOWEDBY "
                        + "[process:command_line MATCHES '^.+>-add GlobalSign.cer -c -s -r localMachineTrustedPublisher$'] WITHIN 300 SECONDS",
                "[network-traffic:dst_ref.value ISSUBSET '2001:0db8:dead:beef:0000:0000:0000:0000/64']",
                "([file:name = 'foo.dll'] AND [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar']) OR "
                        + "[process:name = 'fooproc' OR process:name = 'procfoo']",
                // written for this test: every operator, literal kind and qualifier
                "[ipv4-addr:value = '198.51.100.1/32' OR ipv4-addr:value = '203.0.113.33/32' OR "
                        + "ipv6-addr:value = '2001:0db8:dead:beef:dead:beef:dead:0001/128']",
                "[domain-name:value = 'example.com'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'",
                "[file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f'] REPEATS 5 TIMES",
                "[file:size IN (1024, 2048, 4096)] AND [file:name NOT IN ('a.exe', 'b.exe')]",
                "[file:name LIKE 'Final%Report_.pdf'] OR [ipv4-addr:value NOT ISSUPERSET '198.51.100.0/24']",
                "[file:size != 0 AND file:size <= 1024 AND file:size >= -1 AND file:size < +4096 AND file:size <> 7]",
                "[process:is_hidden = true OR process:is_hidden == false]",
                "[artifact:payload_bin = b'dGhpcyBpcyBhIHRlc3Q=' OR artifact:payload_bin = b'YWI=']",
                "[file:name = 'it\\'s here']",
                "[EXISTS windows-registry-key:values]",
                "[network-traffic:extensions.'http-request-ext'.request_header.'Accept-Encoding' = 'gzip' AND "
                        + "network-traffic:protocols[0] = 'tcp' AND network-traffic:protocols[-1] = 'http']",
                "[file:name = 'a'] WITHIN 0.5 SECONDS",
                "( [(network-traffic:dst_port IN(443,6443,8443) AND network-traffic:src_packets != 0) ])",
                "[domain-name:value = 'x.example'] /* a comment */ OR [url:value = 'http://x.example/'] // to the end");
    }

    @ParameterizedTest
    @MethodSource("specificationExamples")
    void theSpecificationsExamplesParse(String pattern) {
        assertThat(errors(pattern)).isEmpty();
    }

    /** Two examples of the specification still use STIX 2.0 properties (process name, file created): warnings. */
    @Test
    void theSpecificationsExamplesWarnOnlyAboutStix20Properties() {
        assertThat(specificationExamples().map(PatternParser::check).flatMap(List::stream))
                .allSatisfy(f -> assertThat(f.isError()).isFalse())
                .extracting(PatternFinding::problem)
                .containsExactly("in file:created: 'created' is a property of file in STIX 2.0 that STIX 2.1 removed or renamed; "
                                + "a STIX 2.1 file does not have it, so this comparison will not match",
                        "in process:name: 'name' is a property of process in STIX 2.0 that STIX 2.1 removed or renamed; "
                                + "a STIX 2.1 process does not have it, so this comparison will not match",
                        "in process:name: 'name' is a property of process in STIX 2.0 that STIX 2.1 removed or renamed; "
                                + "a STIX 2.1 process does not have it, so this comparison will not match");
    }

    @Test
    void aCustomObjectTypeIsAWarningAndAnSdoTypeAnError() {
        assertThat(PatternParser.check("[x-usb-device:usbdrive.serial_number = '575833314133343231313937']"))
                .singleElement().satisfies(f -> {
                    assertThat(f.isError()).isFalse();
                    assertThat(f.message()).isEqualTo("at character 2: 'x-usb-device' is not a STIX 2.1 Cyber-observable type "
                            + "(accepted as a custom type)");
                });
    }

    /** Each row: a pattern, the character of its first error and the problem named there. */
    static Stream<Arguments> invalidPatterns() {
        String literal = "a literal ('string', number, true, false, t'…', b'…' or h'…')";
        return Stream.of(
                Arguments.of("file:size = 1280", 1, "expected '[' to open an observation expression, found 'file'"),
                Arguments.of("[file:size = ]", 14, "expected " + literal + ", found ']'"),
                Arguments.of("[file:hashes.MD5 = cead3f77f6cda6ec00f57d76c9a6879f]", 20,
                        "expected " + literal + ", found 'cead3f77f6cda6ec00f57d76c9a6879f'"),
                Arguments.of("[file.size = 1280]", 6, "expected ':' between the object type and the property, as in file:name, found '.'"),
                Arguments.of("[file:name foo 'a']", 12, "expected a comparison operator, found 'foo'"),
                Arguments.of("[file:name MATCHES /.*\\.dll/]", 20, "unexpected character '/'"),
                Arguments.of("[file:hashes.MD5 =? 'x']", 19, "unexpected character '?'"),
                Arguments.of("[file:name = 'a'] WITHIN 5 HOURS", 28, "expected SECONDS after WITHIN 5, found 'HOURS'"),
                Arguments.of("[file:name = 'a'] WITHIN -5 SECONDS", 26, "WITHIN needs a positive number of seconds, not -5"),
                Arguments.of("[file:name = 'a'] REPEATS 0 TIMES", 27, "REPEATS needs a positive number of times, not 0"),
                Arguments.of("[file:name = 'a'] REPEATS 2.5 TIMES", 27, "expected a whole number of times after REPEATS, found '2.5'"),
                Arguments.of("[file:name = 'a'] within 2 seconds", 19, "expected AND, OR, FOLLOWEDBY, a qualifier (WITHIN, REPEATS, "
                        + "START) or the end of the pattern, found 'within' (keywords are written in upper case: WITHIN)"),
                Arguments.of("[file:created = t'2016-02-30T00:00:00Z']", 17,
                        "t'2016-02-30T00:00:00Z' is not a STIX timestamp: use t'YYYY-MM-DDTHH:mm:ss[.s+]Z', a real date and time in UTC"),
                Arguments.of("[artifact:payload_bin = b'====']", 25,
                        "b'====' is not base64 (A-Z a-z 0-9 + /, in groups of four characters, padded with '=')"),
                Arguments.of("[file:magic_number_hex = h'fff']", 26, "h'fff' is not hexadecimal bytes (pairs of 0-9, a-f)"),
                Arguments.of("[file:name = 'C:\\Windows']", 17,
                        "in a string literal a backslash must be followed by ' or \\ (write \\\\ for a backslash)"),
                Arguments.of("[file:name = 'unclosed]", 14, "the string literal is not closed with '"),
                Arguments.of("[file:extensions.windows-pebinary-ext.sections[*].entropy > 7.0]", 18,
                        "the property name windows-pebinary-ext contains '-' and must be quoted: 'windows-pebinary-ext'"),
                Arguments.of("[network-traffic:src_port = 37020 AND user-account:user_id = 'root']", 39,
                        "'user-account' is joined by AND with 'network-traffic' (character 2): comparisons joined by AND in one "
                                + "observation expression must all test the same object type"),
                Arguments.of("[(file:name = 'a' AND file:size = 1) AND process:pid = 1]", 42,
                        "'process' is joined by AND with 'file' (character 3): comparisons joined by AND in one "
                                + "observation expression must all test the same object type"),
                Arguments.of("[file:name = 'a' AND process:pid = 1 OR process:name = 'x']", 22,
                        "'process' is joined by AND with 'file' (character 2): comparisons joined by AND in one "
                                + "observation expression must all test the same object type"),
                Arguments.of("[file:name = 'a' AND (file:size = 1 OR process:pid = 1)]", 40,
                        "'process' is joined by AND with 'file' (character 2): comparisons joined by AND in one "
                                + "observation expression must all test the same object type"),
                Arguments.of("[file:name = 'a'] START t'2016-06-01T02:00:00Z' STOP t'2016-06-01T01:00:00Z'", 54,
                        "STOP t'2016-06-01T01:00:00Z' must be later than START t'2016-06-01T02:00:00Z'"),
                Arguments.of("[file:name = 'a'] START '2016-06-01' STOP t'2016-06-01T01:00:00Z'", 25,
                        "after START '2016-06-01' is not a STIX timestamp: use YYYY-MM-DDTHH:mm:ss[.s+]Z in UTC with 'Z'"),
                Arguments.of("[indicator:name = 'x']", 2,
                        "'indicator' is a STIX Domain Object type; patterns test Cyber-observable Objects (file, ipv4-addr, url, …)"),
                Arguments.of("[x_whatever:detected = t'2018-03-22T12:11:14.1Z']", 2,
                        "'x_whatever' is not a valid object type (3 to 250 characters a-z, 0-9 and '-')"),
                Arguments.of("[file:name = 'a'", 17, "expected AND, OR or ']' to close the observation expression opened at "
                        + "character 1, found the end of the pattern"),
                Arguments.of("[file:name = 'a'] AND", 22, "expected '[' to open an observation expression, found the end of the pattern"),
                Arguments.of("[file:size IN 1024]", 15, "expected '(' to open the set of values after IN, found '1024'"),
                Arguments.of("[file:size > true]", 14, "expected a literal that can be ordered (not true or false), found 'true'"),
                Arguments.of("[file:size = 007]", 14, "the integer '007' must not start with 0"),
                Arguments.of("[file:name = '\uD83D\uDE00' OR file:size = x]", 33, "expected " + literal + ", found 'x'"));
    }

    @ParameterizedTest
    @MethodSource("invalidPatterns")
    void anInvalidPatternFailsAtTheRightCharacterSayingWhatWasExpected(String pattern, int position, String problem) {
        List<PatternFinding> errors = errors(pattern);
        assertThat(errors).as(pattern).isNotEmpty();
        assertThat(errors.getFirst().position()).as(pattern).isEqualTo(position);
        assertThat(errors.getFirst().problem()).isEqualTo(problem);
        assertThat(errors.getFirst().message()).isEqualTo("at character " + position + ": " + problem);
    }

    @Test
    void precedenceBindsAndTighterThanOr() {
        assertThat(errors("[file:name = 'a' OR process:pid = 1 AND process:name = 'x']")).isEmpty();
        assertThat(errors("[file:name = 'a' AND process:pid = 1 OR process:name = 'x']")).isNotEmpty();
    }

    @Test
    void everyRuleBreachIsReportedNotOnlyTheFirst() {
        assertThat(errors("[file:name = 'a' AND process:pid = 1] WITHIN 0 SECONDS REPEATS 0 TIMES"))
                .extracting(PatternFinding::position).containsExactly(22, 46, 64);
    }

    @Test
    void findingsAreBoundedAndEachObjectTypeIsJudgedOnce() {
        String customs = String.join(" OR ", java.util.Collections.nCopies(1_000, "[x-usb-device:serial = '1']"));
        assertThat(PatternParser.check(customs)).singleElement().satisfies(f -> assertThat(f.position()).isEqualTo(2));
        StringBuilder mixed = new StringBuilder("[file:name = 'a'");
        for (int i = 0; i < 100; i++) {
            mixed.append(" AND x-type-").append(i).append(":p = 1");
        }
        List<PatternFinding> found = PatternParser.check(mixed.append("] WITHIN SECONDS").toString());
        assertThat(found).hasSize(PatternParser.MAX_FINDINGS + 1);
        assertThat(found.getLast().problem()).isEqualTo("expected a number of seconds after WITHIN, found 'SECONDS'");
    }

    @Test
    void deepNestingIsRefusedWithAClearErrorNotAStackOverflow() {
        String observations = "(".repeat(100_000) + "[file:name = 'a']" + ")".repeat(100_000);
        assertThat(errors(observations)).singleElement().satisfies(f ->
                assertThat(f.message()).isEqualTo("at character 65: parentheses and brackets nest deeper than 64 levels"));
        String comparisons = "[" + "(".repeat(100_000) + "file:name = 'a'" + ")".repeat(100_000) + "]";
        assertThat(errors(comparisons)).singleElement().satisfies(f -> assertThat(f.position()).isEqualTo(65));
        int allowed = PatternParser.MAX_DEPTH - 1;
        assertThat(PatternParser.check("(".repeat(allowed) + "[file:name = 'a']" + ")".repeat(allowed))).isEmpty();
    }

    @Test
    void longInputIsReadWithoutTrouble() {
        String many = String.join(" OR ", java.util.Collections.nCopies(20_000, "[ipv4-addr:value = '198.51.100.7']"));
        assertThat(PatternParser.check(many)).isEmpty();
        assertThat(PatternParser.check("[file:name = '" + "x".repeat(1_000_000) + "'")).singleElement()
                .satisfies(f -> assertThat(f.problem()).endsWith("found the end of the pattern"));
    }
}
