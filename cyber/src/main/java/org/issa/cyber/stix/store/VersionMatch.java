package org.issa.cyber.stix.store;

import java.util.LinkedHashSet;
import java.util.Set;
import org.issa.core.error.InvalidInputException;
import org.issa.cyber.stix.StixTimestamp;

/**
 * Which versions of each object a query returns, as TAXII 2.1's {@code match[version]}: the
 * first, the last, all, or those with given timestamps (any combination but "all").
 *
 * @param at version keys ({@link StixTimestamp#sortKey()}) of the wanted versions
 */
public record VersionMatch(boolean first, boolean last, boolean all, Set<String> at) {

    public static final VersionMatch LAST = new VersionMatch(false, true, false, Set.of());
    public static final VersionMatch ALL = new VersionMatch(false, false, true, Set.of());
    public static final VersionMatch FIRST = new VersionMatch(false, false, false, Set.of()).withFirst();

    public VersionMatch {
        at = Set.copyOf(at);
    }

    private VersionMatch withFirst() {
        return new VersionMatch(true, last, all, at);
    }

    /** Parses TAXII's comma-separated {@code match[version]}; blank means {@link #LAST}. */
    public static VersionMatch parse(String text) {
        if (text == null || text.isBlank()) {
            return LAST;
        }
        boolean first = false;
        boolean last = false;
        boolean all = false;
        Set<String> at = new LinkedHashSet<>();
        String[] parts = text.split(",", -1);
        if (parts.length > 50) {
            throw new InvalidInputException("match[version]", "at most 50 versions may be asked for at once");
        }
        for (String raw : parts) {
            String p = raw.strip();
            switch (p) {
                case "first" -> first = true;
                case "last" -> last = true;
                case "all" -> all = true;
                default -> at.add(StixTimestamp.parse(p).orElseThrow(() -> new InvalidInputException("match[version]",
                        "'" + (p.length() > 40 ? p.substring(0, 40) + "…" : p) + "' is not first, last, all or a STIX timestamp")).sortKey());
            }
        }
        return new VersionMatch(first, last, all, at);
    }
}
