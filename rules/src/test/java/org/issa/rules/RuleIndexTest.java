package org.issa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleIndexTest {

    private static final Model MODEL = RuleCompilerTest.MODEL;
    private static final RuleCompiler COMPILER = RuleCompilerTest.COMPILER;

    private static CompiledRule rule(String cel) {
        return COMPILER.compile(cel).orThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "trip.origin == 'IST' && booking.paid_cash                                  | trip.origin=IST",
            "'IST' == trip.origin && booking.paid_cash                                  | trip.origin=IST",
            "trip.origin in ['IST', 'SAW'] && booking.paid_cash                         | trip.origin=IST,SAW",
            "'BEY' in trip.airports && booking.paid_cash                                | trip.airports=BEY",
            "trip.airports.exists(a, a in ['BEY', 'IST']) && booking.paid_cash          | trip.airports=BEY,IST",
            "trip.airports.exists(a, a == 'BEY') && booking.paid_cash                   | trip.airports=BEY",
            "trip.airports.exists(a, 'BEY' == a) && booking.paid_cash                   | trip.airports=BEY",
            "trip.origin == 'IST' && booking.payment_form == 'CA'                       | trip.origin=IST;booking.payment_form=CA"})
    void theConditionsAnAlternativeCannotDoWithoutAreRead(String cel, String expected) {
        List<String> found = new ArrayList<>();
        for (Requirement r : rule(cel).requirements().getFirst()) {
            found.add(r.field() + "=" + String.join(",", r.values().stream().sorted().toList()));
        }
        assertThat(String.join(";", found)).isEqualTo(expected);
    }

    @Test
    void negatedOrUnreadableConditionsRequireNothing() {
        assertThat(rule("!(trip.origin == 'IST') && 'BEY' in trip.airports && booking.paid_cash").requirements().getFirst())
                .containsExactly(new Requirement("trip.airports", Set.of("BEY")));
        assertThat(rule("trip.origin != 'IST' && 'BEY' in trip.airports && booking.paid_cash").requirements().getFirst())
                .containsExactly(new Requirement("trip.airports", Set.of("BEY")));
        assertThat(rule("trip.airports.all(a, a == 'BEY') && booking.paid_cash && trip.origin.startsWith('B')").requirements().getFirst())
                .isEmpty();
        assertThat(rule("(trip.origin == 'IST' && booking.paid_cash) || ('BEY' in trip.airports && booking.days_before_departure < 3)")
                .requirements()).containsExactly(List.of(new Requirement("trip.origin", Set.of("IST"))),
                List.of(new Requirement("trip.airports", Set.of("BEY"))));
    }

    @Test
    void onlyTheRulesThatCouldHitAreCandidatesAndAnAlternativeWithoutRequirementIsAlwaysOne() {
        List<CompiledRule> rules = List.of(
                rule("trip.origin == 'IST' && booking.paid_cash"),
                rule("'BEY' in trip.airports && booking.days_before_departure <= 2"),
                rule("(trip.origin == 'AMS' && booking.paid_cash) || (trip.airports.exists(a, a.startsWith('B')) && booking.paid_cash)"),
                rule("trip.origin in ['CDG', 'ORY'] && booking.payment_form == 'CK'"));
        RuleIndex<CompiledRule> index = new RuleIndex<>(rules, r -> r, f -> true);
        assertThat(index.unindexed()).isEqualTo(1);
        Facts ist = RuleCompilerTest.facts("IST", "CA", 1);
        assertThat(index.candidates(ist)).containsExactly(rules.get(0), rules.get(2));
        Facts ory = RuleCompilerTest.facts("ORY", "CK", 1);
        assertThat(index.candidates(ory)).containsExactly(rules.get(2), rules.get(3));
        // a requirement on a field the facts may not carry is not used: the rule is then evaluated for everyone
        RuleIndex<CompiledRule> withoutAirports = new RuleIndex<>(rules, r -> r, f -> !f.equals("trip.airports"));
        assertThat(withoutAirports.unindexed()).isEqualTo(2);
        assertThat(withoutAirports.candidates(ist)).containsExactly(rules.get(0), rules.get(1), rules.get(2));
    }

    @Test
    void aMissingFieldMeetsNoRequirement() {
        CompiledRule r = rule("trip.origin == 'IST' && booking.paid_cash");
        RuleIndex<CompiledRule> index = new RuleIndex<>(List.of(r), x -> x, f -> true);
        Facts missing = MODEL.facts().put("booking.paid_cash", true).build();
        assertThat(index.candidates(missing)).isEmpty();
        assertThat(r.evaluate(missing).hit()).isFalse();
    }

    /** For random rules and random facts, the hits among the candidates are exactly the hits of evaluating every rule. */
    @Test
    void theCandidatesHitExactlyWhatEvaluatingEveryRuleHits() {
        Random random = new Random(681);
        String[] airports = {"IST", "SAW", "BEY", "FRA", "AMS", "CDG"};
        String[] forms = {"CA", "CC", "CK"};
        List<CompiledRule> rules = new ArrayList<>();
        while (rules.size() < 200) {
            String a = airports[random.nextInt(airports.length)];
            String b = airports[random.nextInt(airports.length)];
            String f = forms[random.nextInt(forms.length)];
            int d = random.nextInt(5);
            String target = switch (random.nextInt(6)) {
                case 0 -> "trip.origin == '" + a + "'";
                case 1 -> "'" + a + "' in trip.airports";
                case 2 -> "trip.airports.exists(x, x in ['" + a + "', '" + b + "'])";
                case 3 -> "trip.origin in ['" + a + "', '" + b + "']";
                case 4 -> "!(trip.origin == '" + a + "') && '" + b + "' in trip.airports";
                default -> "trip.airports.exists(x, x.startsWith('" + a.charAt(0) + "'))";
            };
            String behaviour = switch (random.nextInt(3)) {
                case 0 -> "booking.payment_form == '" + f + "'";
                case 1 -> "booking.days_before_departure <= " + d;
                default -> "booking.paid_cash";
            };
            String cel = random.nextInt(4) == 0
                    ? "(" + target + " && " + behaviour + ") || (trip.origin == '" + b + "' && booking.days_before_departure < " + d + ")"
                    : target + " && " + behaviour;
            COMPILER.compile(cel).rule().ifPresent(rules::add);
        }
        RuleIndex<CompiledRule> index = new RuleIndex<>(rules, r -> r, x -> true);
        assertThat(index.unindexed()).isPositive().isLessThan(rules.size());
        int hits = 0;
        for (int i = 0; i < 2000; i++) {
            Facts.Builder fb = MODEL.facts();
            if (random.nextInt(10) > 0) {
                fb.put("trip.origin", airports[random.nextInt(airports.length)]);
            }
            if (random.nextInt(10) > 0) {
                List<String> list = new ArrayList<>();
                for (int k = random.nextInt(4); k > 0; k--) {
                    list.add(airports[random.nextInt(airports.length)]);
                }
                fb.put("trip.airports", list);
            }
            String form = forms[random.nextInt(forms.length)];
            fb.put("booking.payment_form", form).put("booking.paid_cash", form.equals("CA"))
                    .put("booking.days_before_departure", (long) random.nextInt(6));
            Facts facts = fb.build();
            List<CompiledRule> all = rules.stream().filter(r -> r.evaluate(facts).hit()).toList();
            List<CompiledRule> candidates = index.candidates(facts);
            assertThat(candidates.stream().filter(r -> r.evaluate(facts).hit()).toList()).isEqualTo(all);
            assertThat(candidates.size()).isLessThanOrEqualTo(rules.size());
            hits += all.size();
        }
        assertThat(hits).as("the random rules hit some facts").isGreaterThan(100);
    }
}
