package org.issa.cyber.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StixValidatorTest {

    private static final String U1 = "8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f";

    private static List<Issue> validate(String json) {
        return StixValidator.validate(StixJson.parse(Fixtures.utf8(json), BundleLimits.DEFAULT), "objects[0]");
    }

    private static List<Issue> errors(String json) {
        return validate(json).stream().filter(Issue::isError).toList();
    }

    @Test
    void aGoodIndicatorHasNoIssue() {
        assertThat(validate(Fixtures.indicator(U1, "2016-04-06T20:03:48.000Z", "2016-04-06T20:03:48.000Z", ""))).isEmpty();
    }

    /** Each row: a change to a good indicator, the JSON path and the rule the error must name. */
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            "\"id\":\"indicator--" + U1 + "\"|\"id\":\"indicator-" + U1 + "\"|$.id|identifier",
            "\"id\":\"indicator--" + U1 + "\"|\"id\":\"malware--" + U1 + "\"|$.id|identifier-type",
            "\"spec_version\":\"2.1\",|\"spec_version\":\"2.0\",|$.spec_version|spec-version",
            "\"spec_version\":\"2.1\",||$.spec_version|required-property",
            "\"modified\":\"2016-04-06T20:03:48.000Z\"|\"modified\":\"2016-04-05T20:03:48.000Z\"|$.modified|modified-before-created",
            "\"modified\":\"2016-04-06T20:03:48.000Z\"|\"modified\":\"2016-04-06 20:03:48\"|$.modified|timestamp",
            "\"modified\":\"2016-04-06T20:03:48.000Z\"|\"modified\":\"2016-04-06T20:03:48.000+01:00\"|$.modified|timestamp",
            "\"modified\":\"2016-04-06T20:03:48.000Z\"|\"modified\":\"2016-02-30T20:03:48.000Z\"|$.modified|timestamp",
            "\"pattern_type\":\"stix\",||$.pattern_type|required-property",
            "\"name\":\"test\",|\"name\":\"test\",\"created_by_ref\":\"malware--" + U1 + "\",|$.created_by_ref|reference-type",
            "\"name\":\"test\",|\"name\":\"test\",\"object_marking_refs\":[\"tlp-red\"],|$.object_marking_refs[0]|reference",
            "\"name\":\"test\",|\"name\":\"test\",\"confidence\":101,|$.confidence|range",
            "\"name\":\"test\",|\"name\":\"test\",\"valid_until\":\"2016-04-06T20:03:48.000Z\",|$.valid_until|time-order",
            "\"name\":\"test\",|\"name\":\"test\",\"external_references\":[{\"url\":\"https://x\"}],|$.external_references[0].source_name|required-property",
            "\"name\":\"test\",|\"name\":\"test\",\"granular_markings\":[{\"selectors\":[],\"marking_ref\":\"marking-definition--" + U1 + "\"}],|$.granular_markings[0].selectors|required-property",
            "\"name\":\"test\",|\"name\":\"test\",\"extensions\":{\"extension-definition--" + U1 + "\":{\"extension_type\":\"new-thing\"}},|$.extensions['extension-definition--" + U1 + "'].extension_type|extension-type",
            "\"name\":\"test\",|\"name\":\"test\",\"revoked\":\"no\",|$.revoked|type",
    })
    void eachBrokenRuleIsAnErrorNamingThePathAndRule(String from, String to, String path, String rule) {
        String json = Fixtures.indicator(U1, "2016-04-06T20:03:48.000Z", "2016-04-06T20:03:48.000Z", "").replace(from, to == null ? "" : to);
        assertThat(json).isNotEqualTo(Fixtures.indicator(U1, "2016-04-06T20:03:48.000Z", "2016-04-06T20:03:48.000Z", ""));
        assertThat(errors(json)).anySatisfy(i -> {
            assertThat(i.path()).isEqualTo(path);
            assertThat(i.rule()).isEqualTo(rule);
            assertThat(i.message()).isNotBlank();
        });
    }

    @Test
    void errorsNameTheObjectId() {
        String json = Fixtures.indicator(U1, "2016-04-06T20:03:48.000Z", "2016-04-05T20:03:48.000Z", "");
        assertThat(errors(json)).singleElement().satisfies(i -> assertThat(i.objectId()).isEqualTo("indicator--" + U1));
        assertThat(errors("{\"id\":\"x\"}")).singleElement().satisfies(i -> {
            assertThat(i.objectId()).isEqualTo("objects[0]");
            assertThat(i.path()).isEqualTo("$.type");
        });
        assertThat(errors("[1]")).singleElement().satisfies(i -> assertThat(i.rule()).isEqualTo("not-an-object"));
    }

    @Test
    void customObjectsPropertiesAndExtensionsAreKeptWithWarningsOnly() {
        String custom = "{\"type\":\"x-acme-sensor\",\"spec_version\":\"2.1\",\"id\":\"x-acme-sensor--" + U1 + "\","
                + "\"created\":\"2020-01-01T00:00:00.000Z\",\"modified\":\"2020-01-01T00:00:00.000Z\",\"x_acme_zone\":\"dmz\"}";
        assertThat(validate(custom)).isEmpty();
        String withOddNames = Fixtures.indicator(U1, "2016-04-06T20:03:48.000Z", "2016-04-06T20:03:48.000Z",
                ",\"X-Odd\":1,\"extensions\":{\"x-acme-ext\":{\"a\":1},\"extension-definition--" + U1
                        + "\":{\"extension_type\":\"property-extension\",\"rank\":3}}");
        List<Issue> issues = validate(withOddNames);
        assertThat(issues).noneMatch(Issue::isError);
        assertThat(issues).extracting(Issue::rule).containsExactlyInAnyOrder("property-name", "custom-extension");
    }

    @Test
    void relationshipsAndSightingsCheckWhatTheyReferTo() {
        String rel = "{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"relationship--" + U1 + "\","
                + "\"created\":\"2020-01-01T00:00:00.000Z\",\"modified\":\"2020-01-01T00:00:00.000Z\","
                + "\"relationship_type\":\"indicates\",\"source_ref\":\"indicator--" + U1 + "\",\"target_ref\":\"sighting--" + U1 + "\"}";
        assertThat(errors(rel)).extracting(Issue::path).containsExactly("$.target_ref");
        String sighting = "{\"type\":\"sighting\",\"spec_version\":\"2.1\",\"id\":\"sighting--" + U1 + "\","
                + "\"created\":\"2020-01-01T00:00:00.000Z\",\"modified\":\"2020-01-01T00:00:00.000Z\","
                + "\"sighting_of_ref\":\"ipv4-addr--" + U1 + "\",\"where_sighted_refs\":[\"malware--" + U1 + "\"],"
                + "\"count\":-1,\"first_seen\":\"2020-01-02T00:00:00Z\",\"last_seen\":\"2020-01-01T00:00:00Z\"}";
        assertThat(errors(sighting)).extracting(Issue::path)
                .containsExactlyInAnyOrder("$.sighting_of_ref", "$.where_sighted_refs[0]", "$.count", "$.last_seen");
    }

    @Test
    void observablesWithAnotherThanTheDeterministicIdGetAWarning() {
        String ip = "{\"type\":\"ipv4-addr\",\"spec_version\":\"2.1\",\"id\":\"ipv4-addr--" + U1 + "\",\"value\":\"198.51.100.3\"}";
        List<Issue> issues = validate(ip);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.isError()).isFalse();
            assertThat(i.rule()).isEqualTo("deterministic-id");
            assertThat(i.message()).contains("ipv4-addr--");
        });
        String expected = ObservableId.of(StixJson.parse(Fixtures.utf8(ip), BundleLimits.DEFAULT)).orElseThrow();
        assertThat(validate(ip.replace("ipv4-addr--" + U1, expected))).isEmpty();
        assertThat(errors("{\"type\":\"file\",\"id\":\"file--" + U1 + "\",\"hashes\":{\"MD5\":\"xyz\"}}"))
                .extracting(Issue::path).containsExactly("$.hashes['MD5']");
    }

    @Test
    void malwareFamiliesNeedANameAndLocationsAPlace() {
        String malware = "{\"type\":\"malware\",\"spec_version\":\"2.1\",\"id\":\"malware--" + U1 + "\","
                + "\"created\":\"2020-01-01T00:00:00.000Z\",\"modified\":\"2020-01-01T00:00:00.000Z\",\"is_family\":true}";
        assertThat(errors(malware)).extracting(Issue::path).containsExactly("$.name");
        String location = "{\"type\":\"location\",\"spec_version\":\"2.1\",\"id\":\"location--" + U1 + "\","
                + "\"created\":\"2020-01-01T00:00:00.000Z\",\"modified\":\"2020-01-01T00:00:00.000Z\",\"latitude\":95}";
        assertThat(errors(location)).extracting(Issue::path).contains("$.longitude", "$.latitude");
    }

    private static String indicatorWith(String pattern, String patternType) {
        return Fixtures.indicator(U1, "2016-04-06T20:03:48.000Z", "2016-04-06T20:03:48.000Z", "")
                .replace("\"[ipv4-addr:value = '198.51.100.7']\"", StixJson.canonical(tools.jackson.databind.node.StringNode.valueOf(pattern)))
                .replace("\"pattern_type\":\"stix\"", "\"pattern_type\":\"" + patternType + "\"");
    }

    @Test
    void anInvalidStixPatternIsAnErrorSayingWhereAndWhat() {
        assertThat(validate(indicatorWith("[ipv4-addr:value = '198.51.100.7'", "stix"))).singleElement().satisfies(i -> {
            assertThat(i.isError()).isTrue();
            assertThat(i.path()).isEqualTo("$.pattern");
            assertThat(i.rule()).isEqualTo("stix-pattern");
            assertThat(i.message()).isEqualTo("at character 34: expected AND, OR or ']' to close the observation expression "
                    + "opened at character 1, found the end of the pattern");
        });
        assertThat(errors(indicatorWith("[ipv4-addr:value = '198.51.100.7' AND domain-name:value = 'x.example']", "stix")))
                .extracting(Issue::rule).containsExactly("stix-pattern");
    }

    @Test
    void aPatternTestingAnUndefinedPropertyIsAnErrorAndACustomOneAWarning() {
        assertThat(validate(indicatorWith("[file:nmae = 'x']", "stix"))).singleElement().satisfies(i -> {
            assertThat(i.isError()).isTrue();
            assertThat(i.path()).isEqualTo("$.pattern");
            assertThat(i.rule()).isEqualTo("stix-pattern");
            assertThat(i.message()).isEqualTo("at character 7: in file:nmae: 'nmae' is not a property of file in STIX 2.1 "
                    + "(did you mean 'name'?); custom properties start with x_");
        });
        assertThat(validate(indicatorWith("[file:x_score = 1]", "stix"))).singleElement()
                .satisfies(i -> assertThat(i.isError()).isFalse());
        assertThat(validate(indicatorWith("[ipv4-addr:value ISSUBSET '198.51.100.0/24']", "stix"))).isEmpty();
    }

    @Test
    void aPatternValueThatCannotWorkIsAnErrorOnThePattern() {
        assertThat(validate(indicatorWith("[ipv4-addr:value ISSUBSET '198.51.100.0/40']", "stix"))).singleElement().satisfies(i -> {
            assertThat(i.isError()).isTrue();
            assertThat(i.path()).isEqualTo("$.pattern");
            assertThat(i.rule()).isEqualTo("stix-pattern");
            assertThat(i.message()).startsWith("at character 27: in the comparison of ipv4-addr:value: ISSUBSET needs a CIDR block");
        });
    }

    @Test
    void aCustomObjectTypeInAPatternIsAWarning() {
        assertThat(validate(indicatorWith("[x-usb-device:serial_number = '5758']", "stix"))).singleElement().satisfies(i -> {
            assertThat(i.isError()).isFalse();
            assertThat(i.rule()).isEqualTo("stix-pattern");
            assertThat(i.message()).startsWith("at character 2: 'x-usb-device' is not a STIX 2.1 Cyber-observable type");
        });
    }

    @Test
    void otherPatternLanguagesAndVersionsAreNotParsed() {
        for (String type : List.of("pcre", "sigma", "snort", "suricata", "yara")) {
            assertThat(validate(indicatorWith("rule x { condition: true }", type))).as(type).isEmpty();
        }
        String v20 = indicatorWith("[file:name = 'a'] within 5 seconds", "stix").replace("\"valid_from\"", "\"pattern_version\":\"2.0\",\"valid_from\"");
        assertThat(validate(v20)).singleElement().satisfies(i -> {
            assertThat(i.isError()).isFalse();
            assertThat(i.path()).isEqualTo("$.pattern_version");
            assertThat(i.message()).contains("not checked");
        });
        String v21 = v20.replace("\"pattern_version\":\"2.0\"", "\"pattern_version\":\"2.1\"");
        assertThat(errors(v21)).extracting(Issue::rule).containsExactly("stix-pattern");
    }
}
