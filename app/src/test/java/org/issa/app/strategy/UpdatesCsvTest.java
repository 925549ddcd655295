package org.issa.app.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpdatesCsvTest {

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertThat(UpdatesCsv.cell("plain")).isEqualTo("\"plain\"");
        assertThat(UpdatesCsv.cell("say \"hi\", then\nleave")).isEqualTo("\"say \"\"hi\"\", then\nleave\"");
        assertThat(UpdatesCsv.cell("=HYPERLINK(\"http://x\")")).startsWith("\"'=");
        assertThat(UpdatesCsv.cell("@SUM(A1)")).startsWith("\"'@");
        assertThat(UpdatesCsv.cell(null)).isEqualTo("\"\"");
    }
}
