package org.issa.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issa.app.watchlist.ListDiff;
import org.issa.app.watchlist.SubjectJson;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;
import org.junit.jupiter.api.Test;

/** The difference between versions by content hash, and the JSON form whose hash it compares. */
class WatchlistDiffTest {

    private static Subject subject(String id, String name, BirthDate dob) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("programme", "DEMO");
        details.put("listed", "2020-01-01");
        return new Subject(id, Schema.PERSON, List.of(Name.ofParts("Ada", null, name, NameStrength.PRIMARY),
                Name.of("A. " + name, NameStrength.WEAK)), List.of(dob, BirthDate.circa(1950), BirthDate.range(1949, 1951)),
                List.of("XA"), Gender.FEMALE, List.of(new Identifier("passport", "X-123", "xa")), details);
    }

    @Test
    void jsonRoundTripKeepsEverythingAndTheHash() {
        Subject s = subject("E1", "Lindqvist", BirthDate.parse("1950-02-03"));
        Subject back = SubjectJson.read(SubjectJson.write(s));
        assertThat(back).isEqualTo(s);
        assertThat(SubjectJson.contentHash(back)).isEqualTo(SubjectJson.contentHash(s)).hasSize(64);
        Subject renamed = new Subject("OTHER-ID", s.schema(), s.names(), s.birthDates(), s.countries(), s.gender(), s.identifiers(),
                s.details());
        assertThat(SubjectJson.contentHash(renamed)).as("the id is not content").isEqualTo(SubjectJson.contentHash(s));
        assertThat(SubjectJson.contentHash(subject("E1", "Lindqvist", BirthDate.year(1950))))
                .isNotEqualTo(SubjectJson.contentHash(s));
    }

    @Test
    void addedChangedRemovedAndUnchanged() {
        Subject a = subject("A", "Aalto", BirthDate.year(1960));
        Subject b = subject("B", "Berg", BirthDate.year(1961));
        Subject c = subject("C", "Castell", BirthDate.year(1962));
        Map<String, String> current = Map.of("A", SubjectJson.contentHash(a), "B", SubjectJson.contentHash(b), "C",
                SubjectJson.contentHash(c));
        Subject b2 = subject("B", "Berg", BirthDate.year(1971));
        Subject d = subject("D", "Dahl", BirthDate.year(1963));
        ListDiff diff = ListDiff.between(current, List.of(a, b2, d));
        assertThat(diff.added()).containsExactly(d);
        assertThat(diff.changed()).containsExactly(b2);
        assertThat(diff.removed()).containsExactly("C");
        assertThat(diff.unchanged()).isEqualTo(1);
        assertThat(ListDiff.between(current, List.of(a, b, c)).empty()).isTrue();
    }
}
