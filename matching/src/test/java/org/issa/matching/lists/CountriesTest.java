package org.issa.matching.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Iran (Islamic Republic of)                            | IR
            Democratic People's Republic of Korea                 | KP
            Republic of Korea                                     | KR
            Syrian Arab Republic                                  | SY
            Russian Federation                                    | RU
            United Republic of Tanzania                           | TZ
            Libya                                                 | LY
            Türkiye                                               | TR
            Turkey                                                | TR
            Viet Nam                                              | VN
            Bolivia (Plurinational State of)                      | BO
            Venezuela (Bolivarian Republic of)                    | VE
            Democratic Republic of the Congo                      | CD
            Congo                                                 | CG
            United Kingdom of Great Britain and Northern Ireland  | GB
            United States of America                              | US
            State of Palestine                                    | PS
            China, Hong Kong Special Administrative Region        | HK
            Bosnia and Herzegovina                                | BA
            Trinidad and Tobago                                   | TT
            Guinea-Bissau                                         | GW
            Côte d’Ivoire                                         | CI
            Saint Kitts and Nevis                                 | KN
            the Gambia                                            | GM
            Micronesia (Federated States of)                      | FM
            GERMANY                                               | DE
            Kosovo                                                | XK
            de                                                    | DE
            xk                                                    | XK
            DEU                                                   | DE
            fra                                                   | FR
            """)
    void mapsNamesAndCodes(String text, String iso2) {
        assertThat(Countries.toIso2(text)).isEqualTo(iso2);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            former Soviet Union
            Atlantis
            ZZ
            suhh
            """)
    void returnsNullForUnknown(String text) {
        assertThat(Countries.toIso2(text)).isNull();
    }

    @org.junit.jupiter.api.Test
    void fromNameIgnoresCodes() {
        assertThat(Countries.fromName("na")).isNull();
        assertThat(Countries.toIso2("na")).isEqualTo("NA");
        assertThat(Countries.fromName("Namibia")).isEqualTo("NA");
        assertThat(Countries.toIso2(null)).isNull();
        assertThat(Countries.toIso2("  ")).isNull();
    }
}
