package dev.conventio.testkit;

import static dev.conventio.testkit.PartyGen.pick;

import dev.conventio.change.DeleteArticle;
import dev.conventio.change.DeleteParagraph;
import dev.conventio.change.InsertParagraphs;
import dev.conventio.change.ModifyText;
import dev.conventio.change.RenumberArticle;
import dev.conventio.change.ReplaceParagraph;
import dev.conventio.change.ReplaceSentence;
import dev.conventio.change.ReplaceTable;
import dev.conventio.change.ReplaceWords;
import dev.conventio.change.RewriteArticle;
import dev.conventio.change.TextOperation;
import dev.conventio.text.Block;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Table;
import dev.conventio.text.Text;
import dev.conventio.text.TextLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generators of texts — paragraphs with French words (now and then with no-break spaces and
 * typographic apostrophes, or their sentences recorded explicitly), paragraphs not recorded, tables
 * with or without their rows — recorded whole or in part.
 *
 * <p>Texts of more than one paragraph, and textual modifications, are written by format version 2
 * only: {@link ConventionGen#conventions()} keeps to what version 1 writes, and
 * {@link ConventionGen#conventionsWithText()} adds a preamble and such texts.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TextGen {

    private static final List<String> SENTENCES = List.of(
            "Les parties conviennent des modalités de leur partenariat.",
            "L’opérateur rend compte chaque année de l’emploi des fonds.",
            "Le montant de l’action est fixé à 1\u00a0150\u00a0M€.",
            "M. le Préfet veille à l’application de l’art. 3 de la présente convention.",
            "La convention a été modifiée à deux reprises.",
            "Les crédits non engagés au 31 décembre sont reportés.");

    private TextGen() {
    }

    /**
     * Obtains a generator of paragraphs, recorded or not.
     *
     * @return the generator, never null
     */
    public static Gen<Paragraph> paragraphs() {
        return (random, size) -> switch (random.nextInt(5)) {
            case 0 -> Paragraph.unknown();
            case 1 -> Paragraph.ofSentences(pick(random, SENTENCES), pick(random, SENTENCES));
            default -> Paragraph.of(pick(random, SENTENCES) + (random.nextBoolean() ? " " + pick(random, SENTENCES) : ""));
        };
    }

    /**
     * Obtains a generator of texts of up to {@code min(size, 6)} blocks, recorded whole or in part.
     *
     * @return the generator, never null
     */
    public static Gen<Text> texts() {
        return (random, size) -> {
            List<Block> blocks = blocks(random, size);
            return random.nextBoolean() ? Text.of(blocks) : Text.partial(blocks);
        };
    }

    private static List<Block> blocks(RandomGenerator random, int size) {
        List<Block> blocks = new ArrayList<>();
        int count = random.nextInt(1 + Math.min(size, 6));
        for (int i = 0; i < count; i++) {
            if (random.nextInt(6) == 0) {
                blocks.add(table(random, i));
            } else {
                blocks.add(paragraphs().generate(random, size));
            }
        }
        return blocks;
    }

    private static Table table(RandomGenerator random, int number) {
        String label = "Tableau " + (number + 1);
        return random.nextBoolean() ? Table.withUnknownRows(label)
                : Table.of(label, List.of(List.of("2019", "120 M€"), List.of("2020", "95 M€")));
    }

    /** A preamble recorded whole, of one to four paragraphs whose words are all recorded. */
    static Text preamble(RandomGenerator random) {
        List<Block> paragraphs = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            paragraphs.add(Paragraph.of(pick(random, SENTENCES)));
        }
        return Text.of(paragraphs);
    }

    /**
     * A textual modification valid for the standing, by construction: on the preamble, which is
     * recorded whole and never shrinks, an applied replacement or insertion; on an article the
     * standing does not have, which the modification attests, an instruction kept (its text is not
     * recorded) or an article rewritten, renumbered or deleted.
     */
    static ModifyText modification(RandomGenerator random, Standing standing, String article) {
        String fresh = standing.freshArticleNumber();
        TextLocation unrecorded = TextLocation.article(fresh);
        TextOperation operation = switch (random.nextInt(11)) {
            case 0 -> random.nextBoolean() ? ReplaceWords.of(unrecorded.withParagraph(1 + random.nextInt(3)), "deux", "trois")
                    : ReplaceWords.unknown(unrecorded.withParagraph(1 + random.nextInt(3)), "deux");
            case 1 -> ReplaceWords.deletion(unrecorded, "ci-après désignés");
            case 2 -> random.nextBoolean() ? ReplaceSentence.unknown(unrecorded.withParagraph(1).withSentence(1))
                    : ReplaceSentence.of(unrecorded.withParagraph(1).withSentence(1 + random.nextInt(2)),
                            pick(random, SENTENCES));
            case 3 -> ReplaceParagraph.of(TextLocation.preamble().withParagraph(1), Paragraph.of(pick(random, SENTENCES)));
            case 4 -> InsertParagraphs.of(random.nextBoolean() ? TextLocation.preamble()
                    : unrecorded.withParagraph(1 + random.nextInt(3)), List.of(paragraphs().generate(random, 3)));
            case 5 -> DeleteParagraph.of(unrecorded.withParagraph(1 + random.nextInt(3)));
            case 6 -> ReplaceTable.of(unrecorded, 1, table(random, 0));
            case 7 -> RewriteArticle.of(fresh, pick(random, FrenchData.ARTICLE_TITLES), texts().generate(random, 4));
            case 8 -> RewriteArticle.of(fresh, texts().generate(random, 4));
            case 9 -> RenumberArticle.of(fresh, fresh + " bis");
            default -> DeleteArticle.of(fresh);
        };
        return ModifyText.of(article, operation);
    }
}
