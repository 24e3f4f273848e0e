package dev.conventio.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code conventio export FORMAT …}: the open-data exports, one subcommand per format; today
 * {@code scdl} ({@link ExportScdlCommand}).
 */
@Command(name = "export", usageHelpAutoWidth = true, subcommands = ExportScdlCommand.class,
        description = {"Exports conventions to an open-data format.", "Formats: scdl (SCDL « subventions » 2.1.1)."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Conventio parent;

    @Spec
    private CommandSpec spec;

    /** Without a format: the usage, and the exit code of a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Conventio.ERROR;
    }
}
