package dev.conventio.amendment;

/**
 * What a history knows of one numbered amendment: either the {@linkplain Amendment amendment}
 * itself, or the fact that it exists without its content ({@link UnrecordedAmendment}).
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface AmendmentRecord permits Amendment, UnrecordedAmendment {

    /**
     * Gets the number of the amendment (avenant n° k), from 1.
     *
     * @return the positive number
     */
    int number();
}
