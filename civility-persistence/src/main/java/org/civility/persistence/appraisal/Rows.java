package org.civility.persistence.appraisal;

import java.util.Collection;
import java.util.List;

/** Brings a stored collection to the wanted content while touching as few rows as possible. */
final class Rows {

    private Rows() {
    }

    /** Unordered (a set): remove what is gone, add what is new. */
    static <T> void syncUnordered(Collection<T> stored, Collection<T> wanted) {
        stored.removeIf(s -> !wanted.contains(s));
        for (T w : wanted) {
            if (!stored.contains(w)) {
                stored.add(w);
            }
        }
    }

    /** Ordered: replace only the positions that differ, append or cut the tail. */
    static <T> void syncOrdered(List<T> stored, List<T> wanted) {
        while (stored.size() > wanted.size()) {
            stored.remove(stored.size() - 1);
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (i < stored.size()) {
                if (!stored.get(i).equals(wanted.get(i))) {
                    stored.set(i, wanted.get(i));
                }
            } else {
                stored.add(wanted.get(i));
            }
        }
    }
}
