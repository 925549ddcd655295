package org.issa.finance.register;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.issa.core.error.InvalidInputException;

/**
 * A person or company with a role for an account or box, with the identification data of AMLD5 Art. 32a(3): name,
 * and birth date, a national or unique identification number, and nationality (for a company: its registration
 * number and country of registration).
 *
 * @param role        the role for the account
 * @param company     whether the party is a legal person
 * @param name        the name as reported
 * @param birthDate   the date of birth, if reported (persons)
 * @param nationalId  a national identification number or the bank's unique identification number, or empty
 * @param nationality ISO 3166-1 alpha-2 nationality (or country of registration), or empty
 */
public record Party(PartyRole role, boolean company, String name, Optional<LocalDate> birthDate, String nationalId,
                    String nationality) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public Party {
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "a party needs a name");
        }
        name = name.strip();
        if (name.length() > 300) {
            throw new InvalidInputException("name", "name is longer than 300 characters");
        }
        if (PartyName.key(name).isEmpty()) {
            throw new InvalidInputException("name", "name '" + name + "' has no letters or digits");
        }
        birthDate = birthDate == null ? Optional.empty() : birthDate;
        nationalId = nationalId == null ? "" : nationalId.strip();
        if (nationalId.length() > 100) {
            throw new InvalidInputException("national_id", "national_id is longer than 100 characters");
        }
        nationality = nationality == null ? "" : nationality.strip().toUpperCase(java.util.Locale.ROOT);
        if (!nationality.isEmpty() && !COUNTRY.matcher(nationality).matches()) {
            throw new InvalidInputException("nationality", "nationality '" + nationality + "' is not an ISO 3166-1 alpha-2 code");
        }
    }

    /** The searchable key of the name. */
    public String nameKey() {
        return PartyName.key(name);
    }
}
