package org.issa.cyber.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.issa.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The DSA code lists are the Transparency Database's, code for code. */
class DsaVocabularyTest {

    @Test
    void theListsHoldTheExactCodes() {
        DsaVocabulary v = DsaVocabulary.builtIn();
        assertThat(v.list(DsaVocabulary.CATEGORY)).hasSize(16).allSatisfy(c -> assertThat(c.code()).startsWith("STATEMENT_CATEGORY_"));
        assertThat(v.list(DsaVocabulary.CATEGORY)).extracting(DsaVocabulary.Code::code).contains("STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
                "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN", "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
                "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE", "STATEMENT_CATEGORY_OTHER_VIOLATION_TC");
        assertThat(v.list(DsaVocabulary.CONTENT_TYPE)).hasSize(8);
        assertThat(v.list(DsaVocabulary.VISIBILITY)).extracting(DsaVocabulary.Code::code).containsExactly(
                "DECISION_VISIBILITY_CONTENT_REMOVED", "DECISION_VISIBILITY_CONTENT_DISABLED", "DECISION_VISIBILITY_CONTENT_DEMOTED",
                "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED", "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
                "DECISION_VISIBILITY_CONTENT_LABELLED", "DECISION_VISIBILITY_OTHER");
        assertThat(v.decisionListOf("DECISION_ACCOUNT_TERMINATED")).contains(DsaVocabulary.ACCOUNT);
        assertThat(v.decisionListOf("STATEMENT_CATEGORY_VIOLENCE")).isEmpty();
        assertThat(v.label("STATEMENT_CATEGORY_PROTECTION_OF_MINORS")).isEqualTo("Protection of minors");
        assertThatThrownBy(() -> v.require("category", DsaVocabulary.CATEGORY, "STATEMENT_CATEGORY_SPAM"))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("category"));
    }
}
