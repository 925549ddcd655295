package org.issa.cyber.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.marking.Marking;
import org.junit.jupiter.api.Test;

/** Statistics on a set of referrals whose figures are worked out by hand. */
class ReferralStatisticsTest {

    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");

    private static Referral referral(String provider, String category, ReferralStatus status, Integer hoursToResolve) {
        Optional<Instant> sent = status == ReferralStatus.DRAFTED ? Optional.empty() : Optional.of(T0);
        Optional<Instant> resolved = hoursToResolve == null ? Optional.empty() : Optional.of(T0.plus(Duration.ofHours(hoursToResolve)));
        return new Referral(java.util.UUID.randomUUID().toString(), "REF", provider, "Provider " + provider, "https://x.example/1",
                category, "CONTENT_TYPE_TEXT", "Art. 1", "FR", "why", 72, status, "ana", T0, Optional.empty(), Optional.empty(), sent,
                Optional.empty(), resolved, List.of(), "", Marking.unclassified("FR-CERT"));
    }

    @Test
    void countsMediansPercentilesAndRefusalRatesAreExact() {
        String scam = "STATEMENT_CATEGORY_SCAMS_AND_FRAUD";
        String minors = "STATEMENT_CATEGORY_PROTECTION_OF_MINORS";
        List<Referral> rs = new ArrayList<>();
        // provider A: removals after 1, 2, 3, 4, 10 hours (median 3, p90 = rank ceil(4.5)=5 -> 10); one refusal; one open
        for (int h : new int[] {4, 1, 10, 3, 2}) {
            rs.add(referral("A", scam, ReferralStatus.REMOVED, h));
        }
        rs.add(referral("A", scam, ReferralStatus.REFUSED, 5));
        rs.add(referral("A", minors, ReferralStatus.SENT, null));
        // provider B: disabled after 6 and 8 hours (median 7, p90 = rank ceil(1.8)=2 -> 8); two refusals; one without response; a draft
        rs.add(referral("B", minors, ReferralStatus.ACCESS_DISABLED, 6));
        rs.add(referral("B", minors, ReferralStatus.ACCESS_DISABLED, 8));
        rs.add(referral("B", minors, ReferralStatus.REFUSED, 30));
        rs.add(referral("B", scam, ReferralStatus.REFUSED, 40));
        rs.add(referral("B", scam, ReferralStatus.NO_RESPONSE, 100));
        rs.add(referral("B", scam, ReferralStatus.DRAFTED, null));

        var byProvider = ReferralStatistics.byProvider(rs);
        assertThat(byProvider).extracting(ReferralStatistics.Row::key).containsExactly("A", "B");
        ReferralStatistics.Row a = byProvider.get(0);
        assertThat(a.total()).isEqualTo(7);
        assertThat(a.sent()).isEqualTo(7);
        assertThat(a.open()).isEqualTo(1);
        assertThat(a.takenDown()).isEqualTo(5);
        assertThat(a.refused()).isEqualTo(1);
        assertThat(a.medianHours()).contains(3.0);
        assertThat(a.p90Hours()).contains(10.0);
        assertThat(a.refusalRate().orElseThrow()).isCloseTo(1.0 / 6, within(1e-9));
        ReferralStatistics.Row b = byProvider.get(1);
        assertThat(b.total()).isEqualTo(6);
        assertThat(b.sent()).isEqualTo(5);
        assertThat(b.takenDown()).isEqualTo(2);
        assertThat(b.refused()).isEqualTo(2);
        assertThat(b.noResponse()).isEqualTo(1);
        assertThat(b.medianHours()).contains(7.0);
        assertThat(b.p90Hours()).contains(8.0);
        assertThat(b.refusalRate()).contains(0.5);

        var byCategory = ReferralStatistics.byCategory(rs, DsaVocabulary.builtIn());
        ReferralStatistics.Row scams = byCategory.stream().filter(r -> r.key().equals(scam)).findFirst().orElseThrow();
        assertThat(scams.label()).isEqualTo("Scams and/or fraud");
        assertThat(scams.total()).isEqualTo(9);
        assertThat(scams.medianHours()).contains(3.0);
        assertThat(scams.refusalRate().orElseThrow()).isCloseTo(2.0 / 7, within(1e-9));
        ReferralStatistics.Row minorsRow = byCategory.stream().filter(r -> r.key().equals(minors)).findFirst().orElseThrow();
        assertThat(minorsRow.total()).isEqualTo(4);
        assertThat(minorsRow.medianHours()).contains(7.0);
        assertThat(minorsRow.refusalRate().orElseThrow()).isCloseTo(1.0 / 3, within(1e-9));

        ReferralStatistics.Row all = ReferralStatistics.overall(rs);
        assertThat(all.total()).isEqualTo(13);
        // seven removals: 1 2 3 4 6 8 10 -> median 4, p90 rank ceil(6.3)=7 -> 10
        assertThat(all.medianHours()).contains(4.0);
        assertThat(all.p90Hours()).contains(10.0);
    }

    @Test
    void percentilesFollowTheNearestRankDefinition() {
        assertThat(ReferralStatistics.median(List.of())).isEmpty();
        assertThat(ReferralStatistics.median(List.of(2.0, 4.0))).contains(3.0);
        assertThat(ReferralStatistics.percentile(List.of(1.0), 90)).contains(1.0);
        List<Double> ten = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(ReferralStatistics.percentile(ten, 90)).contains(9.0);
        assertThat(ReferralStatistics.percentile(ten, 50)).contains(5.0);
        assertThat(ReferralStatistics.overall(List.of()).refusalRate()).isEmpty();
        assertThat(Set.of(ReferralStatus.values())).hasSize(7);
    }
}
