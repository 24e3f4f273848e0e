package dev.conventio.publication;

import dev.conventio.date.PartialDate;
import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A publication in a bulletin officiel (of a ministry, of a city) or in a recueil des actes
 * administratifs (of a prefecture, a département, a commune).
 * <pre>{@code
 * Bulletin raa = Bulletin.builder().kind(Bulletin.Kind.RECUEIL_DES_ACTES_ADMINISTRATIFS)
 *         .name("Recueil des actes administratifs du Département des Bouches-du-Rhône").number("2022-05")
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class Bulletin implements Publication {

    /** Which kind of official collection. */
    public enum Kind {
        /** A bulletin officiel (BO). */
        BULLETIN_OFFICIEL,
        /** A recueil des actes administratifs (RAA). */
        RECUEIL_DES_ACTES_ADMINISTRATIFS
    }

    Bulletin() {
    }

    /**
     * Gets the kind of collection.
     *
     * @return the kind, never null
     */
    public abstract Kind kind();

    /**
     * Gets the name of the collection, such as « Bulletin officiel de la Ville de Paris ».
     *
     * @return the non-blank name, never null
     */
    public abstract String name();

    /**
     * Gets the number of the issue, as printed.
     *
     * @return the number, empty when not given, never null
     */
    public abstract Optional<String> number();

    /**
     * Gets the date of the issue.
     *
     * @return the date, {@linkplain PartialDate#unknown() unknown} when not given, never null
     */
    @Override
    @Value.Default
    public PartialDate date() {
        return PartialDate.unknown();
    }

    /**
     * Gets the page.
     *
     * @return the page, from 1, empty when not given, never null
     */
    public abstract Optional<Integer> page();

    /**
     * Obtains a builder. {@code kind} and {@code name} are required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector().requireNonBlank(name(), "name");
        number().ifPresent(number -> violations.requireNonBlank(number, "number"));
        Checks.positive(page(), "page", violations);
        violations.throwIfAny();
    }

    /**
     * Returns the publication as {@code name n° number of date, page p}.
     *
     * @return a short description, never null
     */
    @Override
    public String toString() {
        return name() + number().map(n -> " n° " + n).orElse("") + (date().isKnown() ? " of " + date() : "")
                + page().map(p -> ", page " + p).orElse("");
    }

    /**
     * Builds {@link Bulletin} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken, or
     * {@link IllegalStateException} when a required attribute was not set.
     */
    public static final class Builder extends ImmutableBulletin.Builder {
        Builder() {
        }
    }
}
