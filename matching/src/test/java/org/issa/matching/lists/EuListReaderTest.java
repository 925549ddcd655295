package org.issa.matching.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.issa.matching.lists.Fixtures.byId;

import java.io.InputStream;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EuListReaderTest {

    private static ListDocument sample;

    @BeforeAll
    static void readSample() throws Exception {
        try (InputStream in = Fixtures.resource("eu-sample.xml")) {
            sample = new EuListReader().read(in);
        }
    }

    @Test
    void readsEveryEntryWithTheGenerationDate() {
        assertThat(sample.format()).isEqualTo("eu");
        assertThat(sample.sourceVersion()).isEqualTo("2026-03-02T17:45:12.345+01:00");
        assertThat(sample.entries()).extracting(Subject::id).containsExactly("900101", "900202", "900303");
        assertThat(sample.entries()).extracting(Subject::schema)
                .containsExactly(Schema.PERSON, Schema.PERSON, Schema.LEGAL_ENTITY);
        assertThat(sample.warnings()).containsExactly("entry 900202: open year range to 1960 skipped");
    }

    @Test
    void readsAPersonWithNamePartsWeakAliasDatesAndDocuments() {
        Subject s = byId(sample, "900101");
        assertThat(s.names()).containsExactly(
                new Name("Boris Ivanovich Fiktivov", "Boris", "Ivanovich", "Fiktivov", NameStrength.PRIMARY),
                new Name("Борис Иванович Фиктивов", "Борис", "Иванович", "Фиктивов", NameStrength.ALIAS),
                Name.of("Borya", NameStrength.WEAK));
        assertThat(s.gender()).isEqualTo(Gender.MALE);
        assertThat(s.birthDates()).containsExactly(BirthDate.parse("1968-03-14"), BirthDate.circa(1969));
        assertThat(s.countries()).containsExactly("RU");
        assertThat(s.identifiers()).containsExactly(
                new Identifier("National passport", "XP1234567", "RU"),
                new Identifier("National identification card", "770000000001", null));
        assertThat(s.details())
                .containsEntry("programme", "UKR")
                .containsEntry("reference", "EU.9001.11")
                .containsEntry("listed on", "2022-03-15")
                .containsEntry("function", "Director of a fictitious holding")
                .containsEntry("title", "Colonel")
                .containsEntry("place of birth", "Exampleton, RUSSIAN FEDERATION")
                .containsEntry("remark", "Synthetic test entry: an invented person, not a real listing.")
                .doesNotContainKey("UN reference");
    }

    @Test
    void readsNamePartsRangesAndLowQualityRemarks() {
        Subject s = byId(sample, "900202");
        assertThat(s.names()).containsExactly(
                new Name("Kareem Testani", "Kareem", null, "Testani", NameStrength.PRIMARY),
                Name.of("Abu Testa", NameStrength.WEAK));
        assertThat(s.birthDates()).containsExactly(new BirthDate(1953, 1958, 0, 0, true));
        assertThat(s.countries()).containsExactly("AF");
        assertThat(s.details()).containsEntry("UN reference", "TAi.999")
                .containsEntry("listed on", "2011-07-29")
                .containsEntry("title", "Mullah");
    }

    @Test
    void readsAnEnterprise() {
        Subject s = byId(sample, "900303");
        assertThat(Fixtures.names(s)).containsExactly(
                "Northwind Shipping & Trading LLC [PRIMARY]",
                "Βόρειος Άνεμος Ναυτιλιακή [ALIAS]",
                "NST [WEAK]");
        assertThat(s.names()).allMatch(n -> !n.hasParts());
        assertThat(s.countries()).containsExactly("CY");
        assertThat(s.identifiers()).containsExactly(new Identifier("Registration Number", "HE 000001", "CY"));
        assertThat(s.details()).containsEntry("programme", "RUS, UKR").containsEntry("listed on", "2023-06-23");
    }

    @Test
    void readsAFileWithoutTheNamespaceWithAWarning() {
        String xml = """
                <export generationDate="2020-01-01"><sanctionEntity logicalId="1">
                <subjectType code="vessel"/><nameAlias wholeName="EXAMPLE"/></sanctionEntity></export>""";
        ListDocument doc = new EuListReader().read(Fixtures.utf8(xml));
        assertThat(doc.entries()).singleElement().satisfies(s -> {
            assertThat(s.schema()).isEqualTo(Schema.LEGAL_ENTITY);
            assertThat(s.primaryName()).isEqualTo(Name.of("EXAMPLE"));
        });
        assertThat(doc.warnings()).containsExactly(
                "root element <export> is not in the namespace http://eu.europa.ec/fpi/fsd/export (read anyway)",
                "unknown subjectType 'vessel' read as a legal entity");
    }

    @Test
    void refusesAnEntryWithoutAName() {
        String xml = "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">\n  <sanctionEntity logicalId=\"5\">"
                + "<nameAlias wholeName=\"\"/></sanctionEntity></export>";
        assertThatThrownBy(() -> new EuListReader().read(Fixtures.utf8(xml)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("sanctionEntity 5 has no name at line 2, column 33");
    }
}
