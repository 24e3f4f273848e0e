package dev.conventio.cli;

import dev.conventio.convention.Convention;
import dev.conventio.history.History;
import dev.conventio.serialization.ConventioJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the history that {@code consolidate} and {@code timeline} work on: a history document, or a
 * convention document, which is a history without amendments. An amendment alone has no history.
 */
final class Histories {

    private Histories() {
    }

    /**
     * Reads {@code FILE}, or standard input for {@code -}.
     *
     * @throws Failure with exit code 1 and one line per problem if the document is invalid, with exit
     *     code 2 if it cannot be read or is an amendment
     */
    static History read(String name, InputStream stdin) {
        Source source;
        if ("-".equals(name)) {
            source = Source.stdin(stdin);
        } else if (Files.isDirectory(Path.of(name))) {
            throw Failure.error(name + ": is a directory; this command reads one history or convention");
        } else {
            source = Source.file(name, Path.of(name));
        }
        try {
            Source.Input input = source.open();
            DocumentKind kind = DocumentKind.of(input.head());
            if (kind == DocumentKind.AMENDMENT) {
                throw Failure.error(source.name() + ": is an amendment; this command reads a history or a "
                        + "convention (validate checks an amendment on its own)");
            }
            Object value = kind.read(input);
            return value instanceof History ? (History) value : History.of((Convention) value);
        } catch (ConventioJsonException e) {
            List<String> lines = new ArrayList<>();
            for (Problem problem : Problem.of(e)) {
                lines.add(problem.line(source.name()));
            }
            throw new Failure(Conventio.INVALID, lines);
        } catch (IOException e) {
            throw Failure.error(source.name() + ": error: " + Outcome.describe(e));
        }
    }
}
