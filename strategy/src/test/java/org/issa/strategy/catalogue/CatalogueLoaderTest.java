package org.issa.strategy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CatalogueLoaderTest {

    @Test
    void builtInCatalogueHoldsTheFiveObjectivesAndBothReports() {
        Catalogue c = CatalogueLoader.builtIn();
        assertThat(c.reference()).isEqualTo("COM(2010) 673 final");
        assertThat(c.objectives()).extracting(Objective::code).containsExactly("O1", "O2", "O3", "O4", "O5");
        assertThat(c.objectives().get(2).title()).containsIgnoringCase("cyberspace");
        assertThat(c.objectives()).allSatisfy(o -> {
            assertThat(o.actions()).isNotEmpty();
            assertThat(c.indicatorsOf(o)).hasSizeGreaterThanOrEqualTo(2);
        });
        assertThat(c.history()).extracting(HistoricReport::year).containsExactly(2011, 2013);
        assertThat(c.historyOf(2011).orElseThrow().findings()).isNotEmpty();
        assertThat(c.action("O1.A1.1")).hasValueSatisfying(a -> {
            assertThat(a.title()).contains("Passenger Name Records");
            assertThat(a.parentCode()).isEqualTo("O1.A1");
        });
    }

    @Test
    void refusesMalformedCatalogues() {
        assertThatThrownBy(() -> load("{not json")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> load("{\"id\":\"x\",\"title\":\"t\",\"reference\":\"r\",\"adopted\":\"a\","
                + "\"periodFrom\":2011,\"periodTo\":2014,\"objectives\":[]}")).hasMessageContaining("no objectives");
        assertThatThrownBy(() -> load("{\"id\":\"x\",\"title\":\"t\",\"reference\":\"r\",\"adopted\":\"a\","
                + "\"periodFrom\":2011,\"periodTo\":2014,\"objectives\":[{\"code\":\"O1\",\"title\":\"T\",\"actions\":["
                + "{\"code\":\"O2.A1\",\"title\":\"A\"}]}]}")).hasMessageContaining("does not belong under O1");
        assertThatThrownBy(() -> load("{\"id\":\"x\",\"title\":\"t\",\"reference\":\"r\",\"adopted\":\"a\","
                + "\"periodFrom\":2011,\"periodTo\":2014,\"objectives\":[{\"code\":\"O1\",\"title\":\"T\",\"actions\":["
                + "{\"code\":\"O1.A1\",\"title\":\"A\",\"periodTo\":2020}]}]}")).hasMessageContaining("outside the strategy");
    }

    private static Catalogue load(String json) {
        return CatalogueLoader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
