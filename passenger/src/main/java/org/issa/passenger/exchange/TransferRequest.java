package org.issa.passenger.exchange;

/**
 * A transfer to a third country as the officer enters it, before its conditions are checked: the
 * recipient, the case, the data, and each condition of Art 11 as its own field.
 *
 * @param necessaryForPurposes   Art 11(1)(b): necessary for the prevention, detection, investigation or prosecution of terrorist offences or serious crime
 * @param recipientCompetent     Art 11(3): the recipient is a competent authority of the third country and its intended use is consistent with the Directive's terms and safeguards
 * @param requestDulyReasoned    Art 11(1)(d): conditions similar to those of Art 9(2) met (a duly reasoned request, relevant data)
 * @param chapterVBasis          Art 11(1)(a): the Chapter V ground, with {@code chapterVReference} naming the decision, instrument or assessment
 * @param onwardTransferAgreed   Art 11(1)(c): the third country agreed to pass the data on only where strictly necessary and with this Member State's express authorisation
 * @param fromOtherMemberState   the data were obtained from another Member State: its consent ({@code originConsentReference}) is needed
 * @param urgentWithoutConsent   Art 11(2): no prior consent, because the transfer is essential to respond to a specific and actual threat and consent cannot be obtained in good time ({@code urgencyJustification})
 * @param depersonalisedData     the data are older than six months: disclosure of the full data needs an Art 12(3) approval ({@code approvalReference})
 */
public record TransferRequest(String country, String recipient, String caseReference, String purpose, String dataTransferred,
                              boolean necessaryForPurposes, boolean recipientCompetent, boolean requestDulyReasoned,
                              ChapterVBasis chapterVBasis, String chapterVReference, boolean onwardTransferAgreed,
                              boolean fromOtherMemberState, String originState, String originConsentReference,
                              boolean urgentWithoutConsent, String urgencyJustification, boolean depersonalisedData,
                              String approvalReference) {

    public TransferRequest {
        country = trim(country);
        recipient = trim(recipient);
        caseReference = trim(caseReference);
        purpose = trim(purpose);
        dataTransferred = trim(dataTransferred);
        chapterVBasis = chapterVBasis == null ? ChapterVBasis.NONE : chapterVBasis;
        chapterVReference = trim(chapterVReference);
        originState = trim(originState);
        originConsentReference = trim(originConsentReference);
        urgencyJustification = trim(urgencyJustification);
        approvalReference = trim(approvalReference);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
