package dev.conventio.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks and prints the ratio table computed from that one run.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar                 # the short configuration, then the table
 * java -jar benchmarks/target/benchmarks.jar Read -i 10      # any JMH option overrides a default
 * java -jar benchmarks/target/benchmarks.jar --table FILE    # the table of an earlier run's JSON result
 * </pre>
 *
 * <p>The short configuration is what the annotations of the benchmark classes say:
 * one fork, 5 warm-up iterations of one second (8 for the hostile documents) and 6 measured
 * iterations of half a second (2 and 3 of one second for the checked history build, whose largest
 * operation takes seconds), {@code -Xms1g -Xmx1g}; about 9 minutes on 2 cores. Six measured
 * iterations rather than three of
 * the same total time because JMH's 99.9 % confidence interval multiplies the spread by Student's
 * t, 31.6 for 3 iterations and 6.9 for 6. Five warm-up seconds because on 2 shared cores the C2
 * compiler thread is the bottleneck: the stream- and lambda-heavy paths (data binding) were still
 * running 10 to 30 times slower than their compiled speed after 3 s. This main adds the GC profiler
 * (allocated bytes per operation) unless another profiler is named, and writes a JSON result file,
 * {@code benchmarks/target/jmh-result.json} unless {@code -rff} names another, which the table is
 * computed from.
 */
public final class Main {

    /** Where the JSON result goes unless {@code -rff} says otherwise. */
    static final String DEFAULT_RESULT = "benchmarks/target/jmh-result.json";

    private Main() {
    }

    /**
     * Runs the benchmarks, or prints the table of an earlier run with {@code --table FILE}.
     *
     * @param args  JMH command-line options, or {@code --table FILE}
     * @throws Exception if the run fails or the result file cannot be read
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 2 && args[0].equals("--table")) {
            out.print(RatioTable.fromJson(Files.readString(Path.of(args[1]))).render());
            return;
        }
        Path result = run(args);
        if (result != null) {
            RatioTable table = RatioTable.fromJson(Files.readString(result));
            out.println();
            out.printf("Run finished %s; %s; %d processors; result %s%n%n", java.time.ZonedDateTime.now()
                    .withNano(0), table.environment(), Runtime.getRuntime().availableProcessors(), result);
            out.print(table.render());
        }
    }

    private static Path run(String[] args) throws CommandLineOptionException, RunnerException, IOException {
        CommandLineOptions cli = new CommandLineOptions(args);
        if (cli.shouldHelp() || cli.shouldList() || cli.shouldListProfilers() || cli.shouldListResultFormats()
                || cli.shouldListWithParams()) {
            // Let JMH answer the informational options itself.
            org.openjdk.jmh.Main.main(args);
            return null;
        }
        // Forks, iterations, modes and units are set by each benchmark class's annotations, which
        // the command line overrides; only the profiler and the result file are added here.
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
        if (cli.getProfilers().isEmpty()) {
            options.addProfiler(GCProfiler.class);
        }
        options.resultFormat(cli.getResultFormat().orElse(ResultFormatType.JSON));
        if (cli.getResultFormat().hasValue() && cli.getResultFormat().get() != ResultFormatType.JSON) {
            throw new CommandLineOptionException("the ratio table is computed from a JSON result: use -rf json");
        }
        Path result = Path.of(cli.getResult().orElse(DEFAULT_RESULT));
        if (result.getParent() != null) {
            Files.createDirectories(result.getParent());
        }
        options.result(result.toString());
        new Runner(options.build()).run();
        return result;
    }
}
