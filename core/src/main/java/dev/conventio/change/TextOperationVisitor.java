package dev.conventio.change;

/**
 * An operation on each kind of {@link TextOperation}: the compiler checks that an implementation
 * handles every kind.
 *
 * @param <R>  the type of the result
 *
 * @since 0.1
 */
public interface TextOperationVisitor<R> {

    /**
     * Handles a {@link ReplaceWords} operation.
     *
     * @param operation  the operation, not null
     * @return the result
     */
    R visit(ReplaceWords operation);

    /**
     * Handles a {@link ReplaceSentence} operation.
     *
     * @param operation  the operation, not null
     * @return the result
     */
    R visit(ReplaceSentence operation);

    /**
     * Handles a {@link ReplaceParagraph} operation.
     *
     * @param operation  the operation, not null
     * @return the result
     */
    R visit(ReplaceParagraph operation);

    /**
     * Handles an {@link InsertParagraphs} operation.
     *
     * @param operation  the operation, not null
     * @return the result
     */
    R visit(InsertParagraphs operation);

    /**
     * Handles a {@link DeleteParagraph} operation.
     *
     * @param operation  the operation, not null
     * @return the result
     */
    R visit(DeleteParagraph operation);

    /**
     * Handles a {@link ReplaceTable} operation.
     *
     * @param operation  the operation, not null
     * @return the result
     */
    R visit(ReplaceTable operation);

    /**
     * Handles a {@link RewriteArticle} operation.
     *
     * @param operation  the operation, not null
     * @return the result
     */
    R visit(RewriteArticle operation);

    /**
     * Handles a {@link DeleteArticle} operation.
     *
     * @param operation  the operation, not null
     * @return the result
     */
    R visit(DeleteArticle operation);

    /**
     * Handles a {@link RenumberArticle} operation.
     *
     * @param operation  the operation, not null
     * @return the result
     */
    R visit(RenumberArticle operation);
}
