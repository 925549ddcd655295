package org.issa.cyber.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * CVSS v3 vectors and scores. The expected base scores are the published ones of FIRST's "CVSS v3.1 Examples"
 * (CVE ids named) and of the CSAF 2.0 specification's examples 55 and 57; none is computed by this code's formulas.
 */
class Cvss3Test {

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource({
            "CVE-2014-6271 Shellshock, CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8, CRITICAL",
            "CVE-2014-0160 Heartbleed, CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N, 7.5, HIGH",
            "CVE-2014-3566 POODLE, CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N, 3.1, LOW",
            "CVE-2013-1937 phpMyAdmin XSS, CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N, 6.1, MEDIUM",
            "CVE-2013-0375 MySQL, CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N, 6.4, MEDIUM",
            "CVE-2012-1516 VMware guest to host, CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H, 9.9, CRITICAL",
            "CVE-2009-0783 Tomcat, CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:L, 4.2, MEDIUM",
            "CVE-2012-0384 Cisco IOS, CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H, 8.8, HIGH",
            "CVE-2015-1098 iWork, CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H, 7.8, HIGH",
            "CVE-2008-1447 DNS cache poisoning, CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:N/I:H/A:N, 6.8, MEDIUM",
            "CVE-2014-2005 Sophos, CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 6.8, MEDIUM",
            "CVE-2010-0467 Joomla, CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N, 5.8, MEDIUM",
            "CSAF 2.0 example 55 first score, CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H, 10.0, CRITICAL",
            "CSAF 2.0 example 55 second score, CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H, 6.5, MEDIUM",
            "no impact, CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N, 0.0, NONE",
            "CVSS 3.0 Shellshock, CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8, CRITICAL",
    })
    void baseScoresAreThePublishedOnes(String example, String vector, double score, String severity) {
        Cvss3 cvss = Cvss3.parse(vector);
        assertThat(cvss.baseScore()).as(example).isEqualTo(score);
        assertThat(Cvss3.severity(cvss.baseScore())).isEqualTo(severity);
        assertThat(cvss.temporalScore()).as("no temporal metric: temporal = base").isEqualTo(score);
    }

    @Test
    void temporalMetricsLowerTheScore() {
        // 9.8 x 0.94 (E:P) x 0.95 (RL:O) x 1 (RC:C) = 8.7514, rounded up to 8.8
        assertThat(Cvss3.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C").temporalScore()).isEqualTo(8.8);
        // 9.8 x 0.91 (E:U) x 0.95 (RL:O) = 8.4721 -> 8.5
        assertThat(Cvss3.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:C").temporalScore()).isEqualTo(8.5);
    }

    @Test
    void theRoundingOfV31AvoidsFloatingPointArtefactsAndV30RoundsUp() {
        assertThat(Cvss3.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").roundUp(4.000000000000001)).isEqualTo(4.0);
        assertThat(Cvss3.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").roundUp(4.02)).isEqualTo(4.1);
        assertThat(Cvss3.parse("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").roundUp(4.000000000000001)).isEqualTo(4.1);
    }

    @Test
    void vectorsOutsideTheGrammarAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Cvss3.parse("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).hasMessageContaining("CVSS:3.1/");
        assertThatThrownBy(() -> Cvss3.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H")).hasMessageContaining("A are missing");
        assertThatThrownBy(() -> Cvss3.parse("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).hasMessageContaining("'X' is not a value of AV");
        assertThatThrownBy(() -> Cvss3.parse("CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).hasMessageContaining("more than once");
        assertThatThrownBy(() -> Cvss3.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/Au:N")).hasMessageContaining("'Au' is not");
        assertThatThrownBy(() -> Cvss3.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/")).hasMessageContaining("NAME:VALUE");
        assertThat(Cvss3.parse("CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N/CR:H").value("CR")).isEqualTo("H");
    }
}
