package dev.conventio.validation;

import org.junit.jupiter.api.Test;

/**
 * The hand-written value classes of this package are equal exactly when their significant fields
 * are, with a hash code that agrees: a field left out of {@code equals} or {@code hashCode}, or
 * compared wrongly, fails here.
 */
class EqualityContractTest {

    @Test
    void everyHandWrittenValueClassKeepsTheEqualsAndHashCodeContract() {
        EqualityContract.verify(Violation.class);
    }
}
