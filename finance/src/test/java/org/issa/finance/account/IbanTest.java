package org.issa.finance.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.issa.core.error.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IbanTest {

    /** Examples published in the SWIFT IBAN registry and by national banks. */
    @ParameterizedTest
    @ValueSource(strings = {"DE89370400440532013000", "GB82 WEST 1234 5698 7654 32", "nl91abna0417164300",
        "FR1420041010050500013M02606", "BE68539007547034", "NO9386011117947", "MT84MALT011000012345MTLCAST001S"})
    void acceptsValidIbans(String written) {
        assertTrue(Iban.isValid(written));
    }

    @ParameterizedTest
    @CsvSource({
        "DE89370400440532013001, check digits",
        "DE8937040044053201300, have 22",
        "US12345678901234567890, does not issue IBANs",
        "DE89-3704-0044-0532-0130-00, invalid character",
        "1E89370400440532013000, invalid character",
        "DE, too short"})
    void refusesInvalidIbansNamingTheProblem(String written, String problem) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Iban.parse("account.iban", written));
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertEquals("account.iban", e.field());
    }

    @Test
    void printsInGroupsOfFour() {
        Iban iban = Iban.parse("iban", "de89 3704 0044 0532 0130 00");
        assertEquals("DE89370400440532013000", iban.value());
        assertEquals("DE89 3704 0044 0532 0130 00", iban.printed());
        assertEquals("DE", iban.country());
        assertFalse(Iban.isValid(""));
    }

    @Test
    void bicsAreCheckedForForm() {
        assertEquals("DEUTDEFF", Bic.parse("bic", "deutdeff").value());
        assertEquals("DE", Bic.parse("bic", "DEUTDEFF500").country());
        assertThrows(InvalidInputException.class, () -> Bic.parse("bic", "DEUT1EFF"));
        assertThrows(InvalidInputException.class, () -> Bic.parse("bic", "DEUTDEFF50"));
    }

    @Test
    void writesAsPlainTextInJson() {
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        assertEquals("\"DE89370400440532013000\"", json.writeValueAsString(Iban.parse("iban", "DE89370400440532013000")));
        assertEquals("{\"bic\":\"DEUTDEFF\"}", json.writeValueAsString(java.util.Map.of("bic", Bic.parse("bic", "DEUTDEFF"))));
    }

    @Test
    void computesCheckDigitsOfABban() {
        assertEquals("DE89370400440532013000", Iban.of("DE", "370400440532013000").value());
        assertEquals("GB82WEST12345698765432", Iban.of("GB", "WEST12345698765432").value());
        assertThrows(InvalidInputException.class, () -> Iban.of("DE", "3704004405320130"));
    }
}
