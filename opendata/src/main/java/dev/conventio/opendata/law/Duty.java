package dev.conventio.opendata.law;

import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A duty the law of subsidies puts on a convention (obligation): what must be done, for which
 * convention and attribution, by when, under which text, and whether it is known to be done.
 * <pre>{@code
 * for (Duty duty : SubsidyLaw.publicationDuties(portfolio, today, published)) {
 *     if (duty.isLateOn(today)) { remind(duty); }
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Duty {

    /** What must be done. */
    public enum Kind {
        /** Publish the essential data of the convention in open data (décret 2017-779). */
        PUBLICATION,
        /**
         * Produce the financial report (compte rendu financier) of an earmarked subsidy within six
         * months of the end of the year it funds (loi 2000-321 art. 10 al. 6).
         */
        FINANCIAL_REPORT
    }

    private final Kind kind;
    private final String convention;
    private final String attribution;
    private final String path;
    private final LocalDate dueOn;
    private final boolean done;

    private Duty(Kind kind, String convention, String attribution, String path, LocalDate dueOn, boolean done) {
        this.kind = kind;
        this.convention = convention;
        this.attribution = attribution;
        this.path = path;
        this.dueOn = dueOn;
        this.done = done;
    }

    /**
     * Obtains a duty.
     *
     * @param kind  what must be done, not null
     * @param convention  how the convention is identified, such as its reference, not null
     * @param attribution  the attribution it concerns ({@code contribution/year}), empty for the whole convention, not null
     * @param path  the path, in the convention, of what the duty concerns, such as {@code concludedOn}
     *     or {@code contributions[0]}, not null
     * @param dueOn  the last day it may be done on, not null
     * @param done  whether it is known to be done
     * @return the duty, never null
     * @throws NullPointerException if an argument is null
     */
    public static Duty of(Kind kind, String convention, String attribution, String path, LocalDate dueOn,
            boolean done) {
        return new Duty(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(convention, "convention"),
                Objects.requireNonNull(attribution, "attribution"), Objects.requireNonNull(path, "path"),
                Objects.requireNonNull(dueOn, "dueOn"), done);
    }

    /**
     * Returns this duty, known to be done or not.
     *
     * @param isDone  whether it is known to be done
     * @return the duty, never null
     */
    public Duty withDone(boolean isDone) {
        return new Duty(kind, convention, attribution, path, dueOn, isDone);
    }

    /**
     * Gets what must be done.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Gets how the convention is identified.
     *
     * @return the identification, never null
     */
    public String convention() {
        return convention;
    }

    /**
     * Gets the attribution the duty concerns.
     *
     * @return the attribution, such as {@code subvention-2021/2021}, empty for the whole convention, never null
     */
    public String attribution() {
        return attribution;
    }

    /**
     * Gets the path, in the convention as in force, of what the duty concerns.
     *
     * @return the path, such as {@code concludedOn} or {@code contributions[0]}, never null
     */
    public String path() {
        return path;
    }

    /**
     * Gets the last day the duty may be done on.
     *
     * @return the day, never null
     */
    public LocalDate dueOn() {
        return dueOn;
    }

    /**
     * Tells whether the duty is known to be done.
     *
     * @return true if done
     */
    public boolean isDone() {
        return done;
    }

    /**
     * Tells whether the duty is late on a date: not done, and due before it.
     *
     * @param date  the date, not null
     * @return true if late
     * @throws NullPointerException if the date is null
     */
    public boolean isLateOn(LocalDate date) {
        return !done && dueOn.isBefore(Objects.requireNonNull(date, "date"));
    }

    /**
     * Gets the legal source of the duty.
     *
     * @return the text, such as {@code décret 2017-779 art. 1 and 2}, never null
     */
    public String legalSource() {
        return kind == Kind.PUBLICATION ? "décret 2017-779 art. 1 and 2" : "loi 2000-321 art. 10 al. 6";
    }

    /**
     * Returns the duty as the violation a late one is, at its {@linkplain #path() path}:
     * {@link LawCodes#PUBLICATION_LATE} for a publication, {@link LawCodes#FINANCIAL_REPORT_LATE}
     * for a financial report.
     *
     * @return the violation, never null
     */
    public Violation toViolation() {
        String what = kind == Kind.PUBLICATION ? "the essential data of convention " : "the financial report of convention ";
        return Violation.of(kind == Kind.PUBLICATION ? LawCodes.PUBLICATION_LATE : LawCodes.FINANCIAL_REPORT_LATE, path,
                what + convention + (attribution.isEmpty() ? "" : " for " + attribution) + " "
                        + (kind == Kind.PUBLICATION ? "are" : "is") + " due on " + dueOn + " (" + legalSource() + ")");
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Duty)) {
            return false;
        }
        Duty that = (Duty) other;
        return kind == that.kind && convention.equals(that.convention) && attribution.equals(that.attribution)
                && path.equals(that.path) && dueOn.equals(that.dueOn) && done == that.done;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, convention, attribution, path, dueOn, done);
    }

    /**
     * Returns the duty as {@code KIND of convention [attribution] due on date}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return kind + " of " + convention + (attribution.isEmpty() ? "" : " " + attribution) + " due on " + dueOn
                + (done ? " (done)" : "");
    }
}
