package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The codec keeps the start of each object as its own {@link dev.conventio.format.codec.Location},
 * which the adapter takes from {@link JsonParser#currentTokenLocation()} on the object's START_OBJECT
 * and turns back into a {@link JsonLocation} when a problem is reported: the location made long
 * after the object started is the very one Jackson gave there, for every object of every example
 * document, pretty and compact, from each kind of source.
 */
class ObjectLocationTest {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Opens a parser on a document. */
    @FunctionalInterface
    interface Source {
        JsonParser open(String json) throws IOException;
    }

    static List<Object[]> cases() throws IOException, URISyntaxException {
        List<Object[]> cases = new ArrayList<>();
        for (Path document : ExampleDocumentsTest.documents()) {
            String pretty = Files.readString(document);
            String compact = pretty.replaceAll("\\n *", "").replace("\": ", "\":");
            for (String json : List.of(pretty, compact)) {
                String name = document.getFileName() + (json == pretty ? " pretty" : " compact");
                cases.add(new Object[] {name + " bytes", json, (Source) text -> FACTORY.createParser(bytes(text))});
                cases.add(new Object[] {name + " stream", json,
                    (Source) text -> FACTORY.createParser(new ByteArrayInputStream(bytes(text)))});
                cases.add(new Object[] {name + " string", json, (Source) FACTORY::createParser});
                cases.add(new Object[] {name + " reader", json,
                    (Source) text -> FACTORY.createParser(new StringReader(text))});
                // A parser of a tree, which has locations of its own.
                cases.add(new Object[] {name + " tree", json, (Source) text -> MAPPER.readTree(text).traverse()});
            }
        }
        return cases;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theStartOfEveryObjectIsWhereTheParserPutIt(String name, String json, Source source) throws IOException {
        List<dev.conventio.format.codec.Location> objects = new ArrayList<>();
        List<JsonLocation> expected = new ArrayList<>();
        try (JsonParser parser = source.open(json)) {
            JacksonTokenSource in = new JacksonTokenSource(parser);
            while (in.next() != null) {
                if (in.current() == dev.conventio.format.codec.Token.START_OBJECT) {
                    expected.add(parser.currentTokenLocation());
                    objects.add(in.tokenLocation());
                }
            }
            // Made at the end of the input, as after a problem found deep inside the object.
            List<JsonLocation> rebuilt = new ArrayList<>();
            for (dev.conventio.format.codec.Location start : objects) {
                rebuilt.add(in.jsonLocation(start));
            }
            assertThat(rebuilt).isNotEmpty().isEqualTo(expected);
            assertThat(rebuilt).extracting(JsonLocation::toString)
                    .isEqualTo(expected.stream().map(JsonLocation::toString).toList());
            if (parser instanceof UTF8StreamJsonParser || parser instanceof ReaderBasedJsonParser) {
                assertThat(rebuilt).extracting(JsonLocation::getLineNr).contains(1);
            }
        }
    }
}
