package org.issa.matching.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ListFormatsTest {

    @Test
    void givesAReaderForEachFormat() {
        assertThat(ListFormats.forName("un")).isInstanceOf(UnListReader.class);
        assertThat(ListFormats.forName(" EU ")).isInstanceOf(EuListReader.class);
        assertThat(ListFormats.forName("ftm")).isInstanceOf(FtmReader.class);
        assertThat(ListFormats.forName("csv")).isInstanceOf(CsvListReader.class);
        for (String name : ListFormats.NAMES) {
            assertThat(ListFormats.forName(name).format()).isEqualTo(name);
        }
    }

    @Test
    void listsTheValidFormatsForAnUnknownOne() {
        assertThatThrownBy(() -> ListFormats.forName("ofac"))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("unknown list format 'ofac' (expected one of un, eu, ftm, csv)");
    }

    @Test
    void detectsTheFormatFromTheFirstBytes() {
        assertThat(ListFormats.detect(bytes("<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST dateGenerated=\"x\">"))).isEqualTo("un");
        assertThat(ListFormats.detect(bytes("\uFEFF<?xml version=\"1.0\"?><export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">"))).isEqualTo("eu");
        assertThat(ListFormats.detect("<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">".getBytes(StandardCharsets.UTF_16))).isEqualTo("eu");
        assertThat(ListFormats.detect(bytes("\n  {\"id\": \"a\"}"))).isEqualTo("ftm");
        assertThat(ListFormats.detect(bytes("id,name\n1,A"))).isEqualTo("csv");
        assertThat(ListFormats.detect(new byte[0])).isEqualTo("csv");
        assertThatThrownBy(() -> ListFormats.detect(bytes("<?xml version=\"1.0\"?><sdnList>")))
                .isInstanceOf(ListFormatException.class).hasMessageStartingWith("XML list not recognised");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
