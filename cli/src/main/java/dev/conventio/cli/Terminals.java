package dev.conventio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/** Tells whether standard error is a terminal, to draw a progress bar there and only there. */
final class Terminals {

    private Terminals() {
    }

    /**
     * Tells whether standard error is a terminal.
     *
     * <p>Java 17 has no test for one stream: {@link System#console()} is there only when standard
     * input and output both are terminals, and says nothing of standard error, which may be piped while
     * they are not ({@code conventio validate dir 2> log}) or be the terminal while output is piped. On
     * Linux, {@code /proc/self/fd/2} links to the device the stream writes to, a {@code /dev/pts/N} or
     * {@code /dev/ttyN} for a terminal; elsewhere the console stands in. A {@code TERM} of
     * {@code dumb} (an editor's shell) draws no bar either.
     */
    static boolean stderrIsTerminal() {
        return isTerminal(System.getenv("TERM"), Path.of("/proc/self/fd/2"), () -> System.console() != null);
    }

    /**
     * Tells whether a stream is a terminal, from what {@link #stderrIsTerminal()} reads.
     *
     * @param term  the value of {@code TERM}, null when unset
     * @param fd  the link to the stream's device, such as {@code /proc/self/fd/2}
     * @param console  whether the JVM has a console, asked only where the link says nothing
     */
    static boolean isTerminal(String term, Path fd, BooleanSupplier console) {
        if ("dumb".equals(term)) {
            return false;
        }
        if (Files.isSymbolicLink(fd)) {
            try {
                String device = Files.readSymbolicLink(fd).toString();
                return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return console.getAsBoolean();
            }
        }
        return console.getAsBoolean();
    }
}
