package dev.conventio.examples.corpus;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.ModifyText;
import dev.conventio.change.ReplaceWords;
import dev.conventio.change.RewriteArticle;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.history.History;
import dev.conventio.party.Civility;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Text;
import dev.conventio.text.TextLocation;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * Corpus sheet 03 ({@code /work/shared/reference/corpus/03-etat-anr-cdc-ite-tripartite-avenant1.md}):
 * the tripartite convention of 20 July 2015 between the État, the ANR and the Caisse des dépôts
 * (PIA, « Instituts pour la transition énergétique ») and its avenant n° 1 of 6 September 2019,
 * which changes words of the preamble and of article 1 and rewrites article 2.1.
 *
 * <p>The convention's preamble was read only as a summary and its articles not at all: the
 * preamble is recorded as the six paragraphs the avenant shows to exist (<em>inferred</em>), whose
 * words are not recorded; so the words replaced are kept as instructions. Article 2.1's new title,
 * « ITE concernés », is read; its new list was read only in part (IDEEL, EFFICACITY, IPV(F)…, valid
 * until 30 August 2019), so its text is recorded as not recorded rather than half-invented.
 *
 * <p>Illustrative, because the model requires a name and the avenant names offices only (read): the
 * signatories ({@link #illustrativeSignatory(String)}). The avenant's effect was not read: its term
 * has no end and takes effect on signature, the model's usual rule, not a fact of the sheet.
 */
public final class Sheet03EtatAnrCdcIte {

    /** The identifier of the État. */
    public static final String ETAT = "etat";
    /** The identifier of the Agence nationale de la recherche. */
    public static final String ANR = "anr";
    /** The identifier of the Caisse des dépôts et consignations. */
    public static final String CDC = "caisse-des-depots";
    /** The avenant's date (read): 6 September 2019. */
    public static final LocalDate AVENANT_1_DATE = LocalDate.of(2019, 9, 6);

    private Sheet03EtatAnrCdcIte() {
    }

    /**
     * An illustrative signatory: the avenant names the office (read), not the person.
     *
     * @param office  the office, as the avenant names it, not null
     * @return the person standing for the unnamed signatory, never null
     */
    public static Person illustrativeSignatory(String office) {
        return Person.of(office + " (nom non lu)");
    }

    /**
     * Builds the convention of 20 July 2015 as the sheet gives it: the three parties and their
     * representatives, its preamble known to have at least six paragraphs (inferred) and the
     * articles the avenant names, known by their number.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        return Convention.builder()
                .reference("Convention du 20 juillet 2015")
                .object("Programme d'investissements d'avenir, action « Instituts pour la transition énergétique »")
                .addParties(
                        Party.builder().id(ETAT).name("l'État").kind(PartyKind.ETAT).build(),
                        Party.builder().id(ANR).name("Agence nationale de la recherche (ANR)")
                                .kind(PartyKind.ETABLISSEMENT_PUBLIC).representative(Representative.of(
                                        Person.of(Civility.MONSIEUR, "Michael Matlosz"), "président-directeur général"))
                                .build(),
                        Party.builder().id(CDC).name("Caisse des dépôts et consignations").kind(PartyKind.OTHER)
                                .representative(Representative.of(Person.of(Civility.MONSIEUR, "Pierre-René Lemas"),
                                        "directeur général"))
                                .build())
                .concludedOn(LocalDate.of(2015, 7, 20))
                .publication("JORF n° 0167 du 22 juillet 2015")
                // Inferred: the avenant changes words of its second and sixth paragraphs.
                .preamble(Text.partial(Collections.nCopies(6, Paragraph.unknown())))
                .addArticles(
                        // Inferred: its first paragraph holds « ci-après désignés ».
                        Article.of("1", Text.partial(List.of(Paragraph.unknown()))),
                        Article.numbered("2.1"),
                        Article.numbered("7.5"))
                .build();
    }

    /**
     * Gets the textual modifications of the avenant, in its order (all read).
     *
     * @return the modifications, never null
     */
    public static List<ModifyText> modifications() {
        return List.of(
                ModifyText.of("1", ReplaceWords.of(TextLocation.preamble().withParagraph(2), "deux", "trois")),
                ModifyText.of("1", ReplaceWords.of(TextLocation.preamble().withParagraph(6), "de certains", "des")),
                ModifyText.of("2", ReplaceWords.deletion(TextLocation.article("1").withParagraph(1), "ci-après désignés")),
                ModifyText.of("3", RewriteArticle.of("2.1", "ITE concernés", Text.unrecorded())));
    }

    /**
     * Builds avenant n° 1 of 6 September 2019, signed by the three parties on its date, by
     * {@linkplain #illustrativeSignatory(String) illustrative} signatories.
     *
     * @return the amendment, never null
     */
    public static Amendment avenant1() {
        return Amendment.builder()
                .number(1)
                .addArticles(Article.numbered("1"), Article.numbered("2"), Article.numbered("3"))
                .term(Term.of(StartRule.onSignatureByAllParties()))
                .addSignatures(
                        Signature.of(ETAT, illustrativeSignatory("Le Premier ministre"), "Le Premier ministre",
                                AVENANT_1_DATE),
                        Signature.of(ANR, illustrativeSignatory("Le président-directeur général"),
                                "Le président-directeur général", AVENANT_1_DATE),
                        Signature.of(CDC, illustrativeSignatory("Le directeur général"), "Le directeur général",
                                AVENANT_1_DATE))
                .addAllChanges(modifications())
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
