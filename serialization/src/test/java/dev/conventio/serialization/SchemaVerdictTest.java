package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.conventio.amendment.AmendmentCodes;
import dev.conventio.finance.FinanceCodes;
import dev.conventio.format.FormatVersions;
import dev.conventio.format.RejectionCode;
import dev.conventio.term.TermCodes;
import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ViolationCode;
import dev.conventio.work.WorkCodes;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schemas as ajv sees them: each compiles in strict mode, and over targeted
 * mutations of valid documents of every version its verdict is the reader's. The schema never
 * rejects what the reader accepts; it rejects what the reader rejects by a rule it can state; and for
 * the values issue 17 names (currencies outside the reader's list, negative zero, periods that are not
 * canonical or not positive, the number 0, blank texts) the verdicts are equal, wherever they stand.
 */
class SchemaVerdictTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Ajv ajv;

    /** Rules of the format that no JSON Schema states: member order and repeats, scales by currency, surrogates. */
    private static final Set<RejectionCode> UNSTATED = Set.of(RejectionCode.DUPLICATE_FIELD,
            RejectionCode.NOT_ASCENDING, RejectionCode.AMOUNT_SCALE, RejectionCode.INVALID_TEXT);

    /**
     * The values in place of a string or an integer that the schema rejects wherever the reader rejects
     * them for what they are: as the format (any rule the schema can state) or as a value of the model
     * at that very place (a blank text, a number that is not positive, a duration that is not).
     */
    private static final List<String> AGREED_TEXTS = List.of("", " ", "\t\n", "XXX", "FRF", "XAU", "-0", "-0.00",
            "P1Y0M", "P0Y", "P-1Y", "P0D", "P1Y-1M", "2023-02-29", "1900-02-29");

    /** Other values in place of a string, one or two at each place in turn: the schema accepts what the reader does. */
    private static final List<String> OTHER_TEXTS = List.of("\u00a0", "\u00a0x ", "EUR", "JPY", "1.00", "-1.00",
            "P1Y6M", "P10D", "2024-02-29", "2000-02-29", "0000-02-29", "0000-01-01", "9999-12-31", "+10000-01-01",
            "2020", "2020-2022", "grant", "a-b");

    /** The model's codes of a value at its own place that the schema states. */
    private static final Set<ViolationCode> STATED_VALUES = Set.of(CommonCodes.TEXT_BLANK,
            CommonCodes.IDENTIFIER_MALFORMED, TermCodes.DURATION_NOT_POSITIVE, TermCodes.RENEWAL_COUNT_NOT_POSITIVE,
            WorkCodes.PHASE_NUMBER_NOT_POSITIVE, WorkCodes.ORIENTATION_ORDER_NOT_POSITIVE,
            AmendmentCodes.AMENDMENT_NUMBER_NOT_POSITIVE, FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE,
            FinanceCodes.INSTALMENT_AMOUNT_NOT_POSITIVE);

    /** A mutation of a valid document at one place: its text, its version, and whether the value is agreed. */
    private record Mutant(String description, int version, String pointer, String text, boolean agreed) {
    }

    @BeforeAll
    static void installAjv() throws Exception {
        ajv = Ajv.install();
    }

    @Test
    void everySchemaCompilesInAjvsStrictMode() throws Exception {
        List<String> output = ajv.compile();
        System.out.println("ajv strict compile:\n" + String.join("\n", output));
        assertThat(output).hasSize(FormatVersions.LATEST - FormatVersions.OLDEST + 1)
                .allSatisfy(line -> assertThat(line).startsWith("compiled "));
    }

    @Test
    void theSchemaAcceptsTheConsolidatedViewsTheLibraryWrites() throws Exception {
        ConventioJson json = ConventioJson.compact();
        List<String> views = List.of(json.writeConsolidated(ConsolidatedViewTest.view()),
                json.writeConsolidated(ConsolidatedViewTest.viewAfterADecisionLapsed()));
        assertThat(views.get(1)).contains("\"lapsedDecisions\"");
        assertThat(ajv.verdicts(List.of(FormatVersions.LATEST, FormatVersions.LATEST), views)).containsExactly(true, true);
        // A lapsed decision without the amendment that recorded it is not a view the library writes.
        String withoutProvenance = views.get(1).replaceFirst(",\"provenance\":\\{\"instrument\":\"amendment\",\"number\":2,"
                + "\"article\":\"1\"}}]}$", "}]}");
        assertThat(withoutProvenance).isNotEqualTo(views.get(1));
        assertThat(ajv.verdicts(List.of(FormatVersions.LATEST), List.of(withoutProvenance))).containsExactly(false);
    }

    @Test
    void theSchemaGivesTheReadersVerdictOnMutatedDocuments() throws Exception {
        List<Mutant> mutants = new ArrayList<>();
        for (int version = FormatVersions.OLDEST; version <= FormatVersions.LATEST; version++) {
            ConventioJson json = ConventioJson.compact().writing(version);
            for (String valid : List.of(json.write(JsonDocument.HISTORY, Samples.history()),
                    json.write(JsonDocument.CONVENTION, ConventioJson.compact().read(JsonDocument.CONVENTION,
                            RejectionTest.WITH_TERM)),
                    json.write(JsonDocument.AMENDMENT, Samples.amendment()))) {
                mutate(version, valid, mutants::add);
            }
        }
        List<Boolean> schema = ajv.verdicts(mutants.stream().map(Mutant::version).toList(),
                mutants.stream().map(Mutant::text).toList());
        List<String> disagreements = new ArrayList<>();
        int rejected = 0;
        for (int i = 0; i < mutants.size(); i++) {
            Mutant mutant = mutants.get(i);
            ConventioJsonException rejection = readersRejection(mutant.text());
            boolean reader = rejection == null;
            RejectionCode code = reader ? null : rejection.code();
            if (!reader) {
                rejected++;
            }
            boolean mustReject = !reader && (code == RejectionCode.DOMAIN_VIOLATION
                    ? mutant.agreed() && rejection.violations().stream().anyMatch(violation ->
                            violation.pointer().equals(mutant.pointer()) && STATED_VALUES.contains(violation.code()))
                    : !UNSTATED.contains(code));
            if (reader && !schema.get(i)) {
                disagreements.add("the schema rejects what the reader accepts: " + mutant.description());
            } else if (mustReject && schema.get(i)) {
                disagreements.add("the schema accepts what the reader rejects (" + code.code() + "): " + mutant.description());
            }
        }
        Files.write(ajv.folder().resolve("disagreements.txt"), disagreements);
        assertThat(disagreements).as("over %d mutants, %d rejected by the reader", mutants.size(), rejected).isEmpty();
        assertThat(rejected).as("the mutations are not vacuous").isGreaterThan(mutants.size() / 4);
    }

    /** The reader's rejection of a text, read as the kind of document its members tell, or null if it accepts it. */
    private static ConventioJsonException readersRejection(String text) {
        JsonDocument<?> kind = text.contains("\"base\":") ? JsonDocument.HISTORY
                : text.contains("\"changes\":") || text.contains("\"type\":\"unrecorded-amendment\"")
                        ? JsonDocument.AMENDMENT : JsonDocument.CONVENTION;
        try {
            ConventioJson.compact().read(kind, text);
            return null;
        } catch (ConventioJsonException e) {
            return e;
        }
    }

    /** Each targeted mutation of a valid document: every string, integer and member in turn. */
    private static void mutate(int version, String valid, Consumer<Mutant> mutants) throws Exception {
        JsonNode root = MAPPER.readTree(valid);
        List<String> pointers = new ArrayList<>();
        collect(root, "", pointers);
        int turn = 0;
        for (String pointer : pointers) {
            JsonNode node = root.at(pointer);
            if (node.isTextual()) {
                for (String text : AGREED_TEXTS) {
                    mutants.accept(replaced(version, root, pointer, TextNode.valueOf(text), true));
                }
                for (int i = 0; i < 2; i++) {
                    String text = OTHER_TEXTS.get(turn++ % OTHER_TEXTS.size());
                    mutants.accept(replaced(version, root, pointer, TextNode.valueOf(text), false));
                }
            } else if (node.isInt()) {
                mutants.accept(replaced(version, root, pointer, IntNode.valueOf(0), true));
                mutants.accept(replaced(version, root, pointer, IntNode.valueOf(-1), false));
            }
            if (!pointer.isEmpty()) {
                JsonNode copy = root.deepCopy();
                remove(copy, pointer);
                mutants.accept(new Mutant("v" + version + " without " + pointer, version, pointer, copy.toString(), false));
            }
        }
    }

    private static Mutant replaced(int version, JsonNode root, String pointer, JsonNode value, boolean agreed) {
        JsonNode copy = root.deepCopy();
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        JsonNode container = copy.at(parent);
        if (container instanceof ObjectNode object) {
            object.set(last, value);
        } else {
            ((ArrayNode) container).set(Integer.parseInt(last), value);
        }
        return new Mutant("v" + version + " " + pointer + " = " + value, version, pointer, copy.toString(), agreed);
    }

    private static void remove(JsonNode root, String pointer) {
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        JsonNode container = root.at(parent);
        if (container instanceof ObjectNode object) {
            object.remove(last);
        } else {
            ((ArrayNode) container).remove(Integer.parseInt(last));
        }
    }

    private static void collect(JsonNode node, String pointer, List<String> pointers) {
        pointers.add(pointer);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                collect(member.getValue(), pointer + "/" + member.getKey().replace("~", "~0").replace("/", "~1"), pointers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }
}
