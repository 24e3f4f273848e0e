package dev.conventio.party;

import dev.conventio.date.DateRange;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The decision that empowers a party's representative to sign (« dûment habilitée à signer par
 * délibération n° … du Bureau de la Métropole du 19 décembre 2019 »).
 *
 * <p>The deliberation number may be unknown, as in a draft that leaves it blank
 * ({@code n°.....}): it is then empty, never invented.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Mandate {

    Mandate() {
    }

    /**
     * Gets the deciding body, such as "Bureau de la Métropole" or "Conseil municipal".
     *
     * @return the non-blank body, never null
     */
    public abstract String decidingBody();

    /**
     * Gets the number of the deliberation, when known.
     *
     * @return the number, empty while unknown, never null
     */
    public abstract Optional<String> deliberationNumber();

    /**
     * Gets the date of the deliberation.
     *
     * @return the date, never null
     */
    public abstract LocalDate date();

    /**
     * Obtains a mandate whose deliberation number is known.
     *
     * @param decidingBody  the deciding body, not blank, not null
     * @param deliberationNumber  the number of the deliberation, not blank, not null
     * @param date  the date of the deliberation, not null
     * @return the mandate, never null
     * @throws dev.conventio.validation.ValidationException if a text is blank
     * @throws NullPointerException if an argument is null
     */
    public static Mandate of(String decidingBody, String deliberationNumber, LocalDate date) {
        return ImmutableMandate.builder()
                .decidingBody(decidingBody).deliberationNumber(deliberationNumber).date(date).build();
    }

    /**
     * Obtains a mandate whose deliberation number is not known yet ({@code n°.....}).
     *
     * @param decidingBody  the deciding body, not blank, not null
     * @param date  the date of the deliberation, not null
     * @return the mandate, never null
     * @throws dev.conventio.validation.ValidationException if the body is blank
     * @throws NullPointerException if an argument is null
     */
    public static Mandate withUnknownNumber(String decidingBody, LocalDate date) {
        return ImmutableMandate.builder().decidingBody(decidingBody).date(date).build();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector().requireNonBlank(decidingBody(), "decidingBody");
        deliberationNumber().ifPresent(number -> violations.requireNonBlank(number, "deliberationNumber"));
        DateRange.check(date(), "date", violations);
        violations.throwIfAny();
    }
}
