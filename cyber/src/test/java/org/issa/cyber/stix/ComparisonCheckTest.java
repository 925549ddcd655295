package org.issa.cyber.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Values in STIX patterns checked against their operator and property (ComparisonCheck). */
class ComparisonCheckTest {

    private static List<PatternFinding> errors(String pattern) {
        return PatternParser.check(pattern).stream().filter(PatternFinding::isError).toList();
    }

    private static List<PatternFinding> warnings(String pattern) {
        return PatternParser.check(pattern).stream().filter(f -> !f.isError()).toList();
    }

    /** Well-formed: no error. */
    static Stream<String> validPatterns() {
        return Stream.of(
                "[file:name MATCHES '^(?<stem>[a-z]+)\\\\.exe$']",
                "[ipv4-addr:value ISSUBSET '198.51.100.0/24' AND ipv4-addr:value NOT ISSUPERSET '0.0.0.0/0']",
                "[ipv6-addr:value ISSUBSET '2001:db8::/32' OR ipv6-addr:value ISSUBSET '::ffff:192.0.2.1/128' "
                        + "OR ipv6-addr:value ISSUBSET '2001:0db8:dead:beef:0000:0000:0000:0000/64' OR ipv6-addr:value ISSUBSET '::/0']",
                "[network-traffic:start > t'2016-06-01T00:00:00Z' AND network-traffic:end IN (t'2016-06-01T00:00:00Z')]",
                "[file:name LIKE 'report%.pdf']");
    }

    @ParameterizedTest
    @MethodSource("validPatterns")
    void wellFormedValuesGiveNoError(String pattern) {
        assertThat(errors(pattern)).as(pattern).isEmpty();
    }

    /** Each row: a pattern, the character of its first error and the problem named there. */
    static Stream<Arguments> invalidPatterns() {
        return Stream.of(
                Arguments.of("[file:name MATCHES '^(unclosed']", 20, "in the comparison of file:name: MATCHES '^(unclosed' is not a "
                        + "valid regular expression: Unclosed group at character 11 of the expression (checked with Java's engine, "
                        + "java.util.regex; STIX specifies PCRE)"),
                Arguments.of("[file:name MATCHES '*.exe']", 20, "in the comparison of file:name: MATCHES '*.exe' is not a valid "
                        + "regular expression: Dangling meta character '*' at character 1 of the expression (checked with Java's "
                        + "engine, java.util.regex; STIX specifies PCRE)"),
                Arguments.of("[ipv4-addr:value ISSUBSET '198.51.100.7']", 27, "in the comparison of ipv4-addr:value: ISSUBSET needs a "
                        + "CIDR block such as '198.51.100.0/24' or '2001:db8::/32'; '198.51.100.7' has no prefix length (/n)"),
                Arguments.of("[ipv4-addr:value ISSUBSET '198.51.100.0/33']", 27, "in the comparison of ipv4-addr:value: ISSUBSET needs "
                        + "a CIDR block such as '198.51.100.0/24' or '2001:db8::/32'; '198.51.100.0/33' has the prefix length /33; "
                        + "an IPv4 prefix is 0 to 32"),
                Arguments.of("[ipv4-addr:value ISSUPERSET '198.51.300.0/24']", 29, "in the comparison of ipv4-addr:value: ISSUPERSET "
                        + "needs a CIDR block such as '198.51.100.0/24' or '2001:db8::/32'; '198.51.300.0/24' is not an IPv4 "
                        + "address followed by /n"),
                Arguments.of("[ipv6-addr:value ISSUBSET '2001:db8::1::/64']", 27, "in the comparison of ipv6-addr:value: ISSUBSET needs "
                        + "a CIDR block such as '198.51.100.0/24' or '2001:db8::/32'; '2001:db8::1::/64' is not an IPv6 address "
                        + "followed by /n"),
                Arguments.of("[ipv6-addr:value ISSUBSET '2001:db8::/129']", 27, "in the comparison of ipv6-addr:value: ISSUBSET needs "
                        + "a CIDR block such as '198.51.100.0/24' or '2001:db8::/32'; '2001:db8::/129' has the prefix length /129; "
                        + "an IPv6 prefix is 0 to 128"),
                Arguments.of("[network-traffic:start > '2016-06-01']", 26, "in the comparison of network-traffic:start: start is a "
                        + "timestamp, so the value must be a timestamp literal t'YYYY-MM-DDTHH:mm:ss[.s+]Z', not '2016-06-01'"),
                Arguments.of("[file:mtime = 1464739200]", 15, "in the comparison of file:mtime: mtime is a timestamp, so the value "
                        + "must be a timestamp literal t'YYYY-MM-DDTHH:mm:ss[.s+]Z', not 1464739200"),
                Arguments.of("[x509-certificate:validity_not_after IN (t'2030-01-01T00:00:00Z', 'soon')]", 67, "in the comparison of "
                        + "x509-certificate:validity_not_after: validity_not_after is a timestamp, so the value must be a "
                        + "timestamp literal t'YYYY-MM-DDTHH:mm:ss[.s+]Z', not 'soon'"));
    }

    @ParameterizedTest
    @MethodSource("invalidPatterns")
    void aMalformedValueIsAnErrorNamingItAndItsPosition(String pattern, int position, String problem) {
        List<PatternFinding> errors = errors(pattern);
        assertThat(errors).as(pattern).isNotEmpty();
        assertThat(errors.getFirst().problem()).as(pattern).isEqualTo(problem);
        assertThat(errors.getFirst().position()).as(pattern).isEqualTo(position);
    }

    /** Each row: a pattern, the character of its warning and the start of the problem named there. */
    static Stream<Arguments> warnedPatterns() {
        return Stream.of(
                Arguments.of("[file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879']", 20, "in the comparison of file:hashes.MD5: "
                        + "a MD5 hash is 32 hexadecimal digits; 'cead3f77f6cda6ec00f57d76c9a6879' has 31 characters, so it cannot match"),
                Arguments.of("[file:hashes.'SHA-256' IN ('zz')]", 28, "in the comparison of file:hashes.'SHA-256': a SHA-256 hash is "
                        + "64 hexadecimal digits; 'zz' has 2 characters, not all of them 0-9 or a-f, so it cannot match"),
                Arguments.of("[network-traffic:start > '2016-06-01T00:00:00Z']", 26, "in the comparison of network-traffic:start: "
                        + "start is a timestamp: write '2016-06-01T00:00:00Z' as t'2016-06-01T00:00:00Z'"),
                Arguments.of("[file:name MATCHES '(?P<stem>[a-z]+)\\\\.exe']", 20, "in the comparison of file:name: MATCHES "
                        + "'(?P<stem>[a-z]+)\\\\.exe' uses PCRE syntax that Java's regular-expression engine (java.util.regex, used "
                        + "for this check) does not support"),
                Arguments.of("[file:name MATCHES '" + "(".repeat(101) + "a" + ")".repeat(101) + "']", 20,
                        "in the comparison of file:name: MATCHES '" + "(".repeat(79) + "… was not checked: longer than 10000 "
                                + "characters or nested deeper than 100 groups"));
    }

    @ParameterizedTest
    @MethodSource("warnedPatterns")
    void aSuspectValueIsAWarning(String pattern, int position, String problem) {
        assertThat(errors(pattern)).as(pattern).isEmpty();
        List<PatternFinding> warnings = warnings(pattern);
        assertThat(warnings).as(pattern).singleElement().satisfies(w -> {
            assertThat(w.problem()).startsWith(problem);
            assertThat(w.position()).isEqualTo(position);
        });
    }

    @Test
    void theWellFormedValuesGiveNoWarningEither() {
        assertThat(validPatterns().map(PatternParser::check).flatMap(List::stream)).isEmpty();
    }

    @Test
    void likeTakesAStringAndIsNotJudgedFurther() {
        assertThat(PatternParser.check("[file:mtime LIKE '2016%']")).isEmpty();
        assertThat(errors("[file:name LIKE 5]")).singleElement()
                .satisfies(f -> assertThat(f.problem()).isEqualTo("expected a string literal '…' after LIKE, found '5'"));
    }

    @Test
    void cidrBlocksOfBothFamiliesWithTheirPrefixRanges() {
        assertThat(List.of("10.0.0.0/8", "0.0.0.0/0", "198.51.100.7/32", "::/0", "2001:db8::/32", "1:2:3:4:5:6:7:8/128",
                "::ffff:192.0.2.1/96", "fe80::/10")).allSatisfy(c -> assertThat(ComparisonCheck.cidrProblem(c)).as(c).isEmpty());
        assertThat(List.of("10.0.0.0", "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/33", "010.0.0.0/8", "10.0.0/8", "1:2:3:4:5:6:7:8:9/64",
                "1:2:3:4:5:6:7::8/64", "1::2::3/64", "fe80::1%eth0/64", "12345::/16", "::/129", "example.com/24"))
                .allSatisfy(c -> assertThat(ComparisonCheck.cidrProblem(c)).as(c).isPresent());
    }
}
