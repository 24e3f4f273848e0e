package dev.conventio.internal;

import dev.conventio.governance.CommitteeDecision;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * Places committee decisions in date order when their dates may be known in part: by the first
 * day each may have been taken on, a decision of a day not known at all after every other.
 *
 * <p>Internal: not part of the API, in a package the module does not export.
 */
public final class DecisionDays {

    /** Decisions in date order, by {@link #orderingDay}; a stable sort keeps equal days as listed. */
    public static final Comparator<CommitteeDecision> IN_DATE_ORDER = Comparator.comparing(DecisionDays::orderingDay);

    private DecisionDays() {
    }

    /**
     * Gets the day that places a decision in date order.
     *
     * @param decision  the decision, not null
     * @return the first day it may have been taken on, {@link LocalDate#MAX} when not known at all
     */
    public static LocalDate orderingDay(CommitteeDecision decision) {
        return decision.decidedOn().earliest().orElse(LocalDate.MAX);
    }
}
