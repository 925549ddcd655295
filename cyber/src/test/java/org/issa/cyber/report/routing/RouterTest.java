package org.issa.cyber.report.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.issa.core.error.InvalidInputException;
import org.issa.cyber.report.rsit.RsitTaxonomy;
import org.junit.jupiter.api.Test;

class RouterTest {

    private static final RoutingRule FIN = new RoutingRule("1", 10, "fraud", "", "", "finance", "CERT-FIN", "Financial CERT", false, true);
    private static final RoutingRule FR_PHISH = new RoutingRule("2", 5, "fraud", "phishing", "FR", "", "PHAROS", "PHAROS", false, true);
    private static final RoutingRule FRAUD = new RoutingRule("3", 20, "fraud", "", "", "", "POLICE", "Police", false, true);
    private static final RoutingRule OFF = new RoutingRule("4", 1, "fraud", "", "", "", "OFF", "Inactive", false, false);
    private static final RoutingRule DEFAULT = new RoutingRule("9", 1_000_000, "", "", "", "", "CSIRT", "National CSIRT", true, true);
    private static final List<RoutingRule> RULES = List.of(DEFAULT, FRAUD, FIN, FR_PHISH, OFF);

    @Test
    void theFirstMatchingActiveRuleByPositionWins() {
        assertThat(Router.route(RULES, "fraud", "phishing", "FR", "finance").authorityCode()).isEqualTo("PHAROS");
        assertThat(Router.route(RULES, "fraud", "phishing", "DE", "finance").authorityCode()).isEqualTo("CERT-FIN");
        assertThat(Router.route(RULES, "fraud", "masquerade", "DE", "retail").authorityCode()).isEqualTo("POLICE");
    }

    @Test
    void whatNoRuleTakesGoesToTheDefault() {
        RoutingRule r = Router.route(RULES, "availability", "ddos", "FR", "energy");
        assertThat(r.authorityCode()).isEqualTo("CSIRT");
        assertThat(r.describe()).isEqualTo("default rule → National CSIRT (CSIRT)");
        assertThat(FR_PHISH.describe()).isEqualTo("rule 5: class fraud/phishing, country FR, any sector → PHAROS (PHAROS)");
    }

    @Test
    void withoutADefaultRoutingIsAConfigurationError() {
        assertThatThrownBy(() -> Router.route(List.of(FIN), "other", "other", "FR", "health")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rulesAreValidated() {
        RsitTaxonomy t = RsitTaxonomy.builtIn();
        assertThatThrownBy(() -> new RoutingRule("", 1, "", "", "", "", "X", "X", false, true).validated(t))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("hide the default rule");
        assertThatThrownBy(() -> new RoutingRule("", 1, "fraud", "", "FRA", "", "X", "X", false, true).validated(t))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("country");
        assertThatThrownBy(() -> new RoutingRule("", 1, "", "", "", "banking", "X", "X", false, true).validated(t))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("sector");
        assertThatThrownBy(() -> new RoutingRule("", 1, "fraud", "", "", "", "bad code!", "X", false, true).validated(t))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("authorityCode");
        assertThat(new RoutingRule("", 1, "fraud", "", "fr", "", "X", "X", false, true).validated(t).country()).isEqualTo("FR");
    }
}
