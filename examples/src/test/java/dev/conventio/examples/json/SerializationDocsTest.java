package dev.conventio.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conventio.convention.Convention;
import dev.conventio.examples.Docs;
import dev.conventio.examples.ReferenceConvention;
import dev.conventio.examples.ReferenceHistory;
import dev.conventio.history.History;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.ConventioJsonException;
import dev.conventio.serialization.JsonDocument;
import dev.conventio.format.RejectionCode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the README's JSON section honest: its code table and its snippets. */
class SerializationDocsTest {

    /** The application's own document of the docs' snippet. */
    record Dossier(String id, Convention convention) {
    }

    @Test
    void theDocsListEveryRejectionCodeWithItsKind() throws IOException {
        String docs = Docs.page("codes.md");
        for (RejectionCode code : RejectionCode.values()) {
            assertThat(docs).as(code.name()).containsPattern("\\| `" + code.code().replace(".", "\\.") + "` \\| "
                    + code.kind().name().toLowerCase(java.util.Locale.ROOT) + " \\|");
        }
    }

    @Test
    void theReadingAndWritingSnippetDoesWhatItSays(@TempDir Path directory) throws Exception {
        Convention convention = ReferenceConvention.convention();
        History history = ReferenceHistory.asSigned();
        Path file = directory.resolve("history.json");

        ConventioJson json = ConventioJson.pretty();
        String text = json.write(JsonDocument.CONVENTION, convention);
        Convention same = json.read(JsonDocument.CONVENTION, text);
        json.write(JsonDocument.HISTORY, history, file);
        History read = json.read(JsonDocument.HISTORY, file);
        String view = json.writeConsolidated(history.asOf(LocalDate.of(2020, 6, 30)));

        assertThat(same).isEqualTo(convention);
        assertThat(read.amendments()).isEqualTo(history.amendments());
        assertThat(view).contains("\"amendmentsInForce\": [\n    2\n  ]");
        ConventioJsonException e = catchThrowableOfType(ConventioJsonException.class,
                () -> json.read(JsonDocument.CONVENTION, "{\"formatVersion\":1,\"reference\":\" \"}"));
        assertThat(e.code()).isEqualTo(RejectionCode.MISSING_FIELD);
        assertThat(e.code().code()).isEqualTo("format.field.missing");
        assertThat(e.pointer()).isEmpty();
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.violations()).isEmpty();
        assertThat(Docs.page("format.md")).contains("json.read(JsonDocument.CONVENTION, \"{\\\"formatVersion\\\":1,\\\"reference\\\":\\\" \\\"}\");",
                "e.code();        // RejectionCode.MISSING_FIELD: format.field.missing");
    }

    @Test
    void theMapperSnippetDoesWhatItSays() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        Convention convention = ReferenceConvention.convention();
        String json = mapper.writeValueAsString(new Dossier("d-1", convention));
        Dossier dossier = mapper.readValue(json, Dossier.class);
        assertThat(dossier).isEqualTo(new Dossier("d-1", convention));
        assertThat(Docs.page("format.md")).contains("ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();");
    }
}
