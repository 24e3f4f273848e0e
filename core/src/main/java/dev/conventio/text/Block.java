package dev.conventio.text;

/**
 * One block of a text: a {@link Paragraph} (alinéa) or a {@link Table} (tableau).
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface Block permits Paragraph, Table {

    /**
     * Tells whether the content of this block is recorded.
     *
     * @return true when its words (or its rows) are known
     */
    boolean isKnown();
}
