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

class FtmReaderTest {

    private static ListDocument sample;

    @BeforeAll
    static void readSample() throws Exception {
        try (InputStream in = Fixtures.resource("ftm-sample.jsonl")) {
            sample = new FtmReader().read(in);
        }
    }

    @Test
    void readsSubjectsAndCountsSkippedSchemata() {
        assertThat(sample.format()).isEqualTo("ftm");
        assertThat(sample.sourceVersion()).isEqualTo("2026-02-15T08:30:00");
        assertThat(sample.entries()).extracting(Subject::id, Subject::schema).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ex-person-1", Schema.PERSON),
                org.assertj.core.groups.Tuple.tuple("ex-company-1", Schema.COMPANY),
                org.assertj.core.groups.Tuple.tuple("ex-vessel-1", Schema.VESSEL),
                org.assertj.core.groups.Tuple.tuple("ex-org-1", Schema.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("ex-plane-1", Schema.AIRCRAFT));
        assertThat(sample.warnings()).containsExactly(
                "skipped entities of other schemata: Address=1, Sanction=2",
                "unknown country code 'suhh'",
                "entity ex-plane-1: date of birth 'not a date' is not a date (expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY, YYYY, YYYY-YYYY or circa YYYY)");
    }

    @Test
    void readsAPerson() {
        Subject s = byId(sample, "ex-person-1");
        assertThat(s.names()).containsExactly(
                new Name("Boris Ivanovich Fiktivov", "Boris", "Ivanovich", "Fiktivov", NameStrength.PRIMARY),
                Name.of("Boris I. Fiktivov", NameStrength.ALIAS),
                Name.of("Борис Фиктивов", NameStrength.ALIAS),
                Name.of("Boris Ivanovich Testov", NameStrength.ALIAS),
                Name.of("Borya", NameStrength.WEAK));
        assertThat(s.birthDates()).containsExactly(BirthDate.parse("1968-03-14"), BirthDate.year(1969));
        assertThat(s.countries()).containsExactly("RU", "XK");
        assertThat(s.gender()).isEqualTo(Gender.MALE);
        assertThat(s.identifiers()).containsExactly(new Identifier("passport", "XP1234567", null),
                new Identifier("national id", "770000000001", null));
        assertThat(s.details()).containsEntry("datasets", "example_list").containsEntry("topics", "sanction")
                .containsEntry("program", "Synthetic test programme")
                .containsEntry("notes", "Synthetic test entity, not a real person.");
    }

    @Test
    void readsCompaniesVesselsAndOrganisations() {
        Subject company = byId(sample, "ex-company-1");
        assertThat(company.countries()).containsExactly("CY");
        assertThat(company.identifiers()).extracting(Identifier::type, Identifier::number).containsExactly(
                org.assertj.core.groups.Tuple.tuple("registration number", "HE 000001"),
                org.assertj.core.groups.Tuple.tuple("INN", "7700000000"),
                org.assertj.core.groups.Tuple.tuple("OGRN", "1027700000000"),
                org.assertj.core.groups.Tuple.tuple("LEI", "5299000EXAMPLE000001"));
        Subject vessel = byId(sample, "ex-vessel-1");
        assertThat(vessel.countries()).containsExactly("PA");
        assertThat(vessel.identifiers()).containsExactly(new Identifier("IMO", "IMO 9000001", null));
        Subject org = byId(sample, "ex-org-1");
        assertThat(Fixtures.names(org)).containsExactly("Example Relief Front [PRIMARY]", "ERF [WEAK]");
        assertThat(org.countries()).containsExactly("DE", "FR");
    }

    @Test
    void reportsTheLineOfMalformedJson() {
        String lines = """
                {"id": "a", "schema": "Person", "properties": {"name": ["A"]}}

                {"id": "b", "schema": "Person", "properties": {"name": ["B"]}
                """;
        assertThatThrownBy(() -> new FtmReader().read(Fixtures.utf8(lines)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("line 3, column ")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void refusesEntitiesWithoutIdSchemaOrName() {
        assertThatThrownBy(() -> new FtmReader().read(Fixtures.utf8("{\"id\": \"a\"}\n")))
                .hasMessage("line 1: entity has no \"schema\"");
        assertThatThrownBy(() -> new FtmReader().read(Fixtures.utf8("[1, 2]\n")))
                .hasMessage("line 1: expected one JSON object per line");
        assertThatThrownBy(() -> new FtmReader().read(Fixtures.utf8("{\"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}")))
                .hasMessage("line 1: entity has no \"id\"");
        assertThatThrownBy(() -> new FtmReader().read(Fixtures.utf8("\n{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {}}")))
                .hasMessage("line 2: entity x has no name");
    }

    @Test
    void decodesLongUtf8InputAcrossBufferBoundaries() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            lines.append("{\"id\": \"p").append(i).append("\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Фиктивов Ж").append(i)
                    .append("\"]}}\n");
        }
        lines.setLength(lines.length() - 1);
        ListDocument doc = new FtmReader().read(Fixtures.utf8(lines.toString()));
        assertThat(doc.entries()).hasSize(400);
        assertThat(doc.entries().get(399).primaryName().full()).isEqualTo("Фиктивов Ж399");
    }

    @Test
    void boundsTheLineLength() {
        String line = "{\"id\": \"" + "x".repeat(FtmReader.MAX_LINE_CHARS) + "\"}";
        assertThatThrownBy(() -> new FtmReader().read(Fixtures.utf8(line)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("line 1 is longer than " + FtmReader.MAX_LINE_CHARS + " characters");
    }
}
