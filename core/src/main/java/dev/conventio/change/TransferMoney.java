package dev.conventio.change;

import dev.conventio.finance.Transfer;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Moves money between contributions of the convention, or into or out of it (virement,
 * redéploiement): the origin's amount decreases and the destination's increases by the amount moved,
 * and the consolidated convention lists the transfer with its provenance.
 *
 * <p>The amount of a contribution broken down by budget year moves in the transfer's year, which
 * it then names. An unknown amount stays unknown.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class TransferMoney extends Change {

    TransferMoney() {
    }

    /**
     * Gets the transfer.
     *
     * @return the transfer, never null
     */
    public abstract Transfer transfer();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param transfer  the transfer, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static TransferMoney of(String article, Transfer transfer) {
        return ImmutableTransferMoney.builder().article(article).transfer(transfer).build();
    }

    @Override
    public <R> R accept(Change.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = checkShared();
        violations.throwIfAny();
    }
}
