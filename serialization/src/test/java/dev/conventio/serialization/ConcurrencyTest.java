package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.format.RejectionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shared facades give every thread the results a single thread gets. */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 200;

    @Test
    void concurrentReadsAndWritesGiveTheSameResultsAsASingleThread() throws Exception {
        Convention convention = Samples.convention();
        AmendmentRecord amendment = Samples.amendment();
        String conventionJson = ConventioJson.pretty().write(JsonDocument.CONVENTION, convention);
        String amendmentJson = ConventioJson.compact().write(JsonDocument.AMENDMENT, amendment);
        String bad = RejectionTest.replace(RejectionTest.WITH_MONEY, "\"EUR\"", "\"XXX\"");
        String badPointer = "/contributions/0/amount/currency";

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<Integer> work = () -> {
                    start.await();
                    int checked = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        // Threads interleave different documents and both forms on the same instances.
                        if ((round + thread) % 3 == 0) {
                            assertThat(ConventioJson.pretty().read(JsonDocument.CONVENTION, conventionJson)).isEqualTo(convention);
                            assertThat(ConventioJson.pretty().write(JsonDocument.CONVENTION, convention)).isEqualTo(conventionJson);
                        } else if ((round + thread) % 3 == 1) {
                            assertThat(ConventioJson.compact().read(JsonDocument.AMENDMENT, amendmentJson.getBytes(
                                    java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(amendment);
                            assertThat(ConventioJson.compact().write(JsonDocument.AMENDMENT, amendment)).isEqualTo(amendmentJson);
                        } else {
                            try {
                                ConventioJson.compact().read(JsonDocument.CONVENTION, bad);
                                throw new AssertionError("a bad document was accepted");
                            } catch (ConventioJsonException e) {
                                assertThat(e.code()).isEqualTo(RejectionCode.UNSUPPORTED_CURRENCY);
                                assertThat(e.pointer()).isEqualTo(badPointer);
                            }
                        }
                        checked++;
                    }
                    return checked;
                };
                results.add(pool.submit(work));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(ROUNDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
