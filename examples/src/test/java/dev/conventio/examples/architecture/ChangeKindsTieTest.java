package dev.conventio.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conventio.change.Change;
import dev.conventio.examples.Docs;
import dev.conventio.format.ChangeTypes;
import dev.conventio.format.FormatVersions;
import dev.conventio.testkit.AmendmentGen;
import dev.conventio.testkit.MoneyGen;
import dev.conventio.testkit.stats.Classifiers;
import dev.conventio.testkit.stats.Coverage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Ties every place a kind of change must be declared: the model's sealed {@link Change}, the
 * format's codec, the testkit's generators, the JSON schemas, the fuzz dictionary and the docs. A
 * kind missing from any of them fails here, with a message naming where; {@code CONTRIBUTING.md}
 * lists the files to touch.
 */
class ChangeKindsTieTest {

    private static final Set<Class<?>> MODEL = Set.of(Change.class.getPermittedSubclasses());

    private static Set<String> names(Set<Class<?>> classes) {
        return classes.stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theCodecNamesEveryKindOfTheModelOnce() {
        assertThat(names(Set.copyOf(ChangeTypes.byWireName().values())))
                .as("kinds of change the format's codec (format/.../codec/ChangeKinds.java) declares")
                .isEqualTo(names(MODEL));
        assertThat(ChangeTypes.byWireName().values()).as("a kind declared twice in ChangeKinds").doesNotHaveDuplicates();
    }

    @Test
    void theTestkitGeneratesEveryKind() {
        assertThat(names(Set.copyOf(AmendmentGen.changeKinds())))
                .as("kinds of change the testkit generates (testkit/.../ChangeKind.java)").isEqualTo(names(MODEL));
    }

    @Test
    void theTestkitProducesEveryKindWithinTwoHundredHistories() {
        // Histories of programmes that record their text are written in format version 2, which has
        // every kind.
        Coverage.requireEvery(AmendmentGen.changeKinds()).atLeastOnce().within(200)
                .of(MoneyGen.historiesWithMoney(), Classifiers.changeKinds());
    }

    @Test
    void everySchemaDeclaresEveryWireName() throws IOException {
        for (int version = FormatVersions.OLDEST; version <= FormatVersions.LATEST; version++) {
            Set<String> declared = new TreeSet<>();
            try (InputStream in = FormatVersions.schema(version).openStream()) {
                collectTypes(new ObjectMapper().readTree(in).path("$defs").path("change"), declared);
            }
            assertThat(declared).as("change types of conventio-format-" + version + ".schema.json")
                    .containsAll(ChangeTypes.byWireName(version).keySet());
        }
    }

    private static void collectTypes(JsonNode node, Set<String> types) {
        if (node.isObject()) {
            JsonNode type = node.path("properties").path("type").path("const");
            if (type.isTextual()) {
                types.add(type.asText());
            }
            node.forEach(child -> collectTypes(child, types));
        } else if (node.isArray()) {
            node.forEach(child -> collectTypes(child, types));
        }
    }

    @Test
    void theFuzzDictionaryHoldsEveryWireName() throws IOException {
        // Written by the testkit's build from the schemas (FuzzDictionary), before its tests run.
        Path file = Path.of("..", "testkit", "target", "test-classes", "dev", "conventio", "testkit", "fuzz",
                "conventio-json.dict");
        assertThat(file).as("the fuzz dictionary the testkit's build writes (build the testkit first)").exists();
        String dictionary = Files.readString(file, StandardCharsets.UTF_8);
        for (String name : ChangeTypes.byWireName().keySet()) {
            assertThat(dictionary).as("testkit/target/test-classes/.../fuzz/conventio-json.dict lists " + name)
                    .contains("\"\\\"" + name + "\\\"\"");
        }
    }

    @Test
    void theDocsDescribeEveryWireName() throws IOException {
        String format = Docs.page("format.md");
        String format2 = Docs.page("format-2.md");
        // Version 1's kinds are listed in format.md; every kind has its rows in format-2.md's table.
        for (String name : ChangeTypes.byWireName(FormatVersions.OLDEST).keySet()) {
            assertThat(format).as("docs/format.md names " + name).contains("`" + name + "`");
        }
        for (String name : ChangeTypes.byWireName().keySet()) {
            assertThat(format2).as("docs/format-2.md has the rows of " + name).contains("`change." + name + "`");
        }
    }
}
