package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.format.LocatedViolation;
import dev.conventio.format.RejectionCode;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A violation's model path is located at the deepest value of it the input holds; the empty path, at the object's start. */
class PositionsTest {

    private static final ViolationCode PROBED = ViolationCode.of("probe.located", ViolationCode.Kind.INVARIANT,
            "a violation the probe reports at the path it is given");

    private static final Member<Object, String> X = Member.optional(new Name("x", -1), Scalars.TEXT, value -> null);
    private static final Member<Object, String> Y = Member.optional(new Name("y", -1), Scalars.TEXT, value -> null);
    private static final ObjectCodec<Object> ITEM = ObjectCodec.of("item", values -> "item", X, Y);

    /** The probe's document: each value a marker of its own, found once in the text. */
    static final String DOCUMENT = """
            {
              "label": "L",
              "items": [
                {"x": "x0", "y": "y0"},
                {"x": "x1"},
                {"x": "x2", "y": "y2"}
              ],
              "inner": {"y": "yi", "x": "xi"},
              "matrix": [["m00"], ["m10", "m11"]],
              "tail": "T"
            }""";

    /** An object of the probe, whose value breaks an invariant at the path given unless its label is "fine". */
    private static ObjectCodec<Object> probe(String path) {
        Member<Object, String> label = Member.required(new Name("label", -1), Scalars.TEXT, value -> "");
        return ObjectCodec.of("probe", values -> {
            if ("fine".equals(values.get(label))) {
                return "fine";
            }
            throw new ValidationException(List.of(Violation.of(PROBED, path, "probed at '" + path + "'")));
        }, label, Member.required(new Name("items", -1), Scalars.list(ITEM), value -> List.of()),
                Member.required(new Name("inner", -1), ITEM, value -> ""),
                Member.required(new Name("matrix", -1), Scalars.list(Scalars.list(Scalars.TEXT)), value -> List.of()),
                Member.optional(new Name("tail", -1), Scalars.TEXT, value -> java.util.Optional.empty()));
    }

    /** The one violation found reading the text with a value codec, as a reading that locates finds it. */
    static LocatedViolation violation(ValueCodec<?> codec, String text) throws IOException {
        return violation(codec, text, null);
    }

    /** The one violation found reading the text, which reads as the value expected. */
    static LocatedViolation violation(ValueCodec<?> codec, String text, Object expected) throws IOException {
        Reader in = new Reader(new TextSource(text));
        in.version(dev.conventio.format.FormatVersions.LATEST);
        in.next();
        assertThat(codec.read(in)).as("what is made of a value that broke an invariant").isEqualTo(expected);
        Rejection rejection = catchThrowableOfType(Rejection.class, in::throwViolations);
        assertThat(rejection.code()).isEqualTo(RejectionCode.DOMAIN_VIOLATION);
        assertThat(rejection.violations()).hasSize(1);
        return rejection.violations().get(0);
    }

    private static LocatedViolation located(String path) throws IOException {
        LocatedViolation violation = violation(probe(path), DOCUMENT);
        assertThat(violation.violation().path()).isEqualTo(path);
        return violation;
    }

    /** Asserts the violation is where the marker starts in the document, or at its {@code ^} if it has one. */
    private static void assertLocatedAt(LocatedViolation violation, String marker) {
        int caret = Math.max(marker.indexOf('^'), 0);
        Location found = TextLocations.of(DOCUMENT, marker.replace("^", ""));
        Location expected = TextLocations.at(DOCUMENT, DOCUMENT.indexOf(marker.replace("^", "")) + caret);
        assertThat(expected.line()).isEqualTo(found.line());
        assertThat(violation.line()).as("line of " + marker).isEqualTo(expected.line());
        assertThat(violation.column()).as("column of " + marker).isEqualTo(expected.column());
    }

    @ParameterizedTest(name = "{0} is at {1}")
    @CsvSource(delimiter = '|', value = {
        "label|\"L\"",
        "tail|\"T\"",
        "items|\"items\": ^[",
        "items[0]|{\"x\": \"x0\"",
        "items[1]|{\"x\": \"x1\"}",
        "items[2]|{\"x\": \"x2\"",
        "items[1].x|\"x1\"",
        "items[2].y|\"y2\"",
        "items[0].y|\"y0\"",
        "inner|{\"y\"",
        "inner.x|\"xi\"",
        "inner.y|\"yi\"",
        "matrix|[[",
        "matrix[0]|[\"m00\"]",
        "matrix[0][0]|\"m00\"",
        "matrix[1][1]|\"m11\"",
        "matrix[1][0]|\"m10\"",
        "items[000000002].x|\"x2\""})
    void aPathIsLocatedAtTheValueItNames(String path, String marker) throws IOException {
        assertLocatedAt(located(path), marker);
    }

    @ParameterizedTest(name = "{0} is at {1}")
    @CsvSource(delimiter = '|', value = {
        "items[1].y|{\"x\": \"x1\"}",
        "inner.z|{\"y\"",
        "items[3]|\"items\": ^[",
        "items[3].x|\"items\": ^[",
        "items[9]|\"items\": ^[",
        "matrix[0][1]|[\"m00\"]",
        "items[x]|\"items\": ^[",
        "items[-1]|\"items\": ^[",
        "items[]|\"items\": ^[",
        "items[0000000002]|\"items\": ^[",
        "items[1|\"items\": ^[",
        "items.x|\"items\": ^[",
        "inner[0]|{\"y\"",
        "label.x|\"L\"",
        "label[0]|\"L\"",
        "items[1].x.deeper|\"x1\""})
    void aPathDeeperThanTheInputIsLocatedAtTheDeepestValueItHolds(String path, String marker) throws IOException {
        assertLocatedAt(located(path), marker);
    }

    @Test
    void theEmptyPathAndAnUnknownMemberAreLocatedAtTheObjectsStart() throws IOException {
        String indented = "\n\n   " + DOCUMENT;
        Location start = TextLocations.of(indented, "{\n  \"label\"");
        for (String path : List.of("", "nowhere", "nowhere.x")) {
            LocatedViolation violation = violation(probe(path), indented);
            assertThat(violation.line()).as(path).isEqualTo(start.line()).isEqualTo(3);
            assertThat(violation.column()).as(path).isEqualTo(start.column()).isEqualTo(4);
        }
    }

    @Test
    void theViolationIsNamedFromTheRootByItsJsonPointer() throws IOException {
        assertThat(located("").pointer()).isEmpty();
        assertThat(located("items[1].x").pointer()).isEqualTo("/items/1/x");
        assertThat(located("matrix[1][0]").pointer()).isEqualTo("/matrix/1/0");
        assertThat(located("inner").pointer()).isEqualTo("/inner");
        assertThat(located("items[1].x").toString()).isEqualTo("probe.located at /items/1/x: probed at 'items[1].x'");
    }

    @Test
    void aValueNestedInAListIsLocatedFromTheDocumentsRoot() throws IOException {
        String text = "[\n  {\"label\": \"fine\", \"items\": [], \"inner\": {}, \"matrix\": []},\n  "
                + DOCUMENT.replace("\n", "\n  ") + "\n]";
        LocatedViolation violation = violation(Scalars.list(probe("inner.x")), text, List.of("fine"));
        Location expected = TextLocations.of(text, "\"xi\"");
        assertThat(violation.pointer()).isEqualTo("/1/inner/x");
        assertThat(List.of(violation.line(), violation.column())).containsExactly(expected.line(), expected.column());
    }

    @Test
    void anObjectWithManyMembersAndAListWithManyElementsLocateEachOne() throws IOException {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            items.append(i == 0 ? "" : ",\n").append("{\"y\": \"y").append(i).append("\", \"x\": \"x").append(i)
                    .append("\"}");
        }
        String text = DOCUMENT.replaceFirst("(?s)\"items\": \\[.*?\\n  \\]", "\"items\": [\n" + items + "]");
        for (int i = 0; i < 9; i++) {
            LocatedViolation violation = violation(probe("items[" + i + "].x"), text);
            Location expected = TextLocations.of(text, "\"x" + i + "\"");
            assertThat(List.of(violation.line(), violation.column())).as("items[" + i + "].x")
                    .containsExactly(expected.line(), expected.column());
        }
        LocatedViolation tail = violation(probe("tail"), text);
        assertThat(tail.line()).isEqualTo(TextLocations.of(text, "\"T\"").line());
    }

    @Test
    void aColumnBeyondTheFirstLinesIsKeptWhole() throws IOException {
        String wide = " ".repeat(70000) + DOCUMENT.replace("\"T\"", "\n" + " ".repeat(66000) + "\"T\"");
        LocatedViolation violation = violation(probe("tail"), wide);
        Location expected = TextLocations.of(wide, "\"T\"");
        assertThat(violation.column()).isEqualTo(expected.column()).isGreaterThan(66000);
        assertThat(violation.line()).isEqualTo(expected.line());
        LocatedViolation root = violation(probe(""), wide);
        Location start = TextLocations.of(wide, "{\n  \"label\"");
        assertThat(List.of(root.line(), root.column())).containsExactly(start.line(), start.column());
        assertThat(root.column()).isGreaterThan(70000);
    }
}
