package dev.conventio.serialization;

import static dev.conventio.serialization.RejectionTest.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.PackageVersion;
import dev.conventio.format.RejectionCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One verdict whatever the input kind: every read limit, at its value and one past it, from bytes,
 * a string, a stream and a file. At the limit a document is judged on its content (read, or
 * rejected for another reason than a limit); one past it, it is {@code json.limit-exceeded} from
 * every kind of input — bytes over 16 MiB included, which Jackson refuses when it opens the parser.
 */
class InputLimitsTest {

    private static final ConventioJson JSON = ConventioJson.compact();
    private static final String CONVENTION = RejectionTest.CONVENTION;
    private static final int MIB = 1 << 20;

    @TempDir
    static Path directory;

    /** Reads a document from one kind of input. */
    @FunctionalInterface
    interface Input {
        Object read(String document) throws IOException;
    }

    static List<Arguments> inputs() {
        return List.of(
                Arguments.of("bytes", (Input) text -> JSON.read(JsonDocument.CONVENTION, bytes(text))),
                Arguments.of("string", (Input) text -> JSON.read(JsonDocument.CONVENTION, text)),
                Arguments.of("stream", (Input) text -> JSON.read(JsonDocument.CONVENTION,
                        new ByteArrayInputStream(bytes(text)))),
                Arguments.of("file", (Input) text -> {
                    Path file = Files.write(Files.createTempFile(directory, "limit", ".json"), bytes(text));
                    try {
                        return JSON.read(JsonDocument.CONVENTION, file);
                    } finally {
                        Files.delete(file);
                    }
                }));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Each limit: a document at it, and one a character, a level or a token past it. */
    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        String[][] limits = {
            {"nesting 64", nesting(63), nesting(64)},
            {"number of 20 characters", number(20), number(21)},
            {"string of 1 MiB", string(MIB), string(MIB + 1)},
            {"name of 64 characters", name(64), name(65)},
            {"document of 16 MiB", documentOfLength(16L * MIB), documentOfLength(16L * MIB + 1)},
            {"1 000 000 tokens", documentOfTokens(1_000_000), documentOfTokens(1_000_001)}};
        for (Arguments input : inputs()) {
            for (String[] limit : limits) {
                cases.add(Arguments.of(limit[0] + " from " + input.get()[0], input.get()[1], limit[1], limit[2]));
            }
        }
        return cases.stream();
    }

    /** Arrays nested inside the root object's legalBases, the root being the first level. */
    private static String nesting(int arrays) {
        return replace(CONVENTION, "\"legalBases\":[]", "\"legalBases\":" + "[".repeat(arrays) + "]".repeat(arrays));
    }

    private static String number(int digits) {
        return replace(RejectionTest.WITH_PHASE, "\"number\":1", "\"number\":" + "1".repeat(digits));
    }

    private static String string(int length) {
        return replace(CONVENTION, "\"R-1\"", "\"" + "r".repeat(length) + "\"");
    }

    private static String name(int length) {
        return replace(CONVENTION, "\"object\":", "\"" + "n".repeat(length) + "\":1,\"object\":");
    }

    /** A valid document of exactly the given length in bytes (and characters: it is ASCII). */
    private static String documentOfLength(long length) {
        int room = (int) (length - CONVENTION.length());
        List<String> bases = new ArrayList<>();
        // Each legal basis costs its characters, two quotes and a comma (the first one no comma).
        while (room > 0) {
            int text = Math.min(MIB, room - 3);
            if (bases.isEmpty()) {
                text = Math.min(MIB, room - 2);
            }
            bases.add("\"" + "b".repeat(Math.max(1, text)) + "\"");
            room -= text + (bases.size() == 1 ? 2 : 3);
        }
        String document = replace(CONVENTION, "\"legalBases\":[]", "\"legalBases\":[" + String.join(",", bases) + "]");
        assertThat((long) document.length()).isEqualTo(length);
        return document;
    }

    /** A valid document of exactly the given number of tokens. */
    private static String documentOfTokens(int tokens) {
        int bases = tokens - tokens(CONVENTION);
        String document = replace(CONVENTION, "\"legalBases\":[]", "\"legalBases\":["
                + String.join(",", Collections.nCopies(bases, "\"l\"")) + "]");
        assertThat(tokens(document)).isEqualTo(tokens);
        return document;
    }

    private static int tokens(String document) {
        JsonFactory unlimited = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(-1).maxTokenCount(-1).build()).build();
        try (JsonParser parser = unlimited.createParser(document)) {
            int count = 0;
            while (parser.nextToken() != null) {
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void atTheLimitTheContentIsJudgedAndPastItTheLimitIsBroken(String limit, Input input, String at, String over) {
        Throwable atLimit = catchThrowable(() -> input.read(at));
        if (atLimit != null) {
            assertThat(atLimit).as(limit).isExactlyInstanceOf(ConventioJsonException.class);
            assertThat(((ConventioJsonException) atLimit).code()).as(limit + ": " + atLimit.getMessage())
                    .isNotEqualTo(RejectionCode.LIMIT_EXCEEDED);
        }
        Throwable pastLimit = catchThrowable(() -> input.read(over));
        assertThat(pastLimit).as(limit).isExactlyInstanceOf(ConventioJsonException.class);
        ConventioJsonException rejection = (ConventioJsonException) pastLimit;
        assertThat(rejection.code()).as(limit + ": " + rejection.getMessage()).isEqualTo(RejectionCode.LIMIT_EXCEEDED);
        assertThat(rejection.line()).as(limit).isPositive();
        assertThat(rejection.column()).as(limit).isPositive();
        assertThat(rejection.violations()).isEmpty();
    }

    @Test
    void theValidDocumentsAtTheLimitsAreRead() throws IOException {
        for (String document : List.of(string(MIB), documentOfLength(16L * MIB), documentOfTokens(1_000_000))) {
            assertThat(JSON.read(JsonDocument.CONVENTION, bytes(document))).isNotNull();
        }
    }

    @Test
    void theLimitsAreTestedOnTheJacksonOfTheBuild() {
        // The limits are Jackson's: this test is about the version the build ends with.
        assertThat(PackageVersion.VERSION.getMajorVersion()).isEqualTo(2);
        assertThat(PackageVersion.VERSION.getMinorVersion()).isGreaterThanOrEqualTo(23);
    }
}
