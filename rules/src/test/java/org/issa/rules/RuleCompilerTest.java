package org.issa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleCompilerTest {

    static final Model MODEL = new Model("travel", List.of(
            Field.targeting("trip.origin", FieldType.STRING, "Origin airport", "first departure airport", "\"IST\""),
            Field.targeting("trip.airports", FieldType.STRING_LIST, "Airports", "every airport", "[\"IST\", \"FRA\"]"),
            Field.qualifying("booking.payment_form", FieldType.STRING, "Form of payment", "FOP code", "\"CA\""),
            Field.qualifying("booking.paid_cash", FieldType.BOOL, "Paid in cash", "any FOP CA", "true"),
            Field.qualifying("booking.days_before_departure", FieldType.INT, "Days between booking and departure", "", "2"),
            Field.qualifying("booking.bag_weight_kg", FieldType.DOUBLE, "Bag weight (kg)", "", "23.0"),
            Field.forbidden("passenger.meal", FieldType.STRING, "Special meal", "reveals religion or health (Directive 2016/681 Art 6(4))")));

    static final RuleCompiler COMPILER = new RuleCompiler(MODEL);

    static Facts facts(String origin, String form, long days) {
        return MODEL.facts().put("trip.origin", origin).put("trip.airports", List.of(origin, "FRA"))
                .put("booking.payment_form", form).put("booking.paid_cash", form.equals("CA"))
                .put("booking.days_before_departure", days).put("booking.bag_weight_kg", 12.5).build();
    }

    @Test
    void aSpecificRuleCompilesAndHitsOnlyWhatItDescribes() {
        CompiledRule rule = COMPILER.compile("trip.origin == 'IST' && booking.payment_form == 'CA' && booking.days_before_departure <= 2")
                .orThrow();
        assertThat(rule.fields()).containsExactly("booking.days_before_departure", "booking.payment_form", "trip.origin");
        assertThat(rule.evaluate(facts("IST", "CA", 1)).hit()).isTrue();
        assertThat(rule.evaluate(facts("IST", "CC", 1)).hit()).isFalse();
        assertThat(rule.evaluate(facts("IST", "CA", 9)).hit()).isFalse();
        assertThat(rule.evaluate(facts("AMS", "CA", 1))).isEqualTo(new Verdict(false, ""));
    }

    @Test
    void aHitIsExplainedWithTheConditionsMetAndTheirValues() {
        CompiledRule rule = COMPILER.compile("(trip.origin == 'IST' && booking.paid_cash) || ('BEY' in trip.airports && booking.days_before_departure < 3)")
                .orThrow();
        assertThat(rule.alternativeCount()).isEqualTo(2);
        Explanation e = rule.explain(MODEL.facts().put("trip.origin", "AMS").put("trip.airports", List.of("AMS", "BEY"))
                .put("booking.paid_cash", true).put("booking.days_before_departure", 1L).build());
        assertThat(e.hit()).isTrue();
        assertThat(e.conditions()).extracting(Explanation.Met::condition)
                .containsExactly("\"BEY\" in trip.airports", "booking.days_before_departure < 3");
        assertThat(e.conditions().get(0).values()).containsExactly(new Explanation.Value("trip.airports", "Airports", "AMS, BEY"));
        assertThat(e.summary()).isEqualTo("All 2 conditions were met: Airports = AMS, BEY; Days between booking and departure = 1.");

        Explanation none = rule.explain(facts("AMS", "CC", 10));
        assertThat(none.hit()).isFalse();
        assertThat(none.conditions()).isEmpty();
    }

    @Test
    void aForbiddenFieldIsRefusedByNameAndPosition() {
        Compilation c = COMPILER.compile("trip.origin == 'IST' &&\n  passenger.meal == 'MOML'");
        assertThat(c.ok()).isFalse();
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("forbidden-field");
            assertThat(p.field()).contains("passenger.meal");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isGreaterThanOrEqualTo(3);
            assertThat(p.message()).contains("Art 6(4)");
        });
    }

    @Test
    void anUnknownNameOrAWrongTypeIsASyntaxProblemWithAPosition() {
        RuleProblem unknown = COMPILER.compile("trip.origin == 'IST' && passenger.religion == 'x'").problems().get(0);
        assertThat(unknown.code()).isEqualTo("syntax");
        assertThat(unknown.line()).isEqualTo(1);
        assertThat(unknown.column()).isGreaterThan(20);
        assertThat(unknown.message()).contains("passenger");
        assertThat(COMPILER.compile("booking.days_before_departure + 1").problems().get(0).code()).isEqualTo("syntax");
        assertThat(COMPILER.compile("trip.origin == 'IST' &&").problems().get(0).code()).isEqualTo("syntax");
        assertThat(COMPILER.compile("  ").problems().get(0).code()).isEqualTo("empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "true; constant",
            "1 == 1; constant",
            "trip.origin == 'IST' && 1 < 2; constant",
            "trip.origin == 'IST'; not-specific",
            "trip.origin == 'IST' && trip.origin != 'AMS'; not-specific",
            "trip.origin == 'IST' || trip.origin != 'IST'; not-specific",
            "booking.paid_cash && booking.days_before_departure < 2; not-specific",
            "trip.origin != 'IST' && booking.payment_form != 'CC'; not-specific",
            "!(trip.origin == 'IST') && booking.paid_cash; not-specific",
            "(trip.origin == 'IST' && booking.paid_cash) || booking.days_before_departure > 3; not-specific",
            "!(trip.origin == 'IST' && booking.paid_cash); not-specific",
    })
    void constantAndBroadRulesAreRefused(String source, String code) {
        Compilation c = COMPILER.compile(source);
        assertThat(c.ok()).as(source).isFalse();
        assertThat(c.problems()).extracting(RuleProblem::code).contains(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "trip.origin == 'IST' && booking.paid_cash",
            "trip.origin in ['IST', 'SAW'] && !(booking.payment_form != 'CA')",
            "trip.airports.exists(a, a == 'BEY') && booking.bag_weight_kg > 30.0",
            "!(trip.origin != 'IST' || booking.days_before_departure > 2)",
    })
    void specificRulesPass(String source) {
        assertThat(COMPILER.compile(source).problems()).as(source).isEmpty();
    }

    @Test
    void limitsBoundTheSourceTheNestingAndTheIterations() {
        assertThat(COMPILER.compile("trip.origin == '" + "A".repeat(2100) + "' && booking.paid_cash").problems())
                .extracting(RuleProblem::code).containsExactly("too-long");
        String deep = "(".repeat(40) + "trip.origin == 'IST'" + ")".repeat(40) + " && booking.paid_cash";
        assertThat(COMPILER.compile(deep).ok()).isFalse();
        String alternatives = String.join(" && ", Collections.nCopies(7, "(trip.origin == 'A' || booking.paid_cash)"));
        assertThat(COMPILER.compile(alternatives).problems()).extracting(RuleProblem::code).contains("too-complex");

        RuleCompiler small = new RuleCompiler(MODEL, new Limits(2000, 24, 200, 10));
        CompiledRule rule = small.compile("trip.airports.exists(a, a == 'BEY') && booking.paid_cash").orThrow();
        Facts many = MODEL.facts().put("trip.airports", Collections.nCopies(50, "AMS")).put("booking.paid_cash", true).build();
        Verdict v = rule.evaluate(many);
        assertThat(v.hit()).isFalse();
        assertThat(v.undecided()).isTrue();
    }

    @Test
    void missingDataIsANoHitWithAReasonNeverAnException() {
        CompiledRule rule = COMPILER.compile("trip.origin == 'IST' && booking.days_before_departure < 3").orThrow();
        Verdict v = rule.evaluate(MODEL.facts().put("trip.origin", "IST").build());
        assertThat(v.hit()).isFalse();
        assertThat(v.reason()).contains("missing data").contains("booking.days_before_departure");
        // A decided branch does not need the missing value: false && (missing) is false, no reason.
        assertThat(rule.evaluate(MODEL.facts().put("trip.origin", "AMS").build())).isEqualTo(new Verdict(false, ""));
        CompiledRule either = COMPILER.compile("(trip.origin == 'IST' && booking.paid_cash) || (trip.origin == 'BEY' && booking.days_before_departure < 2)")
                .orThrow();
        assertThat(either.evaluate(MODEL.facts().put("trip.origin", "IST").put("booking.paid_cash", true).build()).hit()).isTrue();
    }

    @Test
    void forbiddenFieldsCannotCarryAValueAndValuesAreTypeChecked() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MODEL.facts().put("passenger.meal", "MOML"))
                .hasMessageContaining("forbidden");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MODEL.facts().put("booking.paid_cash", "yes"))
                .hasMessageContaining("bool");
    }
}
