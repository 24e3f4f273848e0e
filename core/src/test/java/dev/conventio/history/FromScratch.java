package dev.conventio.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.util.List;

/**
 * The test oracle of consolidation, written as plainly as the rule reads: on a day, apply to the
 * base every signed amendment that has taken effect, in order — whole while its own term lasts,
 * else only what outlives it.
 */
final class FromScratch {

    private FromScratch() {
    }

    static ConsolidatedConvention consolidate(Convention base, List<AmendmentRecord> amendments, LocalDate day) {
        return replay(base, amendments, day).freeze(day, List.of());
    }

    private static WorkingState replay(Convention base, List<AmendmentRecord> amendments, LocalDate day) {
        WorkingState state = WorkingState.of(base);
        Violations violations = Violations.collector();
        for (AmendmentRecord record : amendments) {
            if (record instanceof Amendment amendment && !amendment.isDraft()) {
                Span span = Span.of(amendment);
                if (span.covers(day)) {
                    state.apply(amendment, day, violations);
                } else if (span.first() != null && span.first().isBefore(day)) {
                    state.applyLasting(amendment, day, violations);
                }
            }
        }
        assertThat(violations.list()).isEmpty();
        return state;
    }
}
