package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.format.LocatedViolation;
import dev.conventio.format.RejectionCode;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What adapters get from the codec: rejections and their messages, locations, token tables, names, build coordinates. */
class AdapterTypesTest {

    private static final ViolationCode CODE = ViolationCode.of("adapter.checked", ViolationCode.Kind.INVARIANT,
            "a code for the adapter's violations");

    /** A JSON library's tokens, as Jackson 2 names them, and one that the codec has no token for. */
    enum LibraryToken {
        NOT_AVAILABLE, START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, FIELD_NAME, VALUE_EMBEDDED_OBJECT,
        VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL
    }

    /** The same tokens as Jackson 3 names them: a member's name is a property's. */
    enum OtherLibraryToken { PROPERTY_NAME, VALUE_STRING }

    @Test
    void aRejectionsMessageHasItsCodeItsPointerOrTheRootAndItsDetail() {
        Location at = Location.inInput(10L, 9L, 2, 5);
        Rejection rejection = Rejection.of(RejectionCode.UNKNOWN_FIELD, "unknown member 'x'", "/parties/0/x", at, null);
        assertThat(rejection).hasMessage("[format.field.unknown] at /parties/0/x: unknown member 'x'").hasNoCause();
        assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_FIELD);
        assertThat(rejection.detail()).isEqualTo("unknown member 'x'");
        assertThat(rejection.pointer()).isEqualTo("/parties/0/x");
        assertThat(rejection.location()).isSameAs(at);
        assertThat(rejection.violations()).isEmpty();
        assertThat(rejection.getStackTrace()).isEmpty();
        assertThat(Rejection.of(RejectionCode.MALFORMED_JSON, "no value", "", at, null))
                .hasMessage("[json.malformed] at <root>: no value");
    }

    @Test
    void aParserRejectionIsALimitOrMalformedTextWithTheParsersMessageOrItsExceptionsName() {
        Location at = Location.inInput(3L, 3L, 1, 4);
        IOException cause = new java.io.EOFException("unexpected end");
        Rejection limit = Rejection.ofParser(true, "string too long", "/object", at, cause);
        assertThat(limit.code()).isEqualTo(RejectionCode.LIMIT_EXCEEDED);
        assertThat(limit.detail()).isEqualTo("string too long");
        assertThat(limit.pointer()).isEqualTo("/object");
        assertThat(limit.location()).isSameAs(at);
        assertThat(limit).hasCause(cause);
        Rejection malformed = Rejection.ofParser(false, null, "", at, cause);
        assertThat(malformed.code()).isEqualTo(RejectionCode.MALFORMED_JSON);
        assertThat(malformed.detail()).isEqualTo("EOFException");
        assertThat(malformed).hasMessage("[json.malformed] at <root>: EOFException").hasCause(cause);
    }

    @Test
    void aDomainViolationIsAtItsFirstViolationAndListsThemAll() {
        LocatedViolation first = LocatedViolation.of(Violation.of(CODE, "id", "bad id"), "/parties/1/id", 7, 13);
        LocatedViolation second = LocatedViolation.of(Violation.of(CODE, "", "bad"), "", 1, 1);
        Rejection one = Rejection.ofViolations(List.of(first));
        assertThat(one.code()).isEqualTo(RejectionCode.DOMAIN_VIOLATION);
        assertThat(one.detail()).isEqualTo("1 violation of the model");
        assertThat(one).hasMessage("[domain.violation] at /parties/1/id: 1 violation of the model"
                + " (adapter.checked at /parties/1/id: bad id)");
        assertThat(one.location().line()).isEqualTo(7);
        assertThat(one.location().column()).isEqualTo(13);
        assertThat(one.location().isInInput()).isFalse();
        assertThat(one.violations()).containsExactly(first);
        Rejection two = Rejection.ofViolations(List.of(second, first));
        assertThat(two.detail()).isEqualTo("2 violations of the model");
        assertThat(two).hasMessage("[domain.violation] at <root>: 2 violations of the model"
                + " (adapter.checked at <root>: bad; adapter.checked at /parties/1/id: bad id)");
        assertThat(two.violations()).containsExactly(second, first);
        assertThatThrownBy(() -> two.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aLocationInTheInputHasItsOffsetsAndOneOutsideItHasNone() {
        Location token = Location.inInput(120L, 100L, 4, 17);
        assertThat(token.byteOffset()).isEqualTo(120L);
        assertThat(token.charOffset()).isEqualTo(100L);
        assertThat(token.line()).isEqualTo(4);
        assertThat(token.column()).isEqualTo(17);
        assertThat(token.isInInput()).isTrue();
        assertThat(token).hasToString("line 4, column 17");
        Location place = Location.of(2, 3);
        assertThat(place.byteOffset()).isEqualTo(-1L);
        assertThat(place.charOffset()).isEqualTo(-1L);
        assertThat(place.isInInput()).isFalse();
        assertThat(place).hasToString("line 2, column 3");
    }

    @Test
    void eachTokenIsDescribedAsAMessageNamesTheValue() {
        assertThat(Arrays.stream(Token.values()).map(Token::described)).containsExactly("an object", "}", "an array",
                "]", "FIELD_NAME", "a string", "an integer", "a decimal number", "a boolean", "a boolean", "null",
                "VALUE_EMBEDDED_OBJECT");
    }

    @Test
    void aLibrarysTokensMapToTheCodecsByTheirNamesAndAnyOtherIsEmbedded() {
        Token.Table<LibraryToken> table = Token.tableOf(LibraryToken.values());
        assertThat(Arrays.stream(LibraryToken.values()).map(table::of)).containsExactly(Token.EMBEDDED,
                Token.START_OBJECT, Token.END_OBJECT, Token.START_ARRAY, Token.END_ARRAY, Token.NAME, Token.EMBEDDED,
                Token.STRING, Token.INTEGER, Token.DECIMAL, Token.TRUE, Token.FALSE, Token.NULL);
        assertThat(table.of(null)).isNull();
        Token.Table<OtherLibraryToken> other = Token.tableOf(OtherLibraryToken.values());
        assertThat(other.of(OtherLibraryToken.PROPERTY_NAME)).isEqualTo(Token.NAME);
        assertThat(other.of(OtherLibraryToken.VALUE_STRING)).isEqualTo(Token.STRING);
    }

    @Test
    void eachNameIsAtItsOrdinalWithItsUtf8Bytes() {
        List<Name> all = Name.all();
        assertThat(all).isNotEmpty().isEqualTo(Names.all()).contains(Names.FORMAT_VERSION, Names.DOCUMENT);
        for (int i = 0; i < all.size(); i++) {
            Name name = all.get(i);
            assertThat(name.ordinal()).isEqualTo(i);
            assertThat(name.utf8()).isEqualTo(name.text().getBytes(StandardCharsets.UTF_8));
            assertThat(name).hasToString(name.text());
        }
        assertThat(all.stream().map(Name::text)).doesNotHaveDuplicates();
        byte[] bytes = Names.FORMAT_VERSION.utf8();
        bytes[0] = 'X';
        assertThat(Names.FORMAT_VERSION.utf8()).as("a copy").isEqualTo("formatVersion".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Name.all().add(Names.DOCUMENT)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anAdaptersEncodingOfEachNameIsAtTheNamesOrdinal() {
        String[] quoted = Name.encodeAll(text -> "\"" + text + "\"", String[]::new);
        assertThat(quoted).hasSize(Name.all().size());
        assertThat(quoted[Names.FORMAT_VERSION.ordinal()]).isEqualTo("\"formatVersion\"");
        assertThat(quoted[Names.DOCUMENT.ordinal()]).isEqualTo("\"document\"");
    }

    @Test
    void theBuildCoordinatesAreReadFromTheVersionPropertiesAndClosed() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(
                "groupId=dev.conventio\nartifactId=conventio-jackson3\nversion=1.2.3\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        BuildVersion version = BuildVersion.read(in).orElseThrow();
        assertThat(version.groupId()).isEqualTo("dev.conventio");
        assertThat(version.artifactId()).isEqualTo("conventio-jackson3");
        assertThat(version.version()).isEqualTo("1.2.3");
        assertThat(version).hasToString("dev.conventio:conventio-jackson3:1.2.3");
        assertThat(closed[0]).isTrue();
        assertThat(BuildVersion.read(null)).isEqualTo(Optional.empty());
    }

    @Test
    void aVersionPropertiesThatCannotBeReadFails() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> BuildVersion.read(failing)).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk gone");
    }
}
