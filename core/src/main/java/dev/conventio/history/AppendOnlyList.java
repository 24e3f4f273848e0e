package dev.conventio.history;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An immutable list that grows by {@link #append(Object)} in constant time, amortised, by sharing
 * its storage with the list it grew from.
 *
 * <p>Each list is a view of the first {@code size} slots of a buffer. The first list to append to
 * a buffer at its end claims the next slot and writes into it: the lists made before see only
 * their own prefix, which never changes. Any other append (a second one to the same list, or one
 * to an older list) copies the prefix into a new buffer. A history that only grows, as
 * {@code History.of} and a chain of {@code add} calls build it, therefore never copies its
 * amendments; a history that branches copies once per branch.
 *
 * <p>Immutable and thread-safe: a slot is claimed atomically before it is written, and a list is
 * published only after its slot is written.
 *
 * @param <T>  the type of the elements, never null
 */
final class AppendOnlyList<T> extends AbstractList<T> implements RandomAccess {

    /** The storage a line of lists shares: its slots and how many of them are claimed. */
    private static final class Buffer {
        private final Object[] slots;
        private final AtomicInteger claimed;

        Buffer(Object[] slots, int claimed) {
            this.slots = slots;
            this.claimed = new AtomicInteger(claimed);
        }
    }

    private static final AppendOnlyList<?> EMPTY = new AppendOnlyList<>(new Buffer(new Object[0], 0), 0);

    private final Buffer buffer;
    private final int size;

    private AppendOnlyList(Buffer buffer, int size) {
        this.buffer = buffer;
        this.size = size;
    }

    /** The empty list. */
    @SuppressWarnings("unchecked")
    static <T> AppendOnlyList<T> empty() {
        return (AppendOnlyList<T>) EMPTY;
    }

    /** The list of the given elements, in order. */
    static <T> AppendOnlyList<T> of(List<? extends T> elements) {
        Object[] slots = elements.toArray();
        for (Object element : slots) {
            Objects.requireNonNull(element, "element");
        }
        return slots.length == 0 ? empty() : new AppendOnlyList<>(new Buffer(slots, slots.length), slots.length);
    }

    /**
     * Returns this list with one more element at its end; this list is unchanged.
     *
     * @param element  the element, not null
     * @return the longer list, never null
     */
    AppendOnlyList<T> append(T element) {
        Objects.requireNonNull(element, "element");
        if (size < buffer.slots.length && buffer.claimed.compareAndSet(size, size + 1)) {
            buffer.slots[size] = element;
            return new AppendOnlyList<>(buffer, size + 1);
        }
        Object[] slots = Arrays.copyOf(buffer.slots, Math.max(4, size * 2));
        // Copied from this list's prefix only: slots past it may belong to another line of lists.
        Arrays.fill(slots, size, slots.length, null);
        slots[size] = element;
        return new AppendOnlyList<>(new Buffer(slots, size + 1), size + 1);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        return (T) buffer.slots[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** The first element, or null when empty. */
    T first() {
        return size == 0 ? null : get(0);
    }

    /** The last element, or null when empty. */
    T last() {
        return size == 0 ? null : get(size - 1);
    }

    /** The list of this list's first {@code count} elements, sharing its storage. */
    AppendOnlyList<T> prefix(int count) {
        Objects.checkFromToIndex(0, count, size);
        return count == size ? this : new AppendOnlyList<>(buffer, count);
    }
}
