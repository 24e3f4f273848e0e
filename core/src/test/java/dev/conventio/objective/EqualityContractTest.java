package dev.conventio.objective;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.validation.EqualityContract;
import java.math.BigDecimal;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

/**
 * The hand-written value classes of this package are equal exactly when their significant fields
 * are, with a hash code that agrees: a field left out of {@code equals} or {@code hashCode}, or
 * compared wrongly, fails here.
 */
class EqualityContractTest {

    @Test
    void targetPeriodsAndQuantitiesKeepTheEqualsAndHashCodeContract() {
        EqualityContract.verify(TargetPeriod.class);
        // Quantity.of strips trailing zeros, so BigDecimal's equals serves: 5 and 5.0 are one quantity.
        EqualityContract.of(Quantity.class).suppress(Warning.BIGDECIMAL_EQUALITY).verify();
        assertThat(Quantity.of(new BigDecimal("5"), "projets")).isEqualTo(Quantity.of(new BigDecimal("5.0"), "projets"))
                .isNotEqualTo(Quantity.about(new BigDecimal("5"), "projets"));
    }
}
