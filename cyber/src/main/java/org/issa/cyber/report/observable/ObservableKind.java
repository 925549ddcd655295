package org.issa.cyber.report.observable;

/** The kinds of observable a report can carry; reports sharing a (kind, value) pair are correlated. */
public enum ObservableKind {
    URL, DOMAIN, IPV4, IPV6, EMAIL, PHONE, BTC_WALLET, ETH_WALLET;

    /** Parses a stored or submitted kind name. */
    public static ObservableKind parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new org.issa.core.error.InvalidInputException("observableKind", "unknown observable kind '" + text
                    + "'; expected one of URL, DOMAIN, IPV4, IPV6, EMAIL, PHONE, BTC_WALLET, ETH_WALLET");
        }
    }
}
