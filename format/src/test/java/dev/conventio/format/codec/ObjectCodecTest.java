package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.format.RejectionCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An object declared once: each version's members and required ones, name lookup, writing, and a maker's values. */
class ObjectCodecTest {

    /** The value of the declared object. */
    record Thing(String a, Optional<String> b, List<String> c, String d, Optional<String> f) {
    }

    private final Member<Thing, String> a = Member.required(new Name("a", -1), Scalars.TEXT, Thing::a);
    private final Member<Thing, String> b = Member.optional(new Name("b", -1), Scalars.TEXT, Thing::b);
    /** A list version 2 adds: left out when empty. */
    private final Member<Thing, List<String>> c = Member.list(new Name("c", -1), Scalars.TEXTS, Thing::c).since(2);
    /** Version 1's d, required, which version 2 replaces by an optional d. */
    private final Member<Thing, String> oldD = Member.required(new Name("d", -1), Scalars.TEXT, Thing::d).until(1);
    private final Member<Thing, String> newD = Member.optional(new Name("d", -1), Scalars.TEXT,
            (Thing thing) -> Optional.of(thing.d())).since(2);
    /** Version 2's e, whose value version 1 writes as d. */
    private final Member<Thing, String> e = Member.optional(new Name("e", -1), Scalars.TEXT,
            (Thing thing) -> Optional.of(thing.d())).since(2).succeeding();
    /** An optional member version 2 adds, that nothing of version 1 writes. */
    private final Member<Thing, String> f = Member.optional(new Name("f", -1), Scalars.TEXT, Thing::f).since(2);

    private final ObjectCodec<Thing> thing = ObjectCodec.of("thing", values -> new Thing(values.get(a),
            values.optional(b), values.list(c), values.has(oldD) ? values.get(oldD) : values.get(newD),
            values.optional(f)), a, b, c, oldD, newD, e, f);

    private Thing read(String text, int version) throws IOException {
        Reader in = new Reader(new TextSource(text));
        in.version(version);
        in.next();
        return thing.read(in);
    }

    private String write(Thing value, int version, List<String> observed) throws IOException {
        TextSink sink = new TextSink();
        thing.write(new Writer(sink, version, (object, member, pointer) -> observed.add(object + "." + member)), value);
        return sink.toString();
    }

    @Test
    void aMemberNameIsFoundAmongTheMembersOfItsVersion() {
        assertThat(thing.indexOf("a", 1)).isZero();
        assertThat(thing.indexOf(new String("b"), 1)).isEqualTo(1);
        assertThat(thing.indexOf("c", 1)).as("not in version 1").isEqualTo(-1);
        assertThat(thing.indexOf(new String("c"), 2)).isEqualTo(2);
        assertThat(thing.indexOf("f", 2)).isEqualTo(6);
        assertThat(thing.indexOf("z", 2)).isEqualTo(-1);
    }

    @Test
    void aNameTwoVersionsGiveToTwoMembersIsThatOfTheVersionsMember() {
        String identical = newD.name().text();
        assertThat(thing.indexOf(identical, 1)).isEqualTo(3);
        assertThat(thing.indexOf(identical, 2)).isEqualTo(4);
        assertThat(thing.indexOf(new String(identical), 1)).isEqualTo(3);
        assertThat(thing.indexOf(new String(identical), 2)).isEqualTo(4);
        assertThat(thing.indexOf(e.name().text(), 2)).isEqualTo(5);
        assertThat(thing.indexOf(e.name().text(), 1)).isEqualTo(-1);
    }

    @Test
    void eachVersionRequiresItsRequiredMembersOnly() {
        assertThat(thing.required(1)).isEqualTo(1L << 0 | 1L << 3);
        assertThat(thing.required(2)).isEqualTo(1L << 0);
        assertThat(thing.description(1)).isEqualTo("a, b, d");
        assertThat(thing.description(2)).isEqualTo("a, b, c, d, e, f");
        assertThat(thing).hasToString("thing{a, b, c, d, d, e, f}");
        assertThat(thing.object()).isEqualTo("thing");
        assertThat(thing.name(3)).isSameAs(oldD.name());
        assertThat(List.of(a.isOptional(), b.isOptional(), c.isOptional(), oldD.isOptional()))
                .containsExactly(false, true, true, false);
        assertThat(List.of(c.isIn(1), c.isIn(2), oldD.isIn(1), oldD.isIn(2), e.since(), e.succeeds(), f.succeeds()))
                .containsExactly(false, true, true, false, 2, true, false);
    }

    @Test
    void anObjectHasAtMost64Members() {
        List<Member<? super Thing, ?>> members = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            members.add(Member.optional(new Name("m" + i, -1), Scalars.TEXT, (Thing thing) -> Optional.empty()));
        }
        ObjectCodec<Thing> widest = ObjectCodec.of("widest", values -> null, members);
        assertThat(widest.indexOf("m63", 1)).isEqualTo(63);
        assertThat(widest.indexOf("m62", 2)).isEqualTo(62);
        assertThat(widest.required(2)).isZero();
        assertThat(widest.members()).hasSize(64);
        members.add(a);
        assertThatThrownBy(() -> ObjectCodec.of("too-wide", values -> null, members))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("at most 64 members");
    }

    @Test
    void theMembersOfAVersionAreReadAndAMemberOfAnotherIsUnknown() throws IOException {
        assertThat(read("{\"a\":\"A\",\"d\":\"D\"}", 1)).isEqualTo(new Thing("A", Optional.empty(), List.of(), "D",
                Optional.empty()));
        assertThat(read("{\"c\":[\"x\"],\"a\":\"A\",\"f\":\"F\"}", 2)).isEqualTo(new Thing("A", Optional.empty(),
                List.of("x"), null, Optional.of("F")));
        Rejection unknown = catchThrowableOfType(Rejection.class, () -> read("{\"a\":\"A\",\"c\":[]}", 1));
        assertThat(unknown.code()).isEqualTo(RejectionCode.UNKNOWN_FIELD);
        assertThat(unknown.detail()).isEqualTo("unknown member 'c'; expected one of a, b, d");
        assertThat(unknown.pointer()).isEqualTo("/c");
        Rejection missing = catchThrowableOfType(Rejection.class, () -> read("{\"a\":\"A\"}", 1));
        assertThat(missing.code()).isEqualTo(RejectionCode.MISSING_FIELD);
        assertThat(missing.detail()).isEqualTo("required member 'd' is missing");
        Rejection twice = catchThrowableOfType(Rejection.class, () -> read("{\"a\":\"A\",\"d\":\"D\",\"a\":\"A\"}", 1));
        assertThat(twice.code()).isEqualTo(RejectionCode.DUPLICATE_FIELD);
        assertThat(twice.detail()).isEqualTo("member 'a' appears twice");
        Rejection none = catchThrowableOfType(Rejection.class, () -> read("{\"a\":\"A\",\"b\":null}", 2));
        assertThat(none.code()).isEqualTo(RejectionCode.NULL_VALUE);
        assertThat(none.detail()).isEqualTo("'b' must not be null; an absent optional member is left out");
        assertThat(none.pointer()).isEqualTo("/b");
    }

    @Test
    void anUnknownMembersNameIsQuotedWholeUpTo40Characters() {
        String forty = "n".repeat(40);
        Rejection whole = catchThrowableOfType(Rejection.class, () -> read("{\"" + forty + "\":1}", 1));
        assertThat(whole.detail()).isEqualTo("unknown member '" + forty + "'; expected one of a, b, d");
        String longer = "n".repeat(41);
        Rejection cut = catchThrowableOfType(Rejection.class, () -> read("{\"" + longer + "\":1}", 1));
        assertThat(cut.detail()).isEqualTo("unknown member '" + forty + "… (41 characters)'; expected one of a, b, d");
        assertThat(Reader.abbreviate("")).isEmpty();
    }

    @Test
    void anOptionalMemberIsWrittenWhenPresentAndObservedOnlyThen() throws IOException {
        List<String> observed = new ArrayList<>();
        Thing absent = new Thing("A", Optional.empty(), List.of(), "D", Optional.empty());
        assertThat(write(absent, 1, observed)).isEqualTo("{\"a\":\"A\",\"d\":\"D\"}");
        assertThat(observed).containsExactly("thing.a", "thing.d");
        observed.clear();
        Thing present = new Thing("A", Optional.of("B"), List.of("x"), "D", Optional.of("F"));
        assertThat(write(present, 2, observed)).isEqualTo("{\"a\":\"A\",\"b\":\"B\",\"c\":[\"x\"],\"d\":\"D\",\"e\":\"D\","
                + "\"f\":\"F\"}");
        assertThat(observed).containsExactly("thing.a", "thing.b", "thing.c", "thing.d", "thing.e", "thing.f");
    }

    @Test
    void aWriterOfAVersionWithoutAMemberRefusesAValueThatHoldsOne() throws IOException {
        Thing list = new Thing("A", Optional.empty(), List.of("x"), "D", Optional.empty());
        assertThatThrownBy(() -> write(list, 1, new ArrayList<>())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("thing.c is not in format version 1, which cannot hold this value; it exists from version 2");
        Thing optional = new Thing("A", Optional.empty(), List.of(), "D", Optional.of("F"));
        assertThatThrownBy(() -> write(optional, 1, new ArrayList<>())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("thing.f is not in format version 1");
        // e holds a value too, which version 1 writes as d: nothing is dropped.
        assertThat(write(new Thing("A", Optional.empty(), List.of(), "D", Optional.empty()), 1, new ArrayList<>()))
                .contains("\"d\":\"D\"").doesNotContain("\"e\"");
    }

    @Test
    void aMakerGetsEachMemberInAnyOrderAndOnlyItsOwn() {
        Values values = new Values(List.of(a, b, c), new Object[] {"A", null, List.of("x")}, null);
        assertThat((Object) values.get(c)).isEqualTo(List.of("x"));
        assertThat(values.get(a)).isEqualTo("A");
        assertThat(values.optional(b)).isEmpty();
        assertThat(values.has(a)).isTrue();
        assertThat(values.has(b)).isFalse();
        assertThat(values.list(c)).containsExactly("x");
        assertThat(values.get(a)).isEqualTo("A");
        assertThatThrownBy(() -> values.get(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a member of this object: f");
        Values none = new Values(List.of(c), new Object[] {null}, null);
        assertThat(none.list(c)).isEmpty();
    }

    @Test
    void aListMemberOfVersion2IsLeftOutWhenEmpty() throws IOException {
        Member<Thing, List<String>> list = MoneyFormsCodecs.list(new Name("c", -1), Scalars.TEXT, Thing::c);
        assertThat(List.of(list.isIn(1), list.isIn(2), list.isOptional())).containsExactly(false, true, true);
        TextSink sink = new TextSink();
        sink.startObject();
        Writer out = new Writer(sink, 2, null);
        assertThat(list.write(out, new Thing("A", Optional.empty(), List.of(), "D", Optional.empty()))).isFalse();
        assertThat(list.write(out, new Thing("A", Optional.empty(), List.of("y"), "D", Optional.empty()))).isTrue();
        sink.endObject();
        assertThat(sink).hasToString("{\"c\":[\"y\"]}");
        assertThat(list.holds(new Thing("A", Optional.empty(), List.of(), "D", Optional.empty()))).isFalse();
        assertThat(a.holds(new Thing("A", Optional.empty(), List.of(), "D", Optional.empty()))).isFalse();
        assertThat(c.holds(new Thing("A", Optional.empty(), List.of("z"), "D", Optional.empty()))).isTrue();
        Member<Thing, List<String>> required = Member.required(new Name("c", -1), Scalars.TEXTS, Thing::c).since(2);
        assertThat(required.holds(new Thing("A", Optional.empty(), List.of("z"), "D", Optional.empty()))).isTrue();
        assertThat(required.holds(new Thing("A", Optional.empty(), List.of(), "D", Optional.empty()))).isFalse();
    }

    @Test
    void aValueWithATextFormIsReadFromItsTextAndWrittenAsIt() throws IOException {
        ValueCodec<java.time.Year> year = MoneyFormsCodecs.textForm(java.time.Year::parse);
        Reader in = new Reader(new TextSource("\"2024\""));
        in.next();
        assertThat(year.read(in)).isEqualTo(java.time.Year.of(2024));
        TextSink sink = new TextSink();
        year.write(new Writer(sink, 2, null), java.time.Year.of(1999));
        assertThat(sink).hasToString("\"1999\"");
    }
}
