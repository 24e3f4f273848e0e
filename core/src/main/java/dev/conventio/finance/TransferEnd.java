package dev.conventio.finance;

import dev.conventio.publication.ConventionReference;
import dev.conventio.validation.Violations;
import java.util.Objects;
import java.util.Optional;

/**
 * Where money moved by a {@link Transfer} comes from or goes to: a contribution of the convention,
 * another convention, or a place the instrument does not state (« redéployés » without saying
 * where).
 * <pre>{@code
 * TransferEnd.contribution("action-1");
 * TransferEnd.otherConvention(ConventionReference.of(Nor.parse("PRMI1736187X")));
 * TransferEnd.unstated();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TransferEnd {

    /** The kinds of end. */
    public enum Kind {
        /** A contribution of the convention, by its identifier. */
        CONTRIBUTION,
        /** Another convention, as the instrument names it. */
        OTHER_CONVENTION,
        /** Outside the convention, the instrument not saying where. */
        UNSTATED
    }

    private static final TransferEnd UNSTATED = new TransferEnd(Kind.UNSTATED, null, null);

    private final Kind kind;
    private final String contribution;
    private final ConventionReference convention;

    private TransferEnd(Kind kind, String contribution, ConventionReference convention) {
        this.kind = kind;
        this.contribution = contribution;
        this.convention = convention;
    }

    /**
     * Obtains a contribution of the convention.
     *
     * @param id  the identifier of the contribution, not null
     * @return the end, never null
     * @throws dev.conventio.validation.ValidationException if the identifier is malformed
     * @throws NullPointerException if the identifier is null
     */
    public static TransferEnd contribution(String id) {
        Objects.requireNonNull(id, "id");
        Violations.collector().requireIdentifier(id, "contribution").throwIfAny();
        return new TransferEnd(Kind.CONTRIBUTION, id, null);
    }

    /**
     * Obtains another convention, as the instrument names it: by its reference, its NOR or its
     * publication (the link of {@link ConventionReference}).
     *
     * @param convention  the other convention, not null
     * @return the end, never null
     * @throws NullPointerException if the convention is null
     */
    public static TransferEnd otherConvention(ConventionReference convention) {
        return new TransferEnd(Kind.OTHER_CONVENTION, null, Objects.requireNonNull(convention, "convention"));
    }

    /**
     * Obtains another convention known by its reference (numéro), as
     * {@code otherConvention(ConventionReference.of(reference))} does.
     *
     * @param reference  the reference of the other convention, not blank, not null
     * @return the end, never null
     * @throws dev.conventio.validation.ValidationException if the reference is blank
     * @throws NullPointerException if the reference is null
     */
    public static TransferEnd otherConvention(String reference) {
        return otherConvention(ConventionReference.of(Objects.requireNonNull(reference, "reference")));
    }

    /**
     * Obtains an end outside the convention that the instrument does not state.
     *
     * @return the end, never null
     */
    public static TransferEnd unstated() {
        return UNSTATED;
    }

    /**
     * Gets the kind of end.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Gets the identifier of the contribution.
     *
     * @return the identifier, present for {@link Kind#CONTRIBUTION} only, never null
     */
    public Optional<String> contribution() {
        return Optional.ofNullable(contribution);
    }

    /**
     * Gets the other convention, as the instrument names it.
     *
     * @return the convention, present for {@link Kind#OTHER_CONVENTION} only, never null
     */
    public Optional<ConventionReference> otherConvention() {
        return Optional.ofNullable(convention);
    }

    /**
     * Tells whether the end is a contribution of the convention.
     *
     * @return true for {@link Kind#CONTRIBUTION}
     */
    public boolean isContribution() {
        return kind == Kind.CONTRIBUTION;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TransferEnd that && kind == that.kind && Objects.equals(contribution, that.contribution)
                && Objects.equals(convention, that.convention);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, contribution, convention);
    }

    /**
     * Returns {@code contribution 'action-1'}, the other convention as {@link ConventionReference}
     * describes it ({@code convention NOR PRMI1736187X}), or {@code unstated}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        switch (kind) {
            case CONTRIBUTION:
                return "contribution '" + contribution + "'";
            case OTHER_CONVENTION:
                return convention.toString();
            default:
                return "unstated";
        }
    }
}
