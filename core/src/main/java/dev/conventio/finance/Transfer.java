package dev.conventio.finance;

import dev.conventio.validation.Violations;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Money moved from one place to another (virement, redéploiement): between two contributions of the
 * convention (of one action to another, say), out of the convention or into it.
 * <pre>{@code
 * Transfer.builder().from(TransferEnd.contribution("enveloppe-vtf")).to(TransferEnd.unstated())
 *         .amount(Money.parse("EUR 215600000")).kind(Transfer.Kind.REDEPLOYMENT)
 *         .reason("décisions de redéploiement du Premier ministre").build();
 * }</pre>
 *
 * <p>At least one end is a contribution of the convention, and the two ends differ. When an end is
 * a contribution broken down by budget year, the transfer names the {@linkplain #year() year} whose
 * amount it moves. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Transfer {

    /** The kinds of transfer. */
    public enum Kind {
        /** A transfer between budget lines (virement). */
        TRANSFER,
        /** A redeployment of credits to another use, by a decision (redéploiement). */
        REDEPLOYMENT
    }

    Transfer() {
    }

    /**
     * Gets where the money comes from.
     *
     * @return the origin, never null
     */
    public abstract TransferEnd from();

    /**
     * Gets where the money goes.
     *
     * @return the destination, never null
     */
    public abstract TransferEnd to();

    /**
     * Gets the amount moved.
     *
     * @return the positive amount, never null
     */
    public abstract Money amount();

    /**
     * Gets the kind of transfer.
     *
     * @return the kind, {@link Kind#TRANSFER} unless set, never null
     */
    @Value.Default
    public Kind kind() {
        return Kind.TRANSFER;
    }

    /**
     * Gets the budget year whose amount moves, for contributions broken down by year.
     *
     * @return the year, empty when the contributions are not broken down by year, never null
     */
    public abstract Optional<Year> year();

    /**
     * Gets why or by what decision the money moves.
     *
     * @return the reason, empty when not stated, never null
     */
    public abstract Optional<String> reason();

    /**
     * Obtains a builder; {@code from}, {@code to} and {@code amount} are required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        reason().ifPresent(text -> violations.requireNonBlank(text, "reason"));
        if (!amount().isPositive()) {
            violations.add(FinanceCodes.TRANSFER_AMOUNT_NOT_POSITIVE, "amount",
                    "a transfer moves a positive amount, was " + amount());
        }
        if (!from().isContribution() && !to().isContribution()) {
            violations.add(FinanceCodes.TRANSFER_ENDS_OUTSIDE, "to", "a transfer from " + from() + " to " + to()
                    + " does not touch the convention: one end is a contribution of it");
        } else if (from().equals(to())) {
            violations.add(FinanceCodes.TRANSFER_ENDS_SAME, "to", "a transfer from " + from() + " to itself moves nothing");
        }
        violations.throwIfAny();
    }

    /**
     * Builds {@link Transfer} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken, or
     * {@link IllegalStateException} when a required attribute was not set.
     */
    public static final class Builder extends ImmutableTransfer.Builder {
        Builder() {
        }
    }
}
