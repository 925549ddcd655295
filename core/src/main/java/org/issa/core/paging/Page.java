package org.issa.core.paging;

import java.util.List;
import java.util.Optional;

/** One page of results and the cursor of the next page, if there is one. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from rows fetched with a limit of {@code size + 1}: the extra row only says
     * that another page exists, and the cursor points after the last row kept.
     */
    public static <T> Page<T> of(List<T> rowsPlusOne, int size, java.util.function.Function<T, String> keyOf) {
        if (rowsPlusOne.size() <= size) {
            return new Page<>(rowsPlusOne, Optional.empty());
        }
        List<T> kept = rowsPlusOne.subList(0, size);
        return new Page<>(kept, Optional.of(Cursor.encode(keyOf.apply(kept.get(size - 1)))));
    }
}
