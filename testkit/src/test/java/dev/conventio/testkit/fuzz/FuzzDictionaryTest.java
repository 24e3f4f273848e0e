package dev.conventio.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.format.ChangeTypes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FuzzDictionaryTest {

    @Test
    void theBuildWroteTheDictionaryTheSchemasGive() throws IOException {
        try (InputStream in = FuzzDictionary.class.getResourceAsStream("conventio-json.dict")) {
            assertThat(in).as("conventio-json.dict, written by the build before the tests").isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(FuzzDictionary.text());
        }
    }

    @Test
    void theWordsAreTheMembersTypesAndConstantsOfEveryVersion() {
        assertThat(FuzzDictionary.words())
                .contains("formatVersion", "document", "contributions", "amount")     // members
                .containsAll(ChangeTypes.byWireName().keySet())                       // change types
                .contains("validated")                                                // a constant
                .doesNotContain("properties", "$defs", "$ref");                       // the schema's own words
        assertThat(FuzzDictionary.text()).contains("\"\\\"prolong-term\\\"\"\n", "\"{\"\n");
    }
}
