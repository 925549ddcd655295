package org.issa.core.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkingTest {

    @Test
    void columnsRoundTrip() {
        Marking m = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of("STATE:FR", "AGENCY:DE-BKA"), "FR-PIU",
                Set.of(Handling.PERSONAL_DATA));
        assertThat(m.releasabilityColumn()).isEqualTo(",AGENCY:DE-BKA,STATE:FR,");
        Marking back = Marking.fromColumns(m.classification().level(), m.tlp().code(), m.releasabilityColumn(),
                m.originator(), m.handlingColumn());
        assertThat(back).isEqualTo(m);
    }

    @Test
    void refusesTokensThatCouldActAsWildcards() {
        assertThatThrownBy(() -> new Marking(Classification.UNCLASSIFIED, Tlp.GREEN, Set.of("STATE:%"), "FR-PIU", Set.of()))
                .hasMessageContaining("releasability entry");
        assertThatThrownBy(() -> new Marking(Classification.UNCLASSIFIED, Tlp.GREEN, Set.of(), "FR_PIU", Set.of()))
                .hasMessageContaining("originator");
    }

    @Test
    void parsesLabels() {
        assertThat(Tlp.parse("TLP:AMBER+STRICT")).isEqualTo(Tlp.AMBER_STRICT);
        assertThat(Tlp.parse("white")).isEqualTo(Tlp.CLEAR);
        assertThat(Classification.parse("RESTREINT UE")).isEqualTo(Classification.RESTREINT_UE);
        assertThat(Classification.parse("confidentiel_ue")).isEqualTo(Classification.CONFIDENTIEL_UE);
        assertThatThrownBy(() -> Classification.parse("TOP SECRET")).hasMessageContaining("unknown classification");
    }
}
