package dev.conventio.serialization;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conventio.format.FormatVersions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * ajv, the JSON Schema validator of Node and TypeScript users, run on the shipped schemas: the folder
 * {@code src/test/ajv} (its {@code package.json}, its committed lock file and a small script) is
 * copied under {@code target/ajv}, where {@code npm ci} installs the locked ajv once per clean
 * build. Where {@code node} is absent, the tests that use it are skipped, saying so.
 */
final class Ajv {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long NPM_MINUTES = 10;

    private final Path folder;
    private final List<Path> schemas;

    private Ajv(Path folder, List<Path> schemas) {
        this.folder = folder;
        this.schemas = schemas;
    }

    /** Installs ajv, or skips the calling test where node is absent. */
    static Ajv install() throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("node"), "node is not on the PATH: the ajv check of the JSON Schemas is"
                + " skipped (install Node.js 18 or later, with npm, to run it)");
        Path module = module();
        Path folder = module.resolve("target/ajv");
        Files.createDirectories(folder);
        for (String file : List.of("package.json", "package-lock.json", "verdicts.js")) {
            Files.copy(module.resolve("src/test/ajv").resolve(file), folder.resolve(file),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(folder.resolve("node_modules/ajv/package.json"))) {
            Result npm = run(folder, List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), NPM_MINUTES);
            if (npm.exit != 0) {
                throw new IllegalStateException("npm ci failed in " + folder + " (exit " + npm.exit + "):\n" + npm.output);
            }
        }
        List<Path> schemas = new ArrayList<>();
        for (int version = FormatVersions.OLDEST; version <= FormatVersions.LATEST; version++) {
            Path schema = folder.resolve("conventio-format-" + version + ".schema.json");
            try (InputStream in = FormatVersions.schema(version).openStream()) {
                Files.copy(in, schema, StandardCopyOption.REPLACE_EXISTING);
            }
            schemas.add(schema);
        }
        return new Ajv(folder, schemas);
    }

    /** The folder ajv is installed in, where a test may leave what it found. */
    Path folder() {
        return folder;
    }

    /** What ajv says of compiling each schema, version by version: {@code compiled …} or {@code failed …: why}. */
    List<String> compile() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "verdicts.js"));
        schemas.forEach(schema -> command.add(schema.getFileName().toString()));
        return run(folder, command, 2).output.lines().toList();
    }

    /** ajv's verdict on each text, validated against the schema of its format version: true to accept. */
    List<Boolean> verdicts(List<Integer> versions, List<String> texts) throws IOException, InterruptedException {
        ArrayNode documents = MAPPER.createArrayNode();
        for (int i = 0; i < texts.size(); i++) {
            ObjectNode document = documents.addObject();
            document.put("schema", versions.get(i) - FormatVersions.OLDEST);
            document.put("text", texts.get(i));
        }
        Path input = folder.resolve("documents.json");
        Files.writeString(input, MAPPER.writeValueAsString(documents));
        List<String> command = new ArrayList<>(List.of("node", "verdicts.js"));
        schemas.forEach(schema -> command.add(schema.getFileName().toString()));
        command.addAll(List.of("--documents", input.getFileName().toString()));
        Result result = run(folder, command, 5);
        String line = result.output.lines().filter(l -> l.startsWith("verdicts ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("ajv gave no verdicts:\n" + result.output));
        List<Boolean> verdicts = new ArrayList<>();
        MAPPER.readTree(line.substring("verdicts ".length())).forEach(verdict -> verdicts.add(verdict.booleanValue()));
        return verdicts;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path directory, List<String> command, long minutes)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("ajv", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end in " + minutes + " minutes");
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static boolean onPath(String program) {
        try {
            Process process = new ProcessBuilder(program, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The serialization module's folder: test classes are in its target/test-classes. */
    private static Path module() {
        try {
            return Path.of(Ajv.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
