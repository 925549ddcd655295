package org.issa.finance.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words of a finding, in full for a cleared reader and redacted for one who may not see part of the network. */
class SaleExplanationTest {

    static final Finding SISTER = new Finding(0.93, "name 0.93", "", "case-1", "ds:p2", "Marieke Voorbeeld", "convicted",
            List.of(new CaseNetwork.Step("ds:p1", "Jan Voorbeeld", "Family", "sister", "ds:p2", "Marieke Voorbeeld")));
    static final Finding TWO_HOPS = new Finding(0.88, "name 0.88", "buyer's company Calypso Ltd", "case-1", "ds:c1", "Calypso Holdings",
            "convicted", List.of(new CaseNetwork.Step("ds:p1", "Jan Voorbeeld", "Family", "sister", "ds:p2", "Marieke Voorbeeld"),
            new CaseNetwork.Step("ds:p2", "Marieke Voorbeeld", "Directorship", "", "ds:c1", "Calypso Holdings")));

    @Test
    void aClearedReaderReadsWhoMatchedAndHow() {
        assertThat(SaleExplanation.words("Marijke Voorbeeld", SISTER, Set.of("ds:p1", "ds:p2"), "INV-2026-00002")).isEqualTo(
                "buyer Marijke Voorbeeld matches Marieke Voorbeeld (score 0.93; name 0.93), sister (Family) of Jan Voorbeeld (convicted)"
                        + " in case INV-2026-00002");
        assertThat(SaleExplanation.words("X", TWO_HOPS, Set.of("ds:p1", "ds:p2", "ds:c1"), "C")).isEqualTo("buyer's company Calypso Ltd"
                + " matches Calypso Holdings (score 0.88; name 0.88), linked by Directorship to Marieke Voorbeeld, who is sister (Family) of"
                + " Jan Voorbeeld (convicted) in case C");
    }

    @Test
    void entitiesTheReaderMayNotSeeAreNotNamed() {
        String words = SaleExplanation.words("Marijke Voorbeeld", SISTER, Set.of("ds:p2"), "INV-2026-00002");
        assertThat(words).doesNotContain("Jan Voorbeeld").doesNotContain("convicted").doesNotContain("sister")
                .contains("matches Marieke Voorbeeld (score 0.93").contains(SaleExplanation.HIDDEN);
        String hidden = SaleExplanation.words("X", TWO_HOPS, Set.of("ds:p1"), "C");
        assertThat(hidden).doesNotContain("Marieke").doesNotContain("Calypso Holdings").doesNotContain("Directorship").contains("Jan Voorbeeld");
    }
}
