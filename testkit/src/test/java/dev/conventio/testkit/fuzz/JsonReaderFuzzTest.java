package dev.conventio.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.history.History;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.ConventioJsonException;
import dev.conventio.serialization.JsonDocument;
import dev.conventio.testkit.HistoryGen;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Fuzz tests of the JSON reader: whatever the bytes, reading gives either a valid value, which
 * writes back to a document that reads as the same value, or a {@link ConventioJsonException};
 * never another exception, a hang or an exhausted memory.
 *
 * <p>The first test takes raw bytes, helped by a dictionary of the format's member names; the
 * second writes a generated history and mutates the document, so that the fuzzer starts from deep
 * in the format. In {@code ./mvnw verify} they run in regression mode, on the inputs kept under
 * {@code src/test/resources/dev/conventio/testkit/fuzz/JsonReaderFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} they fuzz (see docs/testkit.md, Fuzzing).
 */
class JsonReaderFuzzTest {

    private static final ConventioJson JSON = ConventioJson.compact();

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "conventio-json.dict")
    void bytesAreReadAsAValidValueOrRejected(byte[] input) {
        readOrReject(JsonDocument.CONVENTION, input);
        readOrReject(JsonDocument.AMENDMENT, input);
        readOrReject(JsonDocument.HISTORY, input);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "conventio-json.dict")
    void mutatedDocumentsAreReadAsAValidValueOrRejected(FuzzedDataProvider data) {
        History history = HistoryGen.histories().generate(new FuzzedRandom(data), data.consumeInt(0, 4));
        List<AmendmentRecord> amendments = history.amendments();
        switch (amendments.isEmpty() ? data.consumeInt(0, 1) : data.consumeInt(0, 2)) {
            case 0 -> readOrReject(JsonDocument.HISTORY, mutate(JSON.writeBytes(JsonDocument.HISTORY, history), data));
            case 1 -> readOrReject(JsonDocument.CONVENTION,
                    mutate(JSON.writeBytes(JsonDocument.CONVENTION, history.base()), data));
            default -> readOrReject(JsonDocument.AMENDMENT, mutate(JSON.writeBytes(JsonDocument.AMENDMENT,
                    amendments.get(data.consumeInt(0, amendments.size() - 1))), data));
        }
    }

    /** Reads the bytes; a value read must write back to a document that reads as the same value. */
    static <T> void readOrReject(JsonDocument<T> document, byte[] input) {
        T value;
        try {
            value = JSON.read(document, input);
        } catch (ConventioJsonException e) {
            assertThat(e.code()).isNotNull();
            return;
        }
        assertThat(value).isNotNull();
        byte[] written = JSON.writeBytes(document, value);
        try {
            assertThat(JSON.read(document, written)).isEqualTo(value);
        } catch (ConventioJsonException e) {
            throw new AssertionError("the writer wrote a document its reader rejects: " + new String(written,
                    java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }

    /** Replaces, inserts or deletes up to eight runs of bytes at positions the fuzzer chooses. */
    private static byte[] mutate(byte[] document, FuzzedDataProvider data) {
        byte[] current = document;
        int edits = data.consumeInt(1, 8);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            int at = data.consumeInt(0, current.length);
            int cut = data.consumeInt(0, Math.min(16, current.length - at));
            byte[] inserted = data.consumeBytes(data.consumeInt(0, 16));
            ByteArrayOutputStream out = new ByteArrayOutputStream(current.length + inserted.length);
            out.write(current, 0, at);
            out.writeBytes(inserted);
            out.write(current, at + cut, current.length - at - cut);
            current = out.toByteArray();
        }
        return current;
    }
}
