package org.issa.finance.recovery;

/** The offence an order or asset relates to, as the indicators are broken down (Directive (EU) 2024/1260, Art. 2). */
public enum OffenceType {
    DRUG_TRAFFICKING("Illicit drug trafficking"),
    MONEY_LAUNDERING("Money laundering"),
    FRAUD("Fraud, including against the Union's financial interests"),
    CORRUPTION("Corruption"),
    PARTICIPATION_IN_ORGANISED_CRIME("Participation in a criminal organisation"),
    TERRORISM("Terrorist offences"),
    TRAFFICKING_IN_HUMAN_BEINGS("Trafficking in human beings"),
    MIGRANT_SMUGGLING("Migrant smuggling"),
    CYBERCRIME("Cybercrime"),
    ARMS_TRAFFICKING("Illicit trafficking in weapons"),
    SANCTIONS_VIOLATION("Violation of Union restrictive measures"),
    OTHER("Other offence");

    private final String label;

    OffenceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static OffenceType parse(String field, String text) {
        return Parse.choice(OffenceType.class, field, text);
    }
}
