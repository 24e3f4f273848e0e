package dev.conventio.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The format's public types: rejection codes, readable kinds, versions read, change types, located violations. */
class FormatContractTest {

    private static final ViolationCode CODE = ViolationCode.of("contract.checked", ViolationCode.Kind.INVARIANT,
            "a code for the contract's violations");
    private static final Violation VIOLATION = Violation.of(CODE, "contributions[0].amount", "too much");

    @Test
    void eachRejectionCodeTextStartsWithTheNameOfItsKind() {
        for (RejectionCode code : RejectionCode.values()) {
            String prefix = code.kind().name().toLowerCase(java.util.Locale.ROOT) + ".";
            assertThat(code.code()).as(code.name()).startsWith(prefix).matches("[a-z]+(\\.[a-z]+(-[a-z]+)*)+");
        }
        assertThat(Arrays.stream(RejectionCode.values()).map(RejectionCode::code)).doesNotHaveDuplicates();
        assertThat(RejectionCode.UNKNOWN_FIELD.code()).isEqualTo("format.field.unknown");
        assertThat(RejectionCode.TRAILING_CONTENT.kind()).isEqualTo(RejectionCode.Kind.JSON);
        assertThat(RejectionCode.DOMAIN_VIOLATION.kind()).isEqualTo(RejectionCode.Kind.DOMAIN);
    }

    @Test
    void everyKindOfDocumentIsReadButTheConsolidatedViewWhichIsOnlyWritten() {
        assertThat(Arrays.stream(DocumentKind.values()).filter(DocumentKind::isReadable))
                .containsExactly(DocumentKind.CONVENTION, DocumentKind.AMENDMENT, DocumentKind.HISTORY);
        assertThat(DocumentKind.CONSOLIDATED.isReadable()).isFalse();
        assertThat(DocumentKind.ofWireName("consolidated")).contains(DocumentKind.CONSOLIDATED);
        assertThat(DocumentKind.ofWireName("Convention")).isEmpty();
    }

    @Test
    void readersReadTheVersionsFromTheOldestToTheLatestOnly() {
        assertThat(FormatVersions.isRead(FormatVersions.OLDEST - 1)).isFalse();
        assertThat(FormatVersions.isRead(FormatVersions.OLDEST)).isTrue();
        assertThat(FormatVersions.isRead(FormatVersions.LATEST)).isTrue();
        assertThat(FormatVersions.isRead(FormatVersions.LATEST + 1)).isFalse();
        assertThat(FormatVersions.schema(FormatVersions.LATEST).getPath()).endsWith("conventio-format-2.schema.json");
        assertThatThrownBy(() -> FormatVersions.schema(FormatVersions.LATEST + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no format version 3; versions are 1 to 2");
    }

    @Test
    void version1HasEveryChangeTypeButThoseVersion2Adds() {
        Map<String, Class<? extends dev.conventio.change.Change>> one = ChangeTypes.byWireName(1);
        Map<String, Class<? extends dev.conventio.change.Change>> two = ChangeTypes.byWireName(2);
        assertThat(one).doesNotContainKey("modify-text");
        assertThat(two).containsKey("modify-text").containsAllEntriesOf(one).hasSizeGreaterThan(one.size());
        assertThat(two).isEqualTo(ChangeTypes.byWireName());
        assertThat(ChangeTypes.byWireName(0)).isEmpty();
    }

    @Test
    void aLocatedViolationKeepsTheModelsViolationAndWhereItIs() {
        LocatedViolation located = LocatedViolation.of(VIOLATION, "/contributions/0/amount", 12, 7);
        assertThat(located.violation()).isSameAs(VIOLATION);
        assertThat(located.code()).isSameAs(CODE);
        assertThat(located.pointer()).isEqualTo("/contributions/0/amount");
        assertThat(located.line()).isEqualTo(12);
        assertThat(located.column()).isEqualTo(7);
        assertThat(located).hasToString("contract.checked at /contributions/0/amount: too much");
        assertThat(LocatedViolation.of(Violation.of(CODE, "", "whole"), "", 1, 1))
                .hasToString("contract.checked at <root>: whole");
        assertThatThrownBy(() -> LocatedViolation.of(VIOLATION, null, 1, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void locatedViolationsAreEqualWhenTheirViolationPointerLineAndColumnAre() {
        LocatedViolation located = LocatedViolation.of(VIOLATION, "/a", 3, 4);
        LocatedViolation same = LocatedViolation.of(Violation.of(CODE, "contributions[0].amount", "too much"), "/a", 3, 4);
        assertThat(located).isEqualTo(located).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(located.hashCode()).isEqualTo(java.util.Objects.hash(VIOLATION, "/a", 3, 4));
        assertThat(located).isNotEqualTo(LocatedViolation.of(Violation.of(CODE, "other", "too much"), "/a", 3, 4))
                .isNotEqualTo(LocatedViolation.of(VIOLATION, "/b", 3, 4))
                .isNotEqualTo(LocatedViolation.of(VIOLATION, "/a", 2, 4))
                .isNotEqualTo(LocatedViolation.of(VIOLATION, "/a", 3, 5))
                .isNotEqualTo(VIOLATION)
                .isNotEqualTo(null);
    }
}
