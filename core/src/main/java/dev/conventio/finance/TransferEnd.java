package dev.conventio.finance;

import dev.conventio.validation.Violations;
import java.util.Objects;
import java.util.Optional;

/**
 * Where money moved by a {@link Transfer} comes from or goes to: a contribution of the convention,
 * another convention, or a place the instrument does not state (« redéployés » without saying
 * where).
 * <pre>{@code
 * TransferEnd.contribution("action-1");
 * TransferEnd.otherConvention("Convention du 29 décembre 2017 (PRMI1736187X)");
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
        /** Another convention, by its reference. */
        OTHER_CONVENTION,
        /** Outside the convention, the instrument not saying where. */
        UNSTATED
    }

    private static final TransferEnd UNSTATED = new TransferEnd(Kind.UNSTATED, null);

    private final Kind kind;
    private final String reference;

    private TransferEnd(Kind kind, String reference) {
        this.kind = kind;
        this.reference = reference;
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
        return new TransferEnd(Kind.CONTRIBUTION, id);
    }

    /**
     * Obtains another convention, by its reference (numéro, NOR or title).
     *
     * <p>Until the links between conventions of the parties issue (#12) are part of the model, the
     * other convention is named by its reference; that link will take this place.
     *
     * @param reference  the reference of the other convention, not blank, not null
     * @return the end, never null
     * @throws dev.conventio.validation.ValidationException if the reference is blank
     * @throws NullPointerException if the reference is null
     */
    public static TransferEnd otherConvention(String reference) {
        Objects.requireNonNull(reference, "reference");
        Violations.collector().requireNonBlank(reference, "convention").throwIfAny();
        return new TransferEnd(Kind.OTHER_CONVENTION, reference);
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
        return kind == Kind.CONTRIBUTION ? Optional.of(reference) : Optional.empty();
    }

    /**
     * Gets the reference of the other convention.
     *
     * @return the reference, present for {@link Kind#OTHER_CONVENTION} only, never null
     */
    public Optional<String> otherConvention() {
        return kind == Kind.OTHER_CONVENTION ? Optional.of(reference) : Optional.empty();
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
        return other instanceof TransferEnd that && kind == that.kind && Objects.equals(reference, that.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, reference);
    }

    /**
     * Returns {@code contribution 'action-1'}, {@code convention 'PRMI1736187X'} or {@code unstated}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        switch (kind) {
            case CONTRIBUTION:
                return "contribution '" + reference + "'";
            case OTHER_CONVENTION:
                return "convention '" + reference + "'";
            default:
                return "unstated";
        }
    }
}
