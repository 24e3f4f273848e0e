package dev.conventio.cli;

import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.render.ConsolidatedHtml;
import dev.conventio.serialization.ConventioJson;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code conventio consolidate --as-of DATE FILE}: the convention as in force on a date, with the
 * provenance of each element, as the format's consolidated view, as French text, or as the render
 * module's French HTML page with the history's timeline.
 */
@Command(name = "consolidate", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Prints the convention as in force on a date, with provenance.",
            "Each element names the instrument and article that set it (version consolidée). FILE is a "
                + "history or a convention; - reads standard input."})
final class ConsolidateCommand implements Callable<Integer> {

    /** How the view is written. */
    enum Format { json, text, html }

    @Option(names = "--as-of", required = true, paramLabel = "DATE", converter = Dates.class,
            description = "The date, YYYY-MM-DD.")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (the format's consolidated view), text (French) or html (a French page with the "
                + "timeline); default ${DEFAULT-VALUE}.")
    private Format format;

    @Parameters(paramLabel = "FILE", description = "A history or a convention document, or - for standard input.")
    private String file;

    @ParentCommand
    private Conventio parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        History history = Histories.read(file, parent.stdin());
        ConsolidatedConvention view = history.asOf(asOf);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case text -> out.print(ConsolidatedText.render(view));
            case html -> out.print(ConsolidatedHtml.render(history, asOf));
            default -> out.print(ConventioJson.pretty().writeConsolidated(view));
        }
        out.flush();
        return Conventio.OK;
    }
}
