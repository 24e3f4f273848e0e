package dev.conventio.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.party.PartyCodes;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ViolationTest {

    @Test
    void underPrefixesAttributePathsWithADot() {
        Violation violation = Violation.of(CommonCodes.TEXT_BLANK, "title", "blank");
        assertThat(violation.under("phases[2]").path()).isEqualTo("phases[2].title");
    }

    @Test
    void underPrefixesIndexPathsWithoutADot() {
        Violation violation = Violation.of(CommonCodes.TEXT_BLANK, "[3]", "blank");
        assertThat(violation.under("legalBases").path()).isEqualTo("legalBases[3]");
    }

    @Test
    void underAnEmptyPrefixOrOfARootViolation() {
        Violation root = Violation.of(PartyCodes.SIREN_CHECKSUM, "", "bad");
        assertThat(root.under("siren").path()).isEqualTo("siren");
        assertThat(root.under("")).isSameAs(root);
    }

    @Test
    void equalityAndHashCodeCoverEveryAttribute() {
        Violation a = Violation.of(CommonCodes.TEXT_BLANK, "x", "m");
        assertThat(a).isEqualTo(Violation.of(CommonCodes.TEXT_BLANK, "x", "m"))
                .hasSameHashCodeAs(Violation.of(CommonCodes.TEXT_BLANK, "x", "m"))
                .isNotEqualTo(Violation.of(CommonCodes.TEXT_BLANK, "y", "m"))
                .isNotEqualTo(Violation.of(CommonCodes.TEXT_BLANK, "x", "n"))
                .isNotEqualTo(Violation.of(PartyCodes.SIREN_CHECKSUM, "x", "m"))
                .isNotEqualTo(Violation.undetermined(CommonCodes.TEXT_BLANK, "x", "m"));
        assertThat(Violation.undetermined(CommonCodes.TEXT_BLANK, "x", "m"))
                .isEqualTo(Violation.undetermined(CommonCodes.TEXT_BLANK, "x", "m"))
                .hasSameHashCodeAs(Violation.undetermined(CommonCodes.TEXT_BLANK, "x", "m"));
    }

    @Test
    void anUndeterminedOutcomeKeepsItsKindUnderAPathAndBecomesCertainOnlyWhenAsked() {
        Violation certain = Violation.of(CommonCodes.TEXT_BLANK, "date", "m");
        Violation undetermined = Violation.undetermined(CommonCodes.TEXT_BLANK, "date", "m");

        assertThat(certain.isUndetermined()).isFalse();
        assertThat(undetermined.isUndetermined()).isTrue();
        assertThat(undetermined.under("signatures[0]").isUndetermined()).isTrue();
        assertThat(undetermined.under("signatures[0]").path()).isEqualTo("signatures[0].date");
        assertThat(Violation.undetermined(CommonCodes.TEXT_BLANK, "", "m").under("x").isUndetermined()).isTrue();
        assertThat(undetermined.asCertain()).isEqualTo(certain);
        assertThat(certain.asCertain()).isSameAs(certain);
        assertThat(undetermined).hasToString("undetermined: " + certain);
        assertThat(Violations.collector().addUndetermined(CommonCodes.TEXT_BLANK, "date", "m").list())
                .containsExactly(undetermined);
    }

    @Test
    void toStringNamesCodePathAndMessage() {
        assertThat(Violation.of(CommonCodes.TEXT_BLANK, "name", "name must not be blank"))
                .hasToString("text.blank at name: name must not be blank");
        assertThat(Violation.of(CommonCodes.TEXT_BLANK, "", "m")).hasToString("text.blank at <root>: m");
    }

    @Test
    void exceptionCarriesEveryViolationInOrder() {
        List<Violation> violations = List.of(
                Violation.of(CommonCodes.TEXT_BLANK, "a", "first"),
                Violation.of(PartyCodes.SIREN_CHECKSUM, "b", "second"));
        ValidationException exception = new ValidationException(violations);
        assertThat(exception).isInstanceOf(IllegalArgumentException.class);
        assertThat(exception.violations()).containsExactlyElementsOf(violations);
        assertThat(exception.codes()).containsExactly(CommonCodes.TEXT_BLANK, PartyCodes.SIREN_CHECKSUM);
        assertThat(exception.getMessage()).startsWith("2 violations: ").contains("first").contains("second");
    }

    @Test
    void exceptionNeedsAtLeastOneViolation() {
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(ValidationException.class);
    }

    @Test
    void collectorChecksIdentifiers() {
        for (String good : List.of("a", "metropole-amp", "c2020", "a".repeat(64))) {
            assertThat(Violations.collector().requireIdentifier(good, "id").isEmpty()).as(good).isTrue();
        }
        for (String bad : List.of("", "-a", "a-", "Metropole", "a b", "é", "a_b", "a".repeat(65))) {
            List<Violation> found = Violations.collector().requireIdentifier(bad, "id").list();
            assertThat(found).as(bad).extracting(Violation::code).containsExactly(CommonCodes.IDENTIFIER_MALFORMED);
        }
    }

    @Test
    void collectorChecksBlankText() {
        assertThat(Violations.collector().requireNonBlank(" \t", "title").list())
                .extracting(Violation::code, Violation::path).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CommonCodes.TEXT_BLANK, "title"));
        assertThat(Violations.collector().requireNonBlank("x", "title").isEmpty()).isTrue();
    }

    @Test
    void identifiersAreLowerCaseLettersDigitsAndInnerHyphens() {
        for (String good : List.of("a", "z", "a09z", "az-09", "9", "0a", "a".repeat(64))) {
            assertThat(Violations.collector().requireIdentifier(good, "id").isEmpty()).as(good).isTrue();
        }
        for (String bad : List.of("", "`", "{", "/", ":", "a`", "a{", "a/", "a:", "-a", "a-", "A", "a".repeat(65))) {
            assertThat(Violations.collector().requireIdentifier(bad, "id").list()).as(bad)
                    .extracting(v -> v.code().id() + "@" + v.path())
                    .containsExactly(CommonCodes.IDENTIFIER_MALFORMED.id() + "@id");
        }
    }

    @Test
    void aDateBeforeTheEarliestIsRecordedWithBothDates() {
        java.time.LocalDate day = java.time.LocalDate.of(2020, 1, 2);
        Violations collector = Violations.collector();
        assertThat(collector.requireNotBefore(day, day, CommonCodes.TEXT_BLANK, "signedOn", "the conclusion"))
                .isSameAs(collector);
        assertThat(collector.isEmpty()).isTrue();
        assertThat(collector.requireNotBefore(day.minusDays(1), day, CommonCodes.TEXT_BLANK, "signedOn",
                "the conclusion").list()).extracting(Violation::message)
                .containsExactly("signedOn 2020-01-01 is before the conclusion 2020-01-02");
    }

    @Test
    void nestedViolationsAreAddedUnderTheirPathAndTheCollectorChains() {
        Violations collector = Violations.collector();
        assertThat(collector.addAll("phases[0]", List.of(Violation.of(CommonCodes.TEXT_BLANK, "title", "blank"))))
                .isSameAs(collector);
        assertThat(collector.list()).extracting(Violation::path).containsExactly("phases[0].title");
    }
}
