package dev.conventio.decision;

import dev.conventio.date.PartialDate;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An opinion (avis) of a body on an instrument, such as the commission de surveillance of the
 * Caisse des dépôts, to which an avenant was submitted for information.
 * <pre>{@code
 * Opinion information = Opinion.of("Commission de surveillance de la Caisse des dépôts",
 *         PartialDate.unknown(), Verdict.FOR_INFORMATION);
 * information.isRequiredBeforeSignature();   // false: information only
 * }</pre>
 *
 * <p>An opinion with a verdict is one the instrument requires: the rule
 * {@link DecisionCodes#SIGNATURE_BEFORE_OPINION} says the instrument is not signed before it. A
 * submission {@linkplain Verdict#FOR_INFORMATION for information} is recorded as a fact and is no
 * condition of the signature.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Opinion {

    Opinion() {
    }

    /**
     * Gets the body that gives the opinion.
     *
     * @return the non-blank body, never null
     */
    public abstract String body();

    /**
     * Gets the date of the opinion, as far as it is known.
     *
     * @return the date, possibly {@linkplain PartialDate#unknown() unknown}, never null
     */
    public abstract PartialDate date();

    /**
     * Gets what the opinion says.
     *
     * @return the verdict, never null
     */
    public abstract Verdict verdict();

    /**
     * Gets the day of the opinion, when the document gives it.
     *
     * @return the day, present only when the date is known to the day, never null
     */
    public Optional<LocalDate> day() {
        return date().date();
    }

    /**
     * Tells whether the instrument must not be signed before this opinion: every verdict but
     * {@link Verdict#FOR_INFORMATION}.
     *
     * @return true when the opinion is a condition of the signature
     */
    public boolean isRequiredBeforeSignature() {
        return verdict() != Verdict.FOR_INFORMATION;
    }

    /**
     * Obtains an opinion.
     *
     * @param body  the body that gives it, not blank, not null
     * @param date  its date, possibly unknown, not null
     * @param verdict  what it says, not null
     * @return the opinion, never null
     * @throws dev.conventio.validation.ValidationException if the body is blank
     * @throws NullPointerException if an argument is null
     */
    public static Opinion of(String body, PartialDate date, Verdict verdict) {
        return ImmutableOpinion.builder().body(body).date(date).verdict(verdict).build();
    }

    @Value.Check
    void check() {
        Violations.collector().requireNonBlank(body(), "body").throwIfAny();
    }
}
