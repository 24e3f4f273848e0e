package dev.conventio.change;

import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One change an amendment makes to its convention (modification apportée par l'avenant), tied to
 * the amending article it belongs to.
 *
 * <p>The kinds of change form a closed family, one class each; {@link #accept(Visitor)} lets
 * an operation handle every kind with the compiler's help. A change is a description: applying it
 * to a convention returns a new convention and mutates nothing.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public abstract sealed class Change permits SetOrientations, AddPhase, ReplacePhase, RemovePhase,
        ChangePhaseStatus, RecordDecision, AddContribution, ReplaceContribution, RemoveContribution,
        ChangeContributionAmount, ChangeContributionSchedule, SetGovernance, SetTerm, ChangeTermEnd,
        ChangeTermStart, AddParty, RemoveParty, ChangeRepresentative, ChangeMandate, ReplaceArticle,
        AddArticle, ChangeObject, ProlongTerm, TerminateConvention, ModifyText, AddAction, ReplaceAction,
        RemoveAction, AddTarget, ReplaceTarget, RemoveTarget, SplitContribution, TransferMoney,
        SetYearlyAmount {

    Change() {
    }

    /**
     * Gets the number of the amending article this change belongs to, such as {@code 2}.
     *
     * @return the non-blank article number, never null
     */
    public abstract String article();

    /**
     * Gets the last day this change is in force when it has an end of its own (« pour l'année
     * 2020 »): from the next day it no longer applies, while the rest of its amendment stays in
     * force. A {@linkplain #isLasting() lasting} change has none; a decision recorded stays a fact of
     * the history after it, as after its amendment's own end.
     *
     * @return the last day, inclusive, empty when the change lasts as long as its amendment, never null
     */
    public abstract Optional<LocalDate> until();

    /**
     * Returns a copy of this change in force until a day, inclusive.
     *
     * <pre>{@code
     * Change for2020 = ChangeContributionAmount.of("2", "phase-3", Money.parse("EUR 65000"), List.of())
     *         .withUntil(LocalDate.of(2020, 12, 31));          // « pour l'année 2020 »
     * }</pre>
     *
     * @param lastDay  the last day the change is in force, not null
     * @return the change with that end, never null
     * @throws dev.conventio.validation.ValidationException with {@code change.until.lasting} at
     *     {@code until} if the change is {@linkplain #isLasting() lasting}
     * @throws NullPointerException if the day is null
     */
    public abstract Change withUntil(LocalDate lastDay);

    /**
     * Tells whether the change is never undone, whatever becomes of the amendment that makes it: a
     * change of the convention's term ({@link SetTerm}, {@link ChangeTermEnd}, {@link ChangeTermStart},
     * {@link ProlongTerm}) and a termination ({@link TerminateConvention}). A prolongation stays
     * when the avenant that made it reaches its own end; such a change cannot have an end of its own.
     *
     * @return true for a change of the term or a termination
     */
    public boolean isLasting() {
        return this instanceof SetTerm || this instanceof ChangeTermEnd || this instanceof ChangeTermStart
                || this instanceof ProlongTerm || this instanceof TerminateConvention;
    }

    /**
     * Applies an operation to this change according to its kind.
     *
     * @param <R>  the type of the result
     * @param visitor  the operation, not null
     * @return the operation's result
     */
    public abstract <R> R accept(Visitor<R> visitor);

    /**
     * An operation on each kind of change: the compiler checks that an implementation handles
     * every kind, so that adding a kind of change cannot go unnoticed. The kinds and this interface
     * are declared side by side, in this file: a new kind is one more class in the {@code permits}
     * list above and one more method here.
     *
     * <pre>{@code
     * String name = change.accept(new Change.Visitor<String>() {
     *     public String visit(ProlongTerm prolongation) {
     *         return "prolongée de " + prolongation.by();
     *     }
     *     // … one method per kind
     * });
     * }</pre>
     *
     * @param <R>  the type of the result
     *
     * @since 0.1
     */
    public interface Visitor<R> {
        /**
         * Handles a {@link SetOrientations} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(SetOrientations change);

        /**
         * Handles a {@link AddPhase} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(AddPhase change);

        /**
         * Handles a {@link ReplacePhase} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(ReplacePhase change);

        /**
         * Handles a {@link RemovePhase} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(RemovePhase change);

        /**
         * Handles a {@link ChangePhaseStatus} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(ChangePhaseStatus change);

        /**
         * Handles a {@link RecordDecision} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(RecordDecision change);

        /**
         * Handles a {@link AddContribution} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(AddContribution change);

        /**
         * Handles a {@link ReplaceContribution} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(ReplaceContribution change);

        /**
         * Handles a {@link RemoveContribution} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(RemoveContribution change);

        /**
         * Handles a {@link ChangeContributionAmount} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(ChangeContributionAmount change);

        /**
         * Handles a {@link ChangeContributionSchedule} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(ChangeContributionSchedule change);

        /**
         * Handles a {@link SetGovernance} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(SetGovernance change);

        /**
         * Handles a {@link SetTerm} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(SetTerm change);

        /**
         * Handles a {@link ChangeTermEnd} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(ChangeTermEnd change);

        /**
         * Handles a {@link ChangeTermStart} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(ChangeTermStart change);

        /**
         * Handles a {@link AddParty} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(AddParty change);

        /**
         * Handles a {@link RemoveParty} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(RemoveParty change);

        /**
         * Handles a {@link ChangeRepresentative} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(ChangeRepresentative change);

        /**
         * Handles a {@link ChangeMandate} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(ChangeMandate change);

        /**
         * Handles a {@link ReplaceArticle} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(ReplaceArticle change);

        /**
         * Handles a {@link AddArticle} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(AddArticle change);

        /**
         * Handles a {@link ChangeObject} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(ChangeObject change);

        /**
         * Handles a {@link ProlongTerm} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(ProlongTerm change);

        /**
         * Handles a {@link TerminateConvention} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(TerminateConvention change);

        /**
         * Handles a {@link ModifyText} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(ModifyText change);

        /**
         * Handles a {@link AddAction} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(AddAction change);

        /**
         * Handles a {@link ReplaceAction} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(ReplaceAction change);

        /**
         * Handles a {@link RemoveAction} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(RemoveAction change);

        /**
         * Handles a {@link AddTarget} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(AddTarget change);

        /**
         * Handles a {@link ReplaceTarget} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(ReplaceTarget change);

        /**
         * Handles a {@link RemoveTarget} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(RemoveTarget change);

        /**
         * Handles a {@link SplitContribution} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(SplitContribution change);

        /**
         * Handles a {@link TransferMoney} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(TransferMoney change);

        /**
         * Handles a {@link SetYearlyAmount} change.
         *
         * @param change  the change, not null
         * @return the result
         */
        R visit(SetYearlyAmount change);
    }

    /**
     * Starts the check of a change with the invariants every kind shares: a non-blank article, and
     * no end of its own for a lasting change.
     */
    Violations checkShared() {
        Violations violations = Violations.collector().requireNonBlank(article(), "article");
        if (isLasting() && until().isPresent()) {
            violations.add(ChangeCodes.UNTIL_ON_LASTING_CHANGE, "until", "a change of the term or a termination is"
                    + " never undone: it cannot have an end of its own, " + until().get());
        }
        return violations;
    }
}
