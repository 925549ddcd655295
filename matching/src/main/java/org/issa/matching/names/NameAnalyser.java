package org.issa.matching.names;

import java.util.ArrayList;
import java.util.List;
import org.issa.matching.model.Name;
import org.issa.matching.model.Schema;

/**
 * Turns a {@link Name} into an {@link AnalysedName}: folding and transliteration, then the parts
 * typed by the schema's rules. Persons: honorifics, particles, initials, and given/middle/family
 * when the source gives them apart. Organisations: legal forms (also multi-word ones such as
 * "joint stock company") reduced to their canonical form, generic words, numbers. Stateless and
 * thread-safe.
 */
public final class NameAnalyser {

    private final NameTables tables;

    public NameAnalyser(NameTables tables) {
        this.tables = tables;
    }

    public NameAnalyser() {
        this(NameTables.defaults());
    }

    public AnalysedName analyse(Name name, Schema schema) {
        List<NamePart> parts = new ArrayList<>(6);
        if (schema == Schema.PERSON && name.hasParts()) {
            addPersonParts(parts, name.given(), PartKind.GIVEN);
            addPersonParts(parts, name.middle(), PartKind.MIDDLE);
            addPersonParts(parts, name.family(), PartKind.FAMILY);
        } else {
            String[] tokens = split(Folding.fold(name.full()));
            if (schema.isOrganisation()) {
                addOrganisationParts(parts, tokens);
            } else if (schema == Schema.PERSON) {
                for (String t : tokens) {
                    parts.add(personPart(t, PartKind.WORD));
                }
            } else {
                for (String t : tokens) {
                    parts.add(plain(t, isNumber(t) ? PartKind.NUMBER : PartKind.WORD));
                }
            }
        }
        StringBuilder joined = new StringBuilder();
        double weight = 0;
        for (NamePart p : parts) {
            if (p.counts()) {
                joined.append(p.text());
                weight += p.weight();
            }
        }
        return new AnalysedName(name, parts, joined.toString(), weight);
    }

    private void addPersonParts(List<NamePart> parts, String text, PartKind kind) {
        if (text == null) {
            return;
        }
        for (String t : split(Folding.fold(text))) {
            parts.add(personPart(t, kind));
        }
    }

    private NamePart personPart(String t, PartKind declared) {
        if (isNumber(t)) {
            return plain(t, PartKind.NUMBER);
        }
        if (t.length() == 1) {
            return NamePart.of(t, PartKind.INITIAL, t, -1);
        }
        if (tables.isHonorific(t)) {
            return NamePart.of(t, PartKind.HONORIFIC, t, -1);
        }
        if (tables.isParticle(t)) {
            return NamePart.of(t, PartKind.PARTICLE, t, -1);
        }
        return NamePart.of(t, declared, Skeleton.of(t), tables.givenNameGroup(t));
    }

    private void addOrganisationParts(List<NamePart> parts, String[] tokens) {
        int max = tables.maxLegalFormWords();
        for (int i = 0; i < tokens.length; i++) {
            String legal = null;
            int used = 0;
            for (int n = Math.min(max, tokens.length - i); n >= 1 && legal == null; n--) {
                String phrase = n == 1 ? tokens[i] : String.join(" ", java.util.Arrays.copyOfRange(tokens, i, i + n));
                String canonical = tables.legalForm(phrase);
                if (canonical != null && (n > 1 || tokens.length > 1)) {
                    legal = canonical;
                    used = n;
                }
            }
            if (legal != null) {
                parts.add(NamePart.of(legal, PartKind.LEGAL_FORM, legal, tables.legalFormId(legal)));
                i += used - 1;
                continue;
            }
            String t = tokens[i];
            if (isNumber(t)) {
                parts.add(plain(t, PartKind.NUMBER));
            } else if (tables.isGeneric(t) || (t.length() <= 3 && tables.isParticle(t) && tokens.length > 1)) {
                parts.add(plain(t, PartKind.GENERIC));
            } else {
                parts.add(plain(t, PartKind.WORD));
            }
        }
    }

    private static NamePart plain(String t, PartKind kind) {
        return NamePart.of(t, kind, Skeleton.of(t), -1);
    }

    static boolean isNumber(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return !t.isEmpty();
    }

    private static final String[] NONE = new String[0];

    static String[] split(String folded) {
        return folded.isEmpty() ? NONE : folded.split(" ");
    }
}
