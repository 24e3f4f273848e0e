package dev.conventio.benchmarks;

import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark documents with the library's compact writer, from the conventions of
 * {@link Conventions}, and the hostile documents made from them ({@link Hostile}).
 *
 * <p>Regenerate after a change of the format or of {@link Conventions}, from the repository root:
 * <pre>
 * ./mvnw -q -B -ntp -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dev.conventio.benchmarks.DocumentGenerator benchmarks/src/main/resources
 * </pre>
 * The test {@code DocumentsTest} fails while the checked-in files differ from what this writes.
 */
public final class DocumentGenerator {

    private DocumentGenerator() {
    }

    /**
     * Writes the documents.
     *
     * @param args  the resources directory, such as {@code benchmarks/src/main/resources}
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DocumentGenerator RESOURCES_DIRECTORY");
            System.exit(2);
        }
        Path resources = Path.of(args[0]);
        Files.createDirectories(resources.resolve("documents"));
        Files.createDirectories(resources.resolve("hostile"));
        for (Document document : Document.values()) {
            byte[] bytes = valid(document);
            Files.write(resources.resolve("documents").resolve(document.file()), bytes);
            System.out.printf("documents/%s: %d bytes%n", document.file(), bytes.length);
        }
        for (Hostile hostile : Hostile.values()) {
            byte[] bytes = hostile.make(valid(hostile.base()));
            Files.write(resources.resolve("hostile").resolve(hostile.file()), bytes);
            System.out.printf("hostile/%s: %d bytes%n", hostile.file(), bytes.length);
        }
    }

    /**
     * Writes a benchmark document, as the library writes it.
     *
     * @param document  the document, not null
     * @return its compact UTF-8 form, never null
     */
    public static byte[] valid(Document document) {
        return ConventioJson.compact().writeBytes(JsonDocument.CONVENTION, Conventions.of(document));
    }
}
