package org.issa.investigation.warrant;

import java.util.Locale;
import java.util.Optional;

/**
 * The 32 categories of offences of Article 2(2) of Framework Decision 2002/584/JHA: punishable in the
 * issuing state by a custodial sentence of a maximum of at least three years, they give rise to
 * surrender without verification of double criminality. Framework Decision 2006/960/JHA's shorter
 * time limits (Article 4(1) and (3)) apply to requests about these offences.
 */
public enum ListOffence {
    CRIMINAL_ORGANISATION("participation in a criminal organisation"),
    TERRORISM("terrorism"),
    TRAFFICKING_HUMAN_BEINGS("trafficking in human beings"),
    CHILD_SEXUAL_EXPLOITATION("sexual exploitation of children and child pornography"),
    DRUG_TRAFFICKING("illicit trafficking in narcotic drugs and psychotropic substances"),
    WEAPONS_TRAFFICKING("illicit trafficking in weapons, munitions and explosives"),
    CORRUPTION("corruption"),
    FRAUD("fraud, including that affecting the financial interests of the European Communities"),
    MONEY_LAUNDERING("laundering of the proceeds of crime"),
    COUNTERFEITING_CURRENCY("counterfeiting currency, including of the euro"),
    COMPUTER_CRIME("computer-related crime"),
    ENVIRONMENTAL_CRIME("environmental crime, including illicit trafficking in endangered animal species and in endangered plant species and varieties"),
    FACILITATION_UNAUTHORISED_ENTRY("facilitation of unauthorised entry and residence"),
    MURDER_GRIEVOUS_BODILY_INJURY("murder, grievous bodily injury"),
    ORGAN_TRADE("illicit trade in human organs and tissue"),
    KIDNAPPING_HOSTAGE_TAKING("kidnapping, illegal restraint and hostage-taking"),
    RACISM_XENOPHOBIA("racism and xenophobia"),
    ORGANISED_ARMED_ROBBERY("organised or armed robbery"),
    CULTURAL_GOODS_TRAFFICKING("illicit trafficking in cultural goods, including antiques and works of art"),
    SWINDLING("swindling"),
    RACKETEERING_EXTORTION("racketeering and extortion"),
    COUNTERFEITING_PIRACY_PRODUCTS("counterfeiting and piracy of products"),
    FORGERY_ADMINISTRATIVE_DOCUMENTS("forgery of administrative documents and trafficking therein"),
    FORGERY_MEANS_OF_PAYMENT("forgery of means of payment"),
    HORMONAL_SUBSTANCES_TRAFFICKING("illicit trafficking in hormonal substances and other growth promoters"),
    NUCLEAR_MATERIALS_TRAFFICKING("illicit trafficking in nuclear or radioactive materials"),
    STOLEN_VEHICLES_TRAFFICKING("trafficking in stolen vehicles"),
    RAPE("rape"),
    ARSON("arson"),
    ICC_CRIMES("crimes within the jurisdiction of the International Criminal Court"),
    UNLAWFUL_SEIZURE_AIRCRAFT_SHIPS("unlawful seizure of aircraft/ships"),
    SABOTAGE("sabotage");

    /** The code stored for an offence outside the list. */
    public static final String OTHER = "OTHER";

    private final String label;

    ListOffence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A list category by its code, or empty for {@link #OTHER}; an unknown code is refused. */
    public static Optional<ListOffence> parse(String field, String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (c.isEmpty() || c.equals(OTHER)) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(c));
        } catch (IllegalArgumentException e) {
            throw new org.issa.core.error.InvalidInputException(field, "'" + code + "' is neither one of the 32 offence categories of"
                    + " Art. 2(2) FD 2002/584/JHA (e.g. DRUG_TRAFFICKING) nor OTHER");
        }
    }

    public static String code(Optional<ListOffence> o) {
        return o.map(Enum::name).orElse(OTHER);
    }
}
