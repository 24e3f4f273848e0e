package dev.conventio.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.conventio.history.Instrument;
import dev.conventio.history.TimelineEvent;
import dev.conventio.render.FrenchLabels;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code conventio timeline FILE}: the dated events of a history in date order, one a line: date,
 * kind, instrument and description, separated by tabs so that {@code cut -f} splits them.
 */
@Command(name = "timeline", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Prints the dated events of a history, one per line.",
            "In date order: date, kind, instrument and description, tab-separated. FILE is a history or a "
                + "convention; - reads standard input."})
final class TimelineCommand implements Callable<Integer> {

    /** How the events are written. */
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one event per line) or json (an array of events); default ${DEFAULT-VALUE}.")
    private Format format;

    @Parameters(paramLabel = "FILE", description = "A history or a convention document, or - for standard input.")
    private String file;

    @ParentCommand
    private Conventio parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<TimelineEvent> events = Histories.read(file, parent.stdin()).timeline();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            json(events, out);
        } else {
            for (TimelineEvent event : events) {
                out.println(event.date() + "\t" + FrenchLabels.of(event.kind()) + "\t" + FrenchLabels.of(event.instrument())
                        + "\t" + event.description());
            }
        }
        out.flush();
        return Conventio.OK;
    }

    /** {@code [{"date": …, "kind": "entry-into-force", "instrument": {"instrument": "amendment", "number": 2}, "description": …}]}. */
    private static void json(List<TimelineEvent> events, PrintWriter out) {
        try {
            JsonGenerator generator = JsonOutput.generator(out);
            generator.writeStartArray();
            for (TimelineEvent event : events) {
                generator.writeStartObject();
                generator.writeStringField("date", event.date().toString());
                generator.writeStringField("kind", id(event.kind()));
                generator.writeObjectFieldStart("instrument");
                Instrument instrument = event.instrument();
                generator.writeStringField("instrument", instrument.isBase() ? "base" : "amendment");
                if (!instrument.isBase()) {
                    generator.writeNumberField("number", instrument.amendmentNumber().getAsInt());
                }
                generator.writeEndObject();
                generator.writeStringField("description", event.description());
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeRaw('\n');
            generator.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stable, kebab-case name of a kind of event, as the format names its constants. */
    static String id(TimelineEvent.Kind kind) {
        // A switch expression without default: a new kind fails the compilation until it is named.
        return switch (kind) {
            case SIGNATURE -> "signature";
            case CONCLUSION -> "conclusion";
            case ENTRY_INTO_FORCE -> "entry-into-force";
            case COMMITTEE_DECISION -> "committee-decision";
            case LAPSE -> "lapse";
            case END -> "end";
        };
    }
}
