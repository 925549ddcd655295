package org.issa.matching.resolution;

/**
 * How a field's values are compared.
 *
 * <ul>
 *   <li>{@link #NAME}: a person's name part; exact, then Jaro-Winkler ≥ 0.92 / 0.88 / 0.70.</li>
 *   <li>{@link #DATE}: a date as a digit string {@code YYYYMMDD}; exact, one edit, within a year.
 *       Invalid calendar dates are kept and still compared by their digits.</li>
 *   <li>{@link #TEXT}: free text such as an address line or a city; exact, then Jaro-Winkler.</li>
 *   <li>{@link #CODE}: postcode, state, e-mail, identifier; exact or one edit apart.</li>
 * </ul>
 */
public enum FieldType {
    NAME, DATE, TEXT, CODE
}
