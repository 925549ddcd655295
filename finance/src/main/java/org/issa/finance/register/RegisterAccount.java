package org.issa.finance.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.issa.core.error.InvalidInputException;
import org.issa.finance.account.Bic;
import org.issa.finance.account.Iban;

/**
 * One entry of a bank's submission: an account (payment account, virtual IBAN, securities or crypto-asset account)
 * or a safe-deposit box, with its parties. Payment accounts and virtual IBANs are identified by a checked IBAN
 * (a virtual IBAN names its underlying account); securities and crypto-asset accounts by an IBAN when they have one,
 * or the provider's account identifier; a box by its reference.
 *
 * @param identifier the IBAN in electronic form, or the account or box identifier
 * @param kind       what it is
 * @param bic        the servicing institution
 * @param currency   ISO 4217 currency, or empty
 * @param underlying the underlying account of a virtual IBAN, or empty
 * @param opened     opening date (lease start of a box)
 * @param closed     closing date (lease end of a box), if closed
 * @param parties    holders, beneficial owners, proxies, lessees
 */
public record RegisterAccount(String identifier, AccountKind kind, Bic bic, String currency, String underlying,
                              Optional<LocalDate> opened, Optional<LocalDate> closed, List<Party> parties) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern OTHER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./:_-]{0,99}");

    public RegisterAccount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bic, "bic");
        identifier = identifierOf(kind, identifier);
        currency = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (!currency.isEmpty() && !CURRENCY.matcher(currency).matches()) {
            throw new InvalidInputException("currency", "currency '" + currency + "' is not an ISO 4217 code");
        }
        underlying = underlying == null ? "" : underlying.strip();
        if (kind == AccountKind.VIRTUAL_IBAN) {
            if (underlying.isEmpty()) {
                throw new InvalidInputException("underlying", "a virtual IBAN must name its underlying account");
            }
            underlying = Iban.isValid(underlying) ? Iban.parse("underlying", underlying).value() : identifierOther("underlying", underlying);
        } else if (!underlying.isEmpty()) {
            throw new InvalidInputException("underlying", "only a virtual IBAN has an underlying account");
        }
        opened = opened == null ? Optional.empty() : opened;
        closed = closed == null ? Optional.empty() : closed;
        if (opened.isPresent() && closed.isPresent() && closed.get().isBefore(opened.get())) {
            throw new InvalidInputException("closed", "closing date " + closed.get() + " is before the opening date " + opened.get());
        }
        parties = List.copyOf(parties);
        if (parties.isEmpty()) {
            throw new InvalidInputException("name", (kind == AccountKind.SAFE_DEPOSIT_BOX ? "box " : "account ") + identifier
                    + " has no " + (kind == AccountKind.SAFE_DEPOSIT_BOX ? "lessee" : "holder"));
        }
        boolean principal = parties.stream().anyMatch(p -> p.role() == PartyRole.HOLDER || p.role() == PartyRole.LESSEE);
        if (!principal) {
            throw new InvalidInputException("role", (kind == AccountKind.SAFE_DEPOSIT_BOX ? "box " : "account ") + identifier
                    + " has no " + (kind == AccountKind.SAFE_DEPOSIT_BOX ? "lessee" : "holder"));
        }
        boolean box = kind == AccountKind.SAFE_DEPOSIT_BOX;
        for (Party p : parties) {
            if (box && p.role() != PartyRole.LESSEE && p.role() != PartyRole.PROXY) {
                throw new InvalidInputException("role", "a safe-deposit box has lessees and proxies, not a " + p.role().label());
            }
            if (!box && p.role() == PartyRole.LESSEE) {
                throw new InvalidInputException("role", "an account has no lessee; a lessee belongs to a safe-deposit box");
            }
        }
    }

    /** The identifier in its stored form (an IBAN in electronic form); throws naming {@code iban} when it is not one of its kind. */
    public static String identifierOf(AccountKind kind, String written) {
        if (kind.needsIban()) {
            return Iban.parse("iban", written).value();
        }
        if (written != null && Iban.isValid(written)) {
            return Iban.parse("iban", written).value();
        }
        return identifierOther("iban", written);
    }

    private static String identifierOther(String field, String written) {
        if (written == null || written.isBlank()) {
            throw new InvalidInputException(field, field + " is empty: an account or box identifier is required");
        }
        String w = written.strip();
        if (!OTHER_ID.matcher(w).matches()) {
            throw new InvalidInputException(field, field + " '" + w + "' is not an identifier (1-100 letters, digits, space, '.', '/', ':', '_' or '-')");
        }
        return w;
    }

    /** The holders, or lessees of a box. */
    public List<Party> principals() {
        return parties.stream().filter(p -> p.role() == PartyRole.HOLDER || p.role() == PartyRole.LESSEE).toList();
    }
}
