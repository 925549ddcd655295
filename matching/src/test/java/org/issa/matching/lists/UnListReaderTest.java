package org.issa.matching.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.issa.matching.lists.Fixtures.byId;
import static org.issa.matching.lists.Fixtures.names;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UnListReaderTest {

    private static ListDocument sample;

    @BeforeAll
    static void readSample() throws Exception {
        try (InputStream in = Fixtures.resource("un-sample.xml")) {
            sample = new UnListReader().read(in);
        }
    }

    @Test
    void readsEveryEntryWithTheListVersion() {
        assertThat(sample.format()).isEqualTo("un");
        assertThat(sample.sourceVersion()).isEqualTo("2026-02-27T00:00:09.554Z");
        assertThat(sample.entries()).extracting(Subject::id).containsExactly(
                "CDi.001", "CDi.009", "TAi.011", "TAi.146", "SSi.001", "KPi.001", "CDe.003", "KPe.003", "QDe.132");
        assertThat(sample.entries()).filteredOn(s -> s.schema() == Schema.PERSON).hasSize(6);
        assertThat(sample.entries()).filteredOn(s -> s.schema() == Schema.LEGAL_ENTITY).hasSize(3);
        assertThat(sample.warnings()).isEmpty();
    }

    @Test
    void skipsEmptyPlaceholders() {
        Subject s = byId(sample, "CDi.001");
        assertThat(names(s)).containsExactly("ERIC BADEGE [PRIMARY]");
        assertThat(s.birthDates()).containsExactly(BirthDate.year(1971));
        assertThat(s.countries()).containsExactly("CD", "RW");
        assertThat(s.gender()).isEqualTo(Gender.MALE);
        assertThat(s.identifiers()).isEmpty();
        assertThat(s.details()).doesNotContainKey("place of birth");
    }

    @Test
    void readsAnApproximateYearFourPartsOriginalScriptAndAPassport() {
        Subject s = byId(sample, "TAi.011");
        assertThat(s.primaryName()).isEqualTo(Name.of("AKHTAR MOHAMMAD MANSOUR SHAH MOHAMMED"));
        assertThat(s.primaryName().hasParts()).isFalse();
        assertThat(names(s)).containsExactly(
                "AKHTAR MOHAMMAD MANSOUR SHAH MOHAMMED [PRIMARY]",
                "Akhtar Mohammad Mansour Khan Muhammad [ALIAS]",
                "Akhtar Muhammad Mansoor [ALIAS]",
                "Akhtar Mohammad Mansoor [ALIAS]",
                "Naib Imam [WEAK]",
                "اختر محمد منصور شاه محمد [ALIAS]");
        assertThat(s.birthDates()).containsExactly(BirthDate.circa(1960), BirthDate.year(1966));
        assertThat(s.countries()).containsExactly("AF");
        assertThat(s.identifiers()).containsExactly(new Identifier("Passport", "SE-011697", "AF"));
        assertThat(s.details())
                .containsEntry("list type", "Taliban")
                .containsEntry("reference", "TAi.011")
                .containsEntry("listed on", "2001-01-25")
                .containsEntry("title", "Maulavi; Mullah")
                .containsEntry("designation", "Minister of Civil Aviation and Transportation under the Taliban regime")
                .containsEntry("place of birth", "Band-e-Timur village, Maiwand District, Kandahar Province, Afghanistan");
        assertThat(s.details().get("comments")).startsWith("Involved in drug trafficking as of 2011, primarily")
                .doesNotContain("\n").hasSizeLessThanOrEqualTo(NameText.DETAIL_MAX);
    }

    @Test
    void readsABetweenRangeAndALowAlias() {
        Subject s = byId(sample, "TAi.146");
        assertThat(s.birthDates()).containsExactly(BirthDate.range(1970, 1973));
        assertThat(s.names()).contains(Name.of("Naseruddin", NameStrength.WEAK), Name.of("نصیر الدین حقانی", NameStrength.ALIAS));
        assertThat(s.countries()).containsExactly("AF", "PK");
    }

    @Test
    void stripsTypographicQuotes() {
        Subject s = byId(sample, "CDi.009");
        assertThat(s.names()).contains(Name.of("Chief Kahwa", NameStrength.WEAK), Name.of("Kawa", NameStrength.WEAK));
        assertThat(s.birthDates()).containsExactly(BirthDate.parse("1973-08-20"));
    }

    @Test
    void readsListingDatesWithAZoneOffsetAndSeveralDocuments() {
        Subject s = byId(sample, "SSi.001");
        assertThat(s.details()).containsEntry("listed on", "2015-07-01")
                .containsEntry("designation", "Former Sudan People’s Liberation Army’s (SPLA) Sector One Commander; Chief of Defence Forces")
                .containsEntry("place of birth", "Bor, Sudan; Bor, South Sudan");
        assertThat(s.identifiers()).containsExactly(
                new Identifier("Passport", "D00008623", "SS"),
                new Identifier("National Identification Number", "M6600000258472", null));
        assertThat(s.countries()).containsExactly("SS");
    }

    @Test
    void keepsKoreanNamesInListOrderWithoutGuessingParts() {
        Subject s = byId(sample, "KPi.001");
        assertThat(s.names()).containsExactly(Name.of("YUN HO-JIN"), Name.of("Yun Ho-chin", NameStrength.ALIAS));
        assertThat(s.countries()).containsExactly("KP");
    }

    @Test
    void splitsEntityNamesAndTakesOutAcronyms() {
        assertThat(names(byId(sample, "CDe.003"))).containsExactly(
                "COMPAGNIE AERIENNE DES GRANDS LACS [PRIMARY]",
                "CAGL [ALIAS]",
                "GREAT LAKES BUSINESS COMPANY [ALIAS]",
                "GLBC [WEAK]");
        Subject ttp = byId(sample, "QDe.132");
        assertThat(names(ttp)).containsExactly(
                "TEHRIK-E TALIBAN PAKISTAN [PRIMARY]",
                "TTP [WEAK]",
                "Tehrik-I-Taliban Pakistan [ALIAS]",
                "Tehrik-e-Taliban [ALIAS]",
                "Pakistani Taliban [ALIAS]",
                "Tehreek-e-Taliban [ALIAS]",
                "تحریک طالبان پاکستان [ALIAS]");
        assertThat(ttp.countries()).isEmpty();
        Subject bank = byId(sample, "KPe.003");
        assertThat(names(bank)).containsExactly("TANCHON COMMERCIAL BANK [PRIMARY]",
                "CHANGGWANG CREDIT BANK [ALIAS]", "KOREA CHANGGWANG CREDIT BANK [ALIAS]");
        assertThat(bank.countries()).containsExactly("KP");
    }

    @Test
    void warnsAboutUnknownCountriesAndKeepsTheEntry() {
        String xml = """
                <CONSOLIDATED_LIST dateGenerated="x"><INDIVIDUALS><INDIVIDUAL>
                <DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME><SECOND_NAME>B</SECOND_NAME>
                <NATIONALITY><VALUE>na</VALUE><VALUE>Viet Nam</VALUE></NATIONALITY>
                <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1970-02-31</DATE></INDIVIDUAL_DATE_OF_BIRTH>
                <INDIVIDUAL_ALIAS><QUALITY>Medium</QUALITY><ALIAS_NAME>C D</ALIAS_NAME></INDIVIDUAL_ALIAS>
                </INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>""";
        ListDocument doc = new UnListReader().read(Fixtures.utf8(xml));
        Subject s = doc.entries().get(0);
        assertThat(s.id()).isEqualTo("1");
        assertThat(s.countries()).containsExactly("VN");
        assertThat(s.names()).containsExactly(Name.of("A B"), Name.of("C D", NameStrength.ALIAS));
        assertThat(doc.warnings()).containsExactly("unknown alias quality 'Medium' read as a good alias",
                "unknown nationality 'na'");
    }

    @Test
    void refusesAnEntryWithoutAName() {
        String xml = "<CONSOLIDATED_LIST>\n<ENTITIES>\n<ENTITY><DATAID>7</DATAID><FIRST_NAME> </FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>";
        assertThatThrownBy(() -> new UnListReader().read(Fixtures.utf8(xml)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("entry 7 has no name at line 3, column 9");
    }

    @Test
    void refusesAnotherRootElement() {
        assertThatThrownBy(() -> new UnListReader().read(Fixtures.utf8("<export/>")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("not a UN consolidated list: the root element must be <CONSOLIDATED_LIST>");
    }

    /** Runs only where the shared copy of the full list is present; never needed for the build. */
    @Test
    void readsTheWholePublishedList() throws Exception {
        Path file = Path.of("/work/shared/data/screening/un_sc_consolidated.xml");
        assumeTrue(Files.isReadable(file), "full UN list not available");
        ListDocument doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = new UnListReader().read(in);
        }
        assertThat(doc.entries()).hasSize(1003);
        assertThat(doc.entries()).filteredOn(s -> s.schema() == Schema.PERSON).hasSize(730);
        assertThat(doc.entries()).filteredOn(s -> s.schema() == Schema.LEGAL_ENTITY).hasSize(273);
        assertThat(doc.entries().stream().mapToInt(s -> s.birthDates().size()).sum()).isEqualTo(863);
        assertThat(doc.entries().stream().mapToInt(s -> s.identifiers().size()).sum()).isEqualTo(454);
        assertThat(doc.entries().stream().flatMap(s -> s.birthDates().stream()).filter(BirthDate::isRange)).hasSize(31);
        assertThat(doc.entries().stream().flatMap(s -> s.birthDates().stream()).filter(BirthDate::circa)).hasSize(116);
        assertThat(Fixtures.count(doc, NameStrength.WEAK)).isGreaterThanOrEqualTo(600);
        assertThat(doc.warnings()).containsExactlyInAnyOrder(
                "unknown nationality 'former Soviet Union'", "unknown nationality 'na'");
    }
}
