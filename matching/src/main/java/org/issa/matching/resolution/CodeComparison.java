package org.issa.matching.resolution;

import java.util.List;
import org.issa.matching.text.Similarity;

/**
 * Codes (postcode, state, identifier, street number, e-mail): exact, one edit apart, else
 * different. E-mail addresses ({@code email} true) have two more levels before "different": the
 * same local part (the text before {@code @}) at another domain, and Jaro-Winkler ≥ 0.88 for the
 * addresses whose corruption took more than one edit.
 */
public record CodeComparison(Field field, boolean email) implements FieldComparison {

    private static final List<String> CODE_LEVELS = List.of("exact", "one edit apart", "different");
    private static final List<String> EMAIL_LEVELS = List.of("exact", "one edit apart", "same local part",
            "Jaro-Winkler ≥ 0.88", "different");

    @Override
    public List<String> levels() {
        return email ? EMAIL_LEVELS : CODE_LEVELS;
    }

    @Override
    public int level(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (FieldComparison.oneEdit(a, b)) {
            return 1;
        }
        if (!email) {
            return 2;
        }
        String la = localPart(a);
        if (la != null && la.equals(localPart(b))) {
            return 2;
        }
        return Similarity.jaroWinkler(a, b) >= 0.88 ? 3 : 4;
    }

    /** The part of an e-mail address before the last {@code @}, or null when there is none. */
    static String localPart(String email) {
        int at = email.lastIndexOf('@');
        return at > 0 ? email.substring(0, at) : null;
    }
}
