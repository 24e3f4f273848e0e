package dev.conventio.publication;

import org.immutables.value.Value;

/**
 * A typed link from a convention or an avenant to another convention: one that it replaces, one to
 * or from which money is moved, or one it cites.
 * <pre>{@code
 * ConventionLink replaces = ConventionLink.of(ConventionLink.Relation.REPLACES,
 *         ConventionReference.of(Nor.parse("PRMX1031562X")));
 * }</pre>
 *
 * <p>A convention that replaces an earlier one is a different relation from an avenant that amends
 * one: the avenant's own convention is its history's base, never a link.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ConventionLink {

    /** How the instrument relates to the other convention. */
    public enum Relation {
        /** The instrument replaces the other convention (« la présente convention remplace … »). */
        REPLACES,
        /** Money is moved from this convention to the other one. */
        MONEY_MOVED_TO,
        /** Money is moved from the other convention to this one. */
        MONEY_MOVED_FROM,
        /** The instrument cites the other convention, without another relation. */
        CITES
    }

    ConventionLink() {
    }

    /**
     * Gets how the instrument relates to the other convention.
     *
     * @return the relation, never null
     */
    public abstract Relation relation();

    /**
     * Gets the other convention.
     *
     * @return the other convention, never null
     */
    public abstract ConventionReference target();

    /**
     * Obtains a link.
     *
     * @param relation  the relation, not null
     * @param target  the other convention, not null
     * @return the link, never null
     * @throws NullPointerException if an argument is null
     */
    public static ConventionLink of(Relation relation, ConventionReference target) {
        return ImmutableConventionLink.builder().relation(relation).target(target).build();
    }

    /**
     * Returns the link as {@code REPLACES convention NOR PRMX1031562X}.
     *
     * @return a short description, never null
     */
    @Override
    public String toString() {
        return relation() + " " + target();
    }
}
