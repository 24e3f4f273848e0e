package dev.conventio.format.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON text as maps, lists and scalars, read with {@link TextSource}: for the tests that read the schemas. */
final class JsonTree {

    private JsonTree() {
    }

    /** The schema of a version, as a tree. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> schema(int version) {
        try (InputStream in = dev.conventio.format.FormatVersions.schema(version).openStream()) {
            TextSource source = new TextSource(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            source.next();
            return (Map<String, Object>) value(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(TextSource source) {
        switch (source.current()) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                while (source.next() == Token.NAME) {
                    String name = source.name();
                    source.next();
                    object.put(name, value(source));
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                while (source.next() != Token.END_ARRAY) {
                    array.add(value(source));
                }
                return array;
            }
            case STRING:
                return source.text();
            case INTEGER:
            case DECIMAL:
                return Double.parseDouble(source.text());
            case TRUE:
                return true;
            case FALSE:
                return false;
            default:
                return null;
        }
    }
}
