package dev.conventio.decision;

import dev.conventio.date.PartialDate;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision of a public body, as an instrument cites it: a deliberation of an assembly
 * (délibération), an arrêté, or a decision of a board (décision du conseil d'administration).
 * <pre>{@code
 * Decision bureau = Decision.deliberation("Bureau de la Métropole", PartialDate.of(LocalDate.of(2019, 12, 19)));
 * bureau.number();                          // Optional.empty(): « n°..... », never invented
 * Decision dfpe = Decision.deliberation("Conseil de Paris", "2022 DFPE 28", PartialDate.unknown());
 * dfpe.day();                               // Optional.empty(): the date is left blank
 * }</pre>
 *
 * <p>The number and the date may be unknown, as in a draft that leaves them blank: the number is then
 * empty and the date {@linkplain PartialDate#unknown() unknown}, never invented. The title is the
 * decision's own wording, when the document gives it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Decision {

    /** What kind of act a decision is. */
    public enum Kind {
        /** A deliberation of an assembly or of its delegated body (délibération). */
        DELIBERATION,
        /** An arrêté of an authority (arrêté du maire, arrêté ministériel). */
        ARRETE,
        /** A decision of a board (décision du conseil d'administration, du directeur général). */
        BOARD_DECISION
    }

    Decision() {
    }

    /**
     * Gets the kind of act.
     *
     * @return the kind, never null
     */
    public abstract Kind kind();

    /**
     * Gets the body or authority that takes the decision, such as "Bureau de la Métropole",
     * "Conseil de Paris" or "le Premier ministre".
     *
     * @return the non-blank body, never null
     */
    public abstract String body();

    /**
     * Gets the number of the decision, when known, such as "2022 DFPE 28".
     *
     * @return the number, empty while unknown, never null
     */
    public abstract Optional<String> number();

    /**
     * Gets the date of the decision, as far as it is known.
     *
     * @return the date, possibly {@linkplain PartialDate#unknown() unknown}, never null
     */
    public abstract PartialDate date();

    /**
     * Gets the title of the decision, when the document gives it, such as « Subvention (87.458
     * euros), avenant n° 1 avec l'association Balustrade ».
     *
     * @return the title, empty when not given, never null
     */
    public abstract Optional<String> title();

    /**
     * Gets the day of the decision, when the document gives it.
     *
     * @return the day, present only when the date is known to the day, never null
     */
    public Optional<LocalDate> day() {
        return date().date();
    }

    /**
     * Obtains a builder of decisions. {@code kind}, {@code body} and {@code date} are required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a deliberation whose number is known.
     *
     * @param body  the deliberating body, not blank, not null
     * @param number  the number, not blank, not null
     * @param date  the date, possibly unknown, not null
     * @return the decision, never null
     * @throws dev.conventio.validation.ValidationException if a text is blank
     * @throws NullPointerException if an argument is null
     */
    public static Decision deliberation(String body, String number, PartialDate date) {
        return builder().kind(Kind.DELIBERATION).body(body).number(number).date(date).build();
    }

    /**
     * Obtains a deliberation whose number is not known ({@code n°.....}).
     *
     * @param body  the deliberating body, not blank, not null
     * @param date  the date, possibly unknown, not null
     * @return the decision, never null
     * @throws dev.conventio.validation.ValidationException if the body is blank
     * @throws NullPointerException if an argument is null
     */
    public static Decision deliberation(String body, PartialDate date) {
        return builder().kind(Kind.DELIBERATION).body(body).date(date).build();
    }

    /**
     * Obtains an arrêté.
     *
     * @param authority  the authority that takes it, not blank, not null
     * @param date  the date, possibly unknown, not null
     * @return the decision, without number, never null
     * @throws dev.conventio.validation.ValidationException if the authority is blank
     * @throws NullPointerException if an argument is null
     */
    public static Decision arrete(String authority, PartialDate date) {
        return builder().kind(Kind.ARRETE).body(authority).date(date).build();
    }

    /**
     * Obtains a decision of a board.
     *
     * @param board  the board, such as "Conseil d'administration de l'ADEME", not blank, not null
     * @param date  the date, possibly unknown, not null
     * @return the decision, without number, never null
     * @throws dev.conventio.validation.ValidationException if the board is blank
     * @throws NullPointerException if an argument is null
     */
    public static Decision boardDecision(String board, PartialDate date) {
        return builder().kind(Kind.BOARD_DECISION).body(board).date(date).build();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector().requireNonBlank(body(), "body");
        number().ifPresent(number -> violations.requireNonBlank(number, "number"));
        title().ifPresent(title -> violations.requireNonBlank(title, "title"));
        violations.throwIfAny();
    }

    /**
     * Returns the decision as {@code DELIBERATION of Conseil de Paris n° 2022 DFPE 28 of unknown}.
     *
     * @return a short description, never null
     */
    @Override
    public String toString() {
        return kind() + " of " + body() + number().map(n -> " n° " + n).orElse("") + " of " + date();
    }

    /**
     * Builds {@link Decision} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken, or
     * {@link IllegalStateException} when a required attribute was not set.
     */
    public static final class Builder extends ImmutableDecision.Builder {
        Builder() {
        }
    }
}
