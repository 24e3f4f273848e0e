package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.format.DocumentKind;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code docs/format-2.md} lists every member of version 1 with its version-2 reading and its owner:
 * the table and the codec list the same rows, and each row has its test, made from the table, that
 * reads the member from a version-1 fixture and at the same place from its version-2 form (a member
 * of a consolidated view: writes it at the same place in both versions).
 */
class FormatTwoTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `([^`]+)` \\| ([^|]+) \\| #(\\d+) \\|$");
    private static final List<Integer> OWNERS = List.of(10, 11, 12, 13, 14);

    /** The rows of the table, in its order. */
    static List<FormatRows.Row> tableRows() {
        return new ArrayList<>(readings().keySet());
    }

    /** The rows of the table with their version-2 reading ("same", "new: …", "replaced …"). */
    static Map<FormatRows.Row, String> readings() {
        try {
            Map<FormatRows.Row, String> rows = new java.util.LinkedHashMap<>();
            for (String line : Files.readAllLines(Path.of("..", "docs", "format-2.md"))) {
                Matcher row = ROW.matcher(line);
                if (row.matches()) {
                    assertThat(OWNERS).as(line).contains(Integer.parseInt(row.group(4)));
                    assertThat(rows.put(new FormatRows.Row(row.group(1), row.group(2)), row.group(3).trim()))
                            .as("row listed twice: " + line).isNull();
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theTableListsEveryMemberTheCodecDeclaresAndOnlyThem() {
        List<FormatRows.Row> rows = tableRows();
        assertThat(rows).doesNotHaveDuplicates();
        assertThat(new LinkedHashSet<>(rows)).as("rows of docs/format-2.md against the codec's declarations")
                .containsExactlyInAnyOrderElementsOf(FormatRows.all());
    }

    /** Where each member was met, by version, over every fixture (or view written from one). */
    private static final class Seen {
        final Map<FormatRows.Row, Map<String, Set<String>>> v1 = new HashMap<>();
        final Map<FormatRows.Row, Map<String, Set<String>>> v2 = new HashMap<>();

        Reader.MemberObserver observer(Map<FormatRows.Row, Map<String, Set<String>>> seen, String source) {
            return (object, member, pointer) -> seen.computeIfAbsent(new FormatRows.Row(object, member),
                    row -> new HashMap<>()).computeIfAbsent(source, name -> new LinkedHashSet<>()).add(pointer);
        }
    }

    private static Seen read() throws IOException {
        Seen seen = new Seen();
        for (Fixtures.Fixture fixture : Fixtures.all()) {
            Object v1 = Fixtures.read(fixture.codec(), fixture.text(), seen.observer(seen.v1, fixture.name()));
            Object v2 = Fixtures.read(fixture.codec(), fixture.asVersion2(), seen.observer(seen.v2, fixture.name()));
            assertThat(v2).as(fixture.name()).isEqualTo(v1);
        }
        return seen;
    }

    /** Where each member was met in the version-2 fixtures, which hold the members version 2 adds. */
    private static Map<FormatRows.Row, Map<String, Set<String>>> readVersion2() throws IOException {
        Seen seen = new Seen();
        for (Fixtures.Fixture fixture : Fixtures.all(2)) {
            Object value = Fixtures.read(fixture.codec(), fixture.text(), seen.observer(seen.v2, fixture.name()));
            if (value instanceof History) {
                // The members of consolidated views that version 2 adds, written from its histories.
                for (int year = 2017; year <= 2024; year++) {
                    LocalDate date = LocalDate.of(year, 6, 30);
                    DocumentCodec.CONSOLIDATED.write(((History) value).asOf(date), new TextSink(), 2,
                            seen.observer(seen.v2, fixture.name() + " as of " + date));
                }
            }
        }
        return seen.v2;
    }

    private static Seen written() throws IOException {
        Seen seen = new Seen();
        for (Fixtures.Fixture fixture : Fixtures.all()) {
            if (fixture.kind() != DocumentKind.HISTORY) {
                continue;
            }
            History history = (History) Fixtures.read(DocumentCodec.HISTORY, fixture.text(), null);
            for (int year = 2017; year <= 2024; year++) {
                for (LocalDate date : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))) {
                    String source = fixture.name() + " as of " + date;
                    ConsolidatedConvention view = history.asOf(date);
                    if (!view.lapsedDecisions().isEmpty()) {
                        continue;   // version 1 cannot hold a decision outside the convention's (a version-2 member)
                    }
                    DocumentCodec.CONSOLIDATED.write(view, new TextSink(), 1, seen.observer(seen.v1, source));
                    DocumentCodec.CONSOLIDATED.write(view, new TextSink(), 2, seen.observer(seen.v2, source));
                }
            }
        }
        return seen;
    }

    @TestFactory
    Stream<DynamicTest> eachRowIsReadFromAVersion1FixtureAndTheSameInVersion2() throws IOException {
        Seen read = read();
        Seen written = written();
        Map<FormatRows.Row, Map<String, Set<String>>> version2 = readVersion2();
        Set<FormatRows.Row> readable = FormatRows.read();
        Map<FormatRows.Row, String> readings = readings();
        return tableRows().stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> {
            Seen seen = readable.contains(row) ? read : written;
            String reading = readings.get(row);
            if (reading.startsWith("new") && !row.equals(new FormatRows.Row(DocumentCodec.DOCUMENT, Names.DOCUMENT.text()))) {
                // A member version 2 adds: in no version-1 document, and read from a version-2 fixture.
                assertThat(seen.v1).as(row + " is new in version 2").doesNotContainKey(row);
                assertThat(version2.getOrDefault(row, Map.of())).as(row + " is read from a version-2 fixture; add one"
                        + " that has it").isNotEmpty();
                return;
            }
            if (reading.startsWith("replaced")) {
                // A version-1 member that version 2 replaces: read from version 1, absent from version 2.
                assertThat(seen.v1.getOrDefault(row, Map.of())).as(row + " is met in a version-1 fixture").isNotEmpty();
                assertThat(seen.v2).as(row + " is not in version 2").doesNotContainKey(row);
                assertThat(version2).as(row + " is not in version 2").doesNotContainKey(row);
                return;
            }
            Map<String, Set<String>> v2 = seen.v2.getOrDefault(row, Map.of());
            if (row.equals(new FormatRows.Row(DocumentCodec.DOCUMENT, Names.DOCUMENT.text()))) {
                // The one new member: in every version-2 document, at /document, and in no version-1 one.
                assertThat(seen.v1).doesNotContainKey(row);
                assertThat(v2).isNotEmpty().allSatisfy((source, pointers) -> assertThat(pointers).containsExactly("/document"));
                return;
            }
            Map<String, Set<String>> v1 = seen.v1.getOrDefault(row, Map.of());
            assertThat(v1).as(row + " is met in a version-1 fixture; add one that has it").isNotEmpty();
            assertThat(v2).as(row + " in version 2, source by source and place by place").isEqualTo(v1);
        }));
    }
}
