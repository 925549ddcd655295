package org.issa.cyber.taxii;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.issa.core.error.InvalidInputException;
import org.issa.core.paging.Cursor;
import org.issa.cyber.stix.store.ObjectQuery;
import org.issa.cyber.stix.store.VersionMatch;

/**
 * The URL parameters of TAXII 2.1 (§3.4): {@code added_after}, {@code limit}, {@code next} and
 * {@code match[id|type|version|spec_version]}, turned into a store query. Each endpoint admits
 * only the filters the specification gives it; any other {@code match[…]} is refused (400) rather
 * than silently ignored, so a client never takes an unfiltered answer for a filtered one.
 */
public final class TaxiiFilters {

    /** Which filters an endpoint takes. */
    public enum Endpoint {
        OBJECTS(Set.of("id", "type", "version", "spec_version"), true),
        MANIFEST(Set.of("id", "type", "version", "spec_version"), true),
        OBJECT(Set.of("version", "spec_version"), true),
        DELETE(Set.of("version", "spec_version"), false),
        VERSIONS(Set.of("spec_version"), true);

        private final Set<String> matches;
        private final boolean paged;

        Endpoint(Set<String> matches, boolean paged) {
            this.matches = matches;
            this.paged = paged;
        }
    }

    /** The largest page this server returns; a larger {@code limit} gets this many (§3.4: the server may return fewer). */
    public static final int MAX_PAGE = Cursor.MAX_PAGE_SIZE;

    private TaxiiFilters() {
    }

    /** The query for request parameters (name to values, as a servlet gives them). */
    public static ObjectQuery parse(Endpoint endpoint, Map<String, String[]> parameters, int defaultLimit) {
        ObjectQuery q = ObjectQuery.latest(Math.min(defaultLimit, MAX_PAGE));
        for (Map.Entry<String, String[]> e : parameters.entrySet()) {
            String name = e.getKey();
            String value = single(name, e.getValue());
            if (name.startsWith("match[") && name.endsWith("]")) {
                String field = name.substring(6, name.length() - 1);
                if (!endpoint.matches.contains(field)) {
                    throw TaxiiException.badParameter(name, "the filter " + name + " is not supported on this endpoint");
                }
                q = match(q, name, field, value);
            } else if (name.equals("added_after") && endpoint.paged) {
                q = q.addedAfter(TaxiiJson.parseTimestamp(name, value));
            } else if (name.equals("limit") && endpoint.paged) {
                q = q.limit(limit(value));
            } else if (name.equals("next") && endpoint.paged) {
                if (value.length() > 512) {
                    throw TaxiiException.badParameter("next", "next is not a value this server issued");
                }
                q = q.after(value);
            }
        }
        if (endpoint == Endpoint.VERSIONS) {
            q = q.versions(VersionMatch.ALL);
        }
        return q;
    }

    private static ObjectQuery match(ObjectQuery q, String name, String field, String value) {
        Set<String> values = new LinkedHashSet<>(Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (values.isEmpty()) {
            throw TaxiiException.badParameter(name, name + " needs at least one value");
        }
        try {
            return switch (field) {
                case "id" -> q.ids(values);
                case "type" -> q.types(values);
                case "spec_version" -> q.specVersions(values);
                case "version" -> q.versions(VersionMatch.parse(value));
                default -> throw new IllegalStateException(field);
            };
        } catch (InvalidInputException e) {
            throw TaxiiException.badParameter(name, e.getMessage());
        }
    }

    private static int limit(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1) {
                throw TaxiiException.badParameter("limit", "limit must be a positive integer");
            }
            return Math.min(n, MAX_PAGE);
        } catch (NumberFormatException e) {
            throw TaxiiException.badParameter("limit", "limit must be a positive integer");
        }
    }

    private static String single(String name, String[] values) {
        if (values == null || values.length == 0) {
            return "";
        }
        if (values.length > 1) {
            throw TaxiiException.badParameter(name, name + " may be given once (separate several values by commas)");
        }
        return values[0];
    }
}
