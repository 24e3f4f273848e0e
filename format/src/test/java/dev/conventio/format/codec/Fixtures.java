package dev.conventio.format.codec;

import dev.conventio.format.DocumentKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The version-1 fixtures, as their manifest lists them, and how the codec's tests read them. */
final class Fixtures {

    /** One fixture: its checksum, kind and file. */
    record Fixture(String sha256, DocumentKind kind, Path file) {

        String text() {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String name() {
            return file.getFileName().toString();
        }

        DocumentCodec<?> codec() {
            return Fixtures.codec(kind);
        }

        /**
         * The same document in version 2: the kind named right after formatVersion, and each
         * article's version-1 text as the one paragraph, recorded whole, that version 2 reads it as.
         */
        String asVersion2() {
            return toVersion2(text());
        }

        /** A version-1 document of this fixture's kind in its version-2 form. */
        String toVersion2(String text) {
            text = ARTICLE_TEXT.matcher(text).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(
                    "\"content\":" + match.group(1) + "{\"blocks\":[{\"type\":\"paragraph\",\"text\":" + match.group(1)
                            + match.group(2) + ",\"recordedSentences\":[]}],\"complete\":true}"));
            String pretty = "{\n  \"formatVersion\": 1,\n";
            String compact = "{\"formatVersion\":1,";
            if (text.startsWith(pretty)) {
                return "{\n  \"formatVersion\": 2,\n  \"document\": \"" + kind.wireName() + "\",\n"
                        + text.substring(pretty.length());
            }
            if (text.startsWith(compact)) {
                return "{\"formatVersion\":2,\"document\":\"" + kind.wireName() + "\"," + text.substring(compact.length());
            }
            throw new IllegalStateException(name() + " does not start with its formatVersion");
        }
    }

    /** An article's version-1 text member, in the pretty or the compact form: the only member named text. */
    private static final java.util.regex.Pattern ARTICLE_TEXT = java.util.regex.Pattern.compile(
            "\"text\":( ?)(\"(?:[^\"\\\\]|\\\\.)*\")");

    private Fixtures() {
    }

    static Path directory() {
        return directory(1);
    }

    static Path directory(int version) {
        try {
            return Path.of(Fixtures.class.getResource("/dev/conventio/format/fixtures/v" + version + "/MANIFEST").toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Fixture> all() {
        return all(1);
    }

    /** The fixtures of a version: version 1's read forever, version 2's hold the members it adds. */
    static List<Fixture> all(int version) {
        try {
            List<Fixture> fixtures = new ArrayList<>();
            for (String line : Files.readAllLines(directory(version).resolve("MANIFEST"))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(" ");
                fixtures.add(new Fixture(fields[0], DocumentKind.ofWireName(fields[1]).orElseThrow(),
                        directory(version).resolve(fields[2])));
            }
            return fixtures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocumentCodec<?> codec(DocumentKind kind) {
        switch (kind) {
            case CONVENTION:
                return DocumentCodec.CONVENTION;
            case AMENDMENT:
                return DocumentCodec.AMENDMENT;
            case HISTORY:
                return DocumentCodec.HISTORY;
            default:
                return DocumentCodec.CONSOLIDATED;
        }
    }

    /** Reads a document with the codec over text, telling the observer of each member. */
    static Object read(DocumentCodec<?> codec, String text, Reader.MemberObserver observer) throws IOException {
        return codec.readInput(new TextSource(text), observer);
    }
}
