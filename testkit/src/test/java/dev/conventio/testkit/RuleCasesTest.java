package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.history.HistoryCodes;
import dev.conventio.validation.ViolationCode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The invalid cases of the amendment rules and policies ({@link RuleCases}): each mutation drawn
 * over a seeded sample, rejected with its code, and of the size its case documents.
 */
class RuleCasesTest {

    private static List<String> mutations(ViolationCode code) {
        return CaseMutations.of(code, 0x701eL, 60);
    }

    @Test
    void aRenumberedAmendmentSkipsOneToThreeNumbers() {
        Set<Integer> skips = new TreeSet<>();
        Pattern pattern = Pattern.compile("amendment n° (\\d+) renumbered (\\d+)");
        for (String mutation : mutations(HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT)) {
            Matcher matcher = pattern.matcher(mutation);
            assertThat(matcher.matches()).as(mutation).isTrue();
            skips.add(Integer.parseInt(matcher.group(2)) - Integer.parseInt(matcher.group(1)));
        }
        assertThat(skips).containsExactly(1, 2, 3);
    }

    @Test
    void signaturesGoMissingOrComeFromAnUnknownParty() {
        assertThat(mutations(HistoryCodes.AMENDMENT_SIGNATURE_MISSING)).allMatch(m -> m.matches("signature of '.+' removed"));
        assertThat(new TreeSet<>(mutations(HistoryCodes.AMENDMENT_SIGNATORY_NOT_A_PARTY)))
                .containsExactly("a signature for '" + InvalidCases.UNKNOWN_PARTY + "' appended");
    }

    @Test
    void signaturesMoveOutsideTheConventionAndTermsEndBeforeTheLastSignature() {
        assertThat(mutations(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END))
                .allMatch(m -> m.matches("signatures moved \\d+ days later, after the convention ended on \\S+"));
        assertThat(mutations(HistoryCodes.AMENDMENT_BEFORE_CONVENTION))
                .allMatch(m -> m.matches("signatures moved \\d+ days earlier, before the convention was concluded on \\S+"));
        assertThat(mutations(HistoryCodes.AMENDMENT_TERM_ENDS_BEFORE_EFFECT))
                .allMatch(m -> m.matches("term ends on \\S+, before the last signature"));
        assertThat(mutations(HistoryCodes.CHANGE_ENDS_BEFORE_EFFECT))
                .allMatch(m -> m.matches("a change of the object until \\S+, before the last signature, inserted first"));
    }

    @Test
    void changesTargetWhatIsMissingOrExistsOrLeaveAGap() {
        assertThat(new TreeSet<>(mutations(HistoryCodes.CHANGE_TARGET_MISSING)))
                .containsExactly("removal of contribution 'participation-inconnue' inserted first");
        assertThat(mutations(HistoryCodes.CHANGE_TARGET_EXISTS))
                .allMatch(m -> m.matches("addition of article \\S+, which exists, inserted first"));
        assertThat(mutations(HistoryCodes.CHANGE_RESULT_INVALID))
                .allMatch(m -> m.matches("addition of phase \\d+, leaving a gap, inserted first"));
    }

    @Test
    void policiesAreBrokenUnderEachCapDrawn() {
        assertThat(new TreeSet<>(mutations(HistoryCodes.POLICY_OBJECT_CHANGED)))
                .containsExactly("a change of object appended, under objectUnchanged");
        assertThat(caps(HistoryCodes.POLICY_INCREASE_CAP_EXCEEDED, "maxIncreasePerAmendment"))
                .containsExactlyInAnyOrder("0", "10", "15", "50");
        assertThat(caps(HistoryCodes.POLICY_CUMULATIVE_CAP_EXCEEDED, "maxCumulativeIncrease"))
                .containsExactlyInAnyOrder("0", "10", "15");
    }

    /** The percentages a cap's cases were drawn under, each case adding a contribution beyond it. */
    private static Set<String> caps(ViolationCode code, String policy) {
        Set<String> percents = new TreeSet<>();
        for (String m : mutations(code)) {
            assertThat(m).matches("a contribution of EUR \\d+\\.\\d{2} appended, under " + policy + "\\(\\d+\\)");
            percents.add(m.replaceAll(".*\\((\\d+)\\)$", "$1"));
        }
        return percents;
    }
}
