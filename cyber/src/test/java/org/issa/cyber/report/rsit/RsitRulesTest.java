package org.issa.cyber.report.rsit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.InvalidInputException;
import org.issa.cyber.report.observable.ObservableKind;
import org.junit.jupiter.api.Test;

class RsitRulesTest {

    private final RsitTaxonomy rsit = RsitTaxonomy.builtIn();

    @Test
    void theShippedTaxonomyIsRsit1003WithElevenClassesAndThirtyNineTypes() {
        assertThat(rsit.version()).isEqualTo(1003);
        assertThat(rsit.classes()).hasSize(11);
        assertThat(rsit.typeCount()).isEqualTo(39);
        assertThat(rsit.type("fraud", "phishing")).hasValueSatisfying(t -> {
            assertThat(t.machineTag()).isEqualTo("rsit:fraud=\"phishing\"");
            assertThat(t.description()).isNotBlank();
        });
        assertThat(rsit.type("FRAUD", "unauthorized-use-of-resources")).hasValueSatisfying(t ->
                assertThat(t.value()).isEqualTo("unauthorised-use-of-resources"));
        assertThatThrownBy(() -> rsit.require("fraud", "malware")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a type of RSIT class fraud");
        assertThatThrownBy(() -> rsit.require("nonsense", "x")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not an RSIT class");
    }

    private static RsitRule rule(String id, int position, String keywords, ObservableKind kind, String cls, String type) {
        return new RsitRule(id, position, "rule " + id, List.of(keywords.split(",")), Optional.ofNullable(kind), cls, type, true);
    }

    @Test
    void theFirstFiringRuleByPositionWinsAndEveryFiringRuleIsExplained() {
        List<RsitRule> rules = List.of(
                rule("b", 20, "arnaque,scam", ObservableKind.BTC_WALLET, "fraud", "masquerade"),
                rule("a", 10, "hameçonnage,phishing", null, "fraud", "phishing"),
                rule("c", 30, "spam", null, "abusive-content", "spam"));
        RsitSuggestion s = RsitSuggester.suggest(rules, "Une arnaque par HAMEÇONNAGE, puis du spam.", Set.of(ObservableKind.BTC_WALLET));
        assertThat(s.rsitClass() + "/" + s.rsitType()).isEqualTo("fraud/phishing");
        assertThat(s.reason()).isEqualTo("rule 'rule a' (position 10): keyword 'hameçonnage' in the description");
        assertThat(s.fired()).extracting(RsitSuggestion.Fired::ruleId).containsExactly("a", "b", "c");
        assertThat(s.fired().get(1).reason()).contains("keyword 'arnaque'", "an observable of kind BTC_WALLET");
    }

    @Test
    void keywordsMatchWholeWordsOnlyAndObservableConditionsMustHold() {
        List<RsitRule> rules = List.of(rule("w", 10, "scam", ObservableKind.BTC_WALLET, "fraud", "masquerade"),
                rule("s", 20, "spam", null, "abusive-content", "spam"));
        assertThat(RsitSuggester.suggest(rules, "a scam", Set.of()).fired()).isEmpty();
        assertThat(RsitSuggester.suggest(rules, "spammer and scampi", Set.of(ObservableKind.BTC_WALLET)).fired()).isEmpty();
        RsitSuggestion none = RsitSuggester.suggest(rules, "nothing to see", Set.of());
        assertThat(none.rsitClass() + "/" + none.rsitType()).isEqualTo("other/undetermined");
        assertThat(none.reason()).isEqualTo("no rule fired");
    }

    @Test
    void inactiveRulesDoNotFire() {
        RsitRule off = new RsitRule("x", 1, "off", List.of("spam"), Optional.empty(), "abusive-content", "spam", false);
        assertThat(RsitSuggester.suggest(List.of(off), "spam", Set.of()).fired()).isEmpty();
    }

    @Test
    void rulesAreValidatedAgainstTheTaxonomy() {
        assertThatThrownBy(() -> rule("x", 1, "a", null, "fraud", "dos").validated(rsit))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("rsitType");
        assertThatThrownBy(() -> new RsitRule("x", 1, "empty", List.of(), Optional.empty(), "fraud", "phishing", true).validated(rsit))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("keywords");
        assertThat(rule("x", 1, " phishing , fake login ", null, "FRAUD", "Phishing").validated(rsit).keywords())
                .containsExactly("phishing", "fake login");
    }
}
