package org.issa.app.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.issa.core.error.InvalidInputException;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;
import org.junit.jupiter.api.Test;

/** What users type becomes the engine's subject, or an error that names the field, row and column. */
class ScreeningInputTest {

    @Test
    void aQueryBecomesASubject() {
        Subject s = new ScreeningQuery("Jane Roe", "Jane", null, "Roe", "03.02.1970", "fr", "F", "X 123", "company")
                .toSubject("q");
        assertThat(s.schema()).isEqualTo(Schema.COMPANY);
        assertThat(s.names()).hasSize(2);
        assertThat(s.names().get(1).family()).isEqualTo("Roe");
        assertThat(s.birthDates().getFirst().toString()).isEqualTo("1970-02-03");
        assertThat(s.countries()).containsExactly("FR");
        assertThat(s.gender()).isEqualTo(Gender.FEMALE);
        assertThat(s.identifiers().getFirst().number()).isEqualTo("X 123");
        assertThat(new ScreeningQuery(null, "Jane", "Q", "Roe", null, null, null, null, null).displayName()).isEqualTo("Jane Q Roe");
    }

    private static void refused(ScreeningQuery q, String field) {
        assertThatThrownBy(() -> q.toSubject("q")).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo(field);
    }

    @Test
    void badQueriesNameTheField() {
        refused(new ScreeningQuery(" ", null, null, null, null, null, null, null, null), "name");
        refused(new ScreeningQuery(null, "Jane", null, null, null, null, null, null, null), "lastName");
        refused(new ScreeningQuery("x", null, null, null, "31.02.19x", null, null, null, null), "dateOfBirth");
        refused(new ScreeningQuery("x", null, null, null, null, "FRA", null, null, null), "country");
        refused(new ScreeningQuery("x", null, null, null, null, null, "often", null, null), "gender");
        refused(new ScreeningQuery("x", null, null, null, null, null, null, null, "Dragon"), "schema");
        refused(new ScreeningQuery("x".repeat(201), null, null, null, null, null, null, null, null), "name");
    }

    @Test
    void csvAndJsonBatches() {
        List<ScreeningQuery> rows = BatchInput.csv("\uFEFFFull_Name,DOB,Country\r\n\"Roe, Jane\",1970,FR\r\n\r\nJohn Doe,,\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().name()).isEqualTo("Roe, Jane");
        assertThat(rows.getFirst().dateOfBirth()).isEqualTo("1970");
        assertThat(BatchInput.json("[{\"last_name\":\"Roe\",\"first_name\":\"Jane\",\"nationality\":\"FR\",\"gender\":null}]"))
                .singleElement().satisfies(q -> assertThat(q.displayName()).isEqualTo("Jane Roe"));
        assertThatThrownBy(() -> BatchInput.csv("full_name,dob\nA,1970\nB,\n,1980\n")).isInstanceOf(InvalidInputException.class)
                .hasMessage("row 3: column full_name or last_name required").extracting("field").isEqualTo("rows[3].full_name");
        assertThatThrownBy(() -> BatchInput.csv("full_name,gender\nA,often\n")).extracting("field").isEqualTo("rows[1].gender");
        assertThatThrownBy(() -> BatchInput.json("[{\"full_name\":{\"nested\":1}}]")).extracting("field")
                .isEqualTo("rows[1].full_name");
        StringBuilder many = new StringBuilder("full_name\n");
        for (int i = 0; i <= BatchInput.MAX_ROWS; i++) {
            many.append("N").append(i).append('\n');
        }
        assertThatThrownBy(() -> BatchInput.csv(many.toString())).extracting("field").isEqualTo("body");
    }
}
