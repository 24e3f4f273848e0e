package dev.conventio.amendment;

import dev.conventio.validation.EqualityContract;
import org.junit.jupiter.api.Test;

/**
 * The hand-written value classes of the amendment package are equal exactly when every field is: a
 * field left out of {@code equals} or {@code hashCode}, or compared wrongly, fails here.
 */
class EqualityContractTest {

    @Test
    void howAnAmendmentIsKnown() {
        EqualityContract.verify(KnownFrom.class);
    }
}
