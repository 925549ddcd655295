package org.issa.app.web;

import java.util.List;
import java.util.function.Function;
import org.issa.core.paging.Page;

/** A page of API results: {@code items}, and {@code nextCursor} to pass as {@code cursor} for the next page. */
public record PageView<T>(List<T> items, String nextCursor) {

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> map) {
        return new PageView<>(page.items().stream().map(map).toList(), page.nextCursor().orElse(null));
    }
}
