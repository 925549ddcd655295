package org.issa.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertThat(Csv.cell("plain")).isEqualTo("\"plain\"");
        assertThat(Csv.cell("say \"hi\", then\nleave")).isEqualTo("\"say \"\"hi\"\", then\nleave\"");
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).startsWith("\"'=");
        assertThat(Csv.cell("@SUM(A1)")).startsWith("\"'@");
        assertThat(Csv.cell(null)).isEqualTo("\"\"");
    }
}
