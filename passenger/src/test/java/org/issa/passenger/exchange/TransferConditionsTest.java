package org.issa.passenger.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransferConditionsTest {

    /** A transfer meeting every condition of Art 11. */
    static TransferRequest complete() {
        return new TransferRequest("CA", "Royal Canadian Mounted Police", "CASE-2026-114", "terrorist financing investigation",
                "booking ABC123 of one passenger, itinerary and payment", true, true, true, ChapterVBasis.ADEQUACY_DECISION,
                "Commission Decision 2006/253/EC (PNR, Canada)", true, false, "", "", false, "", false, "");
    }

    static TransferRequest with(java.util.function.UnaryOperator<Object[]> change) {
        TransferRequest c = complete();
        Object[] v = {c.country(), c.recipient(), c.caseReference(), c.purpose(), c.dataTransferred(), c.necessaryForPurposes(),
                c.recipientCompetent(), c.requestDulyReasoned(), c.chapterVBasis(), c.chapterVReference(), c.onwardTransferAgreed(),
                c.fromOtherMemberState(), c.originState(), c.originConsentReference(), c.urgentWithoutConsent(), c.urgencyJustification(),
                c.depersonalisedData(), c.approvalReference()};
        v = change.apply(v);
        return new TransferRequest((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4], (boolean) v[5],
                (boolean) v[6], (boolean) v[7], (ChapterVBasis) v[8], (String) v[9], (boolean) v[10], (boolean) v[11], (String) v[12],
                (String) v[13], (boolean) v[14], (String) v[15], (boolean) v[16], (String) v[17]);
    }

    static List<String> fields(TransferRequest t) {
        return TransferConditions.missing(t).stream().map(TransferConditions.Missing::field).toList();
    }

    static Object[] set(Object[] v, int i, Object value) {
        v[i] = value;
        return v;
    }

    @Test
    void aTransferMeetingEveryConditionHasNothingMissing() {
        assertThat(TransferConditions.missing(complete())).isEmpty();
    }

    @Test
    void eachArticle11ConditionLeftUncheckedIsNamed() {
        assertThat(fields(with(v -> set(v, 5, false)))).containsExactly("necessaryForPurposes");
        assertThat(fields(with(v -> set(v, 6, false)))).containsExactly("recipientCompetent");
        assertThat(fields(with(v -> set(v, 7, false)))).containsExactly("requestDulyReasoned");
        assertThat(fields(with(v -> set(v, 8, ChapterVBasis.NONE)))).containsExactly("chapterVBasis");
        assertThat(fields(with(v -> set(v, 9, "")))).containsExactly("chapterVReference");
        assertThat(fields(with(v -> set(v, 10, false)))).containsExactly("onwardTransferAgreed");
        assertThat(fields(with(v -> set(v, 2, " ")))).containsExactly("caseReference");
    }

    @Test
    void aMemberStateIsNotAThirdCountry() {
        assertThat(TransferConditions.missing(with(v -> set(v, 0, "DE")))).singleElement()
                .satisfies(m -> assertThat(m.reason()).contains("Art 9"));
        assertThat(fields(with(v -> set(v, 0, "Canada")))).containsExactly("country");
    }

    @Test
    void dataFromAnotherMemberStateNeedItsConsentOrTheUrgencyException() {
        TransferRequest noConsent = with(v -> set(set(v, 11, true), 12, "BE"));
        assertThat(fields(noConsent)).containsExactly("originConsentReference");
        TransferRequest consent = with(v -> set(set(set(v, 11, true), 12, "BE"), 13, "BE-PIU consent 2026/77"));
        assertThat(fields(consent)).isEmpty();
        TransferRequest urgentUnexplained = with(v -> set(set(set(v, 11, true), 12, "BE"), 14, true));
        assertThat(fields(urgentUnexplained)).containsExactly("urgencyJustification");
        TransferRequest urgent = with(v -> set(set(set(set(v, 11, true), 12, "BE"), 14, true), 15,
                "imminent attack on flight AC 871; BE PIU unreachable overnight"));
        assertThat(fields(urgent)).isEmpty();
        assertThat(fields(with(v -> set(v, 11, true)))).containsExactly("originState", "originConsentReference");
    }

    @Test
    void depersonalisedDataNeedTheArticle12Approval() {
        assertThat(fields(with(v -> set(v, 16, true)))).containsExactly("approvalReference");
        assertThat(fields(with(v -> set(set(v, 16, true), 17, "investigating judge Brussels 2026/311")))).isEmpty();
    }

    @Test
    void everyMissingConditionIsReportedAtOnce() {
        TransferRequest empty = new TransferRequest("", "", "", "", "", false, false, false, null, "", false, false, "", "", false, "",
                false, "");
        assertThat(fields(empty)).containsExactly("country", "recipient", "caseReference", "purpose", "dataTransferred",
                "necessaryForPurposes", "recipientCompetent", "requestDulyReasoned", "chapterVBasis", "onwardTransferAgreed");
    }
}
