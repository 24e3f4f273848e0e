package dev.conventio.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class AppendOnlyListTest {

    @Test
    void appendingLeavesTheListItGrewFromUnchanged() {
        AppendOnlyList<String> empty = AppendOnlyList.empty();
        AppendOnlyList<String> one = empty.append("a");
        AppendOnlyList<String> two = one.append("b");
        assertThat(empty).isEmpty();
        assertThat(one).containsExactly("a");
        assertThat(two).containsExactly("a", "b").isEqualTo(List.of("a", "b")).hasSameHashCodeAs(List.of("a", "b"));
        assertThat(two.first()).isEqualTo("a");
        assertThat(two.last()).isEqualTo("b");
        assertThat(empty.first()).isNull();
        assertThat(empty.last()).isNull();
    }

    @Test
    void twoAppendsToOneListMakeTwoIndependentLists() {
        AppendOnlyList<Integer> base = AppendOnlyList.<Integer>empty().append(1).append(2);
        AppendOnlyList<Integer> left = base.append(3);
        AppendOnlyList<Integer> right = base.append(4);
        AppendOnlyList<Integer> leftLonger = left.append(5);
        assertThat(base).containsExactly(1, 2);
        assertThat(left).containsExactly(1, 2, 3);
        assertThat(right).containsExactly(1, 2, 4);
        assertThat(leftLonger).containsExactly(1, 2, 3, 5);
        assertThat(right.append(6)).containsExactly(1, 2, 4, 6);
        assertThat(left).containsExactly(1, 2, 3);
    }

    @Test
    void growingPastTheBufferKeepsEveryElement() {
        AppendOnlyList<Integer> list = AppendOnlyList.empty();
        List<AppendOnlyList<Integer>> lines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            lines.add(list);
            list = list.append(i);
        }
        for (int i = 0; i < 1000; i++) {
            assertThat(lines.get(i)).hasSize(i);
            assertThat(list.get(i)).isEqualTo(i);
        }
    }

    @Test
    void aPrefixSharesTheStorageAndAppendsToACopy() {
        AppendOnlyList<String> list = AppendOnlyList.of(List.of("a", "b", "c"));
        AppendOnlyList<String> prefix = list.prefix(2);
        assertThat(prefix).containsExactly("a", "b");
        assertThat(prefix.append("x")).containsExactly("a", "b", "x");
        assertThat(list).containsExactly("a", "b", "c");
        assertThat(list.prefix(3)).isSameAs(list);
        assertThatThrownBy(() -> list.prefix(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theListIsUnmodifiableAndRefusesNulls() {
        AppendOnlyList<String> list = AppendOnlyList.of(List.of("a"));
        assertThatThrownBy(() -> list.add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, "b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.append(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> list.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(list).containsExactly("a");
    }

    @Test
    void threadsAppendingToOneListEachGetTheirOwn() throws InterruptedException {
        AppendOnlyList<Integer> base = AppendOnlyList.of(List.of(0));
        ConcurrentLinkedQueue<AppendOnlyList<Integer>> made = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 1; t <= 8; t++) {
            int value = t;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                AppendOnlyList<Integer> list = base;
                for (int i = 0; i < 200; i++) {
                    list = list.append(value);
                }
                made.add(list);
            });
            threads.add(thread);
            thread.start();
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(made).hasSize(8);
        for (AppendOnlyList<Integer> list : made) {
            assertThat(list).hasSize(201);
            assertThat(list.get(0)).isZero();
            assertThat(list.subList(1, 201)).containsOnly(list.get(1));
        }
        assertThat(made).extracting(list -> list.get(1)).doesNotHaveDuplicates();
        assertThat(base).containsExactly(0);
    }
}
