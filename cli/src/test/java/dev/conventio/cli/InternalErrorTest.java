package dev.conventio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A command that fails with an exception no command expects: one line on standard error, exit 2. */
class InternalErrorTest {

    /** A subcommand with a bug. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorWithTheExitCodeOfAnError() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Conventio.commandLine(new ByteArrayInputStream(new byte[0]), false, new PrintWriter(out),
                new PrintWriter(err), "boom");
        line.addSubcommand(new Boom());
        line.setErr(new PrintWriter(err));   // a subcommand added later gets the streams when they are set

        int exitCode = line.execute("boom");

        assertThat(exitCode).isEqualTo(Conventio.ERROR).isNotZero();
        assertThat(err).hasToString("conventio: internal error: java.lang.IllegalStateException: a bug"
                + System.lineSeparator());
        assertThat(out).hasToString("");
    }
}
