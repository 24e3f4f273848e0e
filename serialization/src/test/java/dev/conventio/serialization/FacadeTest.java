package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.conventio.convention.Convention;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the facade says of itself, its limits, and its writers to streams and files. */
class FacadeTest {

    @Test
    void eachInstanceSaysWhichFormItWrites() {
        assertThat(ConventioJson.compact().isPretty()).isFalse();
        assertThat(ConventioJson.pretty().isPretty()).isTrue();
        assertThat(ConventioJson.compact()).hasToString("ConventioJson[compact]");
        assertThat(ConventioJson.pretty()).hasToString("ConventioJson[pretty]");
        assertThat(ConventioJson.pretty().write(JsonDocument.CONVENTION, Samples.convention())).contains("\n");
        assertThat(ConventioJson.compact().write(JsonDocument.CONVENTION, Samples.convention())).doesNotContain("\n");
    }

    @Test
    void theReadLimitsAreTheDocumentedOnes() {
        StreamReadConstraints limits = ConventioJson.readConstraints();
        assertThat(limits.getMaxNestingDepth()).isEqualTo(64);
        assertThat(limits.getMaxNumberLength()).isEqualTo(20);
        assertThat(limits.getMaxStringLength()).isEqualTo(1 << 20);
        assertThat(limits.getMaxNameLength()).isEqualTo(64);
        assertThat(limits.getMaxDocumentLength()).isEqualTo(16L << 20);
        assertThat(limits.getMaxTokenCount()).isEqualTo(1_000_000L);
    }

    @Test
    void eachDocumentIsNamedByItsKind() {
        assertThat(JsonDocument.CONVENTION).hasToString("convention");
        assertThat(JsonDocument.AMENDMENT).hasToString("amendment");
        assertThat(JsonDocument.HISTORY).hasToString("history");
    }

    @Test
    void aStreamAndAFileReceiveTheBytesTheStringWriterGives(@TempDir Path directory) throws Exception {
        ConventioJson json = ConventioJson.pretty();
        Convention convention = Samples.convention();
        byte[] expected = json.writeBytes(JsonDocument.CONVENTION, convention);
        assertThat(new String(expected, StandardCharsets.UTF_8)).isEqualTo(json.write(JsonDocument.CONVENTION, convention));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(JsonDocument.CONVENTION, convention, out);
        assertThat(out.toByteArray()).isEqualTo(expected);

        Path file = directory.resolve("convention.json");
        Files.writeString(file, "an older and much longer content than the document, to be replaced whole".repeat(200));
        json.write(JsonDocument.CONVENTION, convention, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(expected);
        assertThat(json.read(JsonDocument.CONVENTION, file)).isEqualTo(convention);
    }
}
