package org.issa.finance.payment.goaml;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@code role} of a goAML multi-party transaction's party says about the money. goAML leaves the role codes to
 * each FIU's lookup tables, so the reader recognises role words, not one FIU's codes: a word that names the side that
 * paid ({@link #PAYER}), the side that was paid ({@link #PAYEE}), or a party the money passed by or that acted for
 * another ({@link #INTERMEDIARY}). Matching ignores case, spaces, hyphens and underscores ("Ordering customer",
 * "ORDERING_CUSTOMER"). Any other role is not guessed at.
 */
enum TransactionRole {
    /** Originator-like: originator, ordering customer or party, sender, payer, remitter, debtor, buyer, transferor. */
    PAYER,
    /** Beneficiary-like: beneficiary, receiver, recipient, payee, creditor, seller, vendor, transferee. */
    PAYEE,
    /** Not an end of the payment: intermediary or correspondent institution, agent, conductor, representative, signatory, broker, notary, witness. */
    INTERMEDIARY;

    private static final Map<String, TransactionRole> WORDS = Map.ofEntries(
        Map.entry("originator", PAYER), Map.entry("orderingcustomer", PAYER), Map.entry("orderingparty", PAYER),
        Map.entry("orderingclient", PAYER), Map.entry("orderer", PAYER), Map.entry("sender", PAYER), Map.entry("payer", PAYER),
        Map.entry("remitter", PAYER), Map.entry("debtor", PAYER), Map.entry("buyer", PAYER), Map.entry("purchaser", PAYER),
        Map.entry("transferor", PAYER),
        Map.entry("beneficiary", PAYEE), Map.entry("beneficiarycustomer", PAYEE), Map.entry("beneficiaryparty", PAYEE),
        Map.entry("receiver", PAYEE), Map.entry("recipient", PAYEE), Map.entry("payee", PAYEE), Map.entry("creditor", PAYEE),
        Map.entry("seller", PAYEE), Map.entry("vendor", PAYEE), Map.entry("transferee", PAYEE),
        Map.entry("intermediary", INTERMEDIARY), Map.entry("intermediarybank", INTERMEDIARY),
        Map.entry("intermediaryinstitution", INTERMEDIARY), Map.entry("correspondent", INTERMEDIARY),
        Map.entry("correspondentbank", INTERMEDIARY), Map.entry("agent", INTERMEDIARY), Map.entry("conductor", INTERMEDIARY),
        Map.entry("representative", INTERMEDIARY), Map.entry("authorisedrepresentative", INTERMEDIARY),
        Map.entry("authorizedrepresentative", INTERMEDIARY), Map.entry("signatory", INTERMEDIARY), Map.entry("broker", INTERMEDIARY),
        Map.entry("notary", INTERMEDIARY), Map.entry("witness", INTERMEDIARY));

    /** The role a party's {@code role} text names, or empty when the text is not one of the recognised words. */
    static Optional<TransactionRole> of(String role) {
        String key = role.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]+", "");
        return Optional.ofNullable(WORDS.get(key));
    }
}
