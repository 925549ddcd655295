package org.issa.cyber.referral;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Statistics over referrals, per provider or per DSA category. Time to removal runs from sending to
 * removal or disabling, in hours. The median is the middle value (the mean of the two middle ones for
 * an even count); p90 is the nearest-rank 90th percentile (the value at rank ⌈0.9·n⌉). The refusal
 * rate is refusals among the referrals the provider decided on (removed, disabled or refused);
 * referrals left without response are counted apart.
 */
public final class ReferralStatistics {

    private ReferralStatistics() {
    }

    /** One row: a provider or a category. Times in hours; empty when nothing was taken down. */
    public record Row(String key, String label, int total, int sent, int open, int takenDown, int refused, int noResponse,
                      Optional<Double> medianHours, Optional<Double> p90Hours, Optional<Double> refusalRate) {
    }

    public static List<Row> byProvider(List<Referral> referrals) {
        return rows(referrals, Referral::providerId, Referral::providerName);
    }

    public static List<Row> byCategory(List<Referral> referrals, DsaVocabulary vocabulary) {
        return rows(referrals, Referral::category, r -> vocabulary.label(r.category()));
    }

    /** All referrals as one row. */
    public static Row overall(List<Referral> referrals) {
        return row("ALL", "All referrals", referrals);
    }

    private static List<Row> rows(List<Referral> referrals, Function<Referral, String> key, Function<Referral, String> label) {
        Map<String, List<Referral>> groups = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Referral r : referrals) {
            groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
            labels.putIfAbsent(key.apply(r), label.apply(r));
        }
        List<Row> out = new ArrayList<>();
        groups.forEach((k, rs) -> out.add(row(k, labels.get(k), rs)));
        out.sort(Comparator.comparing(Row::total).reversed().thenComparing(Row::label));
        return out;
    }

    private static Row row(String key, String label, List<Referral> rs) {
        int sent = 0;
        int open = 0;
        int down = 0;
        int refused = 0;
        int none = 0;
        List<Double> hours = new ArrayList<>();
        for (Referral r : rs) {
            if (r.sentAt().isPresent()) {
                sent++;
            }
            if (r.status().awaitingProvider()) {
                open++;
            }
            if (r.status().takenDown()) {
                down++;
            }
            if (r.status() == ReferralStatus.REFUSED) {
                refused++;
            }
            if (r.status() == ReferralStatus.NO_RESPONSE) {
                none++;
            }
            r.timeToRemoval().map(ReferralStatistics::hours).ifPresent(hours::add);
        }
        hours.sort(Comparator.naturalOrder());
        int decided = down + refused;
        return new Row(key, label, rs.size(), sent, open, down, refused, none, median(hours), percentile(hours, 90),
                decided == 0 ? Optional.empty() : Optional.of((double) refused / decided));
    }

    static double hours(Duration d) {
        return d.getSeconds() / 3600.0;
    }

    /** The median of sorted values. */
    static Optional<Double> median(List<Double> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return Optional.empty();
        }
        return Optional.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }

    /** The nearest-rank percentile of sorted values. */
    static Optional<Double> percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(rank, 1) - 1));
    }
}
