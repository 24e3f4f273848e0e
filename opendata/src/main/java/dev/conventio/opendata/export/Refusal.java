package dev.conventio.opendata.export;

import dev.conventio.validation.Violation;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An attribution the SCDL export cannot write (refus), with every reason: each a code and the path,
 * in the convention as in force on the export's date, of what is missing or wrong.
 * <pre>{@code
 * Refusal refusal = ScdlExport.asOf(date).refusals(history).get(0);
 * refusal.violations();   // [scdl.export.attributor.siret-missing at parties[0].siret: ...]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Refusal {

    private final String convention;
    private final String attribution;
    private final List<Violation> violations;

    private Refusal(String convention, String attribution, List<Violation> violations) {
        this.convention = convention;
        this.attribution = attribution;
        this.violations = violations;
    }

    /**
     * Obtains a refusal.
     *
     * @param convention  how the convention is identified, such as its reference, not null
     * @param attribution  the attribution: a contribution's identifier, with its budget year for one
     *     year of a multi-year contribution ({@code participation/2021}), not null
     * @param violations  the reasons, not empty, not null
     * @return the refusal, never null
     * @throws IllegalArgumentException if there is no reason
     * @throws NullPointerException if an argument or a reason is null
     */
    public static Refusal of(String convention, String attribution, List<Violation> violations) {
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(attribution, "attribution");
        List<Violation> copy = List.copyOf(violations);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a refusal of attribution '" + attribution + "' needs a reason");
        }
        return new Refusal(convention, attribution, copy);
    }

    /**
     * Gets how the convention is identified.
     *
     * @return the identification, such as its reference, never null
     */
    public String convention() {
        return convention;
    }

    /**
     * Gets the attribution refused.
     *
     * @return the contribution's identifier, with {@code /year} for one year of several, never null
     */
    public String attribution() {
        return attribution;
    }

    /**
     * Gets the reasons, each with its code and path.
     *
     * @return the reasons, never empty, never null, unmodifiable
     */
    public List<Violation> violations() {
        return violations;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Refusal)) {
            return false;
        }
        Refusal that = (Refusal) other;
        return convention.equals(that.convention) && attribution.equals(that.attribution)
                && violations.equals(that.violations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(convention, attribution, violations);
    }

    /**
     * Returns the refusal with one reason a line.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return "attribution " + attribution + " of convention " + convention + " cannot be exported:"
                + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining());
    }
}
