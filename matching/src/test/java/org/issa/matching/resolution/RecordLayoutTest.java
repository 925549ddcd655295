package org.issa.matching.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordLayoutTest {

    @Test
    void recognisesFebrlHeadersAndIgnoresTheRecordId() throws IOException {
        CsvTable csv = CsvTable.read(new StringReader("""
                rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id
                rec-1496-org, mitchell, green, 7, wallaby place, delmar, cleveland, 0810, sa, 19560231, 1804974
                """));
        RecordLayout layout = RecordLayout.fromHeader(csv.header());
        assertThat(layout.fields()).containsExactly(Field.GIVEN_NAME, Field.FAMILY_NAME, Field.DATE_OF_BIRTH,
                Field.STREET_NUMBER, Field.ADDRESS_1, Field.ADDRESS_2, Field.CITY, Field.POSTCODE, Field.STATE,
                Field.IDENTIFIER);
        assertThat(layout.ignoredColumns()).containsExactly("rec_id");
        ResolutionRecord r = layout.toRecords(csv.rows()).get(0);
        assertThat(r.id()).isEqualTo("0");
        assertThat(r.get(Field.POSTCODE)).as("leading zero kept, leading space gone").isEqualTo("0810");
        assertThat(r.get(Field.DATE_OF_BIRTH)).isEqualTo("19560231");
    }

    @Test
    void recognisesSplinkHeadersAndIgnoresGroundTruth() throws IOException {
        CsvTable csv = CsvTable.read(new StringReader("""
                unique_id,first_name,surname,dob,city,email,cluster
                0,Julia ,,2015-10-29,London,hannah88@powers.com,0
                """));
        RecordLayout layout = RecordLayout.fromHeader(csv.header());
        assertThat(layout.fields()).containsExactly(Field.GIVEN_NAME, Field.FAMILY_NAME, Field.DATE_OF_BIRTH,
                Field.CITY, Field.EMAIL);
        assertThat(layout.ignoredColumns()).containsExactly("unique_id", "cluster");
        ResolutionRecord r = layout.toRecord("x", csv.rows().get(0));
        assertThat(r.values()).doesNotContainKey(Field.FAMILY_NAME).containsEntry(Field.GIVEN_NAME, "Julia");
    }

    @Test
    void headerSpellingsVary() {
        assertThat(Field.forHeader(" Last Name ")).contains(Field.FAMILY_NAME);
        assertThat(Field.forHeader("E-Mail")).contains(Field.EMAIL);
        assertThat(Field.forHeader("id_number")).contains(Field.IDENTIFIER);
        assertThat(Field.forHeader("name")).contains(Field.FULL_NAME);
        assertThat(Field.forHeader("cluster")).isEmpty();
    }

    @Test
    void aFieldCanBeLeftOut() {
        RecordLayout layout = RecordLayout.fromHeader(List.of("given_name", "surname", "soc_sec_id"))
                .without(Field.IDENTIFIER);
        assertThat(layout.fields()).containsExactly(Field.GIVEN_NAME, Field.FAMILY_NAME);
        assertThat(layout.toRecord("1", List.of("a", "b", "123")).values()).doesNotContainKey(Field.IDENTIFIER);
    }

    @Test
    void aHeaderWithoutKnownFieldsIsRefused() {
        assertThatThrownBy(() -> RecordLayout.fromHeader(List.of("rec_id", "cluster")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column");
    }

    @Test
    void recordsDropBlankValuesAndMapHeaders() {
        ResolutionRecord r = ResolutionRecord.ofHeaders("7", Map.of("first_name", "Ann", "surname", " ", "x", "y"));
        assertThat(r.values()).containsOnlyKeys(Field.GIVEN_NAME);
    }

    @Test
    void duplicateIdsAreRefused() {
        Deduplicator d = Deduplicator.forFields(java.util.EnumSet.of(Field.GIVEN_NAME));
        List<ResolutionRecord> twice = List.of(new ResolutionRecord("1", Map.of(Field.GIVEN_NAME, "a")),
                new ResolutionRecord("1", Map.of(Field.GIVEN_NAME, "b")));
        assertThatThrownBy(() -> d.resolve(twice)).hasMessageContaining("occurs twice");
    }
}
