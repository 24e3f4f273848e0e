package dev.conventio.change;

import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * A textual modification of the convention's text (modification textuelle): words, a sentence, a
 * paragraph, a table or an article of an article's text or of the preamble, replaced, inserted,
 * deleted or renumbered.
 * <pre>{@code
 * // « Au quatrième alinéa de l'article 1.1, deuxième phrase, les mots "inclut les 30 M€" sont
 * // remplacés par les mots "n'inclut pas les montants" »
 * ModifyText.of("1", ReplaceWords.of(TextLocation.article("1.1").withParagraph(4).withSentence(2),
 *         "inclut les 30 M€", "n'inclut pas les montants"));
 * }</pre>
 *
 * <p>Applied to recorded text, the modification gives the consolidated text; where the text it
 * names is not recorded, it is kept as an instruction and the consolidated text shows that part as
 * unknown. Words to replace that the recorded text does not hold break an amendment rule.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ModifyText extends Change {

    ModifyText() {
    }

    /**
     * Gets the textual operation.
     *
     * @return the operation, never null
     */
    public abstract TextOperation operation();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param operation  the textual operation, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if the article is blank
     * @throws NullPointerException if an argument is null
     */
    public static ModifyText of(String article, TextOperation operation) {
        return ImmutableModifyText.builder().article(article).operation(operation).build();
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
