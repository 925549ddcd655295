package org.issa.core.marking;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The marking every stored record carries: classification, TLP, releasability and handling.
 *
 * <p>Releasability lists the recipients beside the originator: member states ({@code STATE:FR}),
 * agencies ({@code AGENCY:FR-PIU}) or, for TLP:RED, named users ({@code USER:alice}). An empty
 * list means releasable to every user of this node who is cleared high enough.
 */
public record Marking(Classification classification, Tlp tlp, Set<String> releasableTo, String originator,
                      Set<Handling> handling) {

    private static final Pattern TOKEN = Pattern.compile("(STATE|AGENCY|USER):[A-Za-z0-9.@-]{1,64}");
    /** Agency codes and usernames: letters, digits, '.', '@' and '-', so that they carry no SQL LIKE wildcard. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9.@-]{1,64}");

    public Marking {
        if (classification == null) {
            throw new IllegalArgumentException("classification is required");
        }
        if (tlp == null) {
            throw new IllegalArgumentException("tlp is required");
        }
        if (originator == null || !CODE.matcher(originator).matches()) {
            throw new IllegalArgumentException("originator must be an agency code of letters, digits, '.', '@' or '-': " + originator);
        }
        TreeSet<String> tokens = new TreeSet<>();
        for (String token : releasableTo == null ? Set.<String>of() : releasableTo) {
            if (!TOKEN.matcher(token).matches()) {
                throw new IllegalArgumentException("releasability entry '" + token
                        + "' must look like STATE:FR, AGENCY:FR-PIU or USER:alice");
            }
            tokens.add(token);
        }
        releasableTo = Set.copyOf(tokens);
        handling = handling == null || handling.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(handling));
    }

    public static Marking unclassified(String originator) {
        return new Marking(Classification.UNCLASSIFIED, Tlp.GREEN, Set.of(), originator, Set.of());
    }

    public Marking withHandling(Collection<Handling> flags) {
        return new Marking(classification, tlp, releasableTo, originator, Set.copyOf(flags));
    }

    public boolean isPersonalData() {
        return handling.contains(Handling.PERSONAL_DATA);
    }

    /** The releasability column value: tokens between commas, so that a LIKE '%,TOKEN,%' finds one. */
    public String releasabilityColumn() {
        if (releasableTo.isEmpty()) {
            return "";
        }
        return "," + String.join(",", new TreeSet<>(releasableTo)) + ",";
    }

    public String handlingColumn() {
        return String.join(",", handling.stream().map(Enum::name).sorted().toList());
    }

    public static Marking fromColumns(int classLevel, String tlp, String releasability, String originator, String handling) {
        Set<String> rel = new TreeSet<>();
        if (releasability != null) {
            for (String token : releasability.split(",")) {
                if (!token.isBlank()) {
                    rel.add(token);
                }
            }
        }
        EnumSet<Handling> flags = EnumSet.noneOf(Handling.class);
        if (handling != null) {
            for (String flag : handling.split(",")) {
                if (!flag.isBlank()) {
                    flags.add(Handling.valueOf(flag));
                }
            }
        }
        return new Marking(Classification.ofLevel(classLevel), Tlp.valueOf(tlp), rel, originator, flags);
    }

    /** A short banner, as printed on top of a page or document: "RESTREINT UE / EU RESTRICTED · TLP:AMBER · REL FR, DE". */
    public String banner() {
        StringBuilder b = new StringBuilder(classification.label()).append(" · ").append(tlp.label());
        if (!releasableTo.isEmpty()) {
            b.append(" · REL ").append(String.join(", ", new TreeSet<>(releasableTo)));
        }
        return b.toString();
    }
}
