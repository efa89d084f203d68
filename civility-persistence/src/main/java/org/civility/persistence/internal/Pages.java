package org.civility.persistence.internal;

import jakarta.persistence.TypedQuery;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

import java.util.List;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/** The page slice every JPA repository's lists share: one row more than the page asks for tells whether more follow. */
public final class Pages {

    private Pages() {
    }

    /** The rows of {@code query} from the page's offset, at most its limit of them, mapped to the domain. */
    public static <E, D> Page<D> of(TypedQuery<E> query, PageRequest page, Function<? super E, ? extends D> toDomain) {
        requireNonNull(page, "page");
        List<E> rows = query.setFirstResult(page.offset()).setMaxResults(page.limit() + 1).getResultList();
        return new Page<>(rows.stream().limit(page.limit()).<D>map(toDomain).toList(), page.offset(),
                rows.size() > page.limit());
    }
}
