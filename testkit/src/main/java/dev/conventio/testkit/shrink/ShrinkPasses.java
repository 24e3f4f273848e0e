package dev.conventio.testkit.shrink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passes of the shrinker over a {@link Search}. Each pass tries candidates derived from the
 * current sequence, in a fixed order, and tells whether one was kept. Every candidate kept is
 * simpler than the one before, shortlex, so the passes always end.
 */
final class ShrinkPasses {

    private static final int[] BLOCKS = {8, 4, 2, 1};
    /** Outer spans first: by start, then the longest first. */
    private static final Comparator<int[]> OUTER_FIRST = Comparator.<int[]>comparingInt(span -> span[0])
            .thenComparing(span -> -(span[1] - span[0]));

    private ShrinkPasses() {
    }

    /** Runs the passes until none makes progress or the budget is used up. */
    static ShrinkResult.Stop run(Search search) {
        try {
            while (true) {
                // The passes that know the structure first: they take the largest steps.
                boolean progress = truncate(search);
                progress |= deleteListElements(search);
                progress |= deleteParallelElements(search);
                progress |= deleteSpans(search);
                progress |= simplifySpans(search);
                if (progress) {
                    continue;
                }
                if (lowerValues(search)) {
                    continue;
                }
                boolean blocks = false;
                for (int size : BLOCKS) {
                    blocks |= deleteBlocks(search, size);
                }
                for (int size : BLOCKS) {
                    blocks |= zeroBlocks(search, size);
                }
                if (blocks || swapSpans(search)) {
                    continue;
                }
                return ShrinkResult.Stop.CONVERGED;
            }
        } catch (Search.OutOfBudget e) {
            return e.stop;
        }
    }

    /** Cuts the sequence to its shortest failing prefix, the rest answered by zeros, by binary search. */
    static boolean truncate(Search search) {
        boolean progress = false;
        int low = 0;
        int high = search.offsets().length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (search.attempt(search.offsets(), middle)) {
                progress = true;
                high = Math.min(middle, search.offsets().length);
            } else {
                low = middle + 1;
            }
        }
        return progress;
    }

    /**
     * Deletes one element of a list whose length is drawn just before its first element: the
     * element's span goes, and the choice before the list is lowered by one.
     */
    static boolean deleteListElements(Search search) {
        boolean progress = false;
        int index = 0;
        while (true) {
            List<int[]> elements = new ArrayList<>();
            for (List<int[]> chain : chains(search)) {
                int lengthAt = chain.get(0)[0] - 1;
                if (lengthAt >= 0 && search.offsets()[lengthAt] != 0) {
                    for (int k = chain.size() - 1; k >= 0; k--) {
                        elements.add(new int[] {chain.get(k)[0], chain.get(k)[1], lengthAt});
                    }
                }
            }
            if (index >= elements.size()) {
                return progress;
            }
            int[] element = elements.get(index);
            if (attemptDeleting(search, List.of(element), element[2])) {
                progress = true;
            } else {
                index++;
            }
        }
    }

    /**
     * Deletes the same element of lists drawn in parallel, such as the parties of a convention and
     * their signatures: element k of a list whose length is drawn just before it, with element k of
     * every later list as long, then with element k of each one alone; the length is lowered by one.
     */
    static boolean deleteParallelElements(Search search) {
        boolean progress = false;
        int index = 0;
        while (true) {
            List<List<int[]>> candidates = new ArrayList<>();
            List<List<int[]>> chains = chains(search);
            for (List<int[]> chain : chains) {
                int lengthAt = chain.get(0)[0] - 1;
                if (lengthAt < 0 || search.offsets()[lengthAt] == 0) {
                    continue;
                }
                List<List<int[]>> parallel = new ArrayList<>();
                for (List<int[]> other : chains) {
                    if (other.size() == chain.size() && other.get(0)[0] >= chain.get(chain.size() - 1)[1]) {
                        parallel.add(other);
                    }
                }
                for (int k = chain.size() - 1; k >= 0 && !parallel.isEmpty(); k--) {
                    List<int[]> all = new ArrayList<>();
                    all.add(new int[] {chain.get(k)[0], chain.get(k)[1], lengthAt});
                    for (List<int[]> other : parallel) {
                        all.add(other.get(k));
                    }
                    candidates.add(all);
                    if (parallel.size() > 1) {
                        for (List<int[]> other : parallel) {
                            candidates.add(List.of(all.get(0), other.get(k)));
                        }
                    }
                }
            }
            if (index >= candidates.size()) {
                return progress;
            }
            List<int[]> spans = candidates.get(index);
            if (attemptDeleting(search, spans, spans.get(0)[2])) {
                progress = true;
            } else {
                index++;
            }
        }
    }

    /** Tries the current sequence without the given spans, the choice at {@code lengthAt} lowered by one. */
    private static boolean attemptDeleting(Search search, List<int[]> spans, int lengthAt) {
        long[] offsets = search.offsets();
        boolean[] deleted = new boolean[offsets.length];
        for (int[] span : spans) {
            Arrays.fill(deleted, Math.min(span[0], offsets.length), Math.min(span[1], offsets.length), true);
        }
        long[] candidate = new long[offsets.length];
        int length = 0;
        for (int i = 0; i < offsets.length; i++) {
            if (!deleted[i]) {
                candidate[length++] = i == lengthAt ? offsets[i] - 1 : offsets[i];
            }
        }
        return search.attempt(candidate, length);
    }

    /**
     * The lists of the current sequence: runs of adjacent spans of the same depth, each span as its
     * start and end, in order of their first element.
     */
    private static List<List<int[]>> chains(Search search) {
        long[] offsets = search.offsets();
        List<int[]> spans = sorted(search.spans(), offsets.length);
        Map<Long, int[]> byStart = new HashMap<>();
        Set<Long> ends = new HashSet<>();
        for (int[] span : spans) {
            byStart.putIfAbsent(key(span[0], span[2]), span);
            ends.add(key(span[1], span[2]));
        }
        List<List<int[]>> chains = new ArrayList<>();
        for (int[] first : spans) {
            if (ends.contains(key(first[0], first[2]))) {
                continue;
            }
            List<int[]> chain = new ArrayList<>();
            for (int[] element = first; element != null; element = byStart.get(key(element[1], element[2]))) {
                chain.add(element);
            }
            chains.add(chain);
        }
        return chains;
    }

    private static long key(int position, int depth) {
        return ((long) position << 16) | depth;
    }

    /** Deletes one marked part. */
    static boolean deleteSpans(Search search) {
        boolean progress = false;
        int index = 0;
        while (true) {
            long[] offsets = search.offsets();
            List<int[]> spans = sorted(search.spans(), offsets.length);
            if (index >= spans.size()) {
                return progress;
            }
            int[] span = spans.get(index);
            long[] candidate = without(offsets, span[0], Math.min(span[1], offsets.length));
            if (search.attempt(candidate, candidate.length)) {
                progress = true;
            } else {
                index++;
            }
        }
    }

    /** Replaces one marked part with its simplest form, the choices after it read from where they were. */
    static boolean simplifySpans(Search search) {
        boolean progress = false;
        int index = 0;
        while (true) {
            long[] offsets = search.offsets();
            List<int[]> spans = sorted(search.spans(), offsets.length);
            if (index >= spans.size()) {
                return progress;
            }
            int[] span = spans.get(index);
            if (!allZero(offsets, span[0], Math.min(span[1], offsets.length))
                    && search.attemptReplacing(span[0], span[2], span[1], new long[0])) {
                progress = true;
            } else {
                index++;
            }
        }
    }

    /** Deletes a block of {@code size} choices, from the end of the sequence to its start. */
    static boolean deleteBlocks(Search search, int size) {
        boolean progress = false;
        for (int at = search.offsets().length - size; at >= 0; at--) {
            long[] offsets = search.offsets();
            if (at + size > offsets.length) {
                at = offsets.length - size;
                if (at < 0) {
                    break;
                }
            }
            long[] candidate = without(offsets, at, at + size);
            progress |= search.attempt(candidate, candidate.length);
        }
        return progress;
    }

    /** Sets a block of {@code size} choices to zero, from the end of the sequence to its start. */
    static boolean zeroBlocks(Search search, int size) {
        boolean progress = false;
        for (int at = search.offsets().length - size; at >= 0; at--) {
            long[] offsets = search.offsets();
            if (at + size > offsets.length) {
                at = offsets.length - size;
                if (at < 0) {
                    break;
                }
            }
            if (!allZero(offsets, at, at + size)) {
                long[] candidate = offsets.clone();
                Arrays.fill(candidate, at, at + size, 0);
                progress |= search.attempt(candidate, candidate.length);
            }
        }
        return progress;
    }

    /** Lowers each choice, from the first: to zero, else to the lowest failing value by binary search. */
    static boolean lowerValues(Search search) {
        boolean progress = false;
        for (int at = 0; at < search.offsets().length; at++) {
            long value = search.offsets()[at];
            if (value == 0) {
                continue;
            }
            if (tryValue(search, at, 0)) {
                progress = true;
                continue;
            }
            long low = 0;
            long high = value;
            while (Long.compareUnsigned(high - low, 1) > 0) {
                long middle = low + ((high - low) >>> 1);
                if (tryValue(search, at, middle)) {
                    progress = true;
                    if (at >= search.offsets().length || Long.compareUnsigned(search.offsets()[at], middle) > 0) {
                        break;
                    }
                    high = search.offsets()[at];
                } else {
                    low = middle;
                }
            }
        }
        return progress;
    }

    private static boolean tryValue(Search search, int at, long value) {
        long[] candidate = search.offsets().clone();
        candidate[at] = value;
        return search.attempt(candidate, candidate.length);
    }

    /** Swaps two adjacent parts of the same depth and length when the second is the simpler. */
    static boolean swapSpans(Search search) {
        boolean progress = false;
        int index = 0;
        while (true) {
            long[] offsets = search.offsets();
            List<int[]> spans = sorted(search.spans(), offsets.length);
            int[] pair = null;
            int found = 0;
            for (int i = 0; i < spans.size() && pair == null; i++) {
                int[] left = spans.get(i);
                for (int[] right : spans) {
                    if (right[0] == left[1] && right[2] == left[2] && right[1] - right[0] == left[1] - left[0]
                            && right[1] <= offsets.length && compare(offsets, right[0], left[0], left[1] - left[0]) < 0
                            && found++ == index) {
                        pair = new int[] {left[0], right[0], left[1] - left[0]};
                    }
                }
            }
            if (pair == null) {
                return progress;
            }
            long[] candidate = offsets.clone();
            System.arraycopy(offsets, pair[1], candidate, pair[0], pair[2]);
            System.arraycopy(offsets, pair[0], candidate, pair[1], pair[2]);
            if (search.attempt(candidate, candidate.length)) {
                progress = true;
            } else {
                index++;
            }
        }
    }

    /** The spans that start within the sequence, outer first. */
    private static List<int[]> sorted(int[] triples, int length) {
        List<int[]> spans = new ArrayList<>(triples.length / 3);
        for (int i = 0; i + 2 < triples.length; i += 3) {
            if (triples[i] < length) {
                spans.add(new int[] {triples[i], triples[i + 1], triples[i + 2]});
            }
        }
        spans.sort(OUTER_FIRST);
        return spans;
    }

    private static long[] without(long[] offsets, int from, int to) {
        long[] candidate = new long[offsets.length - (to - from)];
        System.arraycopy(offsets, 0, candidate, 0, from);
        System.arraycopy(offsets, to, candidate, from, offsets.length - to);
        return candidate;
    }

    private static boolean allZero(long[] offsets, int from, int to) {
        for (int i = from; i < to; i++) {
            if (offsets[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int compare(long[] offsets, int left, int right, int length) {
        for (int i = 0; i < length; i++) {
            int order = Long.compareUnsigned(offsets[left + i], offsets[right + i]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
