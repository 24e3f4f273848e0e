package dev.conventio.amendment;

import dev.conventio.date.PartialDate;
import dev.conventio.validation.Violations;
import java.util.Objects;

/**
 * How an amendment is known when its own text is not at hand: from a later instrument that recalls
 * it (« prolongée de cinq ans par l'avenant n° 1 du 20 juin 2018 », read in avenant n° 2's
 * preamble). Such an amendment is known to be signed by every party, on the day the later
 * instrument gives (often in part, or not at all), by signatories it does not name.
 * <pre>{@code
 * KnownFrom recalled = KnownFrom.of("préambule de l'avenant n° 2 du 24 avril 2024",
 *         PartialDate.of(LocalDate.of(2018, 6, 20)));
 * Amendment avenant1 = Amendment.builder().number(1).knownFrom(recalled)
 *         .term(Term.of(StartRule.onSignatureByAllParties()))
 *         .addArticles(Article.numbered("1"))
 *         .addChanges(ProlongTerm.of("1", Period.ofYears(5))).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class KnownFrom {

    private final String source;
    private final PartialDate signedOn;

    private KnownFrom(String source, PartialDate signedOn) {
        this.source = source;
        this.signedOn = signedOn;
    }

    /**
     * Obtains how an amendment is known.
     *
     * @param source  the instrument, and where in it, that recalls the amendment, not blank, not null
     * @param signedOn  the day the amendment was signed by all parties, as far as the source gives it,
     *     possibly {@linkplain PartialDate#unknown() unknown}, not null
     * @return the value, never null
     * @throws dev.conventio.validation.ValidationException if the source is blank, at {@code source}
     * @throws NullPointerException if an argument is null
     */
    public static KnownFrom of(String source, PartialDate signedOn) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(signedOn, "signedOn");
        Violations violations = Violations.collector();
        violations.requireNonBlank(source, "source");
        violations.throwIfAny();
        return new KnownFrom(source, signedOn);
    }

    /**
     * Gets the instrument that recalls the amendment, and where in it.
     *
     * @return the source, not blank, never null
     */
    public String source() {
        return source;
    }

    /**
     * Gets the day the amendment was signed by all parties, as far as the source gives it.
     *
     * @return the date, possibly known in part or unknown, never null
     */
    public PartialDate signedOn() {
        return signedOn;
    }

    /**
     * Compares the source and the date.
     *
     * @param other  the object to compare with, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof KnownFrom that && source.equals(that.source) && signedOn.equals(that.signedOn);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(source, signedOn);
    }

    /**
     * Returns the date and the source, such as {@code signed 2018-06-20, known from préambule…}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "signed " + signedOn + ", known from " + source;
    }
}
