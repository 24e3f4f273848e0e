package dev.conventio.term;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an instrument takes effect (prise d'effet).
 *
 * <ul>
 *   <li>{@link #onSignatureByAllParties()}: « à compter de sa signature par les parties »; the
 *       start is the date of the last signature;</li>
 *   <li>{@link #onDate(LocalDate)}: on a fixed date;</li>
 *   <li>{@link #onNotification()}: « à compter de sa notification »; the start is the date of
 *       notification, once known ({@link #notifiedOn(LocalDate)}).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class StartRule {

    /** The kinds of start rule. */
    public enum Kind {
        /** On signature by all parties: the date of the last signature. */
        ON_SIGNATURE_BY_ALL_PARTIES,
        /** On a fixed date. */
        ON_DATE,
        /** On notification to the parties. */
        ON_NOTIFICATION
    }

    private static final StartRule ON_SIGNATURE = new StartRule(Kind.ON_SIGNATURE_BY_ALL_PARTIES, null);
    private static final StartRule ON_NOTIFICATION = new StartRule(Kind.ON_NOTIFICATION, null);

    private final Kind kind;
    private final LocalDate date;

    private StartRule(Kind kind, LocalDate date) {
        this.kind = kind;
        this.date = date;
    }

    /**
     * Obtains the rule « à compter de sa signature par toutes les parties ».
     *
     * @return the rule, never null
     */
    public static StartRule onSignatureByAllParties() {
        return ON_SIGNATURE;
    }

    /**
     * Obtains the rule « à compter du … »: a fixed date.
     *
     * @param date  the date the instrument takes effect, not null
     * @return the rule, never null
     * @throws NullPointerException if the date is null
     */
    public static StartRule onDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new StartRule(Kind.ON_DATE, date);
    }

    /**
     * Obtains the rule « à compter de sa notification », the notification not having happened yet.
     *
     * @return the rule, never null
     */
    public static StartRule onNotification() {
        return ON_NOTIFICATION;
    }

    /**
     * Obtains the rule « à compter de sa notification », notified on the given date.
     *
     * @param notifiedOn  the date of notification, not null
     * @return the rule, never null
     * @throws NullPointerException if the date is null
     */
    public static StartRule notifiedOn(LocalDate notifiedOn) {
        Objects.requireNonNull(notifiedOn, "notifiedOn");
        return new StartRule(Kind.ON_NOTIFICATION, notifiedOn);
    }

    /**
     * Gets the kind of rule.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Gets the fixed date ({@link Kind#ON_DATE}) or the date of notification
     * ({@link Kind#ON_NOTIFICATION}, once notified).
     *
     * @return the date, always empty for {@link Kind#ON_SIGNATURE_BY_ALL_PARTIES}, never null
     */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /**
     * Works out the date the instrument takes effect.
     *
     * @param signedByAllOn  the date of the last signature, empty while a party has not signed, not null
     * @return the start, empty while it is not known yet, never null
     * @throws NullPointerException if the argument is null
     */
    public Optional<LocalDate> startDate(Optional<LocalDate> signedByAllOn) {
        Objects.requireNonNull(signedByAllOn, "signedByAllOn");
        return kind == Kind.ON_SIGNATURE_BY_ALL_PARTIES ? signedByAllOn : date();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof StartRule)) {
            return false;
        }
        StartRule that = (StartRule) other;
        return kind == that.kind && Objects.equals(date, that.date);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, date);
    }

    /**
     * Returns a description such as {@code ON_DATE 2020-01-01}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return date == null ? kind.name() : kind + " " + date;
    }
}
