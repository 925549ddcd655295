package org.issa.passenger.keep;

/** The special categories of data that Article 13(4) of Directive (EU) 2016/681 forbids processing. */
public enum SensitiveCategory {
    RACIAL_OR_ETHNIC_ORIGIN,
    POLITICAL_OPINIONS,
    RELIGION_OR_BELIEFS,
    TRADE_UNION_MEMBERSHIP,
    HEALTH,
    SEX_LIFE_OR_ORIENTATION
}
