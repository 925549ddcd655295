package org.issa.cyber.report.rsit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.issa.core.error.InvalidInputException;
import org.issa.cyber.report.observable.ObservableKind;

/**
 * One classification rule: when one of its keywords occurs in a report's text as a whole word or
 * phrase (any keyword, case-insensitive; no keywords = no text condition) and, if it names an
 * observable kind, the report has such an observable, the rule suggests its RSIT class and type.
 * Rules are tried by position; the first that fires gives the suggestion.
 */
public record RsitRule(String id, int position, String name, List<String> keywords, Optional<ObservableKind> observableKind,
                       String rsitClass, String rsitType, boolean active) {

    public static final int MAX_KEYWORDS = 50;

    public RsitRule {
        keywords = keywords == null ? List.of() : keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
        observableKind = observableKind == null ? Optional.empty() : observableKind;
    }

    /** Checks a rule as a supervisor entered it, against the taxonomy. */
    public RsitRule validated(RsitTaxonomy taxonomy) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("name", "a rule needs a name of 1 to 200 characters");
        }
        if (keywords.isEmpty() && observableKind.isEmpty()) {
            throw new InvalidInputException("keywords", "a rule needs keywords, an observable kind, or both; otherwise it fires on every report");
        }
        if (keywords.size() > MAX_KEYWORDS || keywords.stream().anyMatch(k -> k.length() > 100 || k.contains(","))) {
            throw new InvalidInputException("keywords", "at most " + MAX_KEYWORDS + " keywords of up to 100 characters each, separated by commas");
        }
        if (position < 0 || position > 999_999) {
            throw new InvalidInputException("position", "position must lie between 0 and 999999");
        }
        RsitTaxonomy.RsitType t = taxonomy.require(rsitClass, rsitType);
        return new RsitRule(id, position, name.strip(), keywords, observableKind, t.classValue(), t.value(), active);
    }

    /** The keywords as stored: between commas. */
    public String keywordColumn() {
        return String.join(",", keywords);
    }

    /** The first keyword found in the (lower-cased) text, as a whole word or phrase. */
    Optional<String> keywordIn(String lowerText) {
        for (String k : keywords) {
            String needle = k.toLowerCase(Locale.ROOT);
            int from = 0;
            while (true) {
                int i = lowerText.indexOf(needle, from);
                if (i < 0) {
                    break;
                }
                int end = i + needle.length();
                boolean startOk = i == 0 || !Character.isLetterOrDigit(lowerText.codePointBefore(i));
                boolean endOk = end >= lowerText.length() || !Character.isLetterOrDigit(lowerText.codePointAt(end));
                if (startOk && endOk) {
                    return Optional.of(k);
                }
                from = i + 1;
            }
        }
        return Optional.empty();
    }
}
