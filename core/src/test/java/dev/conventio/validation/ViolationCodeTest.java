package dev.conventio.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationCodeTest {

    @Test
    void ofKeepsItsParts() {
        ViolationCode code = ViolationCode.of("acme.budget.over-ceiling", ViolationCode.Kind.POLICY, "too much");
        assertThat(code.id()).isEqualTo("acme.budget.over-ceiling");
        assertThat(code.kind()).isEqualTo(ViolationCode.Kind.POLICY);
        assertThat(code.description()).isEqualTo("too much");
        assertThat(code).hasToString("acme.budget.over-ceiling");
    }

    @Test
    void idsOfTwoOrMoreSegmentsAreAccepted() {
        for (String id : List.of("a.b", "text.blank", "contribution.schedule.sum-mismatch", "budget-period.reversed",
                "a1.b2-c3", "a." + "b".repeat(62),
                // the bounds of each range of characters: a to z, 0 to 9
                "a.z", "z.a", "ab.a09-z", "za.a9")) {
            assertThat(ViolationCode.of(id, ViolationCode.Kind.RULE, "d").id()).isEqualTo(id);
        }
    }

    @Test
    void malformedIdsAreRefusedNamingTheId() {
        for (String id : List.of("", "blank", "Text.blank", "text..blank", ".text", "text.", "1text.blank",
                "text.-blank", "text.blank-", "text.bl--ank", "text.bl_ank", "text.blanké", "a." + "b".repeat(63),
                // one past each bound of the ranges: ` before a, { after z, / before 0, : after 9
                "`a.b", "{a.b", "a.`b", "a.{b", "a.b`", "a.b{", "a.b/", "a.b:")) {
            assertThatThrownBy(() -> ViolationCode.of(id, ViolationCode.Kind.RULE, "d")).as(id)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + id + "'");
        }
    }

    @Test
    void blankDescriptionsAndNullsAreRefused() {
        assertThatThrownBy(() -> ViolationCode.of("a.b", ViolationCode.Kind.RULE, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.b");
        assertThatThrownBy(() -> ViolationCode.of(null, ViolationCode.Kind.RULE, "d"))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> ViolationCode.of("a.b", null, "d"))
                .isInstanceOf(NullPointerException.class).hasMessage("kind");
        assertThatThrownBy(() -> ViolationCode.of("a.b", ViolationCode.Kind.RULE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("description");
    }

    @Test
    void equalityComparesIdKindAndDescription() {
        ViolationCode code = ViolationCode.of("a.b", ViolationCode.Kind.RULE, "d");
        assertThat(code).isEqualTo(ViolationCode.of("a.b", ViolationCode.Kind.RULE, "d"))
                .hasSameHashCodeAs(ViolationCode.of("a.b", ViolationCode.Kind.RULE, "d"))
                .isNotEqualTo(ViolationCode.of("a.c", ViolationCode.Kind.RULE, "d"))
                .isNotEqualTo(ViolationCode.of("a.b", ViolationCode.Kind.POLICY, "d"))
                .isNotEqualTo(ViolationCode.of("a.b", ViolationCode.Kind.RULE, "e"))
                .isNotEqualTo("a.b");
    }

    @Test
    void codesAreOrderedByIdConsistentlyWithEquality() {
        ViolationCode a = ViolationCode.of("a.b", ViolationCode.Kind.RULE, "d");
        assertThat(a.compareTo(ViolationCode.of("a.c", ViolationCode.Kind.INVARIANT, "a"))).isNegative();
        assertThat(a.compareTo(ViolationCode.of("a.b", ViolationCode.Kind.RULE, "d"))).isZero();
        assertThat(a.compareTo(ViolationCode.of("a.b", ViolationCode.Kind.INVARIANT, "d"))).isPositive();
        assertThat(a.compareTo(ViolationCode.of("a.b", ViolationCode.Kind.RULE, "e"))).isNegative();
    }
}
