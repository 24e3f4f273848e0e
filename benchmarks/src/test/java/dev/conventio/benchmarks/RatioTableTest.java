package dev.conventio.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The table computes its ratios from the JSON of one JMH run, whatever units each result has. */
class RatioTableTest {

    private static String result(String benchmark, String params, String mode, double score, String unit,
            double bytes) {
        return "{\"benchmark\":\"dev.conventio.benchmarks." + benchmark + "\",\"mode\":\"" + mode + "\","
                + "\"params\":{" + params + "},"
                + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":1.0,\"scoreUnit\":\"" + unit + "\"},"
                + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + bytes + ",\"scoreUnit\":\"B/op\"}}}";
    }

    @Test
    void unitsAreNormalisedToSecondsPerOperation() {
        assertThat(RatioTable.toSecondsPerOp(2_000, "ops/s")).isCloseTo(5e-4, within(1e-12));
        assertThat(RatioTable.toSecondsPerOp(2, "ops/ms")).isCloseTo(5e-4, within(1e-12));
        assertThat(RatioTable.toSecondsPerOp(500, "us/op")).isCloseTo(5e-4, within(1e-12));
        assertThat(RatioTable.toSecondsPerOp(500_000, "ns/op")).isCloseTo(5e-4, within(1e-12));
    }

    @Test
    void readRatiosAreMarkedAgainstTheirTargets() {
        String json = "[" + String.join(",",
                result("ReadBenchmark.conventio", "\"document\":\"SMALL\"", "thrpt", 900, "ops/s", 1300),
                result("ReadBenchmark.b0Strict", "\"document\":\"SMALL\"", "thrpt", 1000, "ops/s", 1000),
                result("ReadBenchmark.b1Hand", "\"document\":\"SMALL\"", "thrpt", 2000, "ops/s", 800),
                result("ReadBenchmark.bdDefault", "\"document\":\"SMALL\"", "thrpt", 1, "ops/ms", 900)) + "]";

        String table = RatioTable.fromJson(json).render();

        // 900/1000 = 0.90 meets its target; 900/2000 = 0.45 misses 0.60; 1300/1000 = 1.30 meets its own.
        assertThat(table).contains("| 1 KB | 0.90 | 0.45 MISS | 0.90 | 1.30 |");
        assertThat(table).contains("| 4 KB | n/a | n/a | n/a | n/a |");
        // 1 op/s of error on 900 ops/s: about 0.1 %, shown as 0 %.
        assertThat(table).contains("| 1 KB | 1288 | Conventio | 900 | 0 % | 1.16 | 1,300 |");
    }

    @Test
    void consolidationGrowthAndHostileRatiosAreTimeRatios() {
        String json = "[" + String.join(",",
                result("ConsolidationBenchmark.asOf", "\"amendments\":\"1000\"", "avgt", 100, "us/op", 1),
                result("ConsolidationBenchmark.asOf", "\"amendments\":\"10000\"", "avgt", 1200, "us/op", 1),
                result("ReadBenchmark.conventio", "\"document\":\"MEDIUM\"", "thrpt", 10_000, "ops/s", 1),
                result("HostileBenchmark.reject", "\"hostile\":\"AMOUNT_EXPONENT_STRING\"", "avgt", 50, "us/op", 1),
                result("HostileBenchmark.reject", "\"hostile\":\"DUPLICATE_KEY\"", "avgt", 250, "us/op", 1)) + "]";

        String table = RatioTable.fromJson(json).render();

        assertThat(table).contains("| asOf(date), all in force | n/a | n/a | 100 | 1,200 | n/a | 12.00 MISS |");
        // The valid read takes 100 µs: 50 µs is 0.50×, 250 µs is 2.50×, over the 2× target.
        assertThat(table).contains("| amount \"1e100000000\" | " + Hostile.AMOUNT_EXPONENT_STRING.size()
                + " | 50.0 ± 2 % | 100 | 0.50 | yes | 1 |");
        assertThat(table).contains("| 250 ± 0 % | 100 | 2.50 MISS | (not a target) | 1 |");
    }

    @Test
    void anAmountBombOverOneMillisecondIsAMiss() {
        String json = "[" + String.join(",",
                result("ReadBenchmark.conventio", "\"document\":\"MEDIUM\"", "thrpt", 100, "ops/s", 1),
                result("HostileBenchmark.reject", "\"hostile\":\"AMOUNT_EXPONENT_NUMBER\"", "avgt", 1.5, "ms/op",
                        1)) + "]";

        // 1.5 ms against a 10 ms valid read: within 2×, but not under 1 ms.
        assertThat(RatioTable.fromJson(json).render()).contains("| 1,500 ± 67 % | 10,000 | 0.15 | MISS |");
    }

    @Test
    void theModulesAreComparedWithTheFacadeAndWithEachOther() {
        String json = "[" + String.join(",",
                result("ReadBenchmark.conventio", "\"document\":\"SMALL\"", "thrpt", 1000, "ops/s", 1000),
                result("ReadBenchmark.jackson2Module", "\"document\":\"SMALL\"", "thrpt", 800, "ops/s", 1200),
                result("ReadBenchmark.jackson3Module", "\"document\":\"SMALL\"", "thrpt", 900, "ops/s", 1500))
                + "]";

        String table = RatioTable.fromJson(json).render();

        assertThat(table).contains("| 1 KB | 1288 | Conventio, Jackson 3 module | 900 | 0 % | 1.16 | 1,500 |");
        // 800/1000, 900/1000, 900/800 and 1500/1200 bytes.
        assertThat(table).contains("| 1 KB | 0.80 | 0.90 | 1.13 | 1.25 |");
        assertThat(table).contains("| 4 KB | n/a | n/a | n/a | n/a |");
    }
}
