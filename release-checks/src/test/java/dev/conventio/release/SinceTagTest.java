package dev.conventio.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of an exported package says in its Javadoc since which version it
 * exists ({@code @since}), so that users know what they may rely on in an older release.
 *
 * <p>The check is mechanical: the exported packages are read from each module's
 * {@code module-info.java} (qualified exports, {@code exports … to …}, are not public API), and in
 * each of their source files the Javadoc comment right before the public top-level declaration
 * must hold an {@code @since} tag. Nested types are covered by the type that holds them.
 */
class SinceTagTest {

    private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:abstract|final|sealed|non-sealed|static|strictfp)\\s+)*"
                    + "(?:class|interface|enum|record|@interface)\\s+(\\w+)", Pattern.MULTILINE);
    /** Annotations between the Javadoc and the declaration, such as {@code @Value.Immutable}. */
    private static final Pattern ANNOTATIONS = Pattern.compile("(?:\\s*@[\\w.]+(?:\\([^)]*\\))?)*\\s*");

    /**
     * The name of the public top-level type of a source file if its Javadoc has no {@code @since}.
     *
     * @return the type's name, or empty when it has one or the file declares no public top-level type
     */
    static Optional<String> missingSince(String source) {
        Matcher type = PUBLIC_TYPE.matcher(source);
        if (!type.find()) {
            return Optional.empty();
        }
        String before = source.substring(0, type.start());
        int end = before.lastIndexOf("*/");
        int start = before.lastIndexOf("/**");
        boolean documented = start >= 0 && end > start
                && ANNOTATIONS.matcher(before.substring(end + 2)).matches();
        boolean hasSince = documented && Pattern.compile("^\\s*\\*\\s*@since\\s+\\S", Pattern.MULTILINE)
                .matcher(before.substring(start, end)).find();
        return hasSince ? Optional.empty() : Optional.of(type.group(1));
    }

    /** The source files of the exported packages of every module with a descriptor. */
    static List<Path> exportedSources() {
        List<Path> sources = new ArrayList<>();
        for (String module : Poms.modules()) {
            Path root = Poms.root().resolve(module).resolve("src/main/java");
            Path descriptor = root.resolve("module-info.java");
            if (!Files.isRegularFile(descriptor)) {
                continue;
            }
            Matcher exports = EXPORTS.matcher(Poms.read(module + "/src/main/java/module-info.java"));
            while (exports.find()) {
                Path directory = root.resolve(exports.group(1).replace('.', '/'));
                try (Stream<Path> files = Files.list(directory)) {
                    files.filter(file -> file.toString().endsWith(".java"))
                            .filter(file -> !file.getFileName().toString().equals("package-info.java"))
                            .sorted().forEach(sources::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return sources;
    }

    @Test
    void everyPublicTypeOfAnExportedPackageHasSince() {
        List<Path> sources = exportedSources();
        List<String> missing = sources.stream()
                .filter(file -> missingSince(read(file)).isPresent())
                .map(file -> Poms.root().relativize(file).toString())
                .collect(Collectors.toList());

        assertThat(sources).as("the exported sources").hasSizeGreaterThan(50);
        assertThat(missing).as("public types without @since in their Javadoc").isEmpty();
    }

    @Test
    void theCheckFindsAPublicTypeWithoutSinceAndAcceptsOneWithIt() {
        String without = "package p;\n\n/**\n * A value.\n */\npublic final class Value {\n}\n";
        String with = "package p;\n\n/**\n * A value.\n *\n * @since 0.1\n */\n@Deprecated\npublic interface Value {\n}\n";
        String undocumented = "package p;\n\n/** Other. @since 0.1 */\nclass Other {}\n\npublic enum Value { A }\n";
        String notPublic = "package p;\n\nfinal class Hidden {\n}\n";

        assertThat(missingSince(without)).contains("Value");
        assertThat(missingSince(with)).isEmpty();
        assertThat(missingSince(undocumented)).as("a Javadoc that belongs to another declaration").contains("Value");
        assertThat(missingSince(notPublic)).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
