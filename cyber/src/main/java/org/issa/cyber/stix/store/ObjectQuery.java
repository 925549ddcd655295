package org.issa.cyber.stix.store;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Tlp;
import org.issa.core.paging.Cursor;

/**
 * A query over stored objects, shaped after TAXII 2.1's filters plus the UI's. Results are in the
 * order objects were added (to the collection, when one is given), paged by an opaque cursor.
 *
 * @param collection   a collection id: only its objects, with the dates they were added to it
 * @param addedAfter   only objects added strictly after this instant
 * @param ids          match[id]; empty for any
 * @param types        match[type]; empty for any
 * @param versions     match[version]
 * @param specVersions match[spec_version]; empty for any
 * @param tlp          only objects stored at this TLP (UI filter)
 * @param text         a case-insensitive text in the title or id (UI search)
 * @param cursor       "" for the first page
 * @param limit        1 to {@link Cursor#MAX_PAGE_SIZE}
 */
public record ObjectQuery(Optional<String> collection, Optional<Instant> addedAfter, Set<String> ids, Set<String> types,
                          VersionMatch versions, Set<String> specVersions, Optional<Tlp> tlp, Optional<String> text,
                          String cursor, int limit) {

    public ObjectQuery {
        ids = Set.copyOf(ids);
        types = Set.copyOf(types);
        specVersions = Set.copyOf(specVersions);
        cursor = cursor == null ? "" : cursor;
        if (limit < 1 || limit > Cursor.MAX_PAGE_SIZE) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + Cursor.MAX_PAGE_SIZE);
        }
        if (ids.size() > 100 || types.size() > 100 || specVersions.size() > 10) {
            throw new InvalidInputException("match", "at most 100 ids, 100 types and 10 spec versions may be matched at once");
        }
        if (text.isPresent() && (text.get().isBlank() || text.get().length() > 200)) {
            throw new InvalidInputException("q", "search text must have 1 to 200 characters");
        }
    }

    /** The last version of every object, first page. */
    public static ObjectQuery latest(int limit) {
        return new ObjectQuery(Optional.empty(), Optional.empty(), Set.of(), Set.of(), VersionMatch.LAST, Set.of(),
                Optional.empty(), Optional.empty(), "", limit);
    }

    public ObjectQuery inCollection(String collectionId) {
        return new ObjectQuery(Optional.of(collectionId), addedAfter, ids, types, versions, specVersions, tlp, text, cursor, limit);
    }

    public ObjectQuery addedAfter(Instant after) {
        return new ObjectQuery(collection, Optional.of(after), ids, types, versions, specVersions, tlp, text, cursor, limit);
    }

    public ObjectQuery ids(Set<String> wanted) {
        return new ObjectQuery(collection, addedAfter, wanted, types, versions, specVersions, tlp, text, cursor, limit);
    }

    public ObjectQuery types(Set<String> wanted) {
        return new ObjectQuery(collection, addedAfter, ids, wanted, versions, specVersions, tlp, text, cursor, limit);
    }

    public ObjectQuery versions(VersionMatch match) {
        return new ObjectQuery(collection, addedAfter, ids, types, match, specVersions, tlp, text, cursor, limit);
    }

    public ObjectQuery specVersions(Set<String> wanted) {
        return new ObjectQuery(collection, addedAfter, ids, types, versions, wanted, tlp, text, cursor, limit);
    }

    public ObjectQuery tlp(Tlp level) {
        return new ObjectQuery(collection, addedAfter, ids, types, versions, specVersions, Optional.of(level), text, cursor, limit);
    }

    public ObjectQuery text(String search) {
        return new ObjectQuery(collection, addedAfter, ids, types, versions, specVersions, tlp, Optional.of(search), cursor, limit);
    }

    public ObjectQuery after(String nextCursor) {
        return new ObjectQuery(collection, addedAfter, ids, types, versions, specVersions, tlp, text, nextCursor, limit);
    }

    public ObjectQuery limit(int size) {
        return new ObjectQuery(collection, addedAfter, ids, types, versions, specVersions, tlp, text, cursor, size);
    }
}
