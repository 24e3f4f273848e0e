package dev.conventio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conventio validate}: verdicts, problem lines, directories, standard input, the JSON report. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    /** A history whose contribution is zero and goes from a party to itself: two violations. */
    static String twoViolations() {
        return Cli.document("history.json").replace("\"100000.00\"", "\"0.00\"")
                .replace("\"beneficiary\": \"gip-crpv-paca\"", "\"beneficiary\": \"metropole-amp\"");
    }

    /** A convention with a member the format does not define, on line 3. */
    static String unknownMember() {
        return Cli.document("convention.json").replace("\"reference\": ", "\"x\": 1, \"reference\": ");
    }

    private String file(String name, String text) {
        return Cli.write(dir, name, text).toString();
    }

    @Nested
    class Verdicts {

        @Test
        void everyKindOfValidDocumentExitsZeroWithTheSummaryAlone() {
            Cli.Run run = Cli.run("validate", file("c.json", Cli.document("convention.json")),
                    file("a.json", Cli.document("avenant-2-signed.json")), file("h.json", Cli.document("history.json")));

            assertThat(run.exitCode).as(run.toString()).isZero();
            assertThat(run.out).isEqualTo("3 files: 3 valid, 0 invalid, 0 errors\n");
            assertThat(run.err).isEmpty();
        }

        @Test
        void aHistoryAcceptedWithUndeterminedOutcomesIsValidAndListsThem() throws IOException {
            // Avenant n° 2 signed "in 2017", the year the convention was concluded (2017-11-22): perhaps before it.
            String inPart = ConventioJson.pretty().upgrade(JsonDocument.HISTORY, Cli.document("history.json"))
                    .replace("\"2020-01-27\"", "\"2017\"").replace("\"2020-02-03\"", "\"2017\"");
            String file = file("h.json", inPart);

            Cli.Run text = Cli.run("validate", file);
            Cli.Run json = Cli.run("validate", "--format", "json", file);

            assertThat(text.exitCode).as(text.toString()).isZero();
            assertThat(text.out.lines()).containsExactly(
                    file + ": undetermined: amendment.concluded-before-convention at amendments[1].signatures[0].date:"
                            + " signed in 2017, possibly before convention DEVT 013-2609/17/BM was concluded on 2017-11-22;"
                            + " the days given do not decide",
                    file + ": undetermined: amendment.concluded-before-convention at amendments[1].signatures[1].date:"
                            + " signed in 2017, possibly before convention DEVT 013-2609/17/BM was concluded on 2017-11-22;"
                            + " the days given do not decide",
                    "1 file: 1 valid, 0 invalid, 0 errors");
            assertThat(json.exitCode).isZero();
            JsonNode report = new ObjectMapper().readTree(json.out).path("files").path(0);
            assertThat(report.path("status").asText()).isEqualTo("valid");
            assertThat(report.path("undetermined")).hasSize(2);
            assertThat(report.path("undetermined").path(0).path("path").asText())
                    .isEqualTo("amendments[1].signatures[0].date");
            assertThat(report.path("undetermined").path(0).path("code").asText())
                    .isEqualTo("amendment.concluded-before-convention");
            assertThat(report.path("undetermined").path(0).path("message").asText())
                    .startsWith("signed in 2017, possibly before convention DEVT 013-2609/17/BM");
            assertThat(new ObjectMapper().readTree(Cli.run("validate", "--format", "json",
                    file("plain.json", Cli.document("history.json"))).out).path("files").path(0).has("undetermined"))
                    .isFalse();
        }

        @Test
        void aRejectionIsOneLineWithFileLineColumnCodePointerAndMessage() {
            String file = file("unknown.json", unknownMember());

            Cli.Run run = Cli.run("validate", file);

            assertThat(run.exitCode).isEqualTo(1);
            assertThat(run.out.lines()).containsExactly(
                    file + ":3:3: format.field.unknown at /x: unknown member 'x'; expected one of reference, object, "
                            + "parties, concludedOn, legalBases, publication, amendmentClause, articles, phases, "
                            + "contributions, steeringCommittee, decisions, term, signatures",
                    "1 file: 0 valid, 1 invalid, 0 errors");
        }

        @Test
        void aDomainViolationIsOneLinePerViolation() {
            String file = file("h.json", twoViolations());

            Cli.Run run = Cli.run("validate", file);

            assertThat(run.exitCode).isEqualTo(1);
            assertThat(run.out.lines()).containsExactly(
                    file + ":187:23: contribution.amount.not-positive at /amendments/1/changes/4/contribution/amount: "
                            + "a contribution must be positive, was EUR 0.00",
                    file + ":186:28: contribution.beneficiary.is-contributor at "
                            + "/amendments/1/changes/4/contribution/beneficiary: party 'metropole-amp' cannot "
                            + "contribute to itself",
                    "1 file: 0 valid, 1 invalid, 0 errors");
        }

        @Test
        void malformedJsonIsReportedWhereTheParserStopped() {
            String file = file("m.json", "{\"formatVersion\": 1,\n \"reference\": ");

            Cli.Run run = Cli.run("validate", file);

            assertThat(run.exitCode).isEqualTo(1);
            assertThat(run.out.lines().findFirst().orElseThrow()).startsWith(file + ":2:15: json.malformed at /reference: ");
        }

        @Test
        void aMissingFileIsAnErrorThatWinsOverAnInvalidDocument() {
            String bad = file("bad.json", unknownMember());
            String missing = dir.resolve("missing.json").toString();

            Cli.Run run = Cli.run("validate", bad, missing);

            assertThat(run.exitCode).isEqualTo(2);
            assertThat(run.out.lines()).contains(missing + ": error: no such file or directory")
                    .last().isEqualTo("2 files: 0 valid, 1 invalid, 1 error");
        }

        @Test
        void aDocumentOverTheSixteenMebibyteLimitIsRejectedAsSuch() {
            String big = "{\"formatVersion\": 1, \"reference\": \"" + "a".repeat(Source.MAX_BYTES) + "\"}";

            Cli.Run run = Cli.run("validate", file("big.json", big));

            assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
            assertThat(run.out).contains(": json.limit-exceeded at ");
        }
    }

    @Nested
    class Inputs {

        @Test
        void aDirectoryIsWalkedForItsJsonFilesInPathOrder() throws IOException {
            file("b.json", Cli.document("convention.json"));
            file("a/z.json", unknownMember());
            file("a/notes.txt", "not a document");
            file("c.json.bak", "not a document");
            java.nio.file.Files.createDirectories(dir.resolve("d.json"));   // a directory, whatever its name

            Cli.Run run = Cli.run("validate", dir.toString());

            assertThat(run.exitCode).isEqualTo(1);
            assertThat(run.out.lines()).hasSize(2);
            assertThat(run.out).startsWith(dir.resolve("a/z.json") + ":3:3: format.field.unknown")
                    .endsWith("2 files: 1 valid, 1 invalid, 0 errors\n");
        }

        @Test
        void manyFilesInParallelAreReportedInTheOrderNamed() {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String name = String.format("f%02d.json", i);
                file(name, i % 3 == 0 ? unknownMember() : Cli.document("convention.json"));
                if (i % 3 == 0) {
                    expected.add(dir.resolve(name).toString());
                }
            }

            Cli.Run run = Cli.run("validate", "--jobs", "4", dir.toString());

            assertThat(run.out.lines().filter(line -> line.contains(": format.field.unknown"))
                    .map(line -> line.substring(0, line.indexOf(":3:3:")))).containsExactlyElementsOf(expected);
            assertThat(run.out).endsWith("40 files: 26 valid, 14 invalid, 0 errors\n");
        }

        @Test
        void anEmptyDirectoryHasNoFileToJudge() {
            Cli.Run run = Cli.run("validate", dir.toString());

            assertThat(run.exitCode).isZero();
            assertThat(run.out).isEqualTo("0 files: 0 valid, 0 invalid, 0 errors\n");
        }

        @Test
        void aDashReadsStandardInput() {
            Cli.Run run = Cli.withStdin(unknownMember(), "validate", "-");

            assertThat(run.exitCode).isEqualTo(1);
            assertThat(run.out).startsWith("<stdin>:3:3: format.field.unknown at /x: ");
        }

        @Test
        void emptyStandardInputHoldsNoDocument() {
            Cli.Run run = Cli.withStdin("", "validate", "-");

            assertThat(run.exitCode).isEqualTo(1);
            assertThat(run.out).startsWith("<stdin>:1:1: json.malformed at <root>: the input holds no JSON value");
        }

        @Test
        void standardInputNamedTwiceIsAUsageError() {
            Cli.Run run = Cli.run("validate", "-", "-");

            assertThat(run.exitCode).isEqualTo(2);
            assertThat(run.err).startsWith("- (standard input) can be named only once");
            assertThat(run.out).isEmpty();
        }

        @Test
        void noFileIsAUsageError() {
            Cli.Run run = Cli.run("validate");

            assertThat(run.exitCode).isEqualTo(2);
            assertThat(run.err).startsWith("Missing required parameter: 'FILE|DIR'").contains("Usage: conventio validate");
        }

        @Test
        void anUnknownFormatOrZeroJobsIsAUsageError() {
            assertThat(Cli.run("validate", "--format", "xml", "x.json").err)
                    .startsWith("Invalid value for option '--format': expected one of [text, json]");
            Cli.Run zero = Cli.run("validate", "--jobs", "0", "x.json");
            assertThat(zero.exitCode).isEqualTo(2);
            assertThat(zero.err).startsWith("--jobs must be at least 1, not 0");
            Cli.Run one = Cli.run("validate", "--jobs", "1", file("one.json", Cli.document("convention.json")));
            assertThat(one.exitCode).as(one.toString()).isZero();
        }
    }

    @Nested
    class JsonReport {

        @Test
        void theReportIsOneDocumentWithStableMembers() throws IOException {
            String bad = file("bad.json", unknownMember());
            String amendment = file("a.json", Cli.document("avenant-2-signed.json"));
            String missing = dir.resolve("missing.json").toString();

            Cli.Run run = Cli.run("validate", "--format", "json", bad, amendment, missing);

            assertThat(run.exitCode).isEqualTo(2);
            JsonNode report = new ObjectMapper().readTree(run.out);
            assertThat(report.path("reportVersion").asInt()).isEqualTo(1);
            JsonNode files = report.path("files");
            assertThat(files).hasSize(3);
            JsonNode problem = files.get(0).path("problems").get(0);
            assertThat(files.get(0).path("file").asText()).isEqualTo(bad);
            assertThat(files.get(0).path("status").asText()).isEqualTo("invalid");
            assertThat(files.get(0).path("kind").asText()).isEqualTo("convention");
            assertThat(problem.path("line").asInt()).isEqualTo(3);
            assertThat(problem.path("column").asInt()).isEqualTo(3);
            assertThat(problem.path("pointer").asText()).isEqualTo("/x");
            assertThat(problem.path("code").asText()).isEqualTo("format.field.unknown");
            assertThat(problem.path("message").asText()).startsWith("unknown member 'x'");
            assertThat(files.get(1).path("status").asText()).isEqualTo("valid");
            assertThat(files.get(1).path("kind").asText()).isEqualTo("amendment");
            assertThat(files.get(1).path("problems")).isEmpty();
            assertThat(files.get(2).path("status").asText()).isEqualTo("error");
            assertThat(files.get(2).has("kind")).isFalse();
            assertThat(files.get(2).path("error").asText()).isEqualTo("no such file or directory");
            JsonNode summary = report.path("summary");
            assertThat(List.of(summary.path("files").asInt(), summary.path("valid").asInt(),
                    summary.path("invalid").asInt(), summary.path("errors").asInt())).containsExactly(3, 1, 1, 1);
        }

        @Test
        void theReportIsWrittenInThePrettyFormOfTheLibrary() {
            Cli.Run run = Cli.run("validate", "--format", "json", file("c.json", Cli.document("convention.json")));

            assertThat(run.out).contains("\"reportVersion\": 1,\n").contains("\"problems\": []").endsWith("}\n");
        }
    }

    @Nested
    class ProgressBar {

        @Test
        void noBarWhenStandardErrorIsNotATerminal() {
            Cli.Run run = Cli.run("validate", file("c.json", Cli.document("convention.json")));

            assertThat(run.err).isEmpty();
        }

        @Test
        void aBarWhenStandardErrorIsATerminal() {
            String file = file("c.json", Cli.document("convention.json"));

            Cli.Run run = Cli.run(new java.io.ByteArrayInputStream(new byte[0]), true, "validate", file);

            assertThat(run.err).isEqualTo("\rvalidating [##############################] 1/1\r"
                    + " ".repeat("validating [##############################] 1/1".length()) + "\r");
            assertThat(run.out).isEqualTo("1 file: 1 valid, 0 invalid, 0 errors\n");
        }

        @Test
        void theOptionsOverrideTheTerminalTest() {
            String file = file("c.json", Cli.document("convention.json"));

            assertThat(Cli.run("validate", "--progress", file).err).contains("validating [");
            assertThat(Cli.run(new java.io.ByteArrayInputStream(new byte[0]), true, "validate", "--no-progress", file)
                    .err).isEmpty();
        }

        @Test
        void theBarIsErasedBeforeEachReportedProblem() {
            for (int i = 0; i < 5; i++) {
                file("f" + i + ".json", unknownMember());
            }

            Cli.Run run = Cli.run("validate", "--progress", "--jobs", "2", dir.toString());

            assertThat(run.err).contains("] 5/5").endsWith("\r");
            assertThat(run.out.lines()).hasSize(6).allSatisfy(line -> assertThat(line).doesNotContain("validating"));
        }
    }
}
