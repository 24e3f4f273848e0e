package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutate a valid document at random → a value or the module's exception, nothing else: no other
 * exception type ever escapes, whatever the damage. Each case replays from its seed.
 */
class MutationTest {

    private static final List<String> DOCUMENTS = List.of(
            ConventioJson.compact().write(JsonDocument.HISTORY, Samples.history()),
            ConventioJson.pretty().write(JsonDocument.HISTORY, Samples.history()),
            ConventioJson.compact().write(JsonDocument.HISTORY,
                    dev.conventio.history.History.of(Samples.convention(), List.of())));

    /** Fragments that make JSON, or break it, or break the format. */
    private static final String[] FRAGMENTS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "0", "-", "1e9",
        "\"x\"", "{}", "[]", "\\", "\\u", " ", "\"2023-02-29\"", "\"EUR\"", "\"1e100000000\"", "\"type\":\"x\",",
        "\"formatVersion\":1,", "\u00e9", "\"\\ud800\"", "9999999999999999999999", "1.5", "\"\""};

    static IntStream seeds() {
        return IntStream.range(0, 3000);
    }

    static String mutate(String document, SplittableRandom random) {
        StringBuilder text = new StringBuilder(document);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                default -> text.replace(at, Math.min(text.length(), at + 1 + random.nextInt(8)),
                        FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
        }
        return text.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMutatedDocumentGivesAValueOrTheModulesException(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String document = DOCUMENTS.get(random.nextInt(DOCUMENTS.size()));
        String mutated = mutate(document, random);
        JsonDocument<?> kind = random.nextBoolean() ? JsonDocument.HISTORY : JsonDocument.CONVENTION;
        Throwable fromString = catchThrowable(() -> ConventioJson.compact().read(kind, mutated));
        Throwable fromBytes = catchThrowable(() -> ConventioJson.compact().read(kind, mutated.getBytes(StandardCharsets.UTF_8)));
        if (fromString != null) {
            assertThat(fromString).as("seed %d: %s", seed, mutated).isExactlyInstanceOf(ConventioJsonException.class);
        }
        if (fromBytes != null) {
            assertThat(fromBytes).as("seed %d: %s", seed, mutated).isExactlyInstanceOf(ConventioJsonException.class);
            assertThat(((ConventioJsonException) fromBytes).code()).as("seed %d", seed)
                    .isEqualTo(((ConventioJsonException) fromString).code());
        }
        assertThat(fromString == null).as("seed %d: both sources agree", seed).isEqualTo(fromBytes == null);
    }
}
