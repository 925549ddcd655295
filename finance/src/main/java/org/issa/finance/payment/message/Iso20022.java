package org.issa.finance.payment.message;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the ISO 20022 readers share: the message definition a document's namespace names, and the
 * account and party identifications common to pacs and camt messages.
 */
public final class Iso20022 {

    private static final Pattern NAMESPACE = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:([a-z]{4}\\.\\d{3})\\.(\\d{3})\\.(\\d{2})");

    private Iso20022() {
    }

    /**
     * A message definition, e.g. {@code pacs.008.001.08}.
     *
     * @param message the message, e.g. {@code pacs.008}
     * @param variant the variant, {@code 1} for the base message
     * @param version the version, e.g. {@code 8}
     */
    public record Definition(String message, int variant, int version) {

        @Override
        public String toString() {
            return message + "." + String.format("%03d.%02d", variant, version);
        }
    }

    /** The definition an ISO 20022 namespace names, or empty for any other namespace. */
    public static Optional<Definition> definition(String namespace) {
        Matcher m = NAMESPACE.matcher(namespace == null ? "" : namespace.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Definition(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    /**
     * The identification of a cash account element ({@code DbtrAcct}, {@code Acct}, …): the IBAN,
     * else the other identification, else the proxy (versions with {@code Prxy}); empty if none.
     *
     * @throws org.issa.core.error.InvalidInputException when the IBAN is not a valid IBAN
     */
    public static String account(Optional<MessageElement> account) {
        if (account.isEmpty()) {
            return "";
        }
        String iban = account.get().text("Id", "IBAN");
        if (!iban.isEmpty()) {
            return PartyAccount.iban(iban);
        }
        return account.get().firstText("Id/Othr/Id", "Prxy/Id");
    }

    /**
     * The name of a party element ({@code Dbtr}, {@code Cdtr}, {@code UltmtDbtr}…), in the shapes
     * the versions use: {@code Nm}; {@code Pty/Nm} (camt from .08); a financial institution's
     * {@code FinInstnId/Nm}; else the party's BIC ({@code Id/OrgId/AnyBIC}, {@code BICOrBEI},
     * {@code FinInstnId/BICFI}, {@code Agt/FinInstnId/BICFI}); empty if none.
     */
    public static String partyName(Optional<MessageElement> party) {
        return party.map(p -> p.firstText("Nm", "Pty/Nm", "FinInstnId/Nm", "Agt/FinInstnId/Nm",
            "Id/OrgId/AnyBIC", "Pty/Id/OrgId/AnyBIC", "Id/OrgId/BICOrBEI", "Id/OrgId/BIC", "FinInstnId/BICFI", "FinInstnId/BIC",
            "Agt/FinInstnId/BICFI", "Agt/FinInstnId/BIC")).orElse("");
    }

    /** The unstructured remittance lines joined by spaces, else the structured creditor reference; empty if none. */
    public static String remittance(Optional<MessageElement> rmtInf) {
        if (rmtInf.isEmpty()) {
            return "";
        }
        String lines = String.join(" ", rmtInf.get().texts("Ustrd"));
        if (!lines.isEmpty()) {
            return lines;
        }
        return rmtInf.get().firstText("Strd/CdtrRefInf/Ref");
    }

    /** Text cut to a length, for free-text fields that have a bound in the payment record. */
    public static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
