package dev.conventio.publication;

import java.util.Objects;

/**
 * How a convention is identified: by its own reference, else by the NOR of the text published in
 * the Journal officiel, else by its publication. Never invented: a convention has at least one.
 * <pre>{@code
 * convention.identification();            // "DEVT 013-2609/17/BM"
 * etatAdeme.identification();             // "NOR PRMI1426516X"
 * etatAdeme.identification().kind();      // Kind.NOR
 * }</pre>
 *
 * <p>Two identifications are equal when their kinds and texts are. This class is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class Identification {

    /** What identifies the convention. */
    public enum Kind {
        /** Its own reference, such as {@code DEVT 013-2609/17/BM}. */
        REFERENCE,
        /** The NOR of its text in the Journal officiel. */
        NOR,
        /** Its publication, such as a recueil des actes administratifs. */
        PUBLICATION
    }

    private final Kind kind;
    private final String text;

    private Identification(Kind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    /**
     * Obtains the identification by a reference.
     *
     * @param reference  the reference, not null
     * @return the identification, never null
     * @throws NullPointerException if the reference is null
     */
    public static Identification ofReference(String reference) {
        return new Identification(Kind.REFERENCE, Objects.requireNonNull(reference, "reference"));
    }

    /**
     * Obtains the identification by a NOR.
     *
     * @param nor  the NOR, not null
     * @return the identification, never null
     * @throws NullPointerException if the NOR is null
     */
    public static Identification ofNor(Nor nor) {
        return new Identification(Kind.NOR, "NOR " + Objects.requireNonNull(nor, "nor"));
    }

    /**
     * Obtains the identification by a publication.
     *
     * @param publication  the publication, not null
     * @return the identification, never null
     * @throws NullPointerException if the publication is null
     */
    public static Identification ofPublication(Publication publication) {
        return new Identification(Kind.PUBLICATION, "published in " + Objects.requireNonNull(publication,
                "publication"));
    }

    /**
     * Gets what identifies the convention.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Identification && kind == ((Identification) other).kind
                && text.equals(((Identification) other).text));
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, text);
    }

    /**
     * Returns the identification as messages use it: the reference, {@code NOR PRMI1426516X}, or
     * {@code published in …}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return text;
    }
}
