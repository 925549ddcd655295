package org.issa.app.finance.recovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.issa.finance.recovery.Buyer;
import org.issa.finance.recovery.CaseNetwork;
import org.issa.finance.recovery.PersonComparison;
import org.issa.matching.compare.Comparison;
import org.issa.matching.compare.SubjectScorer;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;

/**
 * Compares a buyer with a network member with the screening engine's scorer (fuzzy, transliterated names, birth date and
 * identifiers): the buyer as a person against persons, and the buyer's company against companies and organisations.
 */
public final class NameMatchedPersons implements PersonComparison {

    private final SubjectScorer scorer;

    public NameMatchedPersons(SubjectScorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public Optional<Result> compare(Buyer buyer, CaseNetwork.Member member) {
        List<Name> names = member.names().stream().filter(n -> !n.isBlank()).map(Name::of).toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        List<Identifier> ids = member.identifiers().stream().filter(i -> !i.isBlank()).map(i -> new Identifier("", i, null)).toList();
        if (member.isOrganisation()) {
            if (buyer.company().isBlank()) {
                return Optional.empty();
            }
            Subject them = new Subject(member.entityId(), Schema.COMPANY, names, List.of(), List.of(), Gender.UNKNOWN, ids, Map.of());
            Subject company = new Subject("buyer-company", Schema.COMPANY, List.of(Name.of(buyer.company())), List.of(), List.of(),
                    Gender.UNKNOWN, List.of(new Identifier("", buyer.company(), null)), Map.of());
            Comparison c = scorer.compare(company, them);
            return Optional.of(new Result(c.score(), how(c), "buyer's company " + buyer.company()));
        }
        List<Identifier> buyerIds = buyer.idNumber().isBlank() ? List.of() : List.of(new Identifier("", buyer.idNumber(), null));
        Subject person = new Subject("buyer", Schema.PERSON, List.of(Name.of(buyer.name())), buyer.birthDate().map(BirthDate::of).stream().toList(),
                List.of(), Gender.UNKNOWN, buyerIds, Map.of());
        Subject them = new Subject(member.entityId(), Schema.PERSON, names, member.birthDates().stream().map(BirthDate::of).toList(), List.of(),
                Gender.UNKNOWN, ids, Map.of());
        Comparison c = scorer.compare(person, them);
        return Optional.of(new Result(c.score(), how(c), ""));
    }

    private static String how(Comparison c) {
        List<String> parts = new ArrayList<>();
        c.explanation().features().stream().filter(f -> f.contribution() != 0 || f.score() > 0).limit(3)
                .forEach(f -> parts.add(f.name().toLowerCase(Locale.ROOT) + (f.evidence().isBlank() ? "" : ": " + f.evidence())));
        return parts.isEmpty() ? c.explanation().summary() : String.join("; ", parts);
    }
}
