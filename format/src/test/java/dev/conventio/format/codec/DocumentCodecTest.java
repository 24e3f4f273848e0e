package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.format.DocumentKind;
import dev.conventio.format.FormatVersions;
import dev.conventio.format.RejectionCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document starts with its formatVersion (then kind, from version 2), is read whole or inside a value, and is written. */
class DocumentCodecTest {

    static final String MINIMAL = "{\"formatVersion\":1,\"reference\":\"C-1\",\"object\":\"Objet\",\"parties\":["
            + "{\"id\":\"gip\",\"name\":\"GIP\",\"kind\":\"gip\"},{\"id\":\"etat\",\"name\":\"État\",\"kind\":\"etat\"}],"
            + "\"concludedOn\":\"2020-01-15\",\"legalBases\":[],\"articles\":[],\"phases\":[],\"contributions\":[],"
            + "\"decisions\":[],\"signatures\":[]}";

    static Rejection rejection(DocumentCodec<?> codec, String text) {
        Rejection rejection = catchThrowableOfType(Rejection.class, () -> codec.readInput(new TextSource(text)));
        assertThat(rejection).as(text).isNotNull();
        return rejection;
    }

    private static void assertAt(Rejection rejection, String text, String marker) {
        Location expected = TextLocations.of(text, marker);
        assertThat(rejection.location().line()).as("line of " + marker).isEqualTo(expected.line());
        assertThat(rejection.location().column()).as("column of " + marker).isEqualTo(expected.column());
    }

    @Test
    void aDocumentFollowedByAnythingIsRejectedAtWhatFollows() {
        String text = MINIMAL + "\n  7";
        Rejection rejection = rejection(DocumentCodec.CONVENTION, text);
        assertThat(rejection.code()).isEqualTo(RejectionCode.TRAILING_CONTENT);
        assertThat(rejection.detail()).isEqualTo("the document goes on after its root value");
        assertThat(rejection.pointer()).isEmpty();
        assertAt(rejection, text, "7");
    }

    @Test
    void trailingContentWinsOverAProblemOfTheFormatFoundBeforeIt() {
        String text = MINIMAL.replace("\"object\"", "\"objet\"") + " [1]";
        Rejection rejection = rejection(DocumentCodec.CONVENTION, text);
        assertThat(rejection.code()).isEqualTo(RejectionCode.TRAILING_CONTENT);
        assertAt(rejection, text, "[1]");
        assertThat(rejection(DocumentCodec.CONVENTION, text.replace(" [1]", "")).code())
                .isEqualTo(RejectionCode.UNKNOWN_FIELD);
    }

    @Test
    void aRejectionOfTheTextItselfEndsTheReadingThere() {
        int[] askedAfter = {0};
        Rejection limit = Rejection.of(RejectionCode.LIMIT_EXCEEDED, "too long", "/object", Location.of(1, 1), null);
        TextSource text = new TextSource(MINIMAL + " 7");
        TokenSource source = new ForwardingSource(text) {
            private boolean thrown;

            @Override
            public Token next() throws IOException {
                if (thrown) {
                    askedAfter[0]++;
                } else if (text.current() == Token.NAME && text.name().equals("object")) {
                    thrown = true;
                    throw limit;
                }
                return super.next();
            }
        };
        assertThatThrownBy(() -> DocumentCodec.CONVENTION.readInput(source)).isSameAs(limit);
        assertThat(askedAfter[0]).isZero();
    }

    @Test
    void anEmptyInputHoldsNoDocument() {
        Rejection rejection = rejection(DocumentCodec.CONVENTION, "  \n ");
        assertThat(rejection.code()).isEqualTo(RejectionCode.MALFORMED_JSON);
        assertThat(rejection.detail()).isEqualTo("the input holds no JSON value");
    }

    @Test
    void aDocumentInsideAnApplicationsOwnIsReadUpToItsLastToken() throws IOException {
        TextSource source = new TextSource("{\"kept\":" + MINIMAL + ",\"after\":true}");
        source.next();
        source.next();
        source.next();
        Convention read = DocumentCodec.CONVENTION.readValue(source);
        assertThat(read).isEqualTo(DocumentCodec.CONVENTION.readInput(new TextSource(MINIMAL)));
        assertThat(source.current()).isEqualTo(Token.END_OBJECT);
        assertThat(source.next()).isEqualTo(Token.NAME);
        assertThat(source.name()).isEqualTo("after");

        TextSource notWhole = new TextSource("[" + MINIMAL + ",1]");
        notWhole.next();
        notWhole.next();
        assertThat(DocumentCodec.CONVENTION.readValue(notWhole, false)).isEqualTo(read);
        assertThat(notWhole.next()).isEqualTo(Token.INTEGER);
    }

    @Test
    void aDocumentThatIsTheWholeInputIsReadAsAnInputIs() throws IOException {
        TextSource whole = new TextSource(MINIMAL);
        whole.next();
        assertThat(DocumentCodec.CONVENTION.readValue(whole, true)).isNotNull().isInstanceOf(Convention.class);
        TextSource followed = new TextSource(MINIMAL + " {}");
        followed.next();
        Rejection rejection = catchThrowableOfType(Rejection.class,
                () -> DocumentCodec.CONVENTION.readValue(followed, true));
        assertThat(rejection.code()).isEqualTo(RejectionCode.TRAILING_CONTENT);
    }

    @Test
    void aTruncatedDocumentFindsNothingWhereAValueIsExpected() {
        TextSource source = new TextSource("{\"formatVersion\":");
        Rejection rejection = catchThrowableOfType(Rejection.class, () -> {
            source.next();
            DocumentCodec.CONVENTION.readValue(source);
        });
        assertThat(rejection.code()).isEqualTo(RejectionCode.WRONG_TYPE);
        assertThat(rejection.detail()).isEqualTo("expected an integer, found nothing");
    }

    @Test
    void aDocumentStartsWithItsFormatVersion() {
        Rejection other = rejection(DocumentCodec.CONVENTION, "{\"reference\":\"R\"}");
        assertThat(other.code()).isEqualTo(RejectionCode.FORMAT_VERSION_MISSING);
        assertThat(other.detail()).isEqualTo("a document starts with its formatVersion, found 'reference'");
        Rejection empty = rejection(DocumentCodec.CONVENTION, "{}");
        assertThat(empty.code()).isEqualTo(RejectionCode.FORMAT_VERSION_MISSING);
        assertThat(empty.detail()).isEqualTo("a document starts with its formatVersion, found no member");
        Rejection notAnObject = rejection(DocumentCodec.CONVENTION, "[1]");
        assertThat(notAnObject.code()).isEqualTo(RejectionCode.WRONG_TYPE);
        assertThat(notAnObject.detail()).isEqualTo("expected an object, found an array");
    }

    @Test
    void theFormatVersionIsAnIntegerThatReadersRead() {
        String text = "{\n  \"formatVersion\": null}";
        Rejection none = rejection(DocumentCodec.CONVENTION, text);
        assertThat(none.code()).isEqualTo(RejectionCode.NULL_VALUE);
        assertThat(none.detail()).isEqualTo("'formatVersion' must not be null; an absent optional member is left out");
        assertThat(none.pointer()).isEqualTo("/formatVersion");
        assertAt(none, text, "null");
        Rejection text1 = rejection(DocumentCodec.CONVENTION, "{\"formatVersion\":\"1\"}");
        assertThat(text1.code()).isEqualTo(RejectionCode.WRONG_TYPE);
        assertThat(text1.detail()).isEqualTo("expected an integer, found a string");
        Rejection three = rejection(DocumentCodec.CONVENTION, MINIMAL.replace("\"formatVersion\":1", "\"formatVersion\":3"));
        assertThat(three.code()).isEqualTo(RejectionCode.FORMAT_VERSION_UNSUPPORTED);
        assertThat(three.detail()).isEqualTo("this reader knows format versions 1 to 2, the document has version 3");
        Rejection twice = rejection(DocumentCodec.CONVENTION,
                MINIMAL.replace("\"reference\"", "\"formatVersion\":1,\"reference\""));
        assertThat(twice.code()).isEqualTo(RejectionCode.DUPLICATE_FIELD);
        assertThat(twice.detail()).isEqualTo("member 'formatVersion' appears twice");
    }

    @Test
    void aVersion2DocumentNamesItsKindRightAfterItsVersion() {
        String v2 = MINIMAL.replace("\"formatVersion\":1", "\"formatVersion\":2");
        Rejection missing = rejection(DocumentCodec.CONVENTION, v2);
        assertThat(missing.code()).isEqualTo(RejectionCode.DOCUMENT_KIND_MISSING);
        assertThat(missing.detail()).isEqualTo("a document of version 2 names its kind right after formatVersion,"
                + " found 'reference'");
        Rejection other = rejection(DocumentCodec.CONVENTION,
                v2.replace("\"reference\"", "\"document\":\"history\",\"reference\""));
        assertThat(other.code()).isEqualTo(RejectionCode.DOCUMENT_KIND_MISMATCH);
        assertThat(other.detail()).isEqualTo("this is read as a convention document, the document names 'history'");
        Rejection twice = rejection(DocumentCodec.CONVENTION,
                v2.replace("\"reference\"", "\"document\":\"convention\",\"document\":\"convention\",\"reference\""));
        assertThat(twice.code()).isEqualTo(RejectionCode.DUPLICATE_FIELD);
        assertThat(twice.detail()).isEqualTo("member 'document' appears twice");
    }

    @Test
    void aConsolidatedViewIsWrittenNotRead() {
        assertThat(DocumentCodec.CONSOLIDATED.kind()).isEqualTo(DocumentKind.CONSOLIDATED);
        assertThatThrownBy(() -> DocumentCodec.CONSOLIDATED.readInput(new TextSource("{\"formatVersion\":2}")))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("consolidated documents are written, not read");
    }

    @Test
    void eachCodecIsNamedByItsKind() {
        assertThat(DocumentCodec.CONVENTION.kind()).isEqualTo(DocumentKind.CONVENTION);
        assertThat(DocumentCodec.HISTORY).hasToString("history");
        assertThat(DocumentCodec.RECORDED_AMENDMENT.kind()).isEqualTo(DocumentKind.AMENDMENT);
        assertThat(DocumentCodec.UNRECORDED_AMENDMENT).hasToString("amendment");
    }

    @Test
    void aValueIsWrittenInTheVersionWritersWrite() throws IOException {
        Convention convention = DocumentCodec.CONVENTION.readInput(new TextSource(MINIMAL));
        TextSink written = new TextSink();
        DocumentCodec.CONVENTION.write(convention, written);
        TextSink latest = new TextSink();
        DocumentCodec.CONVENTION.write(convention, latest, FormatVersions.WRITTEN);
        assertThat(written.toString()).startsWith("{\"formatVersion\":2,\"document\":\"convention\",")
                .isEqualTo(latest.toString());
        assertThatThrownBy(() -> DocumentCodec.CONVENTION.write(convention, new TextSink(), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no format version 3");
    }

    @Test
    void aCodecOfOneKindOfAmendmentReadsAndWritesThatKindOnly() throws IOException {
        String unrecorded = Fixtures.all().stream().filter(f -> f.name().equals("serialization-unrecorded-amendment.json"))
                .findFirst().orElseThrow().text();
        Rejection rejection = rejection(DocumentCodec.RECORDED_AMENDMENT, unrecorded);
        assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_TYPE);
        assertThat(rejection.detail()).isEqualTo("'unrecorded-amendment' is not one of amendment, the types read here");
        assertThat(rejection.pointer()).isEqualTo("/type");
        assertAt(rejection, unrecorded, "\"unrecorded-amendment\"");
        assertThat(DocumentCodec.UNRECORDED_AMENDMENT.readInput(new TextSource(unrecorded)).number()).isEqualTo(1);

        String recorded = Fixtures.all().stream().filter(f -> f.name().equals("serialization-amendment.json"))
                .findFirst().orElseThrow().text();
        Amendment amendment = DocumentCodec.RECORDED_AMENDMENT.readInput(new TextSource(recorded));
        TextSink only = new TextSink();
        DocumentCodec.RECORDED_AMENDMENT.write(amendment, only);
        TextSink any = new TextSink();
        DocumentCodec.AMENDMENT.write((AmendmentRecord) amendment, any);
        assertThat(only.toString()).contains("\"type\":\"amendment\"").isEqualTo(any.toString());
    }

    /** A member observed: the object it belongs to, its name and the pointer of its value. */
    record Observed(String object, String member, String pointer) {
    }

    @Test
    void everyMemberReadIsObservedAndSoIsEveryMemberWritten() throws IOException {
        for (Fixtures.Fixture fixture : Fixtures.all(2)) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            DocumentCodec<Object> codec = (DocumentCodec) fixture.codec();
            List<Observed> read = new ArrayList<>();
            Object value = codec.readInput(new TextSource(fixture.text()),
                    (object, member, pointer) -> read.add(new Observed(object, member, pointer)));
            List<Observed> written = new ArrayList<>();
            codec.write(value, new TextSink(), 2,
                    (object, member, pointer) -> written.add(new Observed(object, member, pointer)));
            // A member is observed before its value is read, and once its value is written.
            assertThat(written).as(fixture.name()).containsExactlyInAnyOrderElementsOf(read);
            assertThat(read).startsWith(
                    new Observed("document", "formatVersion", "/formatVersion"),
                    new Observed("document", "document", "/document"));
        }
        List<Observed> read = new ArrayList<>();
        DocumentCodec.CONVENTION.readInput(new TextSource(MINIMAL),
                (object, member, pointer) -> read.add(new Observed(object, member, pointer)));
        assertThat(read).contains(new Observed("convention", "reference", "/reference"),
                new Observed("party", "kind", "/parties/1/kind"));
    }

    @Test
    void aSinkThatDoesNotKnowItsPointerGivesTheObserverNone() throws IOException {
        Convention convention = DocumentCodec.CONVENTION.readInput(new TextSource(MINIMAL));
        TextSink text = new TextSink();
        TokenSink blind = new TokenSink() {
            @Override
            public void startObject() {
                text.startObject();
            }

            @Override
            public void endObject() {
                text.endObject();
            }

            @Override
            public void startArray() {
                text.startArray();
            }

            @Override
            public void endArray() {
                text.endArray();
            }

            @Override
            public void name(Name name) {
                text.name(name);
            }

            @Override
            public void string(String value) {
                text.string(value);
            }

            @Override
            public void integer(int value) {
                text.integer(value);
            }

            @Override
            public void bool(boolean value) {
                text.bool(value);
            }
        };
        List<Observed> written = new ArrayList<>();
        DocumentCodec.CONVENTION.write(convention, blind, 2,
                (object, member, pointer) -> written.add(new Observed(object, member, pointer)));
        assertThat(written).isNotEmpty().allMatch(observed -> observed.pointer().isEmpty())
                .contains(new Observed("party", "id", ""));
        TextSink plain = new TextSink();
        DocumentCodec.CONVENTION.write(convention, plain, 2);
        assertThat(text.toString()).isEqualTo(plain.toString());
    }
}
