package dev.conventio.change;

import dev.conventio.text.TextCodes;
import dev.conventio.text.TextLocation;
import dev.conventio.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Replaces words by other words, or deletes them (« les mots "deux" sont remplacés par le mot
 * "trois" », « les mots "ci-après désignés" sont supprimés »), in a text, a paragraph or a sentence,
 * found by the rules of {@link dev.conventio.text.TextMatching}.
 * <pre>{@code
 * ReplaceWords.of(TextLocation.preamble().withParagraph(2), "deux", "trois");
 * ReplaceWords.deletion(TextLocation.article("1").withParagraph(1), "ci-après désignés");
 * ReplaceWords.unknown(TextLocation.article("1.1").withParagraph(4), "inclut les 30 M€");  // new words not recorded
 * }</pre>
 *
 * <p>Which occurrences: every one by default, or those listed, counted from 1 in the passage.
 *
 * <p>The new words may be {@linkplain #unknown(TextLocation, String) not recorded} (an avenant known
 * from a summary that names the words replaced, not their replacement). Applied to recorded text, the
 * words are still sought, and a paragraph in which they are replaced is unknown from then on: no part
 * of it is shown as in force while part of it is not known.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ReplaceWords extends TextOperation {

    ReplaceWords() {
    }

    /**
     * Gets the passage searched: a text, a paragraph or a sentence.
     *
     * @return the location, never null
     */
    public abstract TextLocation location();

    /**
     * Gets the words replaced, as the amendment quotes them.
     *
     * @return the non-blank words, never null
     */
    public abstract String words();

    /**
     * Gets the new words.
     *
     * @return the new words, an empty string for a deletion; empty when the new words are not
     *     recorded; never null
     */
    public abstract Optional<String> replacement();

    /**
     * Gets the occurrences replaced, counted from 1 in the passage, in increasing order.
     *
     * @return the occurrences, empty for every one, never null, unmodifiable
     */
    public abstract List<Integer> occurrences();

    /**
     * Obtains the replacement of every occurrence.
     *
     * @param location  the passage searched, not null
     * @param words  the words replaced, not blank, not null
     * @param replacement  the new words, not blank, not null
     * @return the operation, never null
     * @throws dev.conventio.validation.ValidationException if a text is blank
     * @throws NullPointerException if an argument is null
     */
    public static ReplaceWords of(TextLocation location, String words, String replacement) {
        return of(location, words, replacement, List.of());
    }

    /**
     * Obtains the replacement of some occurrences, or of words by nothing when the replacement is
     * empty.
     *
     * @param location  the passage searched, not null
     * @param words  the words replaced, not blank, not null
     * @param replacement  the new words, empty for a deletion, not null
     * @param occurrences  the occurrences, from 1, increasing; empty for every one, not null
     * @return the operation, never null
     * @throws dev.conventio.validation.ValidationException if the words are blank, the replacement
     *     only white space, or an occurrence not positive
     * @throws NullPointerException if an argument is null
     */
    public static ReplaceWords of(TextLocation location, String words, String replacement, List<Integer> occurrences) {
        return ImmutableReplaceWords.builder().location(location).words(words).replacement(replacement)
                .occurrences(occurrences).build();
    }

    /**
     * Obtains the deletion of every occurrence of words.
     *
     * @param location  the passage searched, not null
     * @param words  the words deleted, not blank, not null
     * @return the operation, never null
     * @throws dev.conventio.validation.ValidationException if the words are blank
     * @throws NullPointerException if an argument is null
     */
    public static ReplaceWords deletion(TextLocation location, String words) {
        return of(location, words, "", List.of());
    }

    /**
     * Obtains the replacement of every occurrence of words by words the record does not give.
     *
     * @param location  the passage searched, not null
     * @param words  the words replaced, not blank, not null
     * @return the operation, never null
     * @throws dev.conventio.validation.ValidationException if the words are blank
     * @throws NullPointerException if an argument is null
     */
    public static ReplaceWords unknown(TextLocation location, String words) {
        return unknown(location, words, List.of());
    }

    /**
     * Obtains the replacement of some occurrences of words by words the record does not give.
     *
     * @param location  the passage searched, not null
     * @param words  the words replaced, not blank, not null
     * @param occurrences  the occurrences, from 1, increasing; empty for every one, not null
     * @return the operation, never null
     * @throws dev.conventio.validation.ValidationException if the words are blank or an occurrence
     *     not positive
     * @throws NullPointerException if an argument is null
     */
    public static ReplaceWords unknown(TextLocation location, String words, List<Integer> occurrences) {
        return ImmutableReplaceWords.builder().location(location).words(words).occurrences(occurrences).build();
    }

    /**
     * Tells whether the words are deleted rather than replaced.
     *
     * @return true when the replacement is recorded and empty
     */
    public boolean isDeletion() {
        return replacement().filter(String::isEmpty).isPresent();
    }

    @Override
    public TextLocation target() {
        return location().whole();
    }

    @Override
    public <R> R accept(TextOperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector().requireNonBlank(words(), "words");
        if (replacement().filter(words -> !words.isEmpty()).isPresent()) {
            violations.requireNonBlank(replacement().get(), "replacement");
        }
        for (int i = 0; i < occurrences().size(); i++) {
            int occurrence = occurrences().get(i);
            if (occurrence < 1) {
                violations.add(TextCodes.POSITION_NOT_POSITIVE, "occurrences[" + i + "]",
                        "occurrences count from 1, was " + occurrence);
            } else if (i > 0 && occurrence <= occurrences().get(i - 1)) {
                violations.add(TextCodes.POSITION_NOT_POSITIVE, "occurrences[" + i + "]",
                        "occurrences are listed in increasing order, " + occurrence + " follows "
                                + occurrences().get(i - 1));
            }
        }
        violations.throwIfAny();
    }
}
