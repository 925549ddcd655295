package org.issa.investigation.exchange;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The time limits of Article 4 of Framework Decision 2006/960/JHA, first matching rule wins:
 * <ol>
 * <li>Art. 4(1): an urgent request about an Art. 2(2) FD 2002/584 offence whose information is held in a
 *     database directly accessible by a law enforcement authority — at most eight hours;</li>
 * <li>Art. 4(3): a non-urgent request about such an offence, information directly accessible — one week;</li>
 * <li>Art. 4(4): all other cases — 14 days.</li>
 * </ol>
 * Art. 4(2): where answering an Art. 4(1) request within eight hours would put a disproportionate burden
 * on the requested authority, it may postpone, informing the requesting authority at once, and must
 * answer as soon as possible and within three days. Under each paragraph an authority that cannot keep
 * the limit gives its reasons (the form of Annex A).
 *
 * <p>Beside them, the limits of Article 5(1) of Directive (EU) 2023/977, which replaced the Framework Decision from
 * 12 December 2024, selectable per request ({@link ExchangeRegime}); the offence does not matter there:
 * <ol>
 * <li>Art. 5(1)(a): an urgent request for directly accessible information — eight hours;</li>
 * <li>Art. 5(1)(b): an urgent request for indirectly accessible information — three days;</li>
 * <li>Art. 5(1)(c): all other requests — seven days.</li>
 * </ol>
 */
public final class TimeLimits {

    public static final TimeLimitRule URGENT = new TimeLimitRule("FD2006-960-ART4-1", true, true, true, Duration.ofHours(8),
            "FD 2006/960/JHA Art. 4(1): urgent request, Art. 2(2) offence, data directly accessible — 8 hours");
    public static final TimeLimitRule DIRECTLY_ACCESSIBLE = new TimeLimitRule("FD2006-960-ART4-3", false, true, true, Duration.ofDays(7),
            "FD 2006/960/JHA Art. 4(3): non-urgent request, Art. 2(2) offence, data directly accessible — 7 days");
    public static final TimeLimitRule OTHER = new TimeLimitRule("FD2006-960-ART4-4", null, null, null, Duration.ofDays(14),
            "FD 2006/960/JHA Art. 4(4): all other cases — 14 days");
    /** The postponement of an urgent request (Art. 4(2)); replaces {@link #URGENT} when chosen. */
    public static final TimeLimitRule POSTPONED_URGENT = new TimeLimitRule("FD2006-960-ART4-2", true, true, true, Duration.ofDays(3),
            "FD 2006/960/JHA Art. 4(2): urgent request postponed for disproportionate burden — 3 days");

    public static final List<TimeLimitRule> RULES = List.of(URGENT, DIRECTLY_ACCESSIBLE, OTHER);

    public static final TimeLimitRule DIRECTIVE_URGENT_DIRECT = new TimeLimitRule("EU2023-977-ART5-1A", true, null, true,
            Duration.ofHours(8), "Directive (EU) 2023/977 Art. 5(1)(a): urgent request, directly accessible information — 8 hours");
    public static final TimeLimitRule DIRECTIVE_URGENT_INDIRECT = new TimeLimitRule("EU2023-977-ART5-1B", true, null, false,
            Duration.ofDays(3), "Directive (EU) 2023/977 Art. 5(1)(b): urgent request, indirectly accessible information — 3 days");
    public static final TimeLimitRule DIRECTIVE_OTHER = new TimeLimitRule("EU2023-977-ART5-1C", null, null, null,
            Duration.ofDays(7), "Directive (EU) 2023/977 Art. 5(1)(c): all other requests — 7 days");

    public static final List<TimeLimitRule> DIRECTIVE_RULES = List.of(DIRECTIVE_URGENT_DIRECT, DIRECTIVE_URGENT_INDIRECT, DIRECTIVE_OTHER);

    /** Every rule of both instruments, the postponement included, for clients that show them. */
    public static final List<TimeLimitRule> ALL = List.of(URGENT, DIRECTLY_ACCESSIBLE, OTHER, POSTPONED_URGENT,
            DIRECTIVE_URGENT_DIRECT, DIRECTIVE_URGENT_INDIRECT, DIRECTIVE_OTHER);

    private TimeLimits() {
    }

    /** The FD 2006/960/JHA rule for a request; the last rule matches every request, so there always is one. */
    public static TimeLimitRule ruleFor(boolean urgent, boolean listOffence, boolean directlyAccessible) {
        return ruleFor(ExchangeRegime.FD_2006_960, urgent, listOffence, directlyAccessible);
    }

    /** The rule of the given instrument for a request; each table's last rule matches every request. */
    public static TimeLimitRule ruleFor(ExchangeRegime regime, boolean urgent, boolean listOffence, boolean directlyAccessible) {
        List<TimeLimitRule> rules = regime == ExchangeRegime.FD_2006_960 ? RULES : DIRECTIVE_RULES;
        return rules.stream().filter(r -> r.matches(urgent, listOffence, directlyAccessible)).findFirst().orElseThrow();
    }

    public static Optional<TimeLimitRule> byCode(String code) {
        return ALL.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
