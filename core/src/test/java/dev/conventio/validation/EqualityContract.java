package dev.conventio.validation;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import nl.jqno.equalsverifier.api.SingleTypeEqualsVerifierApi;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Checks that a hand-written value class is equal exactly when its fields are, with a hash code
 * that agrees (EqualsVerifier, field by field), as each package's {@code EqualityContractTest} asks
 * of its own classes. The fields are never null: each factory requires them.
 */
public final class EqualityContract {

    private EqualityContract() {
    }

    /** The verifier of one class, with the values of the money types EqualsVerifier cannot make. */
    public static <T> SingleTypeEqualsVerifierApi<T> of(Class<T> type) {
        return EqualsVerifier.forClass(type).suppress(Warning.NULL_FIELDS)
                .withPrefabValues(Money.class, Money.parse("EUR 1"), Money.parse("EUR 2"))
                .withPrefabValues(CurrencyUnit.class, CurrencyUnit.EUR, CurrencyUnit.USD);
    }

    /** Verifies classes whose every field counts. */
    public static void verify(Class<?>... types) {
        for (Class<?> type : types) {
            of(type).verify();
        }
    }
}
