package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.Change;
import dev.conventio.format.ChangeTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The change kinds of the codec: one per subclass of {@link Change}, each with its own name. */
class ChangeKindsTest {

    @Test
    void everyKindOfChangeOfTheModelHasExactlyOneTypeName() {
        Map<String, Class<? extends Change>> kinds = ChangeTypes.byWireName();
        List<Class<?>> classes = new ArrayList<>(kinds.values());
        assertThat(classes).doesNotHaveDuplicates().containsExactlyInAnyOrder(Change.class.getPermittedSubclasses());
        assertThat(kinds.keySet()).allMatch(name -> name.matches("[a-z]+(-[a-z]+)*"));
        assertThat(kinds.keySet()).hasSize(ChangeKinds.kinds().size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSchemasOfBothVersionsListTheSameTypes() {
        for (int version = 1; version <= 2; version++) {
            Map<String, Object> definitions = (Map<String, Object>) JsonTree.schema(version).get("$defs");
            List<Object> types = new ArrayList<>();
            for (Object variant : (List<Object>) ((Map<String, Object>) definitions.get("change")).get("oneOf")) {
                Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) variant).get("properties");
                types.add(((Map<String, Object>) properties.get("type")).get("const"));
            }
            List<Object> kinds = new ArrayList<>();
            for (UnionCodec.Variant<Change> kind : ChangeKinds.kinds()) {
                if (kind.isIn(version)) {
                    kinds.add(kind.wireName());
                }
            }
            assertThat(types).as("schema " + version).isEqualTo(kinds);
        }
    }

    @Test
    void eachKindIsWrittenAsTheKindItIsReadAs() {
        for (UnionCodec.Variant<Change> kind : ChangeKinds.kinds()) {
            assertThat(kind.codec().object()).isEqualTo("change." + kind.wireName());
            assertThat(kind.codec().members().get(0).name()).isEqualTo(Names.ARTICLE);
        }
        assertThat(Set.copyOf(ChangeTypes.byWireName().values())).hasSize(Change.class.getPermittedSubclasses().length);
    }
}
