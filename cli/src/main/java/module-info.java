/**
 * The {@code conventio} command: validates documents of the format, consolidates a history on a
 * date, lists its timeline and prints the JSON Schema. It exports no package: its interface is the
 * command line, described in {@code docs/cli.md}.
 */
module dev.conventio.cli {
    requires dev.conventio.serialization;
    requires dev.conventio.opendata;
    requires dev.conventio.render;
    requires com.fasterxml.jackson.core;
    // picocli is compiled into this module from its sources (cli/pom.xml): its package is not
    // exported, and it sets the commands' annotated fields by reflection within the module.
}
