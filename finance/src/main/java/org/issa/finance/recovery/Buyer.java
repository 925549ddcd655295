package org.issa.finance.recovery;

import java.time.LocalDate;
import java.util.Optional;

/** Who would buy a confiscated asset: a person's name, birth date and identity number, and the company they buy through. */
public record Buyer(String name, Optional<LocalDate> birthDate, String idNumber, String company) {
}
