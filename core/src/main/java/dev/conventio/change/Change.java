package dev.conventio.change;

import dev.conventio.validation.Violations;

/**
 * One change an amendment makes to its convention (modification apportée par l'avenant), tied to
 * the amending article it belongs to.
 *
 * <p>The kinds of change form a closed family, one class each; {@link #accept(ChangeVisitor)} lets
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
    public abstract <R> R accept(ChangeVisitor<R> visitor);

    /** Starts the check of a change with the invariant every kind shares: a non-blank article. */
    Violations checkArticle() {
        return Violations.collector().requireNonBlank(article(), "article");
    }
}
