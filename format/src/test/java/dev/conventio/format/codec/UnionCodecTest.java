package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.format.LocatedViolation;
import dev.conventio.format.RejectionCode;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A polymorphic object starts with a type naming a variant of its version; a constant table names each constant once. */
class UnionCodecTest {

    private static final ViolationCode NO_SIDE = ViolationCode.of("shape.square.no-side", ViolationCode.Kind.INVARIANT,
            "a square has a side");

    /** The values of the declared union. */
    sealed interface Shape permits Circle, Square, Triangle {
    }

    record Circle(String radius) implements Shape {
    }

    record Square(String side) implements Shape {
    }

    record Triangle() implements Shape {
    }

    private final Member<Circle, String> radius = Member.required(new Name("radius", -1), Scalars.TEXT, Circle::radius);
    private final Member<Square, String> side = Member.required(new Name("side", -1), Scalars.TEXT, Square::side);
    private final ObjectCodec<Circle> circle = ObjectCodec.of("shape.circle", values -> new Circle(values.get(radius)),
            radius);
    /** A square of side "0" is no square: a violation the model finds at its type. */
    private final ObjectCodec<Square> square = ObjectCodec.of("shape.square", values -> {
        if (values.get(side).equals("0")) {
            throw new ValidationException(List.of(Violation.of(NO_SIDE, "type", "a square of side 0 is no square")));
        }
        return new Square(values.get(side));
    }, side);

    private final UnionCodec<Shape> shape = UnionCodec.byClass("shape", List.of(
            UnionCodec.variant("circle", Circle.class, circle),
            UnionCodec.<Shape, Square>variant("square", Square.class, square).since(2)),
            type -> "'" + type + "' is not a shape");

    /** Colours, whose blue version 2 adds. */
    enum Colour { RED, GREEN, BLUE }

    private final ConstantTable<Colour> colours = ConstantTable.of(Colour.class).name(Colour.RED, "red")
            .name(Colour.GREEN, "green").name(Colour.BLUE, "blue", 2).build();

    private static Object read(ValueCodec<?> codec, String text, int version) throws IOException {
        Reader in = new Reader(new TextSource(text));
        in.version(version);
        in.next();
        Object value = codec.read(in);
        in.throwViolations();
        return value;
    }

    private static Rejection rejection(ValueCodec<?> codec, String text, int version) {
        Rejection rejection = catchThrowableOfType(Rejection.class, () -> read(codec, text, version));
        assertThat(rejection).as(text).isNotNull();
        return rejection;
    }

    private static <T> String write(ValueCodec<T> codec, T value, int version, List<String> observed) throws IOException {
        TextSink sink = new TextSink();
        codec.write(new Writer(sink, version, (object, member, pointer) -> observed.add(object + "." + member)), value);
        return sink.toString();
    }

    @Test
    void theTypeNamesTheVariantWhoseMembersFollow() throws IOException {
        assertThat(read(shape, "{\"type\":\"circle\",\"radius\":\"1\"}", 1)).isEqualTo(new Circle("1"));
        assertThat(read(shape, "{\"type\":\"square\",\"side\":\"2\"}", 2)).isEqualTo(new Square("2"));
        assertThat(shape.description()).isEqualTo("circle, square");
        assertThat(shape.object()).isEqualTo("shape");
        assertThat(shape.variants()).extracting(UnionCodec.Variant::wireName).containsExactly("circle", "square");
    }

    @Test
    void aTypeNoVariantHasOrNotOfTheVersionIsUnknown() {
        Rejection none = rejection(shape, "{\"type\":\"hexagon\"}", 2);
        assertThat(none.code()).isEqualTo(RejectionCode.UNKNOWN_TYPE);
        assertThat(none.detail()).isEqualTo("'hexagon' is not a shape");
        assertThat(none.pointer()).isEqualTo("/type");
        Rejection later = rejection(shape, "{\"type\":\"square\",\"side\":\"2\"}", 1);
        assertThat(later.code()).isEqualTo(RejectionCode.UNKNOWN_TYPE);
        assertThat(later.detail()).isEqualTo("'square' is not a shape in format version 1; it exists from version 2");
        Rejection first = rejection(shape, "{\"radius\":\"1\",\"type\":\"circle\"}", 1);
        assertThat(first.code()).isEqualTo(RejectionCode.MISSING_TYPE);
        assertThat(first.detail()).isEqualTo("this object starts with its type, found 'radius'");
        Rejection twice = rejection(shape, "{\"type\":\"circle\",\"type\":\"circle\"}", 1);
        assertThat(twice.code()).isEqualTo(RejectionCode.DUPLICATE_FIELD);
    }

    @Test
    void aViolationAtTheTypeIsLocatedAtItsValue() throws IOException {
        String text = "{\n  \"type\": \"square\",\n  \"side\": \"0\"\n}";
        LocatedViolation violation = PositionsTest.violation(shape, text);
        Location expected = TextLocations.of(text, "\"square\"");
        assertThat(violation.pointer()).isEqualTo("/type");
        assertThat(List.of(violation.line(), violation.column())).containsExactly(expected.line(), expected.column());
    }

    @Test
    void aValueIsWrittenAsTheVariantOfItsClassWithItsTypeFirst() throws IOException {
        List<String> observed = new ArrayList<>();
        assertThat(write(shape, new Square("3"), 2, observed)).isEqualTo("{\"type\":\"square\",\"side\":\"3\"}");
        assertThat(write(shape, new Circle("4"), 1, observed)).isEqualTo("{\"type\":\"circle\",\"radius\":\"4\"}");
        assertThat(observed).containsExactly("shape.type", "shape.square.side", "shape.type", "shape.circle.radius");
        assertThatThrownBy(() -> write(shape, new Square("3"), 1, observed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a shape of type square cannot be written in format version 1; it exists from version 2");
        assertThatThrownBy(() -> write(shape, new Triangle(), 2, observed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no type of the format for " + Triangle.class.getName());
    }

    @Test
    void theVariantsOfOneTypeAreTheOnlyOnesReadAndWritten() throws IOException {
        UnionCodec<Circle> circles = shape.only(Circle.class);
        assertThat(circles.description()).isEqualTo("circle");
        assertThat(circles.object()).isEqualTo("shape");
        assertThat(read(circles, "{\"type\":\"circle\",\"radius\":\"5\"}", 2)).isEqualTo(new Circle("5"));
        Rejection other = rejection(circles, "{\"type\":\"square\",\"side\":\"2\"}", 2);
        assertThat(other.code()).isEqualTo(RejectionCode.UNKNOWN_TYPE);
        assertThat(other.detail()).isEqualTo("'square' is not one of circle, the types read here");
        assertThat(write(circles, new Circle("6"), 2, new ArrayList<>())).isEqualTo("{\"type\":\"circle\",\"radius\":\"6\"}");
    }

    @Test
    void aUnionWhoseVariantIsChosenByASelectorWritesThatVariant() throws IOException {
        UnionCodec<Shape> selected = UnionCodec.of("selected", List.of(
                UnionCodec.variant("round", Circle.class, circle), UnionCodec.variant("box", Square.class, square)),
                shape -> shape instanceof Circle ? "round" : "box", type -> "'" + type + "' is not selected");
        assertThat(write(selected, new Square("7"), 1, new ArrayList<>())).isEqualTo("{\"type\":\"box\",\"side\":\"7\"}");
        assertThat(read(selected, "{\"type\":\"round\",\"radius\":\"8\"}", 1)).isEqualTo(new Circle("8"));
        assertThatThrownBy(() -> UnionCodec.of("twice", List.of(UnionCodec.variant("round", Circle.class, circle),
                UnionCodec.<Shape, Square>variant("round", Square.class, square)), shape -> "round", type -> type))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("type round is declared twice");
    }

    @Test
    void aConstantIsReadAndWrittenByItsNameInTheVersionsThatHaveIt() throws IOException {
        assertThat(colours.names()).containsExactly("red", "green", "blue");
        assertThat(colours.names(1)).containsExactly("red", "green");
        assertThat(colours.description()).isEqualTo("red, green, blue");
        assertThat(read(colours, "\"blue\"", 2)).isEqualTo(Colour.BLUE);
        Rejection later = rejection(colours, "\"blue\"", 1);
        assertThat(later.code()).isEqualTo(RejectionCode.UNKNOWN_CONSTANT);
        assertThat(later.detail()).isEqualTo("'blue' is not one of red, green in format version 1; it exists from"
                + " version 2");
        assertThat(rejection(colours, "\"pink\"", 2).detail()).isEqualTo("'pink' is not one of red, green, blue");
        assertThat(write(colours, Colour.GREEN, 1, new ArrayList<>())).isEqualTo("\"green\"");
        assertThatThrownBy(() -> write(colours, Colour.BLUE, 1, new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Colour.BLUE cannot be written in format version 1; it exists from version 2");
    }

    @Test
    void aTableNamesEachConstantOnceWithANameOfItsOwn() {
        assertThatThrownBy(() -> ConstantTable.of(Colour.class).name(Colour.RED, "red").name(Colour.RED, "rouge"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Colour.RED is named twice");
        assertThatThrownBy(() -> ConstantTable.of(Colour.class).name(Colour.RED, "red").name(Colour.GREEN, "red")
                .name(Colour.BLUE, "blue").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Colour: the name red is given twice");
        assertThatThrownBy(() -> ConstantTable.of(Colour.class).name(Colour.RED, "red").name(Colour.GREEN, "green")
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessage("Colour.BLUE has no wire name");
    }
}
