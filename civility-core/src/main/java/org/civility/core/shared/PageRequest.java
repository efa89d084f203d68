package org.civility.core.shared;

/**
 * A bounded slice of a list: lists are never unbounded. {@code offset} counts items to skip.
 */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    public PageRequest {
        if (offset < 0) {
            throw CivilityException.of(SharedError.PAGE_INVALID, "offset", offset, "limit", limit);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw CivilityException.of(SharedError.PAGE_INVALID, "offset", offset, "limit", limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    public static PageRequest firstPage() {
        return new PageRequest(0, DEFAULT_LIMIT);
    }
}
