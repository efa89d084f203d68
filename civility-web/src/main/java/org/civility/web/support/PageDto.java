package org.civility.web.support;

import org.civility.core.shared.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a list as it leaves the API; {@code nextOffset} is null on the last page. */
public record PageDto<T>(List<T> items, int offset, int limit, boolean hasMore, Integer nextOffset) {

    public static <D, T> PageDto<T> of(Page<D> page, int limit, Function<? super D, ? extends T> f) {
        List<T> items = page.items().stream().<T>map(f).toList();
        return new PageDto<>(items, page.offset(), limit, page.hasMore(),
                page.hasMore() ? page.offset() + items.size() : null);
    }
}
