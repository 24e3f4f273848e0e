package dev.conventio.examples.corpus;

import dev.conventio.action.Action;
import dev.conventio.amendment.Amendment;
import dev.conventio.change.Change;
import dev.conventio.change.DeleteParagraph;
import dev.conventio.change.ModifyText;
import dev.conventio.change.ReplaceSentence;
import dev.conventio.change.ReplaceTable;
import dev.conventio.change.ReplaceWords;
import dev.conventio.change.TransferMoney;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Transfer;
import dev.conventio.finance.TransferEnd;
import dev.conventio.history.History;
import dev.conventio.party.Civility;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.party.Role;
import dev.conventio.party.Siren;
import dev.conventio.publication.Citation;
import dev.conventio.publication.ConventionLink;
import dev.conventio.publication.ConventionReference;
import dev.conventio.publication.JournalOfficiel;
import dev.conventio.publication.LegalBasisCitation;
import dev.conventio.publication.Nor;
import dev.conventio.publication.Publication;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Table;
import dev.conventio.text.Text;
import dev.conventio.text.TextLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Corpus sheet 02 ({@code /work/shared/reference/corpus/02-etat-ademe-pia-vtf-avenant1.md}): the
 * convention of 15 December 2014 between the État and the ADEME on the programme d'investissements
 * d'avenir, action « Véhicules et transports du futur », and its avenant n° 1 of 11 July 2019, which
 * rewrites articles 1.1 and 1.3 word by word.
 *
 * <p>The sheet reads the convention's opening and the avenant's articles 1 and 2. The State is
 * represented by offices, unnamed and several at once, and the ministers change between the
 * convention and its avenant (a new government), as does the operator's président. The convention
 * has no reference of its own: it is identified by the NOR of its publication in the Journal
 * officiel.
 *
 * <p>The convention's articles are recorded by number, with the paragraphs the avenant shows to
 * exist (<em>inferred</em>) and no words. Every textual modification of the avenant is
 * <em>read</em>; the new first sentence of article 1.1's fourth paragraph is paraphrased by the
 * sheet, not quoted, so its words are {@linkplain ReplaceSentence#unknown unknown}, and the rows of
 * the new « Tableau 1 » were not read. Consolidated, the modifications on text that is not recorded
 * are kept as instructions: nothing is invented.
 *
 * <p>Money: the envelope of the action, 1 150 M€ (read in the avenant, which replaces it; the
 * convention's article 1.3 is <em>inferred</em> to hold it), brought down to 934,4 M€ (read) by
 * successive redeployment decisions of the Premier ministre (read), which the avenant records
 * ({@link #redeployment()}). The cut, 215,6 M€, is <em>inferred</em> by subtraction.
 *
 * <p>The avenant names offices, not persons, for the State: it signs by office. The avenant's
 * effect was not read: its term has no end (its provisions last as long as the convention) and
 * takes effect on signature, the model's usual rule, not a fact of the sheet.
 */
public final class Sheet02EtatAdemeVtf {

    /** The identifier of the État. */
    public static final String ETAT = "etat";
    /** The identifier of the ADEME in the convention, « l'Opérateur ». */
    public static final String ADEME = "ademe";
    /** The identifier given here to the action « Véhicules et transports du futur ». */
    public static final String ACTION = "vehicules-et-transports-du-futur";
    /** The identifier given here to the envelope of the action. */
    public static final String ENVELOPE = "enveloppe-vtf";

    /** Read: the date of the convention. */
    public static final LocalDate CONVENTION_DATE = LocalDate.of(2014, 12, 15);
    /** Read: the NOR of the convention, in its ELI. */
    public static final String NOR = "PRMI1426516X";
    /** Read (in the avenant, which replaces it): the envelope of the action in the convention of 2014. */
    public static final Money ENVELOPE_2014 = Money.of(CurrencyUnit.EUR, 1_150_000_000L);
    /** Read: the envelope after avenant n° 1 (article 2, first paragraph of article 1.3). */
    public static final Money ENVELOPE_2019 = Money.of(CurrencyUnit.EUR, 934_400_000L);
    /** Read: the date of avenant n° 1. */
    public static final LocalDate AVENANT_1_DATE = LocalDate.of(2019, 7, 11);

    private Sheet02EtatAdemeVtf() {
    }

    /**
     * The État. Read.
     *
     * @return the party, never null
     */
    public static Party etat() {
        return Party.builder().id(ETAT).name("l'État").kind(PartyKind.ETAT).build();
    }

    /**
     * The ADEME, établissement public, operator of the action, called « l'Opérateur » or
     * « l'ADEME ». Read; its SIREN is read in the avenant, and is the same legal unit in 2014. Its
     * legal form (an EPIC) is not read, so that it is not stated.
     *
     * @return the party, never null
     */
    public static Party ademe() {
        return Party.builder().id(ADEME).name("Agence de l'environnement et de la maîtrise de l'énergie (ADEME)")
                .kind(PartyKind.ETABLISSEMENT_PUBLIC)
                .siren(Siren.parse("385290309"))
                .addDesignations("l'Opérateur", "l'ADEME")
                .addRoles(Role.OPERATEUR)
                .build();
    }

    /**
     * Read: who represents each party in the convention of 2014 — the Premier ministre and five
     * members of the government, by office; the ADEME by its président, M. Bruno LECHEVIN.
     *
     * @return the representations, never null
     */
    public static List<Representation> conventionRepresentations() {
        return List.of(
                Representation.of(ETAT, List.of(Representative.office("le Premier ministre"),
                        Representative.office("ministre de l'écologie, du développement durable et de l'énergie"),
                        Representative.office("ministre de l'éducation nationale, de l'enseignement supérieur et de la"
                                + " recherche"),
                        Representative.office("ministre des finances et des comptes publics"),
                        Representative.office("ministre de l'économie, de l'industrie et du numérique"),
                        Representative.office("secrétaire d'État chargé des transports"))),
                Representation.of(ADEME, Representative.of(Person.of(Civility.MONSIEUR, "Bruno LECHEVIN"),
                        "président")));
    }

    /**
     * Read: who represents each party in avenant n° 1 of 2019 — a new government, and a new
     * président of the ADEME, M. Arnaud LEROY.
     *
     * @return the representations, never null
     */
    public static List<Representation> avenant1Representations() {
        return List.of(
                Representation.of(ETAT, List.of(Representative.office("le Premier ministre"),
                        Representative.office("ministre d'État, ministre de la transition écologique et solidaire"),
                        Representative.office("ministre de l'économie et des finances"),
                        Representative.office("ministre de l'enseignement supérieur, de la recherche et de"
                                + " l'innovation"),
                        Representative.office("ministre chargée des transports"))),
                Representation.of(ADEME, Representative.of(Person.of(Civility.MONSIEUR, "Arnaud LEROY"),
                        "président")));
    }

    /**
     * Read: the convention's publication, JORF n° 0291 of 17 December 2014, with its NOR, its ELI
     * and its Légifrance identifier.
     *
     * @return the publication, never null
     */
    public static JournalOfficiel conventionPublication() {
        return JournalOfficiel.builder().issueNumber("0291").date(PartialDate.of(LocalDate.of(2014, 12, 17)))
                .nor(Nor.parse(NOR)).eli("https://www.legifrance.gouv.fr/eli/convention/2014/12/15/PRMI1426516X/jo/texte")
                .legifranceId("JORFTEXT000029913226").build();
    }

    /**
     * Read: avenant n° 1's publication, JORF n° 0162 of 14 July 2019; its NOR and ELI are not read.
     *
     * @return the publication, never null
     */
    public static Publication avenant1Publication() {
        return JournalOfficiel.builder().issueNumber("0162").date(PartialDate.of(LocalDate.of(2019, 7, 14))).build();
    }

    /**
     * Read: the convention replaces the État–ADEME convention of 8 December 2010 on the action
     * « Véhicule du futur », published in JO n° 286 of 10 December 2010, NOR PRMX1031562X.
     *
     * @return the link, never null
     */
    public static ConventionLink replaces2010() {
        return ConventionLink.of(ConventionLink.Relation.REPLACES, ConventionReference.builder()
                .nor(Nor.parse("PRMX1031562X")).date(PartialDate.of(LocalDate.of(2010, 12, 8)))
                .title("convention du 8 décembre 2010 relative à l'action « Véhicule du futur »")
                .publication(JournalOfficiel.builder().issueNumber("286").date(PartialDate.of(LocalDate.of(2010, 12,
                        10))).nor(Nor.parse("PRMX1031562X")).build())
                .build());
    }

    /**
     * The envelope the État entrusts to its operator for the action: an endowment (the nature is
     * <em>inferred</em>: PIA money managed by an operator), of 1 150 M€, its source labelled.
     *
     * @return the contribution, never null
     */
    public static FinancialContribution envelope() {
        return FinancialContribution.builder().id(ENVELOPE).contributor(ETAT).beneficiary(ADEME)
                .nature(ContributionNature.ENDOWMENT).action(ACTION).amount(ENVELOPE_2014)
                .inferredFrom("l'article 2 de l'avenant n° 1, qui remplace le montant de 1 150 M€ de l'article 1.3")
                .build();
    }

    /**
     * The convention of 15 December 2014, as its opening gives it: identified by its NOR, with its
     * representations, its legal basis and its typed citation, and the convention it replaces; its
     * action and envelope; and the articles the avenant names, known by number, articles 1.1 and 1.3
     * with the paragraphs the avenant shows to exist (inferred), whose words were not read.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        return Convention.builder()
                .object("Programme d'investissements d'avenir (action « Véhicules et transports du futur »)")
                .addParties(etat(), ademe())
                .concludedOn(CONVENTION_DATE)
                .addLegalBases("Article 8 de la loi n° 2010-237 du 9 mars 2010 de finances rectificative pour 2010, "
                        + "modifié par l'article 59 de la loi n° 2013-1278 du 29 décembre 2013 de finances pour 2014")
                .addLegalBasisCitations(LegalBasisCitation.of(0, Citation.law("2010-237",
                        PartialDate.of(LocalDate.of(2010, 3, 9))).withArticle("8").withAmendedBy(List.of(
                        Citation.law("2013-1278", PartialDate.of(LocalDate.of(2013, 12, 29))).withArticle("59")))))
                .addPublications(conventionPublication())
                .addAllRepresentations(conventionRepresentations())
                .addLinks(replaces2010())
                .addArticles(
                        // Inferred: the avenant deletes the fifth paragraph and rewrites the fourth.
                        Article.of("1.1", Text.partial(Collections.nCopies(5, Paragraph.unknown()))),
                        // Inferred: the avenant replaces the amount of the first paragraph.
                        Article.of("1.3", Text.partial(List.of(Paragraph.unknown()))),
                        Article.numbered("8.6"))
                .addActions(Action.of(ACTION, "Véhicules et transports du futur"))
                .addContribution(envelope())
                .build();
    }

    /** The fourth paragraph of article 1.1 (« quatrième alinéa de l'article 1.1 »). */
    private static final TextLocation ARTICLE_1_1_FOURTH = TextLocation.article("1.1").withParagraph(4);

    /**
     * Gets the textual modifications of the avenant, in its order (all read).
     *
     * @return the modifications, never null
     */
    public static List<ModifyText> modifications() {
        return List.of(
                // Art. 1, 1°: the first sentence of the fourth paragraph is replaced; the new sentence
                // (the envelope brought down to 934,4 M€) is paraphrased by the sheet, not quoted.
                ModifyText.of("1", ReplaceSentence.unknown(ARTICLE_1_1_FOURTH.withSentence(1))),
                // Art. 1, 2°: « les mots "inclut les 30 M€" sont remplacés par les mots "n'inclut pas les montants" ».
                ModifyText.of("1", ReplaceWords.of(ARTICLE_1_1_FOURTH.withSentence(2), "inclut les 30 M€",
                        "n'inclut pas les montants")),
                // Art. 1, 3°: the fifth paragraph is deleted.
                ModifyText.of("1", DeleteParagraph.of(TextLocation.article("1.1").withParagraph(5))),
                // Art. 2, 1°: in the first paragraph of article 1.3, 1 150 M€ becomes 934,4 M€.
                ModifyText.of("2", ReplaceWords.of(TextLocation.article("1.3").withParagraph(1), "1 150 M€",
                        "934,4 M€")),
                // Art. 2, 2°: « Tableau 1 » is replaced; the new table's rows were not read.
                ModifyText.of("2", ReplaceTable.of(TextLocation.article("1.3"), 1,
                        Table.withUnknownRows("Tableau 1. – Rythme prévisionnel d'engagement"))));
    }

    /**
     * Avenant n° 1's cut of the envelope, as a change of its article 2: a redeployment (read) out of
     * the action, to where the part read does not say, of 215,6 M€ (<em>inferred</em>: 1 150 − 934,4).
     *
     * @return the change, never null
     */
    public static TransferMoney redeployment() {
        return TransferMoney.of("2", Transfer.builder().from(TransferEnd.contribution(ENVELOPE)).to(TransferEnd.unstated())
                .amount(ENVELOPE_2014.minus(ENVELOPE_2019)).kind(Transfer.Kind.REDEPLOYMENT)
                .reason("décisions successives de redéploiement du Premier ministre").build());
    }

    /**
     * Builds avenant n° 1 of 11 July 2019, signed on its date for the État by the office of the
     * Premier ministre and by the président of the ADEME, with who represents each party and where it
     * is published (read): its textual modifications, then the redeployment its article 2 records.
     *
     * @return the amendment, never null
     */
    public static Amendment avenant1() {
        List<Change> changes = new ArrayList<>(modifications());
        changes.add(redeployment());
        return Amendment.builder()
                .number(1)
                .addArticles(Article.numbered("1"), Article.numbered("2"))
                .term(Term.of(StartRule.onSignatureByAllParties()))
                .addSignatures(
                        Signature.byOffice(ETAT, "Le Premier ministre", PartialDate.of(AVENANT_1_DATE)),
                        Signature.of(ADEME, Person.of(Civility.MONSIEUR, "Arnaud LEROY"), "Le président", AVENANT_1_DATE))
                .addAllChanges(changes)
                .representations(avenant1Representations())
                .addPublications(avenant1Publication())
                .build();
    }

    /**
     * Builds the history: the convention and its avenant n° 1.
     *
     * @return the history, never null
     */
    public static History history() {
        return History.of(convention()).add(avenant1());
    }
}
