package dev.conventio.change;

import dev.conventio.text.TextLocation;
import dev.conventio.text.TextCodes;
import dev.conventio.validation.Violations;

/**
 * One textual modification (modification textuelle) of a {@link ModifyText} change, in the
 * vocabulary of legal drafting and of Akoma Ntoso's {@code textualMod}: substitutions
 * ({@link ReplaceWords}, {@link ReplaceSentence}, {@link ReplaceParagraph}, {@link ReplaceTable},
 * {@link RewriteArticle}), insertions ({@link InsertParagraphs}; articles are added by
 * {@link AddArticle}), repeals ({@link DeleteParagraph}, {@link DeleteArticle}, and words replaced by
 * nothing) and renumbering ({@link RenumberArticle}).
 *
 * <p>Each operation names the text it applies to: the preamble or an article, and within it a
 * paragraph and a sentence ({@link TextLocation}). The kinds form a closed family;
 * {@link #accept(TextOperationVisitor)} lets an operation handle each with the compiler's help.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public abstract sealed class TextOperation permits ReplaceWords, ReplaceSentence, ReplaceParagraph,
        InsertParagraphs, DeleteParagraph, ReplaceTable, RewriteArticle, DeleteArticle, RenumberArticle {

    TextOperation() {
    }

    /**
     * Gets the text the operation applies to: the preamble or an article, without paragraph or
     * sentence.
     *
     * @return the location of the whole text, never null
     */
    public abstract TextLocation target();

    /**
     * Applies an operation to this one according to its kind.
     *
     * @param <R>  the type of the result
     * @param visitor  the operation, not null
     * @return the operation's result
     */
    public abstract <R> R accept(TextOperationVisitor<R> visitor);

    /** Records a {@link TextCodes#LOCATION_UNFIT} unless the location names a paragraph, and a sentence as wanted. */
    static void requireLevel(TextLocation location, boolean paragraph, Boolean sentence, String operation,
            Violations violations) {
        if (paragraph != location.paragraph().isPresent()) {
            violations.add(TextCodes.LOCATION_UNFIT, "location.paragraph", operation
                    + (paragraph ? " names its paragraph" : " names no paragraph") + ", at " + location);
        }
        if (sentence != null && sentence != location.sentence().isPresent()) {
            violations.add(TextCodes.LOCATION_UNFIT, "location.sentence", operation
                    + (sentence ? " names its sentence" : " names no sentence") + ", at " + location);
        }
    }
}
