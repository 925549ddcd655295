package org.issa.app.cyber.sharing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.issa.core.error.InvalidInputException;
import org.issa.cyber.stix.store.Collection;

/**
 * The text forms of the sharing page: grants one per line ({@code STATE:BE read write}, {@code ROLE:PARTNER read})
 * and members as lists of organisation codes and member-state codes. Each bad line is refused naming it.
 */
final class GrantLines {

    /** At most this many grants or members from one form. */
    static final int MAX = 200;

    private GrantLines() {
    }

    static List<Collection.Grant> grants(String text) {
        List<Collection.Grant> out = new ArrayList<>();
        int n = 0;
        for (String raw : (text == null ? "" : text).split("\\R")) {
            n++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] words = line.split("[\\s,]+");
            Set<String> rights = new LinkedHashSet<>();
            for (int i = 1; i < words.length; i++) {
                String w = words[i].toLowerCase(Locale.ROOT);
                if (!w.equals("read") && !w.equals("write")) {
                    throw new InvalidInputException("grants", "line " + n + ": '" + words[i] + "' is neither read nor write");
                }
                rights.add(w);
            }
            try {
                out.add(new Collection.Grant(words[0], rights.contains("read"), rights.contains("write")));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("grants", "line " + n + ": " + e.getMessage());
            }
            if (out.size() > MAX) {
                throw new InvalidInputException("grants", "at most " + MAX + " grants");
            }
        }
        return out;
    }

    static String text(List<Collection.Grant> grants) {
        StringBuilder b = new StringBuilder();
        for (Collection.Grant g : grants) {
            b.append(g.grantee()).append(g.read() ? " read" : "").append(g.write() ? " write" : "").append('\n');
        }
        return b.toString();
    }

    /** AGENCY:… and STATE:… members from two lists of codes separated by commas, spaces or new lines. */
    static Set<String> members(String organisations, String states) {
        Set<String> out = new LinkedHashSet<>();
        for (String code : codes(organisations)) {
            out.add("AGENCY:" + code);
        }
        for (String code : codes(states)) {
            out.add("STATE:" + code.toUpperCase(Locale.ROOT));
        }
        if (out.size() > MAX) {
            throw new InvalidInputException("members", "at most " + MAX + " members");
        }
        return out;
    }

    private static List<String> codes(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("[\\s,;]+"));
    }

    /** What a grantee means, in words. */
    static String describe(String grantee) {
        int colon = grantee.indexOf(':');
        if (colon < 0) {
            return "anyone with an account";
        }
        String what = grantee.substring(0, colon);
        String who = grantee.substring(colon + 1);
        return switch (what) {
            case "ROLE" -> "role " + who;
            case "AGENCY" -> "organisation " + who;
            case "STATE" -> "member state " + who;
            case "USER" -> "user " + who;
            default -> grantee;
        };
    }
}
