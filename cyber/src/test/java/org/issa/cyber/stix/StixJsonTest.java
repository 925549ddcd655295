package org.issa.cyber.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StixJsonTest {

    /** Number forms from RFC 8785, appendix B (IEEE-754 value → ES6 text). */
    @ParameterizedTest
    @CsvSource({
            "0, 0", "-0.0, 0", "1, 1", "-1, -1", "4.50, 4.5", "2e-3, 0.002", "0.000001, 0.000001", "1e-7, 1e-7",
            "1e21, 1e+21", "1e20, 100000000000000000000", "123456789012345680000, 123456789012345680000",
            "9007199254740992, 9007199254740992", "295147905179352830000, 295147905179352830000",
            "5e-324, 5e-324", "1.7976931348623157e308, 1.7976931348623157e+308", "333333333.33333329, 333333333.3333333",
            "7.980693, 7.980693", "-1.5e-10, -1.5e-10"
    })
    void numbersAreWrittenAsEcmaScriptDoes(String input, String expected) {
        assertThat(StixJson.es6Number(new BigDecimal(input))).isEqualTo(expected);
    }

    @Test
    void canonicalFormSortsKeysByUtf16AndEscapesOnlyWhatJcsEscapes() {
        var node = StixJson.parse(Fixtures.utf8("{\"b\":[1,2.50,{\"z\":true,\"a\":null}],\"a\":\"\\u20ac\\n\\u000f/\\\"\","
                + "\"\\u00e9\":1,\"\\ud83d\\ude00\":2,\"\\ufb33\":3}"), BundleLimits.DEFAULT);
        assertThat(StixJson.canonical(node))
                .isEqualTo("{\"a\":\"€\\n\\u000f/\\\"\",\"b\":[1,2.5,{\"a\":null,\"z\":true}],\"é\":1,\"\uD83D\uDE00\":2,\"\uFB33\":3}");
    }

    @Test
    void compactWritingKeepsOrderAndNumberForms() {
        var node = StixJson.parse(Fixtures.utf8("{\"z\":1.50,\"a\":12345678901234567890123,\"m\":1e400}"), BundleLimits.DEFAULT);
        assertThat(StixJson.compact(node)).isEqualTo("{\"z\":1.50,\"a\":12345678901234567890123,\"m\":1E+400}");
    }

    @Test
    void hostileJsonIsRefusedWithAClearMessage() {
        BundleLimits small = new BundleLimits(1000, 10, 8, 100);
        assertThatThrownBy(() -> StixJson.parse(Fixtures.utf8("[".repeat(20) + "]".repeat(20)), small))
                .isInstanceOf(StixFormatException.class).hasMessageContaining("limit").hasMessageContaining("depth");
        assertThatThrownBy(() -> StixJson.parse(new byte[1001], small))
                .isInstanceOf(StixFormatException.class).hasMessageContaining("1001 bytes");
        assertThatThrownBy(() -> StixJson.parse(Fixtures.utf8("{\"a\":\"" + "x".repeat(200) + "\"}"), small))
                .isInstanceOf(StixFormatException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> StixJson.parse(Fixtures.utf8("{\"a\":1,\"a\":2}"), small))
                .isInstanceOf(StixFormatException.class).hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> StixJson.parse(Fixtures.utf8("{\"a\":"), small))
                .isInstanceOf(StixFormatException.class).hasMessageContaining("not well-formed").hasMessageContaining("line 1");
        assertThatThrownBy(() -> StixJson.parse(Fixtures.utf8("{\"a\":1} trailing"), small))
                .isInstanceOf(StixFormatException.class);
        assertThatThrownBy(() -> StixJson.parse(new byte[0], small))
                .isInstanceOf(StixFormatException.class).hasMessageContaining("empty");
    }
}
