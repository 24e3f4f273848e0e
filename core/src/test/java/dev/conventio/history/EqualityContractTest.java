package dev.conventio.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.validation.EqualityContract;
import java.math.BigDecimal;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

/**
 * The hand-written value classes of the history package are equal exactly when every field is: a
 * field left out of {@code equals} or {@code hashCode}, or compared wrongly, fails here.
 */
class EqualityContractTest {

    @Test
    void provenanceInstrumentAndSourced() {
        EqualityContract.verify(Provenance.class, Instrument.class, Sourced.class);
    }

    @Test
    void timelineEventsAreEqualByTheirDescriptionNotHowItIsWritten() {
        // The description is written when first asked: the field that keeps it is not final, and
        // the function that writes it takes no part in equality (an event made with one is equal
        // to one made with its text, TimelineTest).
        EqualityContract.of(TimelineEvent.class).suppress(Warning.NONFINAL_FIELDS)
                .withIgnoredFields("describer").verify();
    }

    @Test
    void theConventionsLifeAndItsPeriodsInForce() {
        EqualityContract.verify(Life.class, PeriodInForce.class);
    }

    @Test
    void moneyCommittedIncreasesAndCaps() {
        EqualityContract.verify(Committed.class, Increase.class);
        // The constructor strips trailing zeros, so BigDecimal's equals serves: 50 and 50.0 make one cap.
        EqualityContract.of(MoneyIncreaseCap.class).suppress(Warning.BIGDECIMAL_EQUALITY)
                .withPrefabValues(BigDecimal.class, BigDecimal.ONE, BigDecimal.TEN).verify();
        assertThat(AmendmentPolicy.maxIncreasePerAmendment(new BigDecimal("50")))
                .isEqualTo(AmendmentPolicy.maxIncreasePerAmendment(new BigDecimal("50.0")))
                .isNotEqualTo(AmendmentPolicy.maxCumulativeIncrease(new BigDecimal("50")));
    }
}
