package dev.conventio.testkit.print;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.history.History;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import java.util.Optional;

/**
 * Prints a history, a convention or an amendment as its pretty JSON document. Only
 * {@link ValuePrinters#json()} makes one, reflectively, once it has found the serialization module:
 * no other class of the testkit refers to that module.
 */
final class JsonPrinter implements ValuePrinter {

    private static final ConventioJson JSON = ConventioJson.pretty();

    JsonPrinter() {
    }

    @Override
    public Optional<String> print(Object value) {
        if (value instanceof History history) {
            return Optional.of(JSON.write(JsonDocument.HISTORY, history));
        }
        if (value instanceof Convention convention) {
            return Optional.of(JSON.write(JsonDocument.CONVENTION, convention));
        }
        if (value instanceof AmendmentRecord record) {
            return Optional.of(JSON.write(JsonDocument.AMENDMENT, record));
        }
        return Optional.empty();
    }
}
