package dev.conventio.cli;

import dev.conventio.history.History;
import dev.conventio.opendata.csv.ScdlWriter;
import dev.conventio.opendata.export.ExportRefusedException;
import dev.conventio.opendata.export.OnRefusal;
import dev.conventio.opendata.export.Refusal;
import dev.conventio.opendata.export.ScdlExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code conventio export scdl --as-of DATE FILE|DIR…}: the SCDL « subventions » rows of histories
 * or conventions as in force on a date, as CSV on standard output, streaming, one document at a
 * time; each refused attribution on standard error with its codes and paths. Exit code 0 when every
 * attribution is exported, 1 when one is refused or a document is invalid, 2 for a usage or I/O error.
 */
@Command(name = "scdl", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Prints the SCDL « subventions » 2.1.1 rows of conventions as in force on a date, as CSV.",
            "One row per attribution and beneficiary, the header line first. An attribution that cannot give "
                + "a required field is never written in part: it is refused on standard error, with the code and "
                + "path of what is missing. Directories are walked for their *.json files; - reads standard input."})
final class ExportScdlCommand implements Callable<Integer> {

    @Option(names = "--as-of", required = true, paramLabel = "DATE", converter = Dates.class,
            description = "The date, YYYY-MM-DD.")
    private LocalDate asOf;

    @Option(names = "--on-refusal", paramLabel = "CHOICE", defaultValue = "stop",
            description = "stop (at the first refused attribution) or skip (report it and go on); default ${DEFAULT-VALUE}.")
    private String onRefusal;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "History or convention documents, directories of them, or - for standard input.")
    private List<String> files;

    @ParentCommand
    private ExportCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        OnRefusal choice = choice();
        List<String> names = names();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScdlExport export = ScdlExport.asOf(asOf).onRefusal(choice);
        ScdlWriter writer = ScdlWriter.to(out);
        int refused = 0;
        for (String name : names) {
            History history = Histories.read(name, parent.parent.stdin());
            List<Refusal> refusals = new ArrayList<>();
            try {
                export.export(List.of(history), writer::writeUnchecked, refusals::add);
            } catch (ExportRefusedException e) {
                refusals.add(e.refusal());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (Refusal refusal : refusals) {
                err.println(name + ": " + refusal);
            }
            refused += refusals.size();
            if (refused > 0 && choice == OnRefusal.STOP) {
                break;
            }
        }
        writer.flush();
        err.flush();
        return refused == 0 ? Conventio.OK : Conventio.INVALID;
    }

    private OnRefusal choice() {
        switch (onRefusal) {
            case "stop":
                return OnRefusal.STOP;
            case "skip":
                return OnRefusal.SKIP;
            default:
                throw new ParameterException(spec.commandLine(), "--on-refusal is stop or skip, was '" + onRefusal + "'");
        }
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (String name : files) {
            Path path = Path.of(name);
            if (!"-".equals(name) && Files.isDirectory(path)) {
                try {
                    ValidateCommand.jsonFiles(path).forEach(file -> names.add(file.toString()));
                } catch (IOException e) {
                    throw Failure.error(name + ": error: " + Outcome.describe(e));
                }
            } else {
                names.add(name);
            }
        }
        return names;
    }
}
