package org.issa.investigation.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Article 4 limits of FD 2006/960/JHA for every combination of urgency, offence and accessibility. */
class TimeLimitsTest {

    @ParameterizedTest(name = "urgent={0}, list offence={1}, directly accessible={2} -> {3} h ({4})")
    @CsvSource({
            // Art. 4(1): urgent, Art. 2(2) offence, data directly accessible: 8 hours
            "true,  true,  true,  8,   FD2006-960-ART4-1",
            // Art. 4(3): not urgent, Art. 2(2) offence, directly accessible: one week
            "false, true,  true,  168, FD2006-960-ART4-3",
            // Art. 4(4): all other cases: 14 days, whatever the urgency
            "true,  true,  false, 336, FD2006-960-ART4-4",
            "true,  false, true,  336, FD2006-960-ART4-4",
            "true,  false, false, 336, FD2006-960-ART4-4",
            "false, true,  false, 336, FD2006-960-ART4-4",
            "false, false, true,  336, FD2006-960-ART4-4",
            "false, false, false, 336, FD2006-960-ART4-4"})
    void eachCombinationGetsItsArticle4Limit(boolean urgent, boolean listOffence, boolean direct, long hours, String code) {
        TimeLimitRule rule = TimeLimits.ruleFor(urgent, listOffence, direct);
        assertThat(rule.code()).isEqualTo(code);
        assertThat(rule.limit()).isEqualTo(Duration.ofHours(hours));
        assertThat(TimeLimits.byCode(code)).contains(rule);
    }

    @org.junit.jupiter.api.Test
    void thePostponementOfAnUrgentRequestIsThreeDaysAndKnownByItsCode() {
        assertThat(TimeLimits.POSTPONED_URGENT.limit()).isEqualTo(Duration.ofDays(3));
        assertThat(TimeLimits.byCode("FD2006-960-ART4-2")).contains(TimeLimits.POSTPONED_URGENT);
        assertThat(TimeLimits.byCode("nope")).isEmpty();
        assertThat(TimeLimits.RULES).last().satisfies(r -> assertThat(r.matches(true, false, true)).isTrue());
    }

    @ParameterizedTest(name = "Directive 2023/977: urgent={0}, list offence={1}, directly accessible={2} -> {3} h ({4})")
    @CsvSource({
            // Art. 5(1)(a): urgent, directly accessible: 8 hours, whatever the offence
            "true,  true,  true,  8,   EU2023-977-ART5-1A",
            "true,  false, true,  8,   EU2023-977-ART5-1A",
            // Art. 5(1)(b): urgent, indirectly accessible: 3 days
            "true,  true,  false, 72,  EU2023-977-ART5-1B",
            "true,  false, false, 72,  EU2023-977-ART5-1B",
            // Art. 5(1)(c): all other requests: 7 days
            "false, true,  true,  168, EU2023-977-ART5-1C",
            "false, false, true,  168, EU2023-977-ART5-1C",
            "false, true,  false, 168, EU2023-977-ART5-1C",
            "false, false, false, 168, EU2023-977-ART5-1C"})
    void eachCombinationGetsItsDirectiveArticle5Limit(boolean urgent, boolean listOffence, boolean direct, long hours, String code) {
        TimeLimitRule rule = TimeLimits.ruleFor(ExchangeRegime.DIRECTIVE_2023_977, urgent, listOffence, direct);
        assertThat(rule.code()).isEqualTo(code);
        assertThat(rule.limit()).isEqualTo(Duration.ofHours(hours));
        assertThat(TimeLimits.byCode(code)).contains(rule);
        assertThat(ExchangeRegime.ofRule(code)).isEqualTo(ExchangeRegime.DIRECTIVE_2023_977);
        assertThat(TimeLimits.ruleFor(ExchangeRegime.FD_2006_960, urgent, listOffence, direct))
                .isEqualTo(TimeLimits.ruleFor(urgent, listOffence, direct));
    }

    @org.junit.jupiter.api.Test
    void theRegimeIsNamedByItsInstrumentOrRefusedWithTheField() {
        assertThat(ExchangeRegime.parse("regime", "DIRECTIVE_2023_977")).isEqualTo(ExchangeRegime.DIRECTIVE_2023_977);
        assertThat(ExchangeRegime.parse("regime", " Directive (EU) 2023/977 ")).isEqualTo(ExchangeRegime.DIRECTIVE_2023_977);
        assertThat(ExchangeRegime.parse("regime", "fd 2006/960/JHA")).isEqualTo(ExchangeRegime.FD_2006_960);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExchangeRegime.parse("regime", "2016/680"))
                .isInstanceOf(org.issa.core.error.InvalidInputException.class)
                .hasMessageContaining("regime must be FD_2006_960").hasMessageContaining("not '2016/680'");
        assertThat(TimeLimits.ALL).hasSize(7).extracting(TimeLimitRule::code).doesNotHaveDuplicates();
    }
}
