package dev.conventio.term;

import dev.conventio.date.DateRange;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.util.List;
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

    private static final String ON_SIGNATURE_TEXT = "on signature by all parties";
    private static final String ON_NOTIFICATION_TEXT = "on notification";
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
     * @param date  the date the instrument takes effect, in the years 0000 to 9999, not null
     * @return the rule, never null
     * @throws dev.conventio.validation.ValidationException with
     *     {@link dev.conventio.date.DateCodes#DATE_OUT_OF_RANGE} if the date is outside those years
     * @throws NullPointerException if the date is null
     */
    public static StartRule onDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new StartRule(Kind.ON_DATE, DateRange.require(date, "date"));
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
     * @param notifiedOn  the date of notification, in the years 0000 to 9999, not null
     * @return the rule, never null
     * @throws dev.conventio.validation.ValidationException with
     *     {@link dev.conventio.date.DateCodes#DATE_OUT_OF_RANGE} if the date is outside those years
     * @throws NullPointerException if the date is null
     */
    public static StartRule notifiedOn(LocalDate notifiedOn) {
        Objects.requireNonNull(notifiedOn, "notifiedOn");
        return new StartRule(Kind.ON_NOTIFICATION, DateRange.require(notifiedOn, "notifiedOn"));
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
     * Obtains a rule from its text form, the exact inverse of {@link #toString()}:
     * {@code on signature by all parties}, {@code on 2020-01-01}, {@code on notification} or
     * {@code on notification of 2020-03-01}.
     *
     * @param text  the text, not null
     * @return the rule, never null
     * @throws ValidationException with {@link TermCodes#START_RULE_MALFORMED} if the text is not one
     *     of those forms, with an ISO-8601 date that exists
     * @throws NullPointerException if the text is null
     */
    public static StartRule parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString();
        if (value.equals(ON_SIGNATURE_TEXT)) {
            return ON_SIGNATURE;
        }
        if (value.equals(ON_NOTIFICATION_TEXT)) {
            return ON_NOTIFICATION;
        }
        String notified = ON_NOTIFICATION_TEXT + " of ";
        LocalDate date = value.startsWith(notified) ? Dates.parse(value.substring(notified.length()))
                : value.startsWith("on ") ? Dates.parse(value.substring(3)) : null;
        if (date == null) {
            throw new ValidationException(List.of(Violation.of(TermCodes.START_RULE_MALFORMED, "", "a start rule is '"
                    + ON_SIGNATURE_TEXT + "', 'on YYYY-MM-DD', '" + ON_NOTIFICATION_TEXT + "' or '" + notified
                    + "YYYY-MM-DD', was '" + value + "'")));
        }
        return value.startsWith(notified) ? notifiedOn(date) : onDate(date);
    }

    /**
     * Returns the rule in English, the text form {@link #parse(CharSequence)} reads:
     * {@code on signature by all parties}, {@code on 2020-01-01}, {@code on notification} or
     * {@code on notification of 2020-03-01}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        switch (kind) {
            case ON_SIGNATURE_BY_ALL_PARTIES:
                return ON_SIGNATURE_TEXT;
            case ON_DATE:
                return "on " + date;
            default:
                return date == null ? ON_NOTIFICATION_TEXT : ON_NOTIFICATION_TEXT + " of " + date;
        }
    }
}
