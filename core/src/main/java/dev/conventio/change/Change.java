package dev.conventio.change;

import dev.conventio.validation.Violations;

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

    /** Starts the check of a change with the invariant every kind shares: a non-blank article. */
    Violations checkArticle() {
        return Violations.collector().requireNonBlank(article(), "article");
    }
}
