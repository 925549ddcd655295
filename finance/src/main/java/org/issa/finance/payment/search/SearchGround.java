package org.issa.finance.payment.search;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/**
 * The link to terrorism or serious crime a targeted search must state: terrorism and its financing (Directive (EU)
 * 2017/541), and the serious crimes for which payment data may be searched (the offences of Annex II of Directive
 * (EU) 2016/681, with money laundering and the violation of EU restrictive measures).
 */
public enum SearchGround {
    TERRORISM("Terrorism"),
    TERRORIST_FINANCING("Financing of terrorism"),
    PARTICIPATION_IN_A_CRIMINAL_ORGANISATION("Participation in a criminal organisation"),
    MONEY_LAUNDERING("Laundering of the proceeds of crime"),
    TRAFFICKING_IN_HUMAN_BEINGS("Trafficking in human beings"),
    MIGRANT_SMUGGLING("Facilitation of unauthorised entry and residence"),
    DRUG_TRAFFICKING("Illicit trafficking in narcotic drugs and psychotropic substances"),
    ARMS_TRAFFICKING("Illicit trafficking in weapons, munitions and explosives"),
    CORRUPTION("Corruption"),
    FRAUD("Fraud, including fraud against the financial interests of the Union"),
    COUNTERFEITING_CURRENCY("Counterfeiting and piracy of products, counterfeiting of the euro"),
    CYBERCRIME("Cybercrime"),
    CHILD_SEXUAL_EXPLOITATION("Sexual exploitation of children and child pornography"),
    MURDER("Murder, grievous bodily injury"),
    KIDNAPPING("Kidnapping, illegal restraint and hostage-taking"),
    ORGANISED_ROBBERY("Organised or armed robbery"),
    ENVIRONMENTAL_CRIME("Environmental crime"),
    SANCTIONS_VIOLATION("Violation of Union restrictive measures");

    private final String label;

    SearchGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses a ground as written ({@code terrorism}, {@code money-laundering}…), or a 400 naming {@code ground}. */
    public static SearchGround parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("ground", "state the link to terrorism or serious crime (ground: "
                    + String.join(", ", java.util.Arrays.stream(values()).map(g -> g.name().toLowerCase(Locale.ROOT)).toList()) + ")");
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (SearchGround g : values()) {
            if (g.name().equals(t)) {
                return g;
            }
        }
        throw new InvalidInputException("ground", "'" + text + "' is not a ground for a targeted search (terrorism, terrorist_financing"
                + " or one of the serious crimes listed)");
    }
}
