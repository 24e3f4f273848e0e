package dev.conventio.opendata.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks CSV text against the official Table Schema of SCDL « subventions », read from the file in
 * the test resources: the header against the fields in order, and every cell against its field's
 * type, pattern, enum, length, bounds and requiredness, then the schema's custom checks. Nothing of
 * the format is written here: a new version of the schema is a new file.
 *
 * <p>It is independent of the module's own reader: it shares no code with it, so that the module's
 * rows are judged by the specification, not by themselves.
 */
public final class SchemaCheck {

    /** The path of the schema in the test resources. */
    public static final String SCHEMA = "/dev/conventio/opendata/scdl-subventions/schema.json";

    private final List<JsonNode> fields = new ArrayList<>();
    private final List<JsonNode> customChecks = new ArrayList<>();
    private final String version;

    private SchemaCheck(JsonNode schema) {
        schema.get("fields").forEach(fields::add);
        schema.path("custom_checks").forEach(customChecks::add);
        version = schema.get("version").asText();
    }

    /** The check of the schema in the test resources. */
    public static SchemaCheck official() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA)) {
            return new SchemaCheck(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's version. */
    public String version() {
        return version;
    }

    /** The field names, in the schema's order. */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        fields.forEach(field -> names.add(field.get("name").asText()));
        return names;
    }

    /** The names of the custom checks the schema declares, each once. */
    public Set<String> customCheckNames() {
        Set<String> names = new HashSet<>();
        customChecks.forEach(check -> names.add(check.get("name").asText()));
        return names;
    }

    /** The problems of a CSV text, as {@code row R field F: constraint (cell)}; empty when it conforms. */
    public List<String> problems(String csv) {
        List<String> problems = new ArrayList<>();
        List<List<String>> records = records(csv);
        if (records.isEmpty() || !records.get(0).equals(fieldNames())) {
            problems.add("header: " + (records.isEmpty() ? "none" : records.get(0)) + " is not " + fieldNames());
            return problems;
        }
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.size() != fields.size()) {
                problems.add("row " + r + ": " + cells.size() + " cells");
                continue;
            }
            List<String> found = new ArrayList<>();
            for (int c = 0; c < fields.size(); c++) {
                cell(fields.get(c), cells.get(c)).ifPresent(found::add);
            }
            found.addAll(custom(cells));
            for (String problem : found) {
                problems.add("row " + r + " " + problem);
            }
        }
        return problems;
    }

    private static List<List<String>> records(String csv) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> records = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            while (it.hasNext()) {
                records.add(it.next());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    private java.util.Optional<String> cell(JsonNode field, String cell) {
        String name = field.get("name").asText();
        JsonNode constraints = field.path("constraints");
        if (cell.isEmpty()) {
            return constraints.path("required").asBoolean(false)
                    ? java.util.Optional.of("field " + name + ": required") : java.util.Optional.empty();
        }
        String type = field.get("type").asText();
        if (!hasType(field, type, cell)) {
            return java.util.Optional.of("field " + name + ": type " + type + " (" + cell + ")");
        }
        if (constraints.has("pattern") && !Pattern.compile(constraints.get("pattern").asText()).matcher(cell).find()) {
            return java.util.Optional.of("field " + name + ": pattern (" + cell + ")");
        }
        if (constraints.has("enum") && !contains(constraints.get("enum"), cell)) {
            return java.util.Optional.of("field " + name + ": enum (" + cell + ")");
        }
        if (constraints.has("maxLength") && cell.codePointCount(0, cell.length()) > constraints.get("maxLength").asInt()) {
            return java.util.Optional.of("field " + name + ": maxLength (" + cell + ")");
        }
        if (constraints.has("minimum") && new BigDecimal(cell).compareTo(constraints.get("minimum").decimalValue()) < 0) {
            return java.util.Optional.of("field " + name + ": minimum (" + cell + ")");
        }
        if (constraints.has("maximum") && new BigDecimal(cell).compareTo(constraints.get("maximum").decimalValue()) > 0) {
            return java.util.Optional.of("field " + name + ": maximum (" + cell + ")");
        }
        return java.util.Optional.empty();
    }

    private static boolean hasType(JsonNode field, String type, String cell) {
        switch (type) {
            case "string":
                return true;
            case "date":
                try {
                    LocalDate.parse(cell);
                    return true;
                } catch (DateTimeParseException e) {
                    return false;
                }
            case "number":
                return cell.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
            case "boolean":
                return contains(field.path("trueValues"), cell) || contains(field.path("falseValues"), cell);
            default:
                throw new IllegalStateException("the schema has a type this check does not know: " + type);
        }
    }

    private static boolean contains(JsonNode values, String cell) {
        for (JsonNode value : values) {
            if (value.asText().equals(cell)) {
                return true;
            }
        }
        return false;
    }

    private List<String> custom(List<String> cells) {
        List<String> problems = new ArrayList<>();
        for (JsonNode check : customChecks) {
            String name = check.get("name").asText();
            JsonNode params = check.get("params");
            switch (name) {
                case "french-siret-value": {
                    String cell = cells.get(fieldNames().indexOf(params.get("column").asText()));
                    if (!cell.isEmpty() && !isSiret(cell)) {
                        problems.add("field " + params.get("column").asText() + ": french-siret-value (" + cell + ")");
                    }
                    break;
                }
                case "one-of-required": {
                    String first = cells.get(fieldNames().indexOf(params.get("column1").asText()));
                    String second = cells.get(fieldNames().indexOf(params.get("column2").asText()));
                    if (first.isEmpty() && second.isEmpty()) {
                        problems.add("fields " + params.get("column1").asText() + ", " + params.get("column2").asText()
                                + ": one-of-required");
                    }
                    break;
                }
                default:
                    throw new IllegalStateException("the schema has a custom check this check does not know: " + name);
            }
        }
        return problems;
    }

    /** Fourteen digits passing Luhn, or, for La Poste (SIREN 356000000), a digit sum multiple of 5. */
    static boolean isSiret(String cell) {
        if (!cell.matches("[0-9]{14}")) {
            return false;
        }
        int luhn = 0;
        int digits = 0;
        for (int i = 0; i < 14; i++) {
            int digit = cell.charAt(13 - i) - '0';
            digits += digit;
            int weighted = i % 2 == 1 ? digit * 2 : digit;
            luhn += weighted > 9 ? weighted - 9 : weighted;
        }
        return luhn % 10 == 0 || (cell.startsWith("356000000") && digits % 5 == 0);
    }
}
