package org.civility.persistence.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Reads rows by a list of keys in as few statements as the databases allow: one {@code IN} list of at most
 * {@link #CHUNK} keys a statement (Oracle's limit, and far below PostgreSQL's and MariaDB's parameter limits).
 */
public final class InLists {

    public static final int CHUNK = 500;

    private InLists() {
    }

    /** Runs {@code read} for each chunk of the distinct keys and joins the results; no statement for no keys. */
    public static <K, R> List<R> read(Collection<K> keys, Function<List<K>, List<R>> read) {
        List<K> distinct = keys.stream().distinct().toList();
        List<R> result = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            result.addAll(read.apply(distinct.subList(from, Math.min(distinct.size(), from + CHUNK))));
        }
        return result;
    }
}
