package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The version-1 fixtures read forever: each one reads as its kind, and reads the same in version 2;
 * none is edited, added or removed without its manifest, and no manifest line is changed.
 */
class FixturesTest {

    static List<Fixtures.Fixture> fixtures() {
        return Fixtures.all();
    }

    @Test
    void theManifestListsEveryFixtureAndOnlyThem() throws IOException {
        List<String> listed = fixtures().stream().map(Fixtures.Fixture::name).sorted().collect(Collectors.toList());
        List<String> files;
        try (Stream<Path> all = Files.list(Fixtures.directory())) {
            files = all.map(file -> file.getFileName().toString()).filter(name -> !name.equals("MANIFEST")).sorted()
                    .collect(Collectors.toList());
        }
        assertThat(listed).isEqualTo(files).hasSize(9).doesNotHaveDuplicates();
    }

    @Test
    void theVersion2FixturesAreListedAndUnchangedAndReadBackAsWritten() throws Exception {
        List<String> files;
        try (Stream<Path> all = Files.list(Fixtures.directory(2))) {
            files = all.map(file -> file.getFileName().toString()).filter(name -> !name.equals("MANIFEST")).sorted()
                    .collect(Collectors.toList());
        }
        assertThat(Fixtures.all(2).stream().map(Fixtures.Fixture::name).sorted().collect(Collectors.toList()))
                .isEqualTo(files).isNotEmpty();
        for (Fixtures.Fixture fixture : Fixtures.all(2)) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(fixture.file()));
            assertThat(HexFormat.of().formatHex(digest)).as(fixture.name()).isEqualTo(fixture.sha256());
            @SuppressWarnings({"unchecked", "rawtypes"})
            DocumentCodec<Object> codec = (DocumentCodec) fixture.codec();
            Object value = Fixtures.read(codec, fixture.text(), null);
            TextSink written = new TextSink();
            codec.write(value, written, 2);
            assertThat(written + "\n").as(fixture.name() + " is the codec's own version-2 form").isEqualTo(fixture.text());
        }
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
    void eachFixtureReadsAsItsKind(Fixtures.Fixture fixture) throws IOException {
        Object value = Fixtures.read(fixture.codec(), fixture.text(), null);
        assertThat(value).isInstanceOf(fixture.codec().type());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachFixtureReadsTheSameInVersion2(Fixtures.Fixture fixture) throws IOException {
        assertThat(Fixtures.read(fixture.codec(), fixture.asVersion2(), null))
                .isEqualTo(Fixtures.read(fixture.codec(), fixture.text(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void eachFixtureWrittenInVersion2IsItsVersion2Form(Fixtures.Fixture fixture) throws IOException {
        DocumentCodec codec = fixture.codec();
        Object value = Fixtures.read(codec, fixture.text(), null);
        TextSink v1 = new TextSink();
        codec.write(value, v1, 1);
        TextSink v2 = new TextSink();
        codec.write(value, v2, 2);
        assertThat(v2.toString()).isEqualTo(fixture.toVersion2(v1.toString()));
        assertThat(Fixtures.read(codec, v2.toString(), null)).isEqualTo(value);
    }
}
