package dev.conventio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How an input is read and named when it fails, and how the progress bar draws and clears. */
class InputsAndProgressTest {

    @TempDir
    Path dir;

    @Test
    void anIoFailureIsDescribedInWords() {
        assertThat(Outcome.describe(new NoSuchFileException("a.json"))).isEqualTo("no such file or directory");
        assertThat(Outcome.describe(new AccessDeniedException("a.json"))).isEqualTo("permission denied");
        assertThat(Outcome.describe(new IOException("disk on fire"))).isEqualTo("cannot be read: disk on fire");
        assertThat(Outcome.describe(new IOException())).isEqualTo("cannot be read: IOException");
    }

    @Test
    void aFileUpToTheLimitIsReadWholeAndOneByteMoreIsStreamed() throws IOException {
        byte[] limit = new byte[Source.MAX_BYTES];
        Arrays.fill(limit, (byte) ' ');
        Path atLimit = Files.write(dir.resolve("limit.json"), limit);
        Source.Input whole = Source.file("limit.json", atLimit).open();
        assertThat(whole.isComplete()).isTrue();
        assertThat(whole.head()).hasSize(Source.MAX_BYTES);
        assertThat(whole.whole()).isNull();

        Path over = Files.write(dir.resolve("over.json"), Arrays.copyOf(limit, Source.MAX_BYTES + 2));
        Source.Input streamed = Source.file("over.json", over).open();
        assertThat(streamed.isComplete()).isFalse();
        assertThat(streamed.head()).hasSize(Source.MAX_BYTES + 1);
        try (var in = streamed.whole()) {
            assertThat(in.readAllBytes()).hasSize(Source.MAX_BYTES + 2);
        }
        assertThat(Source.file("over.json", over)).hasToString("over.json");
    }

    @Test
    void standardInputIsReadTheSameWay() throws IOException {
        Source.Input small = Source.stdin(new ByteArrayInputStream(new byte[] {'{', '}'})).open();
        assertThat(small.isComplete()).isTrue();
        assertThat(small.head()).containsExactly('{', '}');
        Source.Input large = Source.stdin(new ByteArrayInputStream(new byte[Source.MAX_BYTES + 1])).open();
        assertThat(large.isComplete()).isFalse();
        assertThat(large.whole().readAllBytes()).hasSize(Source.MAX_BYTES + 1);
        assertThat(Source.stdin(new ByteArrayInputStream(new byte[0])).name()).isEqualTo("<stdin>");
    }

    @Test
    void standardInputUpToTheLimitIsReadWholeAndLeftOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayInputStream stdin = new ByteArrayInputStream(new byte[Source.MAX_BYTES]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Source.Input whole = Source.stdin(stdin).open();
        assertThat(whole.isComplete()).isTrue();
        assertThat(whole.head()).hasSize(Source.MAX_BYTES);
        // Standard input belongs to the process: the command never closes it.
        assertThat(closed[0]).isFalse();
    }

    @Test
    void theBarDrawsAtOnceAndAtTheEndThenClearsItsOwnLine() {
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), 10, true);
        progress.update(5);
        String half = "validating [" + "#".repeat(15) + "-".repeat(15) + "]  5/10";
        assertThat(out).hasToString("\r" + half);
        progress.update(6);    // within the interval: not drawn again
        assertThat(out).hasToString("\r" + half);
        progress.update(10);   // the last one always is
        String full = "validating [" + "#".repeat(30) + "] 10/10";
        assertThat(out).hasToString("\r" + half + "\r" + full);
        progress.clear();
        String cleared = "\r" + half + "\r" + full + "\r" + " ".repeat(full.length()) + "\r";
        assertThat(out).hasToString(cleared);
        progress.clear();      // nothing drawn since: nothing to erase
        assertThat(out).hasToString(cleared);
    }

    @Test
    void aDisabledBarOrOneOfNothingDrawsNothing() {
        StringWriter off = new StringWriter();
        Progress disabled = new Progress(new PrintWriter(off), 10, false);
        disabled.update(10);
        disabled.clear();
        StringWriter none = new StringWriter();
        Progress empty = new Progress(new PrintWriter(none), 0, true);
        empty.update(0);
        empty.clear();
        assertThat(off).hasToString("");
        assertThat(none).hasToString("");
    }
}
