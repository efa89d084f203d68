package org.civility.web.support;

import org.civility.core.shared.PageRequest;

/** Query parameters {@code offset} and {@code limit} (default 50, at most 200) to a page request. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(Integer offset, Integer limit) {
        return new PageRequest(offset == null ? 0 : offset, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
    }
}
