package org.issa.finance.register;

import java.time.LocalDate;
import java.util.Optional;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.Require;
import org.issa.finance.account.Iban;

/**
 * A query of a designated authority: who it is for, on which legal basis, for which case, and what is searched
 * (an IBAN, or a name optionally narrowed by birth date or identification number, or an identification number).
 * Every field of the purpose is required; a query without one is refused naming it.
 */
public record RegisterQuery(String authorityId, LegalBasis legalBasis, String basisText, String caseRef, Optional<String> iban,
                            Optional<String> name, Optional<LocalDate> birthDate, Optional<String> nationalId) {

    public RegisterQuery {
        authorityId = Require.text("authority", authorityId, 64);
        if (legalBasis == null) {
            throw new InvalidInputException("legalBasis", "legalBasis is required: state the legal basis of the query");
        }
        basisText = basisText == null ? "" : basisText.strip();
        if (legalBasis == LegalBasis.NATIONAL_LAW && basisText.isEmpty()) {
            throw new InvalidInputException("legalBasisText", "legalBasisText is required with NATIONAL_LAW: name the provision");
        }
        if (basisText.length() > 1000) {
            throw new InvalidInputException("legalBasisText", "legalBasisText is longer than 1000 characters");
        }
        caseRef = Require.text("caseRef", caseRef, 100);
        iban = clean(iban);
        name = clean(name);
        nationalId = clean(nationalId);
        birthDate = birthDate == null ? Optional.empty() : birthDate;
        if (iban.isEmpty() && name.isEmpty() && nationalId.isEmpty()) {
            throw new InvalidInputException("iban", "give an IBAN (or account identifier), a name or an identification number to search");
        }
        if (iban.isPresent() && (name.isPresent() || nationalId.isPresent())) {
            throw new InvalidInputException("iban", "search by IBAN or by name, not both");
        }
        if (birthDate.isPresent() && name.isEmpty()) {
            throw new InvalidInputException("birthDate", "a birth date narrows a name search: give the name too");
        }
        if (name.isPresent() && PartyName.key(name.get()).isEmpty()) {
            throw new InvalidInputException("name", "name has no letters or digits");
        }
        if (iban.isPresent() && iban.get().length() > 100) {
            throw new InvalidInputException("iban", "iban is longer than 100 characters");
        }
        if (name.isPresent() && name.get().length() > 300) {
            throw new InvalidInputException("name", "name is longer than 300 characters");
        }
    }

    private static Optional<String> clean(Optional<String> v) {
        return v == null ? Optional.empty() : v.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The identifier searched, in stored form: an IBAN in electronic form when it is one. */
    public Optional<String> identifier() {
        return iban.map(i -> Iban.isValid(i) ? Iban.parse("iban", i).value() : i);
    }

    /** The criteria as recorded in the query log. */
    public String criteria() {
        StringBuilder b = new StringBuilder();
        identifier().ifPresent(i -> b.append("iban=").append(i));
        name.ifPresent(n -> b.append(b.isEmpty() ? "" : "; ").append("name=").append(n));
        birthDate.ifPresent(d -> b.append("; birth_date=").append(d));
        nationalId.ifPresent(i -> b.append(b.isEmpty() ? "" : "; ").append("national_id=").append(i));
        String s = b.toString();
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
