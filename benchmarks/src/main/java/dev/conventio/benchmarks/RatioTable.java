package dev.conventio.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ratio table of one JMH run: every ratio compares two results of the same JSON result file,
 * so both sides ran in the same run, on the same machine, under the same load.
 *
 * <p>Times are normalised from whatever unit a benchmark reports (ops/s, µs/op…), so a throughput
 * benchmark and an average-time benchmark can be compared. A ratio whose inputs are missing (a
 * partial run, {@code Read -p document=SMALL}) is shown as {@code n/a}, never guessed.
 */
public final class RatioTable {

    /** Read throughput against B0 (strict Jackson binding), at least. */
    static final double READ_VS_B0 = 0.90;
    /** Read throughput against B1 (hand-written parser), at least. */
    static final double READ_VS_B1 = 0.60;
    /** Write throughput against B0, at least. */
    static final double WRITE_VS_B0 = 0.95;
    /** Allocated bytes per operation against B0, at most. */
    static final double ALLOC_VS_B0 = 1.30;
    /** Consolidation time t(10 000) / t(1 000), at most: linear growth. */
    static final double CONSOLIDATION_GROWTH = 11.0;
    /** Rejection time against the valid read of the same document, at most. */
    static final double HOSTILE_VS_VALID = 2.0;
    /** Rejection time of an amount bomb, in seconds, less than. */
    static final double AMOUNT_BOMB_SECONDS = 1e-3;

    /** One benchmark result: seconds per operation and allocated bytes per operation. */
    record Result(double secondsPerOp, double errorSecondsPerOp, Optional<Double> bytesPerOp) {
        double opsPerSecond() {
            return 1.0 / secondsPerOp;
        }
    }

    private final Map<String, Result> results;
    private final String environment;

    private RatioTable(Map<String, Result> results, String environment) {
        this.results = results;
        this.environment = environment;
    }

    /**
     * Describes the JVM the forks ran on, as the result file records it.
     *
     * @return such as {@code JDK 17.0.15, OpenJDK 64-Bit Server VM 17.0.15+6, JMH 1.37}, or an
     *     empty string for an empty result
     */
    public String environment() {
        return environment;
    }

    /**
     * Reads a JMH JSON result ({@code -rf json}).
     *
     * @param json  the content of the result file, not null
     * @return the table, never null
     * @throws UncheckedIOException if the JSON is malformed
     */
    public static RatioTable fromJson(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Result> results = new TreeMap<>();
        String environment = "";
        for (JsonNode run : root) {
            if (environment.isEmpty() && run.has("jdkVersion")) {
                environment = "JDK " + run.path("jdkVersion").asText() + ", " + run.path("vmName").asText() + " "
                        + run.path("vmVersion").asText() + ", JMH " + run.path("jmhVersion").asText();
            }
            String benchmark = run.get("benchmark").asText();
            String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            StringBuilder key = new StringBuilder(name);
            JsonNode params = run.get("params");
            if (params != null) {
                new TreeMap<String, String>(new ObjectMapper().convertValue(params,
                        new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() { }))
                        .forEach((k, v) -> key.append(' ').append(k).append('=').append(v));
            }
            JsonNode primary = run.get("primaryMetric");
            String unit = primary.get("scoreUnit").asText();
            double score = primary.get("score").asDouble();
            double error = primary.get("scoreError").asDouble();
            double seconds = toSecondsPerOp(score, unit);
            // JMH's error is in the score's unit: relative to the score, it is the same for ops/s and s/op.
            double errorSeconds = Double.isNaN(error) ? 0 : seconds * Math.abs(error / score);
            JsonNode gc = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
            Optional<Double> bytes = gc.isMissingNode() ? Optional.empty() : Optional.of(gc.get("score").asDouble());
            results.put(key.toString(), new Result(seconds, errorSeconds, bytes));
        }
        return new RatioTable(results, environment);
    }

    static double toSecondsPerOp(double score, String unit) {
        String[] parts = unit.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("unknown score unit " + unit);
        }
        if (parts[0].equals("ops")) {
            return 1.0 / (score / seconds(parts[1]));
        }
        if (parts[1].equals("op")) {
            return score * seconds(parts[0]);
        }
        throw new IllegalArgumentException("unknown score unit " + unit);
    }

    private static double seconds(String unit) {
        switch (unit) {
            case "s": return 1;
            case "ms": return 1e-3;
            case "us": return 1e-6;
            case "ns": return 1e-9;
            case "min": return 60;
            default: throw new IllegalArgumentException("unknown time unit " + unit);
        }
    }

    Optional<Result> result(String key) {
        return Optional.ofNullable(results.get(key));
    }

    /**
     * Renders the table as Markdown, as it goes into {@code BENCHMARKS.md}.
     *
     * @return the text, never null
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        codec(out, "Read", "ReadBenchmark", READ_VS_B0, true);
        codec(out, "Write", "WriteBenchmark", WRITE_VS_B0, false);
        consolidation(out);
        hostile(out);
        return out.toString();
    }

    private void codec(StringBuilder out, String title, String benchmark, double vsB0, boolean read) {
        out.append("### ").append(title).append(" (strict").append(read ? ", with validation" : "")
                .append("): Conventio against B0 strict Jackson, B1 hand-written, Bd default Jackson\n\n");
        out.append("| document | bytes | impl | ops/s | ± | MB/s | B/op |\n|---|---:|---|---:|---:|---:|---:|\n");
        String[][] impls = {{"conventio", "Conventio"}, {"jackson2Module", "Conventio, Jackson 2 module"},
            {"jackson3Module", "Conventio, Jackson 3 module"}, {"b0Strict", "B0"}, {"b1Hand", "B1"},
            {"bdDefault", "Bd"}};
        for (Document document : Document.values()) {
            for (String[] impl : impls) {
                Optional<Result> r = result(benchmark + "." + impl[0] + " document=" + document.name());
                if (r.isEmpty()) {
                    continue;
                }
                out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s |%n", document.label(),
                        document.size(), impl[1], number(r.get().opsPerSecond()), error(r.get()),
                        number(r.get().opsPerSecond() * document.size() / 1e6), bytes(r.get().bytesPerOp())));
            }
        }
        out.append("\n| document | vs B0 | vs B1 | vs Bd | alloc vs B0 |\n|---|---:|---:|---:|---:|\n");
        for (Document document : Document.values()) {
            Optional<Result> lib = result(benchmark + ".conventio document=" + document.name());
            Optional<Result> b0 = result(benchmark + ".b0Strict document=" + document.name());
            Optional<Result> b1 = result(benchmark + ".b1Hand document=" + document.name());
            Optional<Result> bd = result(benchmark + ".bdDefault document=" + document.name());
            out.append("| ").append(document.label()).append(" | ")
                    .append(speed(lib, b0, vsB0)).append(" | ")
                    .append(read ? speed(lib, b1, READ_VS_B1) : speed(lib, b1, Double.NaN)).append(" | ")
                    .append(speed(lib, bd, Double.NaN)).append(" | ")
                    .append(allocation(lib, b0)).append(" |\n");
        }
        modules(out, benchmark);
        out.append(String.format(Locale.ROOT, "%nTargets: %s ≥ %.2f× B0%s; allocation ≤ %.2f× B0. "
                        + "Speed ratios are Conventio's ops/s over the baseline's; ± is the half-width of JMH's 99.9 %% "
                + "confidence interval.%n%n", title.toLowerCase(Locale.ROOT),
                vsB0, read ? String.format(Locale.ROOT, " and ≥ %.2f× B1", READ_VS_B1) : "", ALLOC_VS_B0));
    }

    /** The two Jackson modules against the facade, and Jackson 3's against Jackson 2's: informational. */
    private void modules(StringBuilder out, String benchmark) {
        out.append("\n| document | Jackson 2 module vs facade | Jackson 3 module vs facade "
                + "| Jackson 3 vs Jackson 2 module | alloc Jackson 3 vs Jackson 2 module |\n|---|---:|---:|---:|---:|\n");
        for (Document document : Document.values()) {
            Optional<Result> facade = result(benchmark + ".conventio document=" + document.name());
            Optional<Result> jackson2 = result(benchmark + ".jackson2Module document=" + document.name());
            Optional<Result> jackson3 = result(benchmark + ".jackson3Module document=" + document.name());
            Optional<Double> bytes2 = jackson2.flatMap(Result::bytesPerOp);
            Optional<Double> bytes3 = jackson3.flatMap(Result::bytesPerOp);
            out.append("| ").append(document.label()).append(" | ")
                    .append(speed(jackson2, facade, Double.NaN)).append(" | ")
                    .append(speed(jackson3, facade, Double.NaN)).append(" | ")
                    .append(speed(jackson3, jackson2, Double.NaN)).append(" | ")
                    .append(bytes2.isPresent() && bytes3.isPresent()
                            ? mark(bytes3.get() / bytes2.get(), true) : "n/a").append(" |\n");
        }
    }

    private void consolidation(StringBuilder out) {
        out.append("### Consolidation: time per operation (µs) by number of amendments\n\n");
        String[][] operations = {{"asOf", "asOf(date), all in force"},
            {"asOfBeforeLast", "asOf(date), all but the last in force"},
            {"asOfMidway", "asOf(date), the first half in force"}, {"timeline", "timeline()"},
            {"moneyTotals", "money totals"}};
        int[] sizes = {10, 100, 1_000, 10_000};
        out.append("| operation |");
        for (int size : sizes) {
            out.append(' ').append(size).append(" |");
        }
        out.append(" t(1 000)/t(100) | t(10 000)/t(1 000) |\n|---|");
        out.append("---:|".repeat(sizes.length + 2)).append('\n');
        for (String[] operation : operations) {
            out.append("| ").append(operation[1]).append(" |");
            for (int size : sizes) {
                Optional<Result> r = result("ConsolidationBenchmark." + operation[0] + " amendments=" + size);
                out.append(' ').append(r.map(x -> number(x.secondsPerOp() * 1e6)).orElse("n/a")).append(" |");
            }
            Optional<Result> t100 = result("ConsolidationBenchmark." + operation[0] + " amendments=100");
            Optional<Result> t1k = result("ConsolidationBenchmark." + operation[0] + " amendments=1000");
            Optional<Result> t10k = result("ConsolidationBenchmark." + operation[0] + " amendments=10000");
            out.append(' ').append(growth(t1k, t100, Double.NaN)).append(" | ")
                    .append(growth(t10k, t1k, CONSOLIDATION_GROWTH)).append(" |\n");
        }
        build(out, sizes, "growing", "History.of, growing convention (informational)", Double.NaN);
        build(out, sizes, "constant", "History.of, convention of constant size", CONSOLIDATION_GROWTH);
        out.append(String.format(Locale.ROOT, "%nTarget: t(10 000)/t(1 000) ≤ %.0f (linear growth). The growing"
                + " build checks each amendment against a convention that grows with the amendments (every fourth"
                + " adds a contribution), so it grows as their square.%n%n", CONSOLIDATION_GROWTH));
        out.append("| History.of, convention of constant size | 1000 | 10000 | ratio |\n|---|---:|---:|---:|\n");
        Optional<Double> perAmendment1k = result("HistoryBuildBenchmark.build amendments=1000 shape=constant")
                .flatMap(Result::bytesPerOp).map(bytes -> bytes / 1_000);
        Optional<Double> perAmendment10k = result("HistoryBuildBenchmark.build amendments=10000 shape=constant")
                .flatMap(Result::bytesPerOp).map(bytes -> bytes / 10_000);
        out.append("| bytes allocated per amendment | ").append(perAmendment1k.map(RatioTable::number).orElse("n/a"))
                .append(" | ").append(perAmendment10k.map(RatioTable::number).orElse("n/a")).append(" | ")
                .append(perAmendment1k.isPresent() && perAmendment10k.isPresent()
                        ? mark(perAmendment10k.get() / perAmendment1k.get(),
                                Math.abs(perAmendment10k.get() / perAmendment1k.get() - 1) <= 0.05) : "n/a")
                .append(" |\n\n");
        out.append("Target: allocation per amendment at 10 000 within 5 % of that at 1 000.\n\n");
    }

    private void build(StringBuilder out, int[] sizes, String shape, String label, double target) {
        out.append("| ").append(label).append(" |");
        for (int size : sizes) {
            Optional<Result> r = result("HistoryBuildBenchmark.build amendments=" + size + " shape=" + shape);
            out.append(' ').append(r.map(x -> number(x.secondsPerOp() * 1e6)).orElse("n/a")).append(" |");
        }
        out.append(' ').append(growth(result("HistoryBuildBenchmark.build amendments=1000 shape=" + shape),
                result("HistoryBuildBenchmark.build amendments=100 shape=" + shape), Double.NaN)).append(" | ")
                .append(growth(result("HistoryBuildBenchmark.build amendments=10000 shape=" + shape),
                        result("HistoryBuildBenchmark.build amendments=1000 shape=" + shape), target)).append(" |\n");
    }

    private void hostile(StringBuilder out) {
        out.append("### Hostile input: time to reject against the valid read of the document it was made from\n\n");
        out.append("| hostile document | bytes | reject (µs) | valid read (µs) | ratio | under 1 ms | B/op |\n")
                .append("|---|---:|---:|---:|---:|---|---:|\n");
        for (Hostile hostile : Hostile.values()) {
            Optional<Result> reject = result("HostileBenchmark.reject hostile=" + hostile.name());
            Optional<Result> valid = result("ReadBenchmark.conventio document=" + hostile.base().name());
            String underOneMs = !hostile.isAmountBomb() ? "(not a target)" : reject.isEmpty() ? "n/a"
                    : reject.get().secondsPerOp() < AMOUNT_BOMB_SECONDS ? "yes" : "MISS";
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s |%n", hostile.label(),
                    hostile.size(), reject.map(r -> number(r.secondsPerOp() * 1e6) + " ± " + error(r)).orElse("n/a"),
                    valid.map(r -> number(r.secondsPerOp() * 1e6)).orElse("n/a"),
                    growth(reject, valid, HOSTILE_VS_VALID), underOneMs, bytes(reject.flatMap(Result::bytesPerOp))));
        }
        out.append(String.format(Locale.ROOT, "%n± is the half-width of JMH's 99.9 %% confidence interval.%n"));
        out.append(String.format(Locale.ROOT, "%nTargets: each rejection ≤ %.0f× the valid read of its size; "
                + "amount bombs under 1 ms.%n", HOSTILE_VS_VALID));
    }

    /** Throughput ratio: how fast the library is against a baseline (higher is better). */
    private static String speed(Optional<Result> lib, Optional<Result> baseline, double atLeast) {
        if (lib.isEmpty() || baseline.isEmpty()) {
            return "n/a";
        }
        double ratio = lib.get().opsPerSecond() / baseline.get().opsPerSecond();
        return mark(ratio, Double.isNaN(atLeast) || ratio >= atLeast);
    }

    /** Time ratio: how long one takes against the other (lower is better). */
    private static String growth(Optional<Result> slow, Optional<Result> fast, double atMost) {
        if (slow.isEmpty() || fast.isEmpty()) {
            return "n/a";
        }
        double ratio = slow.get().secondsPerOp() / fast.get().secondsPerOp();
        return mark(ratio, Double.isNaN(atMost) || ratio <= atMost);
    }

    private static String allocation(Optional<Result> lib, Optional<Result> b0) {
        Optional<Double> l = lib.flatMap(Result::bytesPerOp);
        Optional<Double> b = b0.flatMap(Result::bytesPerOp);
        if (l.isEmpty() || b.isEmpty()) {
            return "n/a";
        }
        double ratio = l.get() / b.get();
        return mark(ratio, ratio <= ALLOC_VS_B0);
    }

    /** The half-width of JMH's 99.9 % confidence interval, as a percentage of the score. */
    private static String error(Result result) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * result.errorSecondsPerOp() / result.secondsPerOp());
    }

    private static String mark(double ratio, boolean met) {
        return String.format(Locale.ROOT, "%.2f%s", ratio, met ? "" : " MISS");
    }

    private static String number(double value) {
        // Thresholds a hair under 100 and 10, so that 99.99999 (100 µs through a unit conversion)
        // is printed as 100, not 100.0.
        if (value >= 99.95) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 9.995 ? "%.1f" : "%.2f", value);
    }

    private static String bytes(Optional<Double> bytesPerOp) {
        return bytesPerOp.map(b -> String.format(Locale.ROOT, "%,.0f", b)).orElse("n/a");
    }

    /** Lists the keys of the results, for tests and for a partial run's diagnostics. */
    List<String> keys() {
        return new ArrayList<>(results.keySet());
    }
}
