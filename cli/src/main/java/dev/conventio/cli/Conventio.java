package dev.conventio.cli;

import dev.conventio.serialization.ConventioJson;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code conventio} command and its entry point.
 *
 * <p>Each subcommand is one class, listed once in {@link #SUBCOMMANDS}, such as {@code export scdl}
 * (the open-data module). Exit codes are the same for every subcommand: {@value #OK} when every
 * document is valid, {@value #INVALID} when one is not, {@value #ERROR} for a usage or I/O error.
 */
@Command(name = "conventio", mixinStandardHelpOptions = true, versionProvider = Conventio.Version.class,
        description = "Validates, consolidates and inspects documents of the Conventio JSON format.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document is valid", "1:a document is invalid",
            "2:a usage error, or a file that cannot be read"},
        footer = {"", "Documentation: docs/cli.md. Every command takes -h and -V as well.", ""},
        scope = CommandLine.ScopeType.INHERIT, usageHelpAutoWidth = true)
public final class Conventio implements Runnable {

    /** Every document read is valid. */
    static final int OK = 0;
    /** A document is invalid: rejected by the reader, or breaking the model's rules. */
    static final int INVALID = 1;
    /** A usage error, or an input that cannot be read. */
    static final int ERROR = 2;

    /** The subcommands, in the order the help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ValidateCommand.class, ConsolidateCommand.class,
            TimelineCommand.class, ExportCommand.class, SchemaCommand.class);

    /** What {@code -} reads. */
    private final InputStream stdin;
    /** Whether standard error is a terminal, so that a progress bar may be drawn on it. */
    private final boolean stderrIsTerminal;

    @Spec
    private CommandSpec spec;

    Conventio(InputStream stdin, boolean stderrIsTerminal) {
        this.stdin = stdin;
        this.stderrIsTerminal = stderrIsTerminal;
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args  the arguments, not null
     */
    public static void main(String[] args) {
        // UTF-8 whatever the locale: JSON is UTF-8 (RFC 8259), and the French text needs more than ASCII.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int exitCode = commandLine(System.in, Terminals.stderrIsTerminal(), out, err, args).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /**
     * Makes the command line for these arguments, its streams given: the tests run it as {@link #main}
     * does. When the arguments name a subcommand, it alone is registered: picocli reflects over every
     * registered command's annotations when it makes the command line, about 40 ms of a 0.5 s cold
     * start for the four others (BENCHMARKS.md, "Cold start"). Without one (`--help`, a misspelt
     * name, no argument), every subcommand is, so that the help and picocli's suggestions list them.
     *
     * @param stdin  what {@code -} reads
     * @param stderrIsTerminal  whether a progress bar may be drawn on standard error by default
     * @param out  standard output
     * @param err  standard error
     * @param args  the arguments the command line will execute
     */
    static CommandLine commandLine(InputStream stdin, boolean stderrIsTerminal, PrintWriter out, PrintWriter err,
            String... args) {
        CommandLine commandLine = new CommandLine(new Conventio(stdin, stderrIsTerminal));
        for (Class<?> subcommand : subcommandsFor(args)) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // A usage error exits with picocli's own ExitCode.USAGE, 2, as ERROR does; an exception, through
        // the handler below, with the code it carries.
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            PrintWriter stderr = line.getErr();
            if (exception instanceof Failure) {
                ((Failure) exception).lines().forEach(stderr::println);
                stderr.flush();
                return ((Failure) exception).exitCode();
            }
            stderr.println("conventio: internal error: " + exception);
            stderr.flush();
            return ERROR;
        });
        return commandLine;
    }

    /**
     * The subcommands to register for these arguments: the one the first argument that is not an option
     * names (the command itself takes only {@code -h} and {@code -V}), else all of them.
     */
    static List<Class<?>> subcommandsFor(String... args) {
        for (String arg : args) {
            if (arg.startsWith("-")) {
                continue;
            }
            for (Class<?> subcommand : SUBCOMMANDS) {
                if (name(subcommand).equals(arg)) {
                    return List.of(subcommand);
                }
            }
            break;
        }
        return SUBCOMMANDS;
    }

    /** The name of a subcommand, as its annotation gives it. */
    private static String name(Class<?> subcommand) {
        return subcommand.getAnnotation(Command.class).name();
    }

    @Override
    public void run() {
        List<String> names = SUBCOMMANDS.stream().map(Conventio::name).collect(Collectors.toList());
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: "
                + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1)
                + " (conventio --help lists them)");
    }

    /** What {@code -} reads. */
    InputStream stdin() {
        return stdin;
    }

    /** Whether standard error is a terminal. */
    boolean stderrIsTerminal() {
        return stderrIsTerminal;
    }

    /** The version of the command, from the build, with the format version and the JVM it runs on. */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[] {
                "conventio " + version(),
                "format version " + ConventioJson.FORMAT_VERSION,
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
            };
        }

        /** The version of this module, as the POM gave it. */
        static String version() {
            Properties properties = new Properties();
            try (InputStream in = Conventio.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    return "unknown";
                }
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties.getProperty("version", "unknown");
        }
    }
}
