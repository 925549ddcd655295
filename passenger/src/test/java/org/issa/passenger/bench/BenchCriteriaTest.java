package org.issa.passenger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.issa.passenger.criteria.CriteriaModel;
import org.issa.passenger.criteria.CriterionDraft;
import org.issa.passenger.criteria.PassengerFacts;
import org.issa.passenger.criteria.SyntheticBookings;
import org.issa.passenger.criteria.TravelHistory;
import org.issa.passenger.criteria.TravelHistoryLookup;
import org.issa.rules.CompiledRule;
import org.issa.rules.Facts;
import org.issa.rules.RuleCompiler;
import org.junit.jupiter.api.Test;

/** The benchmark's 100 criteria: each one is accepted by the compiler (specific, no sensitive field), distinct, and some fire. */
class BenchCriteriaTest {

    @Test
    void aHundredDistinctCriteriaCompileAndSomeFireOnSyntheticBookings() {
        List<CriterionDraft> drafts = BenchCriteria.drafts(100, "owner", LocalDate.of(2026, 12, 1));
        assertThat(drafts).hasSize(100);
        assertThat(drafts.stream().map(CriterionDraft::expression).distinct()).hasSize(100);
        assertThat(BenchCriteria.readingHistory(100)).isBetween(5, 20);
        RuleCompiler compiler = new RuleCompiler(CriteriaModel.MODEL);
        List<CompiledRule> rules = drafts.stream().map(d -> compiler.compile(d.expression()).orThrow()).toList();
        long reading = rules.stream().filter(r -> PassengerFacts.readsHistory(r.fields())).count();
        assertThat(reading).isEqualTo(BenchCriteria.readingHistory(100));

        TravelHistoryLookup history = (b, p, d) -> java.util.Optional.of(new TravelHistory(1, 3, 6, List.of("IST", "DXB"), List.of("IST-DXB")));
        Set<Integer> fired = new HashSet<>();
        LocalDate from = LocalDate.of(2026, 3, 1);
        new SyntheticBookings(5, 5_000, from, 200).forEach(from, from.plusDays(199), stored -> {
            for (Facts f : PassengerFacts.of(stored.booking(), history)) {
                for (int i = 0; i < rules.size(); i++) {
                    if (rules.get(i).evaluate(f).hit()) {
                        fired.add(i);
                    }
                }
            }
        });
        assertThat(fired).hasSizeGreaterThan(10);
    }
}
