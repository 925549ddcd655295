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
}
