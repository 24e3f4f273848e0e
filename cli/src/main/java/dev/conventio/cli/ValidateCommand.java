package dev.conventio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code conventio validate FILE|DIR…}: judges documents of any kind, files and directories (their
 * {@code *.json} files, walked in name order), in parallel, and reports in the order they were named.
 */
@Command(name = "validate", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Validates documents of any kind: conventions, amendments, histories.",
            "Directories are walked for their *.json files; - reads standard input. Prints one line per "
                + "problem, then a summary."})
final class ValidateCommand implements Callable<Integer> {

    /** How the report is written. */
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Documents, directories, or - for standard input.")
    private List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per problem) or json (one document for programs); default ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--progress", negatable = true,
            description = "Draw a progress bar on standard error; by default, only when it is a terminal.")
    private Boolean progress;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files judged at once; default: the available processors.")
    private Integer jobs;

    @ParentCommand
    private Conventio parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + threads);
        }
        List<Callable<Outcome>> tasks = tasks();
        PrintWriter out = spec.commandLine().getOut();
        Report report = format == Format.json ? new Report.Json(out) : new Report.Text(out);
        Progress bar = new Progress(spec.commandLine().getErr(), tasks.size(),
                progress == null ? parent.stderrIsTerminal() : progress);
        Report.Summary summary = new Report.Summary();
        AtomicInteger done = new AtomicInteger();
        if (tasks.size() <= 1 || threads == 1) {
            for (Callable<Outcome> task : tasks) {
                Outcome outcome = call(task);
                done.incrementAndGet();
                write(outcome, report, summary, bar);
                bar.update(done.get());
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), runnable -> {
                Thread thread = new Thread(runnable, "conventio-validate");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<Outcome>> futures = new ArrayList<>(tasks.size());
                for (Callable<Outcome> task : tasks) {
                    futures.add(pool.submit(() -> {
                        Outcome outcome = call(task);
                        done.incrementAndGet();
                        return outcome;
                    }));
                }
                for (Future<Outcome> future : futures) {
                    write(await(future, bar, done), report, summary, bar);
                }
                bar.update(done.get());
            } finally {
                pool.shutdownNow();
            }
        }
        bar.clear();
        report.summary(summary);
        return summary.exitCode();
    }

    /** Writes one outcome, erasing the bar first when the report is about to print. */
    private void write(Outcome outcome, Report report, Report.Summary summary, Progress bar) {
        summary.count(outcome);
        if (format == Format.json || outcome.status() != Outcome.Status.VALID || !outcome.undetermined().isEmpty()) {
            bar.clear();
        }
        report.file(outcome);
    }

    /** Waits for an outcome, redrawing the bar meanwhile: the outcomes are written in order. */
    private static Outcome await(Future<Outcome> future, Progress bar, AtomicInteger done) {
        while (true) {
            try {
                return future.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                bar.update(done.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while validating", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("validation failed", e.getCause());
            }
        }
    }

    private static Outcome call(Callable<Outcome> task) {
        try {
            return task.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One task per input, in the order named: a file, standard input for {@code -} (once), each
     * {@code *.json} file of a directory in the order of their paths, and an error for a name that is
     * neither.
     */
    private List<Callable<Outcome>> tasks() {
        List<Callable<Outcome>> tasks = new ArrayList<>();
        boolean stdinTaken = false;
        for (String name : paths) {
            if ("-".equals(name)) {
                if (stdinTaken) {
                    throw new ParameterException(spec.commandLine(), "- (standard input) can be named only once");
                }
                stdinTaken = true;
                Source source = Source.stdin(parent.stdin());
                tasks.add(() -> Outcome.of(source));
                continue;
            }
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                try {
                    for (Path file : jsonFiles(path)) {
                        Source source = Source.file(file.toString(), file);
                        tasks.add(() -> Outcome.of(source));
                    }
                } catch (IOException | UncheckedIOException e) {
                    String message = e instanceof UncheckedIOException ? Outcome.describe(((UncheckedIOException) e)
                            .getCause()) : Outcome.describe((IOException) e);
                    tasks.add(() -> Outcome.error(name, message));
                }
            } else {
                Source source = Source.file(name, path);
                tasks.add(() -> Outcome.of(source));
            }
        }
        return tasks;
    }

    /** The regular {@code *.json} files under a directory, at any depth, in the order of their paths. */
    static List<Path> jsonFiles(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(path -> path.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(Path::toString))
                    .collect(Collectors.toList());
        }
    }
}
