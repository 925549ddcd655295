package org.issa.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {

    private static final List<Integer> ROWS = IntStream.range(0, 23).boxed().toList();

    /** A source paged by position, as a store pages by key. */
    private static Page<Integer> fetch(String cursor, int size) {
        String after = Cursor.decode(cursor);
        int from = after.isEmpty() ? 0 : Integer.parseInt(after) + 1;
        return Page.of(ROWS.subList(from, Math.min(ROWS.size(), from + size + 1)), size, String::valueOf);
    }

    @Test
    void walksEveryPageOnceAndStopsAtTheLimit() {
        List<Integer> seen = new ArrayList<>();
        assertThat(Page.walk(c -> fetch(c, 5), 1000, seen::add)).isEqualTo(23);
        assertThat(seen).isEqualTo(ROWS);
        List<Integer> capped = new ArrayList<>();
        assertThat(Page.walk(c -> fetch(c, 5), 12, capped::add)).isEqualTo(12);
        assertThat(capped).isEqualTo(ROWS.subList(0, 12));
    }
}
