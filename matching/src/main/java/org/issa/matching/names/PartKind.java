package org.issa.matching.names;

/** What a part of a name is, which decides how much it weighs in a comparison. */
public enum PartKind {
    /** An ordinary word of a name: a given name, a family name or a distinctive company word. */
    WORD(1.0),
    /** A given name (when the source says so). */
    GIVEN(1.0),
    /** A family name (when the source says so); weighs more, as in logic-v2. */
    FAMILY(1.3),
    /** A patronymic or middle name. */
    MIDDLE(0.8),
    /** A single letter standing for a name. */
    INITIAL(0.5),
    /** al, bin, abu, van, de…: kept but weighted low. */
    PARTICLE(0.3),
    /** Mr, Dr, Sheikh, Haji…: shown but not compared. */
    HONORIFIC(0.0),
    /** LLC, GmbH, S.A., OOO…: compared by canonical form, weighted low. */
    LEGAL_FORM(0.3),
    /** Trading, Group, International…: must not make a match on their own. */
    GENERIC(0.35),
    /** A number: must agree exactly ("Fund 1" is not "Fund 2"). */
    NUMBER(1.3);

    private final double weight;

    PartKind(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}
