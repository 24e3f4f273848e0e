package dev.conventio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standard error is a terminal when its link names a terminal device, never under TERM=dumb. */
class TerminalsTest {

    @TempDir
    Path dir;

    private Path linkTo(String device) throws IOException {
        return Files.createSymbolicLink(dir.resolve("fd-" + device.replace('/', '_')), Path.of(device));
    }

    @Test
    void aPseudoTerminalOrATtyIsATerminalAndAPipeIsNot() throws IOException {
        assertThat(Terminals.isTerminal("xterm", linkTo("/dev/pts/3"), () -> false)).isTrue();
        assertThat(Terminals.isTerminal(null, linkTo("/dev/tty1"), () -> false)).isTrue();
        assertThat(Terminals.isTerminal("xterm", linkTo("pipe:[4242]"), () -> true)).isFalse();
        assertThat(Terminals.isTerminal("xterm", linkTo("/dev/null"), () -> true)).isFalse();
    }

    @Test
    void aDumbTerminalDrawsNothing() throws IOException {
        assertThat(Terminals.isTerminal("dumb", linkTo("/dev/pts/3"), () -> true)).isFalse();
    }

    @Test
    void withoutALinkTheConsoleDecides() throws IOException {
        Path regular = Files.writeString(dir.resolve("not-a-link"), "");
        assertThat(Terminals.isTerminal("xterm", regular, () -> true)).isTrue();
        assertThat(Terminals.isTerminal("xterm", regular, () -> false)).isFalse();
        assertThat(Terminals.isTerminal("xterm", dir.resolve("absent"), () -> true)).isTrue();
    }
}
