package dev.conventio.benchmarks;

import dev.conventio.history.History;
import dev.conventio.testkit.Gen;
import dev.conventio.testkit.HistoryGen;
import dev.conventio.testkit.shrink.RecordingRandom;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A measured harness for the cost of recording choices, beside {@link RecordingBenchmark}: on a
 * shared machine whose load moves during a run, two JMH benchmarks measured one after the other
 * see different loads. This harness alternates the two in rounds on one thread, generating the
 * same histories from the same seeds plainly and under a {@link RecordingRandom}, times each
 * round in the thread's CPU time, which other processes do not inflate, and reports the median of
 * the rounds' ratios.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.conventio.benchmarks.RecordingOverhead [size] [rounds]
 * </pre>
 */
public final class RecordingOverhead {

    private static final int PER_ROUND = 200;

    private RecordingOverhead() {
    }

    /**
     * Runs the rounds and prints the median overhead.
     *
     * @param args  the size of the histories (10 unless given) and the number of rounds (40 unless given)
     */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Gen<History> generator = size == 10 ? HistoryGen.histories() : ShrinkBenchmark.LONG_HISTORIES;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < 10; i++) {
            sink += run(generator, size, false, i) + run(generator, size, true, i);
        }
        double[] ratios = new double[rounds];
        double[] plainTimes = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            boolean recordFirst = round % 2 == 1;
            long[] nanos = new long[2];
            for (int k = 0; k < 2; k++) {
                boolean record = (k == 0) == recordFirst;
                long start = threads.getCurrentThreadCpuTime();
                sink += run(generator, size, record, round);
                nanos[record ? 1 : 0] = threads.getCurrentThreadCpuTime() - start;
            }
            ratios[round] = (double) nanos[1] / nanos[0];
            plainTimes[round] = nanos[0] / 1000.0 / PER_ROUND;
        }
        Arrays.sort(ratios);
        Arrays.sort(plainTimes);
        System.out.printf("size %d, %d rounds of %d histories each way: plain %.0f µs CPU per history (median), "
                + "recording overhead median %+.1f %% (quartiles %+.1f %%, %+.1f %%)  [%d]%n", size, rounds, PER_ROUND,
                plainTimes[rounds / 2], 100 * (ratios[rounds / 2] - 1), 100 * (ratios[rounds / 4] - 1),
                100 * (ratios[3 * rounds / 4] - 1), sink % 10);
    }

    /** Generates the round's histories, the same seeds either way. */
    private static long run(Gen<History> generator, int size, boolean record, int round) {
        SplittableRandom seeds = new SplittableRandom(round);
        long total = 0;
        for (int i = 0; i < PER_ROUND; i++) {
            SplittableRandom random = new SplittableRandom(seeds.nextLong());
            if (record) {
                RecordingRandom recording = RecordingRandom.of(random);
                total += generator.generate(recording, size).amendments().size() + recording.choices().size();
            } else {
                total += generator.generate(random, size).amendments().size();
            }
        }
        return total;
    }
}
