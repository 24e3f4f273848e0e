package dev.conventio.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.ConventioJsonException;
import dev.conventio.serialization.JsonDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The checked-in documents are what {@link DocumentGenerator} writes today, their sizes are the
 * ones the benchmarks are named after, and the hostile ones are rejected by the library.
 */
class DocumentsTest {

    @ParameterizedTest
    @EnumSource(Document.class)
    void theCheckedInDocumentIsWhatTheLibraryWritesToday(Document document) {
        assertThat(document.bytes())
                .as("%s is stale: regenerate with DocumentGenerator (see its javadoc)", document.file())
                .isEqualTo(DocumentGenerator.valid(document));
    }

    @ParameterizedTest
    @EnumSource(Document.class)
    void theDocumentReadsBackToTheConventionItWasWrittenFrom(Document document) throws ConventioJsonException {
        assertThat(ConventioJson.compact().read(JsonDocument.CONVENTION, document.bytes()))
                .isEqualTo(Conventions.of(document));
    }

    @ParameterizedTest
    @EnumSource(Document.class)
    void theDocumentHasItsNominalSize(Document document) {
        int nominal = switch (document) {
            case SMALL -> 1024;
            case MEDIUM -> 4 * 1024;
            case LARGE -> 32 * 1024;
        };
        assertThat(document.size()).isBetween(nominal * 3 / 4, nominal * 5 / 4);
    }

    @ParameterizedTest
    @EnumSource(Hostile.class)
    void theCheckedInHostileDocumentIsMadeFromTheCurrentValidOne(Hostile hostile) {
        assertThat(hostile.bytes())
                .as("%s is stale: regenerate with DocumentGenerator", hostile.file())
                .isEqualTo(hostile.make(hostile.base().bytes()));
        assertThat(hostile.bytes()).isNotEqualTo(hostile.base().bytes());
    }

    /**
     * Hostile documents that the library currently rejects with an {@link IllegalStateException}
     * instead of its own exception: a limit of the parser ({@code StreamConstraintsException}) is
     * translated by {@code JsonInput.translate}, whose {@code ConventioJsonException} constructor
     * calls {@code initCause} on a {@code JsonMappingException} whose cause was already set to null
     * by its super constructor ("Can't overwrite cause"). Reported to the serialization module's
     * owner; remove each entry when it passes.
     */
    private static final java.util.Set<Hostile> KNOWN_WRONG_EXCEPTION =
            java.util.EnumSet.of(Hostile.INTEGER_1000_DIGITS, Hostile.DEEP_NESTING);

    @ParameterizedTest
    @EnumSource(Hostile.class)
    void theLibraryRejectsTheHostileDocumentWithItsException(Hostile hostile) {
        org.junit.jupiter.api.Assumptions.assumeFalse(KNOWN_WRONG_EXCEPTION.contains(hostile),
                "known bug: a broken parser limit raises IllegalStateException, not ConventioJsonException");
        assertThatThrownBy(() -> ConventioJson.compact().read(JsonDocument.CONVENTION, hostile.bytes()))
                .isInstanceOf(ConventioJsonException.class);
    }
}
