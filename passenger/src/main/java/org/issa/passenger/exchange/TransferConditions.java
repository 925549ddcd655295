package org.issa.passenger.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The conditions of Art 11 of Directive (EU) 2016/681 for a transfer to a third country, checked
 * one by one: a transfer is made only when none is missing. Each missing condition names the field
 * to complete and the provision that requires it. The country must be a third country: EU Member
 * States exchange under Art 9, not here.
 */
public final class TransferConditions {

    /** A condition not met: the field to complete and why. */
    public record Missing(String field, String reason) {
    }

    static final Set<String> MEMBER_STATES = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private TransferConditions() {
    }

    public static List<Missing> missing(TransferRequest t) {
        List<Missing> out = new ArrayList<>();
        String country = t.country().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(country).matches()) {
            out.add(new Missing("country", "country must be a two-letter ISO 3166-1 code of the third country"));
        } else if (MEMBER_STATES.contains(country)) {
            out.add(new Missing("country", country + " is an EU Member State: exchange with its PIU under Art 9, not as a third-country transfer"));
        }
        require(out, t.recipient(), "recipient", "name the receiving authority");
        require(out, t.caseReference(), "caseReference", "transfers are made case by case (Art 11(1)): name the case");
        require(out, t.purpose(), "purpose", "state the purpose of the transfer");
        require(out, t.dataTransferred(), "dataTransferred", "describe the data transferred");
        if (!t.necessaryForPurposes()) {
            out.add(new Missing("necessaryForPurposes", "Art 11(1)(b): the transfer must be necessary for the purposes of Art 1(2)"));
        }
        if (!t.recipientCompetent()) {
            out.add(new Missing("recipientCompetent", "Art 11(3): the recipient must be a competent authority whose intended use is"
                    + " consistent with the Directive's terms and safeguards"));
        }
        if (!t.requestDulyReasoned()) {
            out.add(new Missing("requestDulyReasoned", "Art 11(1)(d): conditions similar to Art 9(2) (a duly reasoned request) must be met"));
        }
        if (t.chapterVBasis() == ChapterVBasis.NONE) {
            out.add(new Missing("chapterVBasis", "Art 11(1)(a): a ground under Chapter V of Directive (EU) 2016/680 is required"));
        } else if (t.chapterVReference().isEmpty()) {
            out.add(new Missing("chapterVReference", "Art 11(1)(a): name the adequacy decision, safeguard instrument or derogation relied on"));
        }
        if (!t.onwardTransferAgreed()) {
            out.add(new Missing("onwardTransferAgreed", "Art 11(1)(c): the third country must agree to onward transfer only where strictly"
                    + " necessary and with express authorisation"));
        }
        if (t.fromOtherMemberState()) {
            if (!COUNTRY.matcher(t.originState().toUpperCase(Locale.ROOT)).matches()) {
                out.add(new Missing("originState", "name the Member State the data were obtained from"));
            }
            if (t.originConsentReference().isEmpty()) {
                if (!t.urgentWithoutConsent()) {
                    out.add(new Missing("originConsentReference", "data obtained from another Member State need its consent (Art 11(1)),"
                            + " or the urgency exception of Art 11(2)"));
                } else if (t.urgencyJustification().isEmpty()) {
                    out.add(new Missing("urgencyJustification", "Art 11(2): explain the specific and actual threat and why consent could"
                            + " not be obtained in good time"));
                }
            }
        }
        if (t.depersonalisedData() && t.approvalReference().isEmpty()) {
            out.add(new Missing("approvalReference", "Art 12(3): data older than six months are disclosed in full only with an approval"));
        }
        return out;
    }

    private static void require(List<Missing> out, String value, String field, String reason) {
        if (value.isEmpty()) {
            out.add(new Missing(field, reason));
        }
    }
}
