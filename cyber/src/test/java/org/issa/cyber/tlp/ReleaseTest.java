package org.issa.cyber.tlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.cyber.tlp.Recipient.Reach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every TLP level and distribution level against each kind of recipient. */
class ReleaseTest {

    private static final String ORIG = "FR-CERT";

    private static Dissemination of(Tlp tlp, Set<String> rel, Distribution dist) {
        return new Dissemination(new Marking(Classification.UNCLASSIFIED, tlp, rel, ORIG, Set.of()), dist,
                dist == Distribution.SHARING_GROUP
                        ? Optional.of(new SharingGroup("g1", "Benelux CERTs", "", Set.of("STATE:BE", "AGENCY:NL-NCSC")))
                        : Optional.empty());
    }

    private static Recipient to(String org, String state, String user, Reach reach) {
        return new Recipient(org, state, Optional.ofNullable(user), Classification.RESTREINT_UE, reach);
    }

    /** TLP with distribution ALL, so that only the TLP rule and releasability decide. */
    @ParameterizedTest(name = "{0} to {1}/{3} ({4}) -> {5}")
    @CsvSource({
            // tlp, org, state, reach, user, allowed
            "CLEAR, X-ANY, US, PUBLIC, , true",
            "GREEN, DE-BSI, DE, CONNECTED, , true",
            "GREEN, DE-BSI, DE, COMMUNITY, , true",
            "GREEN, X-ANY, US, PUBLIC, , false",
            "AMBER, DE-BSI, DE, CONNECTED, , true",
            "AMBER, X-ANY, US, PUBLIC, , false",
            "AMBER_STRICT, FR-CERT, FR, CONNECTED, , true",
            "AMBER_STRICT, FR-ANSSI, FR, COMMUNITY, , false",
            "AMBER_STRICT, DE-BSI, DE, CONNECTED, , false",
            "RED, FR-CERT, FR, COMMUNITY, , true",
            "RED, DE-BSI, DE, CONNECTED, bob, false",
            "RED, DE-BSI, DE, CONNECTED, alice, true",
            "RED, FR-ANSSI, FR, COMMUNITY, carol, false",
    })
    void tlpLevels(Tlp tlp, String org, String state, Reach reach, String user, boolean allowed) {
        Set<String> rel = tlp == Tlp.RED ? Set.of("USER:alice") : Set.of();
        Release.Decision d = Release.decide(of(tlp, rel, Distribution.ALL), to(org, state, user, reach));
        assertThat(d.allowed()).as(d.reason()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(d.rule()).isEqualTo(tlp == Tlp.RED && rel.isEmpty() ? "tlp" : d.rule());
            assertThat(d.reason()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0} to {1}/{2} ({3}) -> {4}")
    @CsvSource({
            "ORGANISATION, FR-CERT, FR, CONNECTED, true",
            "ORGANISATION, FR-ANSSI, FR, COMMUNITY, false",
            "COMMUNITY, FR-ANSSI, FR, COMMUNITY, true",
            "COMMUNITY, DE-BSI, DE, CONNECTED, false",
            "CONNECTED, DE-BSI, DE, CONNECTED, true",
            "CONNECTED, X-ANY, US, PUBLIC, false",
            "ALL, X-ANY, US, PUBLIC, true",
            "SHARING_GROUP, BE-CERT, BE, CONNECTED, true",
            "SHARING_GROUP, NL-NCSC, NL, CONNECTED, true",
            "SHARING_GROUP, NL-POLICE, NL, COMMUNITY, false",
            "SHARING_GROUP, FR-CERT, FR, CONNECTED, true",
    })
    void distributionLevels(Distribution dist, String org, String state, Reach reach, boolean allowed) {
        Release.Decision d = Release.decide(of(Tlp.CLEAR, Set.of(), dist), to(org, state, null, reach));
        assertThat(d.allowed()).as(d.reason()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(d.rule()).isEqualTo("distribution");
        }
    }

    @Test
    void clearanceAndReleasabilityComeFirst() {
        Dissemination secret = new Dissemination(new Marking(Classification.SECRET_UE, Tlp.CLEAR, Set.of(), ORIG, Set.of()),
                Distribution.ALL, Optional.empty());
        assertThat(Release.decide(secret, to("DE-BSI", "DE", null, Reach.COMMUNITY)).rule()).isEqualTo("classification");
        Dissemination forDe = of(Tlp.GREEN, Set.of("STATE:DE"), Distribution.ALL);
        assertThat(Release.allowed(forDe, to("DE-BSI", "DE", null, Reach.CONNECTED))).isTrue();
        assertThat(Release.decide(forDe, to("NL-NCSC", "NL", null, Reach.CONNECTED)).rule()).isEqualTo("releasability");
    }

    @Test
    void syncDowngradesAsMispDoes() {
        assertThat(Distribution.CONNECTED.afterSync()).isEqualTo(Distribution.COMMUNITY);
        assertThat(Distribution.COMMUNITY.afterSync()).isEqualTo(Distribution.ORGANISATION);
        assertThat(Distribution.ORGANISATION.afterSync()).isEqualTo(Distribution.ORGANISATION);
        assertThat(Distribution.ALL.afterSync()).isEqualTo(Distribution.ALL);
        assertThat(Distribution.SHARING_GROUP.afterSync()).isEqualTo(Distribution.SHARING_GROUP);
        assertThat(Distribution.parse("2")).isEqualTo(Distribution.CONNECTED);
        assertThat(Distribution.parse("sharing-group")).isEqualTo(Distribution.SHARING_GROUP);
    }
}
