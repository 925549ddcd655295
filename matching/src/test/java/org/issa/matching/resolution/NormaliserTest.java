package org.issa.matching.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormaliserTest {

    @Test
    void trimsFoldsCaseCollapsesSpacesAndStripsAccents() {
        assertThat(Normaliser.text("  Julia ")).isEqualTo("julia");
        assertThat(Normaliser.text("José   MARÍA\tÁlvarez")).isEqualTo("jose maria alvarez");
        assertThat(Normaliser.text("Ørsted Ǆ")).as("ø has no decomposition; the Ǆ ligature splits").isEqualTo("ørsted dz");
        assertThat(Normaliser.text("   ")).isNull();
        assertThat(Normaliser.text(null)).isNull();
    }

    @Test
    void codesLoseInnerSpacesButKeepLeadingZeros() {
        assertThat(Normaliser.code(" 0810 ")).isEqualTo("0810");
        assertThat(Normaliser.code("SW1A 1AA")).isEqualTo("sw1a1aa");
    }

    @Test
    void datesBecomeDigitStringsWithoutCalendarCheck() {
        assertThat(Normaliser.date("2015-10-29")).isEqualTo("20151029");
        assertThat(Normaliser.date(" 19560409")).isEqualTo("19560409");
        assertThat(Normaliser.date("9.4.1956")).isEqualTo("19560409");
        assertThat(Normaliser.date("19560231")).as("31 February stays").isEqualTo("19560231");
        assertThat(Normaliser.date("2001-2-30")).isEqualTo("20010230");
        assertThat(Normaliser.date("")).isNull();
    }

    @Test
    void normalisesByFieldType() {
        assertThat(Normaliser.normalise(FieldType.NAME, " Noah ")).isEqualTo("noah");
        assertThat(Normaliser.normalise(FieldType.DATE, "1990-03-21")).isEqualTo("19900321");
        assertThat(Normaliser.normalise(FieldType.CODE, "NSW ")).isEqualTo("nsw");
    }
}
