package dev.conventio.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.conventio.validation.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Writes what {@code validate} found, file after file in the order they were named, then a summary:
 * as lines for people and {@code grep} ({@link Text}), or as one JSON document for programs
 * ({@link Json}).
 */
interface Report {

    /** Writes what was found in one input. */
    void file(Outcome outcome);

    /** Writes the summary, last. */
    void summary(Summary summary);

    /** The counts of a run. */
    final class Summary {
        private int files;
        private int valid;
        private int invalid;
        private int errors;

        /** Counts an outcome. */
        void count(Outcome outcome) {
            files++;
            switch (outcome.status()) {
                case VALID:
                    valid++;
                    break;
                case INVALID:
                    invalid++;
                    break;
                default:
                    errors++;
                    break;
            }
        }

        int files() {
            return files;
        }

        int valid() {
            return valid;
        }

        int invalid() {
            return invalid;
        }

        int errors() {
            return errors;
        }

        /** The exit code: an error wins over an invalid document, which wins over none. */
        int exitCode() {
            return errors > 0 ? Conventio.ERROR : invalid > 0 ? Conventio.INVALID : Conventio.OK;
        }

        /** {@code 3 files: 1 valid, 1 invalid, 1 error}. */
        @Override
        public String toString() {
            return files + (files == 1 ? " file: " : " files: ") + valid + " valid, " + invalid + " invalid, "
                    + errors + (errors == 1 ? " error" : " errors");
        }
    }

    /**
     * One line per problem, {@code FILE:LINE:COLUMN: CODE at POINTER: MESSAGE}; one line per input
     * that could not be read, {@code FILE: error: MESSAGE}; for a valid document, one line per
     * undetermined outcome, {@code FILE: undetermined: CODE at PATH: MESSAGE}, else nothing; the
     * summary last.
     */
    final class Text implements Report {
        private final PrintWriter out;

        Text(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void file(Outcome outcome) {
            if (outcome.status() == Outcome.Status.ERROR) {
                out.println(outcome.file() + ": error: " + outcome.error());
            }
            for (Problem problem : outcome.problems()) {
                out.println(problem.line(outcome.file()));
            }
            for (Violation undetermined : outcome.undetermined()) {
                out.println(outcome.file() + ": " + undetermined);
            }
        }

        @Override
        public void summary(Summary summary) {
            out.println(summary);
            out.flush();
        }
    }

    /**
     * One JSON document (described in {@code docs/cli.md}), written as the files are judged:
     * <pre>{@code
     * {"reportVersion": 1,
     *  "files": [{"file": …, "status": "valid" | "invalid" | "error", "kind"?: …, "problems": […],
     *             "undetermined"?: […], "error"?: …}],
     *  "summary": {"files": …, "valid": …, "invalid": …, "errors": …}}
     * }</pre>
     */
    final class Json implements Report {
        /** The version of this report's shape: a member removed or changed makes it 2. */
        static final int VERSION = 1;

        private final JsonGenerator generator;

        Json(PrintWriter out) {
            try {
                generator = JsonOutput.generator(out);
                generator.writeStartObject();
                generator.writeNumberField("reportVersion", VERSION);
                generator.writeArrayFieldStart("files");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void file(Outcome outcome) {
            try {
                generator.writeStartObject();
                generator.writeStringField("file", outcome.file());
                generator.writeStringField("status", outcome.status().id());
                if (outcome.kind() != null) {
                    generator.writeStringField("kind", outcome.kind().id());
                }
                generator.writeArrayFieldStart("problems");
                for (Problem problem : outcome.problems()) {
                    generator.writeStartObject();
                    generator.writeNumberField("line", problem.line());
                    generator.writeNumberField("column", problem.column());
                    generator.writeStringField("pointer", problem.pointer());
                    generator.writeStringField("code", problem.code());
                    generator.writeStringField("message", problem.message());
                    generator.writeEndObject();
                }
                generator.writeEndArray();
                if (!outcome.undetermined().isEmpty()) {
                    generator.writeArrayFieldStart("undetermined");
                    for (Violation undetermined : outcome.undetermined()) {
                        generator.writeStartObject();
                        generator.writeStringField("path", undetermined.path());
                        generator.writeStringField("code", undetermined.code().id());
                        generator.writeStringField("message", undetermined.message());
                        generator.writeEndObject();
                    }
                    generator.writeEndArray();
                }
                if (outcome.error() != null) {
                    generator.writeStringField("error", outcome.error());
                }
                generator.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void summary(Summary summary) {
            try {
                generator.writeEndArray();
                generator.writeObjectFieldStart("summary");
                generator.writeNumberField("files", summary.files());
                generator.writeNumberField("valid", summary.valid());
                generator.writeNumberField("invalid", summary.invalid());
                generator.writeNumberField("errors", summary.errors());
                generator.writeEndObject();
                generator.writeEndObject();
                generator.writeRaw('\n');
                generator.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
