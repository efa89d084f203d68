package org.civility.core.shared;

import java.util.List;
import java.util.function.Function;

/** One slice of a list and whether more follow. */
public record Page<T>(List<T> items, int offset, boolean hasMore) {

    public Page {
        items = List.copyOf(items);
    }

    /** Slices an in-memory, already ordered list. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.limit(), all.size());
        return new Page<>(all.subList(from, to), request.offset(), to < all.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), offset, hasMore);
    }
}
