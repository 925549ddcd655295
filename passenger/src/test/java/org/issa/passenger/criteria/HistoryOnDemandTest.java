package org.issa.passenger.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.issa.passenger.bench.BenchCriteria;
import org.issa.passenger.pnr.Passenger;
import org.issa.rules.CompiledRule;
import org.issa.rules.RuleCompiler;
import org.issa.rules.Verdict;
import org.junit.jupiter.api.Test;

/**
 * History looked up on demand gives the verdicts of facts built with the history from the start, for every criterion
 * of the bench set (history-reading or not), with far fewer lookups; and the criteria pre-selected by what they require
 * ({@link CriteriaEvaluator#indexed}) hit exactly the passengers that evaluating every criterion hits.
 */
class HistoryOnDemandTest {

    @Test
    void sameVerdictsAsEagerHistoryWithFewerLookups() {
        RuleCompiler compiler = new RuleCompiler(CriteriaModel.MODEL);
        List<CompiledRule> rules = BenchCriteria.drafts(100, "o", LocalDate.of(2026, 12, 1)).stream()
                .map(d -> compiler.compile(d.expression()).orThrow()).toList();
        AtomicInteger lookups = new AtomicInteger();
        TravelHistoryLookup history = (b, p, d) -> {
            lookups.incrementAndGet();
            // a history that varies with the traveller, so that history criteria go both ways
            int n = Math.floorMod(p.surname().hashCode(), 5);
            return Optional.of(new TravelHistory(n / 2, n, 2 * n, n > 2 ? List.of("IST", "FRA", "DXB", "CDG") : List.of("MAD"),
                    List.of("IST-FRA")));
        };
        LocalDate from = LocalDate.of(2026, 3, 1);
        int[] passengers = {0};
        int[] lazyLookups = {0};
        int[] hits = {0};
        int[] evaluated = {0};
        org.issa.rules.RuleIndex<CompiledRule> index = CriteriaEvaluator.indexed(rules, r -> r);
        new SyntheticBookings(9, 3_000, from, 120).forEach(from, from.plusDays(119), stored -> {
            for (Passenger p : stored.booking().passengers()) {
                passengers[0]++;
                org.issa.rules.Facts eager = PassengerFacts.of(stored.booking(), p, history);
                HistoryOnDemand lazy = new HistoryOnDemand(stored.booking(), p, history);
                for (CompiledRule r : rules) {
                    Verdict a = r.evaluate(eager);
                    Verdict b = r.evaluate(lazy.decide(r));
                    assertThat(b.hit()).isEqualTo(a.hit());
                    assertThat(b.undecided()).isEqualTo(a.undecided());
                    hits[0] += a.hit() ? 1 : 0;
                }
                lazyLookups[0] += lazy.lookedUp() ? 1 : 0;
                // the criteria pre-selected on the facts without history hit exactly the passengers every criterion hits
                List<CompiledRule> candidates = index.candidates(lazy.withoutHistory());
                evaluated[0] += candidates.size();
                assertThat(candidates.stream().filter(r -> r.evaluate(lazy.decide(r)).hit()).toList())
                        .isEqualTo(rules.stream().filter(r -> r.evaluate(eager).hit()).toList());
            }
        });
        assertThat(hits[0]).isPositive();
        assertThat(lookups.get()).isEqualTo(passengers[0] + lazyLookups[0]);
        assertThat(lazyLookups[0]).isLessThan(passengers[0] / 4);
        assertThat(index.unindexed()).isZero();
        assertThat(evaluated[0]).as("criteria evaluated after pre-selection").isLessThan(passengers[0] * rules.size() / 4);
    }
}
