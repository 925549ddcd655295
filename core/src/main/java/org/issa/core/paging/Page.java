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

    /**
     * Walks every page that {@code fetch} returns for successive cursors (the first is ""), handing
     * each item to {@code each}, until the last page or {@code max} items; returns how many were handed.
     */
    public static <T> int walk(java.util.function.Function<String, Page<T>> fetch, int max,
                               java.util.function.Consumer<T> each) {
        String cursor = "";
        int n = 0;
        while (cursor != null && n < max) {
            Page<T> page = fetch.apply(cursor);
            for (T item : page.items()) {
                if (n++ >= max) {
                    return max;
                }
                each.accept(item);
            }
            cursor = page.nextCursor().orElse(null);
        }
        return n;
    }
}
