package dev.conventio.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.format.DocumentKind;
import dev.conventio.format.LocatedViolation;
import dev.conventio.format.RejectionCode;
import dev.conventio.history.History;
import dev.conventio.jackson3.ConventioJackson3Exception;
import dev.conventio.jackson3.ConventioJackson3Module;
import dev.conventio.serialization.Corpora;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.ConventioJsonException;
import dev.conventio.serialization.ConventioModule;
import dev.conventio.serialization.JsonDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One corpus, three readers: every document — the JSONTestSuite files, the format's version-1
 * fixtures, every case of the serialization tests' corpora ({@code RejectionTest},
 * {@code DomainViolationCorpusTest}) — read through the facade ({@link ConventioJson}), the Jackson 2
 * module in a Jackson 2 mapper and the Jackson 3 module in a Jackson 3 mapper, each mapper with the
 * facade's limits, as docs/jackson3.md tells an application to set them. The three give the same
 * value or the same rejection — code, pointer, line, column and every violation — and the values
 * read are written to the same bytes by all three.
 *
 * <p>One difference is by design, and asserted as such: what comes before the document's first
 * token is the mapper's to judge (no content, a first token that is not JSON, an encoding the
 * facade refuses as not UTF-8, a document over the length limit, which Jackson checks on opening
 * a parser on bytes). There the modules are not called, or are handed text the mapper decoded;
 * both modules then still agree with each other.
 */
class ThreeReadersTest {

    private static final Path JSON_TEST_SUITE = Path.of("..", "serialization", "src", "test", "resources",
            "JSONTestSuite", "test_parsing");
    private static final Path FIXTURES = Path.of("..", "format", "src", "test", "resources", "dev", "conventio",
            "format", "fixtures", "v1");

    private static final ConventioJson FACADE = ConventioJson.compact();

    /**
     * The malformed documents whose first error Jackson 2's and Jackson 3's own tokenizers find at
     * another character: numbers that go on after a second point or an {@code x}, a form feed (not
     * JSON whitespace), and a UTF-32 document holding a NUL. Both say {@code json.malformed}; the
     * pointer or column is each parser's.
     */
    private static final java.util.Set<String> PARSERS_DIFFER = java.util.Set.of(
            "JSONTestSuite: n_number_-1.0..json", "JSONTestSuite: n_number_0.1.2.json",
            "JSONTestSuite: n_number_hex_1_digit.json", "JSONTestSuite: n_number_hex_2_digits.json",
            "JSONTestSuite: n_structure_whitespace_formfeed.json", "RejectionTest: UCS-4 0000007b");

    private static final com.fasterxml.jackson.databind.json.JsonMapper JACKSON_2 =
            com.fasterxml.jackson.databind.json.JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(ConventioJson.readConstraints()).build())
                    .addModule(new ConventioModule())
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();

    private static final tools.jackson.databind.json.JsonMapper JACKSON_3 =
            tools.jackson.databind.json.JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                    .streamReadConstraints(ConventioJackson3Module.readConstraints()).build())
                    .addModule(new ConventioJackson3Module())
                    .build();

    /** What a reader made of a document: a value, a rejection of the library, or the mapper's own refusal. */
    record Outcome(Object value, String rejection, Class<?> mappersOwn) {

        static Outcome of(Object value) {
            return new Outcome(value, null, null);
        }

        static Outcome rejected(RejectionCode code, String pointer, int line, int column,
                List<LocatedViolation> violations) {
            String described = code.code() + " at '" + pointer + "' " + line + ":" + column + violations.stream()
                    .map(v -> v.code().id() + " at '" + v.pointer() + "' " + v.line() + ":" + v.column())
                    .collect(Collectors.joining("; ", " [", "]"));
            return new Outcome(null, described, null);
        }

        boolean isValue() {
            return rejection == null && mappersOwn == null;
        }

        boolean isMappersOwn() {
            return mappersOwn != null;
        }

        /** The same outcome, whichever mapper refused it. */
        boolean sameAs(Outcome other) {
            return java.util.Objects.equals(value, other.value) && java.util.Objects.equals(rejection, other.rejection)
                    && isMappersOwn() == other.isMappersOwn();
        }
    }

    /** A document of the corpus. */
    record Document(String name, DocumentKind kind, byte[] bytes) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Document> corpus() throws IOException {
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(JSON_TEST_SUITE)) {
            for (Path file : files.sorted().collect(Collectors.toList())) {
                documents.add(new Document("JSONTestSuite: " + file.getFileName(), DocumentKind.CONVENTION,
                        Files.readAllBytes(file)));
            }
        }
        for (String line : Files.readAllLines(FIXTURES.resolve("MANIFEST"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.split(" ");
                documents.add(new Document("fixture v1: " + fields[2], DocumentKind.ofWireName(fields[1]).orElseThrow(),
                        Files.readAllBytes(FIXTURES.resolve(fields[2]))));
            }
        }
        for (Corpora.Case document : Corpora.cases()) {
            documents.add(new Document(document.name(), document.kind(), document.bytes()));
        }
        return documents;
    }

    private static JsonDocument<?> document(DocumentKind kind) {
        switch (kind) {
            case CONVENTION:
                return JsonDocument.CONVENTION;
            case AMENDMENT:
                return JsonDocument.AMENDMENT;
            case HISTORY:
                return JsonDocument.HISTORY;
            default:
                throw new IllegalArgumentException(kind + " documents are not read");
        }
    }

    private static Class<?> type(DocumentKind kind) {
        return kind == DocumentKind.CONVENTION ? Convention.class
                : kind == DocumentKind.AMENDMENT ? AmendmentRecord.class : History.class;
    }

    static Outcome facade(Document document) {
        try {
            return Outcome.of(FACADE.read(document(document.kind()), document.bytes()));
        } catch (ConventioJsonException e) {
            return Outcome.rejected(e.code(), e.pointer(), e.line(), e.column(), e.violations());
        }
    }

    static Outcome jackson2(Document document) {
        try {
            return Outcome.of(JACKSON_2.readValue(document.bytes(), type(document.kind())));
        } catch (ConventioJsonException e) {
            return Outcome.rejected(e.code(), e.pointer(), e.line(), e.column(), e.violations());
        } catch (IOException e) {
            return new Outcome(null, null, e.getClass());
        }
    }

    static Outcome jackson3(Document document) {
        try {
            return Outcome.of(JACKSON_3.readValue(document.bytes(), type(document.kind())));
        } catch (ConventioJackson3Exception e) {
            return Outcome.rejected(e.code(), e.pointer(), e.line(), e.column(), e.violations());
        } catch (tools.jackson.core.JacksonException e) {
            return new Outcome(null, null, e.getClass());
        }
    }

    /** Whether the facade refused the document before or at its first token, where a mapper judges alone. */
    private static boolean isTheInputsOwn(Document document, Outcome facade) {
        if (facade.isValue()) {
            return false;
        }
        try {
            FACADE.read(document(document.kind()), document.bytes());
            return false;
        } catch (ConventioJsonException e) {
            boolean atTheStart = e.code().kind() == RejectionCode.Kind.JSON && e.pointer().isEmpty();
            return atTheStart || e.getMessage().contains("UTF-8 (RFC 8259)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theFacadeAndBothModulesReadTheDocumentAlike(Document document) {
        Outcome facade = facade(document);
        Outcome jackson2 = jackson2(document);
        Outcome jackson3 = jackson3(document);

        if (PARSERS_DIFFER.contains(document.name())) {
            // Jackson 2's and Jackson 3's tokenizers stop at another character of these: same code, other place.
            assertThat(jackson3.sameAs(jackson2)).as("%s is no longer read differently: take it off the list",
                    document).isFalse();
            assertThat(jackson3.rejection()).startsWith(RejectionCode.MALFORMED_JSON.code() + " at ");
            assertThat(jackson2.rejection()).startsWith(RejectionCode.MALFORMED_JSON.code() + " at ");
            assertThat(jackson2.sameAs(facade) || isTheInputsOwn(document, facade)).as("facade %s, Jackson 2 %s",
                    facade, jackson2).isTrue();
            return;
        }
        assertThat(jackson3.sameAs(jackson2)).as("Jackson 3 %s, Jackson 2 %s", jackson3, jackson2).isTrue();
        if (jackson2.isMappersOwn() || !jackson2.sameAs(facade)) {
            assertThat(isTheInputsOwn(document, facade)).as("facade %s, modules %s", facade, jackson2).isTrue();
            return;
        }
        assertThat(jackson2.sameAs(facade)).as("facade %s, modules %s", facade, jackson2).isTrue();
        if (facade.isValue()) {
            theValueIsWrittenAlike(document.kind(), facade.value());
        }
    }

    private static void theValueIsWrittenAlike(DocumentKind kind, Object value) {
        byte[] bytes = writeBytes(document(kind), value);
        try {
            assertThat(JACKSON_2.writeValueAsBytes(value)).isEqualTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(JACKSON_3.writeValueAsBytes(value)).isEqualTo(bytes);
        assertThat(JACKSON_3.writer().with(ConventioJackson3Module.prettyPrinter()).writeValueAsString(value) + "\n")
                .isEqualTo(write(document(kind), value));
        if (value instanceof History) {
            History history = (History) value;
            for (LocalDate date : List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 6, 30), LocalDate.of(2030, 1, 1))) {
                String view = FACADE.writeConsolidated(history.asOf(date));
                try {
                    assertThat(JACKSON_2.writeValueAsString(history.asOf(date))).isEqualTo(view);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                assertThat(JACKSON_3.writeValueAsString(history.asOf(date))).isEqualTo(view);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> byte[] writeBytes(JsonDocument<T> document, Object value) {
        return FACADE.writeBytes(document, (T) value);
    }

    @SuppressWarnings("unchecked")
    private static <T> String write(JsonDocument<T> document, Object value) {
        return ConventioJson.pretty().write(document, (T) value);
    }

    @Test
    void theCorpusHoldsEveryFileAndEveryCase() throws IOException {
        List<Document> corpus = corpus();
        Map<String, Integer> counts = new TreeMap<>();
        for (Document document : corpus) {
            Outcome facade = facade(document);
            Outcome modules = jackson3(document);
            String category = facade.isValue() ? "read alike" : modules.sameAs(facade) ? "rejected alike"
                    : PARSERS_DIFFER.contains(document.name()) ? "malformed, the parsers stop elsewhere"
                    : "the input's own (mapper judges)";
            counts.merge(category, 1, Integer::sum);
            if (!category.endsWith("alike")) {
                System.out.println("  " + category + ": " + document + ": facade " + facade.rejection() + ", modules "
                        + (modules.isMappersOwn() ? modules.mappersOwn().getSimpleName() : modules.rejection()));
            }
        }
        System.out.println("ThreeReadersTest: " + corpus.size() + " documents: " + counts);
        assertThat(corpus.stream().filter(d -> d.name().startsWith("JSONTestSuite"))).hasSize(318);
        assertThat(corpus.stream().filter(d -> d.name().startsWith("fixture v1"))).hasSize(9);
        assertThat(counts.get("rejected alike")).isGreaterThan(300);
        assertThat(counts.get("read alike")).isGreaterThanOrEqualTo(9 + 10);
        assertThat(counts.getOrDefault("the input's own (mapper judges)", 0)).isLessThan(30);
        assertThat(counts.get("malformed, the parsers stop elsewhere")).isEqualTo(PARSERS_DIFFER.size());
        assertThat(corpus.stream().map(Document::name).distinct()).hasSize(corpus.size());
    }
}
