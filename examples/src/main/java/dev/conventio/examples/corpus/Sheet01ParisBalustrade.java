package dev.conventio.examples.corpus;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.ModifyText;
import dev.conventio.change.ReplaceParagraph;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.history.History;
import dev.conventio.party.Civility;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Text;
import dev.conventio.text.TextLocation;
import java.time.LocalDate;
import java.util.List;

/**
 * Corpus sheet 01 ({@code /work/shared/reference/corpus/01-paris-balustrade-cpo-avenant1.md}): the
 * convention pluriannuelle d'objectifs of 9 December 2021 between the Ville de Paris and the
 * association Balustrade, and its avenant n° 1 (deliberation 2022 DFPE 28), whose article 1
 * rewrites the first paragraph of article 2.
 *
 * <p>The avenant is the draft annexed to the deliberation: its signature blocks are blank (read), so
 * it carries no signature and is never in force. The new paragraph was read only up to « le montant
 * de l… »: its words are not recorded. The CPO itself was not found: its article 2 is known from the
 * avenant, its words not recorded.
 */
public final class Sheet01ParisBalustrade {

    /** The identifier of the Ville de Paris. */
    public static final String PARIS = "ville-de-paris";
    /** The identifier of the association Balustrade. */
    public static final String BALUSTRADE = "balustrade";

    private Sheet01ParisBalustrade() {
    }

    /**
     * Builds the CPO of 9 December 2021 as the avenant gives it: the parties, its date, and its
     * article 2, whose first paragraph (read: « le paragraphe 1 de l'article 2 ») is not recorded.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        return Convention.builder()
                .reference("Convention pluriannuelle d'objectifs du 9 décembre 2021")
                .object("Engagements réciproques de la Ville de Paris et de l'association pour le fonctionnement de"
                        + " la crèche parentale BALUSTRADE, 39 Cité Industrielle")
                .addParties(
                        Party.builder().id(PARIS).name("Ville de Paris").kind(PartyKind.COMMUNE).build(),
                        Party.builder().id(BALUSTRADE).name("association BALUSTRADE").kind(PartyKind.ASSOCIATION)
                                .representative(Representative.of(Person.of(Civility.MONSIEUR, "David Chaillot"),
                                        "président"))
                                .build())
                .concludedOn(LocalDate.of(2021, 12, 9))
                .addArticles(Article.of("2", Text.partial(List.of(Paragraph.unknown()))))
                .build();
    }

    /**
     * Gets the textual modification of the avenant's article 1 (read): the first paragraph of
     * article 2 is replaced by a paragraph whose words were not read in full.
     *
     * @return the modification, never null
     */
    public static ModifyText modification() {
        return ModifyText.of("1", ReplaceParagraph.of(TextLocation.article("2").withParagraph(1), Paragraph.unknown()));
    }

    /**
     * Builds avenant n° 1 as the draft annexed to the deliberation: no signature (the blocks are
     * blank); its effect and duration were not read, so its term has no end.
     *
     * @return the draft amendment, never null
     */
    public static Amendment avenant1Draft() {
        return Amendment.builder()
                .number(1)
                .title("Avenant n° 1 à la convention d'objectifs entre la Ville de Paris et l'association BALUSTRADE"
                        + " relative au fonctionnement de la crèche parentale BALUSTRADE")
                .addArticles(Article.numbered("1"))
                .term(Term.of(StartRule.onSignatureByAllParties()))
                .addChanges(modification())
                .build();
    }

    /**
     * Builds the history: the CPO and the draft avenant.
     *
     * @return the history, never null
     */
    public static History history() {
        return History.of(convention()).add(avenant1Draft());
    }
}
