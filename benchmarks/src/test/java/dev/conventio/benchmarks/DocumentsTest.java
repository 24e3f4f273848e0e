package dev.conventio.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.convention.Convention;
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
        assertThat(document.size()).isBetween(nominal * 7 / 10, nominal * 13 / 10);
    }

    @ParameterizedTest
    @EnumSource(Hostile.class)
    void theCheckedInHostileDocumentIsMadeFromTheCurrentValidOne(Hostile hostile) {
        assertThat(hostile.bytes())
                .as("%s is stale: regenerate with DocumentGenerator", hostile.file())
                .isEqualTo(hostile.make(hostile.base().bytes()));
        assertThat(hostile.bytes()).isNotEqualTo(hostile.base().bytes());
    }

    @ParameterizedTest
    @EnumSource(Hostile.class)
    void theLibraryRejectsTheHostileDocumentWhereItWasMadeHostile(Hostile hostile) {
        // Rejected with the library's exception, at the element the change was made to: a document
        // rejected for another reason would time another path.
        Convention base = Conventions.of(hostile.base());
        String contribution = "/contributions/" + (base.contributions().size() - 1);
        String signature = "/signatures/" + (base.signatures().size() - 1);
        String expected = switch (hostile) {
            case AMOUNT_EXPONENT_STRING, AMOUNT_EXPONENT_NUMBER, AMOUNT_1000_DIGITS -> contribution + "/amount/amount";
            case INTEGER_1000_DIGITS -> "/phases/" + (base.phases().size() - 1) + "/number";
            case DEEP_NESTING, DUPLICATE_KEY -> signature + "/capacity";
            case UNKNOWN_FIELD -> signature + "/signedAt";
            case TRAILING_CONTENT -> "";
            case NONEXISTENT_DATE -> signature + "/date";
            case DOMAIN_VIOLATION -> contribution + "/beneficiary";
        };

        assertThatThrownBy(() -> ConventioJson.compact().read(JsonDocument.CONVENTION, hostile.bytes()))
                .isInstanceOfSatisfying(ConventioJsonException.class,
                        e -> assertThat(e.pointer()).startsWith(expected));
    }
}
