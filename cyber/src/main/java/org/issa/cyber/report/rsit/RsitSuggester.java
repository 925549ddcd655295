package org.issa.cyber.report.rsit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.issa.cyber.report.observable.ObservableKind;

/** Applies the classification rules to a report, transparently: each suggestion names the rule and the words that made it fire. */
public final class RsitSuggester {

    private RsitSuggester() {
    }

    public static RsitSuggestion suggest(List<RsitRule> rules, String text, Set<ObservableKind> kinds) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        List<RsitSuggestion.Fired> fired = new ArrayList<>();
        for (RsitRule r : rules.stream().filter(RsitRule::active)
                .sorted(Comparator.comparingInt(RsitRule::position).thenComparing(RsitRule::id)).toList()) {
            Optional<String> keyword = r.keywordIn(lower);
            boolean textOk = r.keywords().isEmpty() || keyword.isPresent();
            boolean kindOk = r.observableKind().map(kinds::contains).orElse(true);
            if (textOk && kindOk) {
                List<String> why = new ArrayList<>();
                keyword.ifPresent(k -> why.add("keyword '" + k + "' in the description"));
                r.observableKind().ifPresent(k -> why.add("an observable of kind " + k));
                fired.add(new RsitSuggestion.Fired(r.id(), r.name(), r.rsitClass(), r.rsitType(),
                        "rule '" + r.name() + "' (position " + r.position() + "): " + String.join(" and ", why)));
            }
        }
        if (fired.isEmpty()) {
            return RsitSuggestion.undetermined();
        }
        RsitSuggestion.Fired first = fired.getFirst();
        return new RsitSuggestion(first.rsitClass(), first.rsitType(), first.reason(), fired);
    }
}
