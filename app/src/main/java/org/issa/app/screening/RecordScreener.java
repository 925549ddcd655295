package org.issa.app.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.issa.app.watchlist.SubjectJson;
import org.issa.app.watchlist.Watchlist;
import org.issa.core.screening.ScreenableRecord;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;

/**
 * Screens a record offered through the {@link org.issa.core.screening.ScreenedRecords} port
 * against lists, with the system's view of them (every entry, whatever its marking: the hit
 * carries the markings and only those allowed all of them see it), and raises its hits.
 */
public final class RecordScreener {

    private final Screening screening;
    private final ReviewQueue queue;

    public RecordScreener(Screening screening, ReviewQueue queue) {
        this.screening = screening;
        this.queue = queue;
    }

    /** Screens the record against the lists; returns how many new hits were raised. */
    public int screen(ScreenableRecord r, List<Watchlist> lists, String actor) {
        Subject subject = subjectOf(r);
        String hash = SubjectJson.contentHash(subject);
        int raised = 0;
        for (Candidate c : screening.candidates(Optional.empty(), subject, lists)) {
            if (queue.raise(actor, r.recordType(), r.recordId(), r.names().getFirst(), subject, hash, c, r.owner(), r.marking())) {
                raised++;
            }
        }
        return raised;
    }

    /** The engine's subject for a record of the port; dates and schemata it cannot read are left out rather than guessed. */
    public static Subject subjectOf(ScreenableRecord r) {
        Schema schema;
        try {
            schema = Schema.parse(r.schema());
        } catch (IllegalArgumentException e) {
            schema = Schema.LEGAL_ENTITY;
        }
        List<Name> names = r.names().stream().filter(n -> n != null && !n.isBlank()).map(Name::of).toList();
        List<BirthDate> dates = new ArrayList<>();
        for (String d : r.birthDates()) {
            try {
                dates.add(BirthDate.parse(d));
            } catch (IllegalArgumentException ignored) {
                // an unreadable date narrows nothing; the name still screens
            }
        }
        List<String> countries = r.countries().stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> c.length() == 2)
                .toList();
        List<Identifier> ids = r.identifiers().stream().filter(i -> i != null && !i.isBlank())
                .map(i -> new Identifier("", i, null)).toList();
        return new Subject(r.recordId(), schema, names, dates, countries, Gender.parse(r.gender()), ids, Map.of());
    }

    /** The port's plain form of a subject. */
    public static ScreenableRecord recordOf(String recordType, Subject s, org.issa.core.marking.Marking marking, String owner) {
        return new ScreenableRecord(recordType, s.id(), s.schema().ftmName(), s.names().stream().map(Name::full).toList(),
                s.birthDates().stream().map(BirthDate::toString).toList(), s.countries(),
                s.gender() == Gender.UNKNOWN ? "" : s.gender().name().toLowerCase(Locale.ROOT),
                s.identifiers().stream().map(Identifier::number).toList(), marking, owner);
    }
}
