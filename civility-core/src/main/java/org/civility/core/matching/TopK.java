package org.civility.core.matching;

/**
 * A bounded heap of the best k (score, slot) pairs; its root is the worst kept: lowest score, then highest id.
 * Ids are given as (msb, lsb) arrays indexed by slot.
 */
final class TopK {

    private final int k;
    private final double[] scores;
    private final int[] slots;
    private final long[] msb;
    private final long[] lsb;
    private int size;

    TopK(int k, long[] msb, long[] lsb) {
        this.k = k;
        this.scores = new double[k];
        this.slots = new int[k];
        this.msb = msb;
        this.lsb = lsb;
    }

    boolean full() {
        return size == k;
    }

    /** The worst kept score; meaningful when full. */
    double floor() {
        return scores[0];
    }

    /** True if (score a, slot a) ranks below (score b, slot b). */
    private boolean worse(double sa, int a, double sb, int b) {
        if (sa != sb) {
            return sa < sb;
        }
        return Scoring.idBefore(msb[b], lsb[b], msb[a], lsb[a]);
    }

    void offer(double score, int slot) {
        if (size < k) {
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!worse(score, slot, scores[parent], slots[parent])) {
                    break;
                }
                scores[i] = scores[parent];
                slots[i] = slots[parent];
                i = parent;
            }
            scores[i] = score;
            slots[i] = slot;
            return;
        }
        if (!worse(scores[0], slots[0], score, slot)) {
            return;
        }
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                break;
            }
            int child = left;
            int right = left + 1;
            if (right < size && worse(scores[right], slots[right], scores[left], slots[left])) {
                child = right;
            }
            if (!worse(scores[child], slots[child], score, slot)) {
                break;
            }
            scores[i] = scores[child];
            slots[i] = slots[child];
            i = child;
        }
        scores[i] = score;
        slots[i] = slot;
    }

    /** The kept slots (any order). */
    int[] slots() {
        return java.util.Arrays.copyOf(slots, size);
    }
}
