package org.issa.matching.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.issa.matching.lists.Fixtures.byId;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CsvListReaderTest {

    private static ListDocument sample;

    @BeforeAll
    static void readSample() throws Exception {
        try (InputStream in = Fixtures.resource("csv-sample.csv")) {
            sample = new CsvListReader().read(in);
        }
    }

    @Test
    void detectsTheMappingAndReadsEveryRow() {
        assertThat(sample.format()).isEqualTo("csv");
        assertThat(sample.sourceVersion()).isNull();
        assertThat(sample.entries()).extracting(Subject::id).containsExactly("C-1", "C-2", "C-3", "C-4");
        assertThat(sample.warnings()).containsExactly(
                "line 5: date of birth '1950-13-01' is not valid: month 13 / day 1 out of range",
                "unknown country 'Atlantis'");
    }

    @Test
    void readsAFullRow() {
        Subject s = byId(sample, "C-1");
        assertThat(s.schema()).isEqualTo(Schema.PERSON);
        assertThat(s.names()).containsExactly(
                new Name("Boris Ivanovich Fiktivov", "Boris", null, "Fiktivov", NameStrength.PRIMARY),
                Name.of("Borya Fiktivov", NameStrength.ALIAS), Name.of("B. Fiktivov", NameStrength.ALIAS));
        assertThat(s.birthDates()).containsExactly(BirthDate.parse("1968-03-14"));
        assertThat(s.countries()).containsExactly("RU");
        assertThat(s.gender()).isEqualTo(Gender.MALE);
        assertThat(s.identifiers()).containsExactly(new Identifier("passport", "XP1234567", null));
        assertThat(s.details()).containsExactly(java.util.Map.entry("City", "Exampleton"));
    }

    @Test
    void buildsTheNameFromPartsAndReadsSeveralDates() {
        Subject s = byId(sample, "C-2");
        assertThat(s.names()).containsExactly(Name.ofParts("Jana", null, "Musterova", NameStrength.PRIMARY));
        assertThat(s.birthDates()).containsExactly(BirthDate.parse("1971-03-14"), BirthDate.year(1972));
        assertThat(s.countries()).containsExactly("CZ");
        assertThat(s.gender()).isEqualTo(Gender.FEMALE);
        Subject company = byId(sample, "C-3");
        assertThat(company.schema()).isEqualTo(Schema.COMPANY);
        assertThat(company.names()).containsExactly(Name.of("Northwind Shipping & Trading, LLC"), Name.of("NST", NameStrength.ALIAS));
    }

    @Test
    void readsAnExplicitMappingWithSemicolonsAndABom() {
        String csv = "\uFEFFRef;Full Name;Birth;Nat;Town\nA1;Jan Example;1980;Deutschland;Bonn\nA2;Eva Example;;DE;\n";
        ColumnMapping mapping = ColumnMapping.parse("id=Ref,name=Full Name,dob=Birth,country=Nat,detail=Town");
        ListDocument doc = new CsvListReader(mapping).read(Fixtures.utf8(csv));
        assertThat(doc.entries()).extracting(Subject::id).containsExactly("A1", "A2");
        assertThat(doc.entries().get(0).details()).containsEntry("Town", "Bonn");
        assertThat(doc.entries().get(1).countries()).containsExactly("DE");
        assertThat(doc.warnings()).containsExactly("unknown country 'Deutschland'");
    }

    @Test
    void numbersRowsWhenThereIsNoIdColumn() {
        ListDocument doc = new CsvListReader().read(Fixtures.utf8("name\r\nAlpha Example\r\n\r\nBeta Example\r\n"));
        assertThat(doc.entries()).extracting(Subject::id).containsExactly("1", "2");
    }

    @Test
    void namesAMissingMappedColumnAndTheHeader() {
        ColumnMapping mapping = ColumnMapping.parse("name=Full Name,dob=Birth");
        assertThatThrownBy(() -> new CsvListReader(mapping).read(Fixtures.utf8("Full Name,Born\nA B,1970\n")))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("mapped column 'Birth' (date_of_birth) is not in the CSV header [Full Name, Born]");
    }

    @Test
    void refusesAHeaderWithARepeatedOrMissingName() {
        assertThatThrownBy(() -> new CsvListReader().read(Fixtures.utf8("id,name,name\n1,A,B\n")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("CSV header (line 1) is not usable: ")
                .hasMessageContaining("name");
        assertThatThrownBy(() -> new CsvListReader().read(Fixtures.utf8("id,name,\n1,A,B\n")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("CSV header (line 1) is not usable: ");
    }

    @Test
    void refusesAHeaderWithoutNameColumn() {
        assertThatThrownBy(() -> new CsvListReader().read(Fixtures.utf8("id,city\n1,Bonn\n")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("the CSV header [id, city] has no name column");
    }

    @Test
    void refusesARowWithoutNameNamingItsLine() {
        String csv = "id,name\n1,Alpha Example\n2,\"Beta\nExample\"\n3,  \n";
        assertThatThrownBy(() -> new CsvListReader().read(Fixtures.utf8(csv)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("line 5: the row has no name (columns [name] are empty)");
    }

    @Test
    void refusesRowsWithTheWrongNumberOfFields() {
        assertThatThrownBy(() -> new CsvListReader().read(Fixtures.utf8("id,name\n1,A\n2\n")))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("line 3 has 1 fields, the header has 2");
    }

    @Test
    void refusesAnUnknownSchema() {
        assertThatThrownBy(() -> new CsvListReader().read(Fixtures.utf8("name,schema\nA,Person\nB,Spaceship\n")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("line 3: unknown schema 'Spaceship'");
    }

    @Test
    void reportsAnUnclosedQuote() {
        assertThatThrownBy(() -> new CsvListReader().read(Fixtures.utf8("id,name\n1,A\n2,\"B\n")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("malformed CSV near line");
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] latin1 = "id,name\n1,Ren\u00e9e Example\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new CsvListReader().read(new ByteArrayInputStream(latin1)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("the list file is not UTF-8 text: invalid bytes at line 2");
    }

    @Test
    void warnsAboutRepeatedIds() {
        ListDocument doc = new CsvListReader().read(Fixtures.utf8("id,name\n1,A\n1,B\n"));
        assertThat(doc.entries()).hasSize(2);
        assertThat(doc.warnings()).containsExactly("id 1 appears more than once (line 3)");
    }
}
