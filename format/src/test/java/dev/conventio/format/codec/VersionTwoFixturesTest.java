package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.format.DocumentKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The version-2 fixtures: documents holding what version 2 adds, each the codec's canonical
 * writing of a value built in code, read-only once listed in their manifest. Version 1 refuses to
 * write them: it cannot hold what they hold.
 */
class VersionTwoFixturesTest {

    /** The value each fixture of issue #12 is written from. */
    private static final Map<String, Object> SOURCES = Map.of(
            "parties-convention.json", PartiesSamples.convention(),
            "parties-amendment.json", PartiesSamples.amendment());

    static List<Fixtures.Fixture> fixtures() {
        return Fixtures.all(2);
    }

    @Test
    void theManifestListsEveryFixtureAndOnlyThem() throws IOException {
        List<String> listed = fixtures().stream().map(Fixtures.Fixture::name).sorted().collect(Collectors.toList());
        List<String> files;
        try (Stream<Path> all = Files.list(Fixtures.directory(2))) {
            files = all.map(file -> file.getFileName().toString()).filter(name -> !name.equals("MANIFEST")).sorted()
                    .collect(Collectors.toList());
        }
        assertThat(listed).isEqualTo(files).doesNotHaveDuplicates().containsAll(SOURCES.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void noFixtureIsEdited(Fixtures.Fixture fixture) throws IOException, NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(fixture.file()));
        assertThat(HexFormat.of().formatHex(digest)).as(fixture.name() + " is read-only: add a fixture, never edit one")
                .isEqualTo(fixture.sha256());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void eachFixtureReadsAsItsValueAndIsItsCanonicalWriting(Fixtures.Fixture fixture) throws IOException {
        DocumentCodec codec = fixture.codec();
        Object value = Fixtures.read(codec, fixture.text(), null);
        if (SOURCES.containsKey(fixture.name())) {
            assertThat(value).isEqualTo(SOURCES.get(fixture.name()));
        }
        TextSink v2 = new TextSink();
        codec.write(value, v2, 2);
        assertThat(v2.toString()).isEqualTo(fixture.text().strip());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void version1RefusesToWriteWhatItCannotHold(Fixtures.Fixture fixture) throws IOException {
        DocumentCodec codec = fixture.codec();
        Object value = Fixtures.read(codec, fixture.text(), null);
        assertThatThrownBy(() -> codec.write(value, new TextSink(), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("format version 1");
    }

    /**
     * Writes the fixtures of {@link #SOURCES} and prints their manifest lines, when run with
     * {@code -Dconventio.fixtures.write=true}: how a fixture is made, once.
     */
    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void writeTheFixturesWhenAsked() throws Exception {
        if (!Boolean.getBoolean("conventio.fixtures.write")) {
            return;
        }
        Path directory = Path.of("src/test/resources/dev/conventio/format/fixtures/v2");
        for (Map.Entry<String, Object> source : SOURCES.entrySet()) {
            DocumentKind kind = source.getKey().contains("amendment") ? DocumentKind.AMENDMENT : DocumentKind.CONVENTION;
            DocumentCodec codec = Fixtures.codec(kind);
            TextSink sink = new TextSink();
            codec.write(source.getValue(), sink, 2);
            byte[] bytes = (sink + "\n").getBytes(StandardCharsets.UTF_8);
            Files.write(directory.resolve(source.getKey()), bytes);
            System.out.println(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + " "
                    + kind.wireName() + " " + source.getKey());
        }
    }
}
