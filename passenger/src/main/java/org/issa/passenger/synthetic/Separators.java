package org.issa.passenger.synthetic;

/**
 * EDIFACT service characters for writing: component, element, decimal mark, release, repetition (or reserved) and
 * segment terminator, as in a UNA service string advice.
 */
public record Separators(char component, char element, char decimal, char release, char repetition, char segment) {

    /** The defaults of ISO 9735 ({@code UNA:+.? '}). */
    public static final Separators DEFAULT = new Separators(':', '+', '.', '?', ' ', '\'');
    /** As in the PNRGOV implementation guide's sample ({@code UNA:+.\ '}). */
    public static final Separators BACKSLASH = new Separators(':', '+', '.', '\\', ' ', '\'');
    /** Custom delimiters seen in carrier traffic ({@code UNA:*.? $}). */
    public static final Separators STAR_DOLLAR = new Separators(':', '*', '.', '?', ' ', '$');

    /** The UNA segment announcing these separators. */
    public String una() {
        return "UNA" + component + element + decimal + release + repetition + segment;
    }

    /** A value with every service character preceded by the release character. */
    public String escape(String value) {
        StringBuilder b = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == component || c == element || c == release || c == segment || (c == repetition && repetition != ' ')) {
                if (b == null) {
                    b = new StringBuilder(value.length() + 8).append(value, 0, i);
                }
                b.append(release);
            }
            if (b != null) {
                b.append(c);
            }
        }
        return b == null ? value : b.toString();
    }
}
