package dev.conventio.examples.corpus;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.ModifyText;
import dev.conventio.change.ReplaceParagraph;
import dev.conventio.change.SetYearlyAmount;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Decision;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.history.History;
import dev.conventio.party.Civility;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.party.Role;
import dev.conventio.publication.OtherPublication;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Text;
import dev.conventio.text.TextLocation;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Corpus sheet 01 ({@code /work/shared/reference/corpus/01-paris-balustrade-cpo-avenant1.md}): the
 * convention pluriannuelle d'objectifs (CPO) of 9 December 2021 between the Ville de Paris and the
 * association « Balustrade » (crèche parentale), and its avenant n° 1 of 2022 authorised by
 * deliberation 2022 DFPE 28, whose article 1 rewrites the first paragraph of article 2.
 *
 * <p>The base CPO was not found: what is known of it comes from the avenant's exposé, its article 2
 * included, whose words are not recorded. The sheet reads the avenant's opening only (title,
 * parties, exposé, the start of article 1). Money: the City's subsidy, whose amount the CPO states
 * in paragraph 1 of article 2 (read) but which could not be read; the avenant sets it for 2022 to
 * 87 458 €, <em>inferred</em> from the deliberation's title, and says nothing of the other years.
 *
 * <p>The avenant is the draft annexed to the deliberation before the vote: its signature blocks are
 * blank (read), so it carries no signature and is never in force, and the date of its authorising
 * deliberation is left blank. The new paragraph was read only up to « le montant de l… »: its words
 * are not recorded. Its term is not read; its signature blocks and where it is published are given
 * apart.
 */
public final class Sheet01ParisBalustrade {

    /** The identifier of the Ville de Paris. */
    public static final String PARIS = "ville-de-paris";
    /** The identifier of the association Balustrade. */
    public static final String BALUSTRADE = "balustrade";
    /** The identifier given here to the City's subsidy (the CPO's own designation is not read). */
    public static final String SUBSIDY = "subvention-ville";

    /** Read: the date of the CPO, as the avenant gives it. */
    public static final LocalDate CPO_DATE = LocalDate.of(2021, 12, 9);

    /** Read: the object of the CPO, from the avenant's exposé. */
    public static final String OBJECT = "Engagements réciproques de la Ville de Paris et de l'association pour le "
            + "fonctionnement de l'établissement situé 39 Cité Industrielle : accueil collectif, non permanent, "
            + "régulier et occasionnel d'enfants de 10 mois à 3 ans";

    /** Read: the title of the deliberation that authorises the avenant, from which its amount is inferred. */
    public static final String DELIBERATION_TITLE = "2022 DFPE 28 : Subvention (87.458 euros), avenant n° 1 avec "
            + "l'association Balustrade (11e) pour la crèche parentale (11e)";

    private Sheet01ParisBalustrade() {
    }

    /**
     * The Ville de Paris, financer. Read: its name; the kind is <em>inferred</em> (the sheet says
     * « collectivité (commune/département de Paris) »).
     *
     * @return the party, never null
     */
    public static Party paris() {
        return Party.builder().id(PARIS).name("Ville de Paris").kind(PartyKind.COMMUNE).addRoles(Role.FINANCEUR)
                .build();
    }

    /**
     * The association Balustrade, 39 Cité Industrielle, beneficiary, represented by its président.
     * Read; no SIRET nor RNA number in the part read.
     *
     * @return the party, never null
     */
    public static Party balustrade() {
        return Party.builder().id(BALUSTRADE).name("Association « BALUSTRADE »").kind(PartyKind.ASSOCIATION)
                .address("39 Cité Industrielle, Paris 11e").addRoles(Role.BENEFICIAIRE)
                .representative(Representative.of(Person.of(Civility.MONSIEUR, "David CHAILLOT"), "président"))
                .build();
    }

    /**
     * The City's subsidy under the CPO: a subsidy (read, « Subvention » in the deliberation's title)
     * whose amount and budget years the part read does not give.
     *
     * @return the contribution, its amount unknown, never null
     */
    public static FinancialContribution subsidy() {
        return FinancialContribution.builder().id(SUBSIDY).contributor(PARIS).beneficiary(BALUSTRADE)
                .nature(ContributionNature.GRANT).purpose("Fonctionnement de la crèche parentale BALUSTRADE").build();
    }

    /**
     * The CPO of 9 December 2021, as the avenant's exposé gives it: the parties, its date, the
     * subsidy, and its article 2, whose first paragraph (read: « le paragraphe 1 de l'article 2 ») is
     * not recorded. It has no number in the part read: the reference is the avenant's designation of it.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        return Convention.builder()
                .reference("Convention d'objectifs entre la Ville de Paris et l'association BALUSTRADE relative au "
                        + "fonctionnement de la crèche parentale BALUSTRADE")
                .object(OBJECT)
                .addParties(paris(), balustrade())
                .concludedOn(CPO_DATE)
                .addContribution(subsidy())
                .addArticles(Article.of("2", Text.partial(List.of(Paragraph.unknown()))))
                .build();
    }

    /**
     * Read: who represents each party in avenant n° 1 — « Madame la Maire de Paris », by office,
     * and the association by its président.
     *
     * @return the representations, never null
     */
    public static List<Representation> avenant1Representations() {
        return List.of(Representation.of(PARIS, Representative.office("Madame la Maire de Paris")),
                Representation.of(BALUSTRADE, Representative.of(Person.of(Civility.MONSIEUR, "David CHAILLOT"),
                        "président")));
    }

    /**
     * Read: the deliberation 2022 DFPE 28 of the Conseil de Paris that authorises the Maire to sign
     * avenant n° 1, on the agenda of the session opening on 22 March 2022; the date of its vote is
     * left blank, and stays unknown.
     *
     * @return the authorisation, never null
     */
    public static Authorisation avenant1Authorisation() {
        return Authorisation.of(PARIS, Decision.builder().kind(Decision.Kind.DELIBERATION).body("Conseil de Paris")
                .number("2022 DFPE 28").date(PartialDate.unknown())
                .title("Subvention (87.458 euros), avenant n° 1 avec l'association Balustrade (11e) pour la crèche"
                        + " parentale (11e)").build());
    }

    /**
     * Read: avenant n° 1's signature blocks, left blank: the draft names who will sign, not that they
     * did. The Ville de Paris signs by its office.
     *
     * @return the signature blocks, undated, never null
     */
    public static List<Signature> avenant1SignatureBlocks() {
        return List.of(Signature.builder().party(PARIS).capacity("la Maire de Paris").build(),
                Signature.unsigned(BALUSTRADE, Person.of(Civility.MONSIEUR, "David CHAILLOT"), "le président"));
    }

    /**
     * Read: avenant n° 1 is published as an annex of the deliberation in the papers of the Conseil de
     * Paris, session of March 2022.
     *
     * @return the publication, never null
     */
    public static OtherPublication avenant1Publication() {
        return OtherPublication.of("annexe de la délibération 2022 DFPE 28, Conseil de Paris, séance de mars 2022",
                PartialDate.parse("2022-03"));
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
     * Article 1 of avenant n° 1, as a change of money: the amount of 2022, 87 458 €, firm (the
     * avenant fixes it), <em>inferred</em> from the deliberation's title and labelled so. The other
     * years stay unknown: the change gives none.
     *
     * @return the change, never null
     */
    public static SetYearlyAmount avenant1Amount() {
        return SetYearlyAmount.of("1", SUBSIDY, YearlyAmount.firm(Year.of(2022), Money.of(CurrencyUnit.EUR, 87_458))
                .withInferredFrom("le titre de la délibération " + DELIBERATION_TITLE));
    }

    /**
     * The subsidy as avenant n° 1 would leave it: its amount for 2022, inferred, and no other.
     *
     * @return the contribution, never null
     */
    public static FinancialContribution subsidyAfterAvenant1() {
        return subsidy().withYearlyAmounts(List.of(avenant1Amount().amount()));
    }

    /**
     * Builds avenant n° 1 as the draft annexed to the deliberation: no signature (the blocks are
     * blank), with who represents each party and the authorising deliberation; its effect and
     * duration were not read, so its term has no end. Its article 1 both rewrites the paragraph
     * ({@link #modification()}) and sets the amount it holds ({@link #avenant1Amount()}).
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
                .addChanges(modification(), avenant1Amount())
                .representations(avenant1Representations())
                .addAuthorisations(avenant1Authorisation())
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
