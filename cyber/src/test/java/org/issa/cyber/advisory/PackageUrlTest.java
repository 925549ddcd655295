package org.issa.cyber.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Package URLs: examples of the purl specification pass; the CSAF 2.0 example 61 and broken forms fail with the reason. */
class PackageUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1?packaging=sources",
            "pkg:npm/%40angular/animation@12.3.1", "pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie",
            "pkg:github/package-url/purl-spec@244fd47e07d1004f0aed9c#everybody/loves/dogs", "pkg:generic/openssl@1.1.10g",
            "pkg:docker/cassandra@sha256:244fd47e07d1004f0aed9c", "pkg:pypi/django@1.11.1", "pkg:golang/google.golang.org/genproto#googleapis/api/annotations",
            "pkg:rpm/fedora/curl@7.50.3-1.fc25?arch=i386&distro=fedora-25"})
    void validPurlsPass(String purl) {
        assertThat(PackageUrl.fault(purl)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pkg:maven/@1.3.4|the name is missing",
            "maven/org.apache/batik@1.9|the scheme must be 'pkg:'",
            "pkg:/|the type is missing",
            "pkg:npm|the name is missing",
            "pkg:3maven/org/batik|not start with a digit",
            "pkg:npm/foo@1.0?arch=x86&ARCH=arm|appears more than once",
            "pkg:npm/foo@1.0?1arch=x86|qualifier key '1arch'",
            "pkg:npm/foo@1.0?arch|key=value",
            "pkg:npm/fo%zzo@1.0|two hexadecimal digits",
            "pkg:npm/foo@1.0%C3|UTF-8"})
    void brokenPurlsFailWithTheReason(String purl, String reason) {
        assertThat(PackageUrl.fault(purl)).hasValueSatisfying(f -> assertThat(f).contains(reason));
    }
}
