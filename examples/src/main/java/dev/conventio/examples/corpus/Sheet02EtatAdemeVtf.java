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
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Transfer;
import dev.conventio.finance.TransferEnd;
import dev.conventio.history.History;
import dev.conventio.party.Civility;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.party.Siren;
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
 * convention of 15 December 2014 between the État and the ADEME (PIA, action « Véhicules et
 * transports du futur ») and its avenant n° 1 of 11 July 2019, which rewrites articles 1.1 and 1.3
 * word by word.
 *
 * <p>Only the opening of the convention was read: its articles are recorded by number, with the
 * paragraphs the avenant shows to exist (<em>inferred</em>) and no words. Every textual modification
 * of the avenant is <em>read</em>; the new first sentence of article 1.1's fourth paragraph is
 * paraphrased by the sheet, not quoted, so its words are {@linkplain ReplaceSentence#unknown
 * unknown}, and the rows of the new « Tableau 1 » were not read. Consolidated, the modifications on
 * text that is not recorded are kept as instructions: nothing is invented.
 *
 * <p>Money: the envelope of the action, 1 150 M€ (read in the avenant, which replaces it; the
 * convention's article 1.3 is <em>inferred</em> to hold it), brought down to 934,4 M€ (read) by
 * successive redeployment decisions of the Premier ministre (read), which the avenant records
 * ({@link #redeployment()}). The cut, 215,6 M€, is <em>inferred</em> by subtraction.
 *
 * <p>One value the model requires and the sheet does not give is <em>illustrative</em>: the
 * State's signatory ({@link #ILLUSTRATIVE_STATE_SIGNATORY}: the avenant names offices, not the
 * persons, in the part read). The avenant's effect was not read: its term has no end (its
 * provisions last as long as the convention) and takes effect on signature, the model's usual rule,
 * not a fact of the sheet.
 */
public final class Sheet02EtatAdemeVtf {

    /** The identifier of the État in the convention. */
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
    /** The avenant's date (read): 11 July 2019. */
    public static final LocalDate AVENANT_1_DATE = LocalDate.of(2019, 7, 11);
    /** Illustrative: the sheet reads the ministers' offices, not their names. */
    public static final Person ILLUSTRATIVE_STATE_SIGNATORY = Person.of("Le Premier ministre (nom non lu)");

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
     * The ADEME, établissement public, SIREN 385290309 (read in the avenant), represented in 2014 by
     * its president (read).
     *
     * @return the party, never null
     */
    public static Party ademe() {
        return Party.builder().id(ADEME).name("Agence de l'environnement et de la maîtrise de l'énergie (ADEME)")
                .kind(PartyKind.ETABLISSEMENT_PUBLIC).siren(Siren.parse("385290309"))
                .representative(Representative.of(Person.of(Civility.MONSIEUR, "Bruno Lechevin"), "président"))
                .build();
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
     * Builds the convention of 15 December 2014 as the sheet gives it: parties, legal basis (the
     * visa), publication, its action and envelope, and the articles the avenant names, known by
     * number; articles 1.1 and 1.3 with the paragraphs the avenant shows to exist (inferred), whose
     * words were not read.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        return Convention.builder()
                .reference("Convention du 15 décembre 2014")
                .object("Programme d'investissements d'avenir, action « Véhicules et transports du futur »")
                .addParties(etat(), ademe())
                .concludedOn(CONVENTION_DATE)
                .addLegalBases("Article 8 de la loi n° 2010-237 du 9 mars 2010 de finances rectificative pour 2010,"
                        + " modifié par l'article 59 de la loi n° 2013-1278 du 29 décembre 2013 de finances pour 2014")
                .publication("JORF n° 0291 du 17 décembre 2014")
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
     * Builds avenant n° 1 of 11 July 2019, signed on its date by the president of the ADEME (read)
     * and for the État by an {@linkplain #ILLUSTRATIVE_STATE_SIGNATORY illustrative} signatory: its
     * textual modifications, then the redeployment its article 2 records.
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
                        Signature.of(ETAT, ILLUSTRATIVE_STATE_SIGNATORY, "Le Premier ministre", AVENANT_1_DATE),
                        Signature.of(ADEME, Person.of(Civility.MONSIEUR, "Arnaud Leroy"), "Le président", AVENANT_1_DATE))
                .addAllChanges(changes)
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
