package org.issa.matching.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.issa.matching.lists.ColumnMapping.Field;
import org.issa.matching.model.Schema;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void parsesTheTextForm() {
        ColumnMapping m = ColumnMapping.parse(" name = Full Name , dob=Birth,country=Nat,detail=City,detail=E-mail,default_schema=Company");
        assertThat(m.column(Field.NAME)).isEqualTo("Full Name");
        assertThat(m.column(Field.DATE_OF_BIRTH)).isEqualTo("Birth");
        assertThat(m.column(Field.COUNTRY)).isEqualTo("Nat");
        assertThat(m.column(Field.ID)).isNull();
        assertThat(m.detailColumns()).containsExactly("City", "E-mail");
        assertThat(m.defaultSchema()).isEqualTo(Schema.COMPANY);
        assertThat(m.toText()).isEqualTo("name=Full Name,date_of_birth=Birth,nationality=Nat,detail=City,detail=E-mail,default_schema=Company");
        assertThat(ColumnMapping.parse(m.toText())).isEqualTo(m);
    }

    @Test
    void refusesBadText() {
        assertThatThrownBy(() -> ColumnMapping.parse("nom=X"))
                .isInstanceOf(ListFormatException.class).hasMessageStartingWith("column mapping has unknown key 'nom' (expected one of id, name, full_name");
        assertThatThrownBy(() -> ColumnMapping.parse("name=")).hasMessage("column mapping 'name=' has no column (expected key=Column)");
        assertThatThrownBy(() -> ColumnMapping.parse("name=A,full_name=B")).hasMessage("column mapping names name twice");
        assertThatThrownBy(() -> ColumnMapping.parse("dob=Birth")).hasMessageStartingWith("column mapping names no name column");
        assertThatThrownBy(() -> ColumnMapping.parse(" ")).hasMessageStartingWith("column mapping is empty");
        assertThatThrownBy(() -> ColumnMapping.parse("name=A,default_schema=Boat")).hasMessageStartingWith("column mapping default_schema: unknown schema 'Boat'");
    }

    @Test
    void detectsHeadersCaseInsensitively() {
        ColumnMapping m = ColumnMapping.detect(List.of("ID", "Full Name", "Surname", "DOB", "Country", "Nationality", "Passport", "Email"));
        assertThat(m.column(Field.ID)).isEqualTo("ID");
        assertThat(m.column(Field.NAME)).isEqualTo("Full Name");
        assertThat(m.column(Field.LAST_NAME)).isEqualTo("Surname");
        assertThat(m.column(Field.DATE_OF_BIRTH)).isEqualTo("DOB");
        assertThat(m.column(Field.COUNTRY)).isEqualTo("Country");
        assertThat(m.column(Field.ID_NUMBER)).isEqualTo("Passport");
        assertThat(m.detailColumns()).containsExactly("Nationality", "Email");
        assertThat(m.defaultSchema()).isEqualTo(Schema.PERSON);
    }
}
