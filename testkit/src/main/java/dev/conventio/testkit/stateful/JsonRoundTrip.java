package dev.conventio.testkit.stateful;

import dev.conventio.history.History;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import java.util.random.RandomGenerator;

/**
 * Writes the history as JSON and reads it back. Only {@link HistoryActions#jsonRoundTrip()} makes
 * one, reflectively, once it has found the serialization module.
 */
final class JsonRoundTrip implements HistoryAction {

    private static final ConventioJson JSON = ConventioJson.compact();

    JsonRoundTrip() {
    }

    @Override
    public String name() {
        return "JSON round trip";
    }

    @Override
    public HistoryStep run(HistoryState state, RandomGenerator random, int size) throws Exception {
        byte[] written = JSON.writeBytes(JsonDocument.HISTORY, state.history());
        History read = JSON.read(JsonDocument.HISTORY, written);
        // Policies are code, not data: the document holds the base and the amendments.
        Expect.that(read.base().equals(state.history().base()) && read.amendments().equals(state.history().amendments()),
                () -> "the history read back differs from the one written: " + new String(written,
                        java.nio.charset.StandardCharsets.UTF_8));
        return HistoryStep.of("JSON round trip of " + written.length + " bytes", state);
    }
}
