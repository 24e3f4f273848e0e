package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.validation.Violation;
import java.math.BigDecimal;
import java.util.List;

/**
 * A rule a user adds to a history on top of the amendment rules, such as a cap on the increase of
 * the money committed; it reports violations like a rule does.
 * <pre>{@code
 * History capped = history.withPolicies(AmendmentPolicy.maxIncreasePerAmendment(new BigDecimal("50")),
 *         AmendmentPolicy.objectUnchanged(),
 *         (h, candidate) -> candidate.title().isPresent() ? List.of()
 *                 : List.of(Violation.of(UNTITLED, "title", "an amendment of ours has a title")));
 * }</pre>
 *
 * <p>A history runs its policies on every recorded {@link Amendment} it is asked to
 * {@linkplain History#check check} or {@linkplain History#add add}, once the amendment's changes
 * are known to apply, so that a policy can rely on {@link History#standingBefore(Amendment)} and
 * {@link History#standingAfter(Amendment)}. Unrecorded amendments have no content to check.
 *
 * <p>Implementations must be immutable and thread-safe, as the histories that hold them are.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface AmendmentPolicy {

    /**
     * Reports how a candidate amendment breaks this policy.
     *
     * @param history  the history the candidate would join, not null
     * @param candidate  the candidate amendment, whose changes apply to the history, not null
     * @return the violations, with paths relative to the amendment, empty if it complies, never null
     */
    List<Violation> check(History history, Amendment candidate);

    /**
     * Obtains a cap on the increase of money each amendment makes, as a percentage of the money the
     * base convention commits.
     *
     * <p>The increase is the total committed just after the amendment takes effect less the total
     * just before; a decrease is never capped. Public procurement caps each modification at 50 %
     * of the initial amount (Code de la commande publique, article R2194-3, which applies the
     * limit to each of successive modifications): {@code maxIncreasePerAmendment(new BigDecimal("50"))}.
     * When the base convention commits no money, any increase exceeds the cap.
     *
     * <p>Violations: {@link dev.conventio.history.HistoryCodes#POLICY_INCREASE_CAP_EXCEEDED} at
     * {@code changes}; {@link dev.conventio.history.HistoryCodes#MONEY_CURRENCY_MIXED} when the
     * amounts are not all in one currency.
     *
     * @param percentOfInitial  the cap, in percent of the initial amount, zero or more, not null
     * @return the policy, never null
     * @throws IllegalArgumentException if the percentage is negative
     * @throws NullPointerException if the percentage is null
     */
    static AmendmentPolicy maxIncreasePerAmendment(BigDecimal percentOfInitial) {
        return new MoneyIncreaseCap(percentOfInitial, false);
    }

    /**
     * Obtains a cap on the increase of money all amendments make together, the candidate
     * included, as a percentage of the money the base convention commits.
     *
     * <p>The cumulative increase is the sum of each signed amendment's own increase, measured as
     * for {@link #maxIncreasePerAmendment(BigDecimal)}, decreases offsetting increases; drafts never
     * count, and unrecorded amendments cannot, since their content is unknown. Public procurement
     * allows small modifications up to 10 % of the initial amount of a services or supplies
     * contract and 15 % of a works contract, cumulated (article R2194-8):
     * {@code maxCumulativeIncrease(BigDecimal.TEN)}. Each check measures every earlier amendment's
     * increase again, one consolidation each, rather than keep policy data in the history.
     *
     * <p>Violations: {@link dev.conventio.history.HistoryCodes#POLICY_CUMULATIVE_CAP_EXCEEDED} at
     * {@code changes}; {@link dev.conventio.history.HistoryCodes#MONEY_CURRENCY_MIXED} when the
     * amounts are not all in one currency.
     *
     * @param percentOfInitial  the cap, in percent of the initial amount, zero or more, not null
     * @return the policy, never null
     * @throws IllegalArgumentException if the percentage is negative
     * @throws NullPointerException if the percentage is null
     */
    static AmendmentPolicy maxCumulativeIncrease(BigDecimal percentOfInitial) {
        return new MoneyIncreaseCap(percentOfInitial, true);
    }

    /**
     * Obtains a policy that forbids changing the object of the convention: an amendment may not
     * change the nature of the agreement it amends.
     *
     * <p>Violation: {@link dev.conventio.history.HistoryCodes#POLICY_OBJECT_CHANGED} at
     * {@code changes[i]} for each {@code ChangeObject}.
     *
     * @return the policy, never null
     */
    static AmendmentPolicy objectUnchanged() {
        return ObjectUnchanged.INSTANCE;
    }

    /**
     * Obtains the policy that makes every undetermined outcome a violation: an amendment is then
     * accepted only when each rule and policy can be decided on what it records, as for an
     * application that must never keep an open question. Without it, a history accepts an amendment
     * whose only outcomes are undetermined and keeps them ({@link History#undetermined()}).
     * <pre>{@code
     * History strict = history.withPolicies(AmendmentPolicy.undeterminedRejected());
     * strict.add(signedIn2017);   // ValidationException: amendment.before-convention at signatures[0].date
     * }</pre>
     *
     * @return the policy, never null
     */
    static AmendmentPolicy undeterminedRejected() {
        return UndeterminedRejected.INSTANCE;
    }
}
