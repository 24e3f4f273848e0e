package dev.conventio.testkit;

import static dev.conventio.testkit.assertj.ConventioAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.history.History;
import dev.conventio.history.HistoryCodes;
import dev.conventio.validation.ViolationCode;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link InvalidCases#invalidNextAmendments(History)}: mutations of a valid next amendment of a
 * given history, each rejected with exactly its code, the history itself left as it was.
 */
class InvalidNextAmendmentsTest {

    @Test
    void eachCaseMutatesTheNextAmendmentOfTheHistoryGivenAndIsRejectedWithItsCode() {
        SplittableRandom random = new SplittableRandom(31);
        Set<ViolationCode> codes = new HashSet<>();
        for (int i = 0; i < 150; i++) {
            History history = HistoryGen.histories().generate(random, 8);
            InvalidCase invalid = InvalidCases.invalidNextAmendments(history).generate(random, 8);
            assertThat(invalid).isRejectedWithExactlyItsCode();
            assertThat(invalid.history().orElseThrow().amendments()).isEqualTo(history.amendments());
            assertThat(invalid.history().orElseThrow().base()).isEqualTo(history.base());
            assertThat(invalid.candidate().orElseThrow().number()).isGreaterThanOrEqualTo(history.amendments().size() + 1);
            codes.add(invalid.code());
        }
        assertThat(codes).contains(HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT, HistoryCodes.CHANGE_TARGET_MISSING,
                        HistoryCodes.POLICY_OBJECT_CHANGED, HistoryCodes.AMENDMENT_PARTY_REFERENCE_INVALID).hasSize(13);
    }
}
