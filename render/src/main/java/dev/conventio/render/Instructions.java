package dev.conventio.render;

import dev.conventio.change.DeleteArticle;
import dev.conventio.change.DeleteParagraph;
import dev.conventio.change.InsertParagraphs;
import dev.conventio.change.RenumberArticle;
import dev.conventio.change.ReplaceParagraph;
import dev.conventio.change.ReplaceSentence;
import dev.conventio.change.ReplaceTable;
import dev.conventio.change.ReplaceWords;
import dev.conventio.change.RewriteArticle;
import dev.conventio.change.TextOperation;
import dev.conventio.change.TextOperationVisitor;
import dev.conventio.text.Paragraph;
import dev.conventio.text.TextLocation;
import java.util.stream.Collectors;

/**
 * A textual operation in French, in the words of an avenant: « au quatrième alinéa de l'article 1.1,
 * deuxième phrase, les mots « inclut les 30 M€ » sont remplacés par les mots « n'inclut pas les
 * montants » ». Stateless.
 */
final class Instructions implements TextOperationVisitor<String> {

    private static final Instructions INSTANCE = new Instructions();

    private Instructions() {
    }

    /** The operation in French. */
    static String of(TextOperation operation) {
        return operation.accept(INSTANCE);
    }

    private static String text(TextLocation location) {
        return location.article().map(number -> "de l'article " + FrenchLabels.article(number)).orElse("du préambule");
    }

    /** « au quatrième alinéa de l'article 1.1, deuxième phrase, » or « dans l'article 1.1, ». */
    private static String at(TextLocation location) {
        if (location.paragraph().isEmpty()) {
            return location.article().map(number -> "À l'article " + FrenchLabels.article(number)).orElse("Au préambule");
        }
        return "Au " + FrenchLabels.ordinal(location.paragraph().getAsInt()) + " alinéa " + text(location)
                + (location.sentence().isPresent() ? ", " + feminine(location.sentence().getAsInt()) + " phrase" : "");
    }

    private static String feminine(int position) {
        return position == 1 ? "première" : FrenchLabels.ordinal(position);
    }

    private static String paragraph(Paragraph paragraph) {
        return paragraph.text().map(text -> "« " + text + " »").orElse("un alinéa dont le texte n'est pas enregistré");
    }

    @Override
    public String visit(ReplaceWords operation) {
        String occurrences = operation.occurrences().isEmpty() ? ""
                : " (occurrence" + (operation.occurrences().size() > 1 ? "s " : " ")
                        + operation.occurrences().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        return at(operation.location()) + ", les mots « " + operation.words() + " »" + occurrences
                + operation.replacement().map(words -> words.isEmpty() ? " sont supprimés."
                        : " sont remplacés par les mots « " + words + " ».")
                        .orElse(" sont remplacés par des mots dont le texte n'est pas enregistré.");
    }

    @Override
    public String visit(ReplaceSentence operation) {
        TextLocation location = operation.location();
        return "La " + feminine(location.sentence().getAsInt()) + " phrase du " + FrenchLabels.ordinal(
                location.paragraph().getAsInt()) + " alinéa " + text(location) + " est remplacée par "
                + operation.sentence().map(sentence -> "la phrase « " + sentence + " ».")
                        .orElse("une phrase dont le texte n'est pas enregistré.");
    }

    @Override
    public String visit(ReplaceParagraph operation) {
        TextLocation location = operation.location();
        return "Le " + FrenchLabels.ordinal(location.paragraph().getAsInt()) + " alinéa " + text(location)
                + " est remplacé par " + paragraph(operation.replacement()) + ".";
    }

    @Override
    public String visit(InsertParagraphs operation) {
        TextLocation location = operation.location();
        String where = operation.atEnd() ? "À la fin " + text(location)
                : "Après le " + FrenchLabels.ordinal(location.paragraph().getAsInt()) + " alinéa " + text(location);
        return where + ", " + (operation.paragraphs().size() == 1 ? "est inséré " : "sont insérés ")
                + operation.paragraphs().stream().map(Instructions::paragraph).collect(Collectors.joining(", ")) + ".";
    }

    @Override
    public String visit(DeleteParagraph operation) {
        TextLocation location = operation.location();
        return "Le " + FrenchLabels.ordinal(location.paragraph().getAsInt()) + " alinéa " + text(location)
                + " est supprimé.";
    }

    @Override
    public String visit(ReplaceTable operation) {
        return "Le tableau " + operation.table() + " " + text(operation.location()) + " est remplacé par le tableau « "
                + operation.replacement().label() + " »" + (operation.replacement().rowsRecorded() ? ""
                        : ", dont les lignes ne sont pas enregistrées") + ".";
    }

    @Override
    public String visit(RewriteArticle operation) {
        return "L'article " + FrenchLabels.article(operation.number()) + " est rédigé à nouveau"
                + operation.title().map(title -> ", sous le titre « " + title + " »").orElse("") + ".";
    }

    @Override
    public String visit(DeleteArticle operation) {
        return "L'article " + FrenchLabels.article(operation.number()) + " est abrogé.";
    }

    @Override
    public String visit(RenumberArticle operation) {
        return "L'article " + FrenchLabels.article(operation.number()) + " devient l'article "
                + FrenchLabels.article(operation.newNumber()) + ".";
    }
}
