package dev.conventio.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.conventio.convention.Convention;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.ConventioJsonException;
import dev.conventio.serialization.JsonDocument;
import dev.conventio.format.RejectionCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Documents one step either side of a limit of {@link ConventioJson#readConstraints()}, made from a
 * valid convention document, and what reading them must give: at or under the limit, what the
 * document says (the value when it is valid, another rejection when it is not); over it,
 * {@link RejectionCode#LIMIT_EXCEEDED}.
 */
enum JsonLimits {

    /** The convention's object, a string of 1 MiB plus the delta, in ASCII letters. */
    STRING {
        @Override
        String apply(String document, int delta) {
            String member = "\"object\":\"";
            int at = document.indexOf(member) + member.length();
            return document.substring(0, at) + letters((1 << 20) + delta) + document.substring(document.indexOf('"', at));
        }

        @Override
        void check(Convention read, int delta) {
            assertThat(read.object()).hasSize((1 << 20) + delta);
        }
    },
    /** An unknown member whose name is 64 characters plus the delta, after the format version. */
    NAME {
        @Override
        String apply(String document, int delta) {
            int at = document.indexOf(',') + 1;
            return document.substring(0, at) + "\"" + letters(64 + delta) + "\":1," + document.substring(at);
        }

        @Override
        boolean valid(int delta) {
            return false;
        }
    },
    /** The legal bases nested in 63 plus the delta arrays: the root object and 64 levels is the limit. */
    NESTING {
        @Override
        String apply(String document, int delta) {
            int depth = 63 + delta;
            return withLegalBases(document, "[".repeat(depth - 1) + "]".repeat(depth - 1));
        }

        @Override
        boolean valid(int delta) {
            return 63 + delta == 1;
        }

        @Override
        boolean over(int delta) {
            return delta > 0;
        }
    },
    /** The document padded with spaces to 16 MiB plus the delta, in bytes. */
    DOCUMENT {
        @Override
        String apply(String document, int delta) {
            int length = document.getBytes(StandardCharsets.UTF_8).length;
            return document.substring(0, document.length() - 1) + " ".repeat((16 << 20) + delta - length) + "}";
        }
    },
    /** Legal bases enough for the document to hold 1 000 000 tokens plus the delta. */
    TOKENS {
        @Override
        String apply(String document, int delta) {
            String empty = withLegalBases(document, "");
            int count = 1_000_000 + delta - tokens(empty);
            StringBuilder bases = new StringBuilder(count * 4);
            for (int i = 0; i < count; i++) {
                bases.append(i == 0 ? "\"l\"" : ",\"l\"");
            }
            return withLegalBases(document, bases.toString());
        }

        @Override
        void check(Convention read, int delta) {
            assertThat(read.legalBases()).allMatch("l"::equals);
        }
    };

    private static final ConventioJson JSON = ConventioJson.compact();
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The document one step from the limit: {@code delta} 0 is at it, 1 over it. */
    abstract String apply(String document, int delta);

    /** Tells whether the document is valid when it is within the limit. */
    boolean valid(int delta) {
        return true;
    }

    /** Tells whether the document is over the limit. */
    boolean over(int delta) {
        return delta > 0;
    }

    /** Checks what a valid document read as. */
    void check(Convention read, int delta) {
    }

    /**
     * Reads the convention document one step from this limit, and checks the outcome: the value,
     * another rejection, or {@code LIMIT_EXCEEDED} over the limit; never another exception.
     */
    void readNear(Convention convention, int delta) {
        byte[] document = apply(JSON.write(JsonDocument.CONVENTION, convention), delta).getBytes(StandardCharsets.UTF_8);
        Convention read;
        try {
            read = JSON.read(JsonDocument.CONVENTION, document);
        } catch (ConventioJsonException e) {
            if (over(delta)) {
                assertThat(e.code()).as("%s %+d", this, delta).isEqualTo(RejectionCode.LIMIT_EXCEEDED);
            } else {
                assertThat(valid(delta)).as("%s %+d rejected with %s", this, delta, e).isFalse();
                assertThat(e.code()).as("%s %+d", this, delta).isNotEqualTo(RejectionCode.LIMIT_EXCEEDED);
            }
            return;
        }
        assertThat(over(delta) || !valid(delta)).as("%s %+d was read", this, delta).isFalse();
        check(read, delta);
        assertThat(read.reference()).isEqualTo(convention.reference());
    }

    private static String letters(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('a' + i % 26));
        }
        return out.toString();
    }

    /** The document with its legal bases replaced by the given array content. */
    private static String withLegalBases(String document, String content) {
        String member = "\"legalBases\":[";
        int at = document.indexOf(member);
        if (at < 0) {
            int comma = document.indexOf(",\"parties\"");
            return document.substring(0, comma) + "," + member + content + "]" + document.substring(comma);
        }
        int end = document.indexOf(']', at + member.length());
        return document.substring(0, at + member.length()) + content + document.substring(end);
    }

    private static int tokens(String document) {
        try (JsonParser parser = FACTORY.createParser(document)) {
            int tokens = 0;
            while (parser.nextToken() != null) {
                tokens++;
            }
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
