package dev.conventio.examples.corpus;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.ModifyText;
import dev.conventio.change.ReplaceWords;
import dev.conventio.change.RewriteArticle;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.history.History;
import dev.conventio.party.Civility;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.party.Role;
import dev.conventio.publication.AmendmentReference;
import dev.conventio.publication.ConventionLink;
import dev.conventio.publication.ConventionReference;
import dev.conventio.publication.JournalOfficiel;
import dev.conventio.publication.Nor;
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
 * the tripartite convention of 20 July 2015 between the État, the Agence nationale de la recherche
 * and the Caisse des dépôts et consignations on the programme d'investissements d'avenir, action
 * « Instituts pour la transition énergétique » (ex-IEED), and its avenant n° 1 of 6 September 2019,
 * which changes words of the preamble and of article 1 and rewrites article 2.1.
 *
 * <p>The sheet reads the convention's opening (JORF number, parties, first paragraphs of the
 * preamble) and the avenant's articles 1 and 2 whole, article 3 in part. The representatives are
 * named in the convention and unnamed (office only) in the avenant, which is signed by office.
 *
 * <p>The convention's preamble was read only as a summary and its articles not at all: the
 * preamble is recorded as the six paragraphs the avenant shows to exist (<em>inferred</em>), whose
 * words are not recorded; so the words replaced are kept as instructions. Article 2.1's new title,
 * « ITE concernés », is read; its new list was read only in part (IDEEL, EFFICACITY, IPV(F)…, valid
 * until 30 August 2019), so its text is recorded as not recorded rather than half-invented. The
 * avenant's effect was not read: its term has no end and takes effect on signature, the model's
 * usual rule, not a fact of the sheet.
 */
public final class Sheet03EtatAnrCdcIte {

    /** The identifier of the État. */
    public static final String ETAT = "etat";
    /** The identifier of the ANR. */
    public static final String ANR = "anr";
    /** The identifier of the Caisse des dépôts. */
    public static final String CDC = "caisse-des-depots";

    /** Read: the date of the tripartite convention. */
    public static final LocalDate CONVENTION_DATE = LocalDate.of(2015, 7, 20);
    /** Read: the date of avenant n° 1. */
    public static final LocalDate AVENANT_1_DATE = LocalDate.of(2019, 9, 6);

    private Sheet03EtatAnrCdcIte() {
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
     * The ANR, établissement public administratif, operator of the programme, « l'ANR », represented
     * in 2015 by its président-directeur général. Read.
     *
     * @return the party, never null
     */
    public static Party anr() {
        return Party.builder().id(ANR).name("Agence nationale de la recherche").kind(PartyKind.ETABLISSEMENT_PUBLIC)
                .legalForm(LegalForm.EPA).addDesignations("l'ANR").addRoles(Role.OPERATEUR)
                .representative(Representative.of(Person.of(Civility.MONSIEUR, "Michael MATLOSZ"),
                        "président-directeur général"))
                .build();
    }

    /**
     * The Caisse des dépôts, établissement spécial, seat 56 rue de Lille, manager of the equity
     * stakes, « la Caisse des dépôts », represented in 2015 by its directeur général. Read.
     *
     * @return the party, never null
     */
    public static Party cdc() {
        return Party.builder().id(CDC).name("Caisse des dépôts et consignations").kind(PartyKind.OTHER)
                .legalForm(LegalForm.ETABLISSEMENT_SPECIAL).address("56 rue de Lille, 75007 Paris")
                .addDesignations("la Caisse des dépôts").addRoles(Role.of("gestionnaire-des-participations"))
                .representative(Representative.of(Person.of(Civility.MONSIEUR, "Pierre-René LEMAS"),
                        "directeur général"))
                .build();
    }

    /**
     * Read: the State's representatives in 2015, by office.
     *
     * @return the representation, never null
     */
    public static Representation etatIn2015() {
        return Representation.of(ETAT, List.of(Representative.office("le Premier ministre"),
                Representative.office("ministre de l'économie, de l'industrie et du numérique"),
                Representative.office("ministre de l'éducation nationale, de l'enseignement supérieur et de la"
                        + " recherche"),
                Representative.office("ministre de l'écologie, du développement durable et de l'énergie")));
    }

    /**
     * Read: who represents each party in avenant n° 1 of 2019 — four members of the government, and
     * the ANR and the Caisse des dépôts by their offices, without names.
     *
     * @return the representations, never null
     */
    public static List<Representation> avenant1Representations() {
        return List.of(
                Representation.of(ETAT, List.of(Representative.office("le Premier ministre"),
                        Representative.office("ministre de la transition écologique et solidaire"),
                        Representative.office("ministre de l'enseignement supérieur, de la recherche et de"
                                + " l'innovation"),
                        Representative.office("ministre de l'économie et des finances"))),
                Representation.of(ANR, Representative.office("président-directeur général")),
                Representation.of(CDC, Representative.office("directeur général")));
    }

    /**
     * Read: avenant n° 1's publication, JORF n° 0209 of 8 September 2019; its NOR is not read.
     *
     * @return the publication, never null
     */
    public static JournalOfficiel avenant1Publication() {
        return JournalOfficiel.builder().issueNumber("0209").date(PartialDate.of(LocalDate.of(2019, 9, 8))).build();
    }

    /**
     * Read: the preamble cites the État–ANR convention of 27 July 2010 (NOR PRMX1020177X), « modifiée à
     * deux reprises » by its avenants n° 1 of 9 October 2013 and n° 2 of 20 July 2015.
     *
     * @return the link, never null
     */
    public static ConventionLink cites2010() {
        return ConventionLink.of(ConventionLink.Relation.CITES, ConventionReference.builder()
                .nor(Nor.parse("PRMX1020177X")).date(PartialDate.of(LocalDate.of(2010, 7, 27)))
                .addAsAmendedBy(AmendmentReference.of(1, PartialDate.of(LocalDate.of(2013, 10, 9))),
                        AmendmentReference.of(2, PartialDate.of(LocalDate.of(2015, 7, 20))))
                .build());
    }

    /**
     * The tripartite convention of 20 July 2015, as its opening gives it: three full signatories,
     * introduced by « Entre : … Et : … Et : », none merely present; its preamble known to have at
     * least six paragraphs (inferred) and the articles the avenant names, known by their number. It
     * has no reference of its own in the part read: it is identified by its publication, JORF n° 0167
     * of 22 July 2015.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        return Convention.builder()
                .object("Programme d'investissements d'avenir, action « Instituts pour la transition énergétique »")
                .addParties(etat(), anr(), cdc())
                .concludedOn(CONVENTION_DATE)
                .addPublications(JournalOfficiel.builder().issueNumber("0167")
                        .date(PartialDate.of(LocalDate.of(2015, 7, 22))).build())
                .addRepresentations(etatIn2015())
                .addLinks(cites2010())
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
     * Builds avenant n° 1 of 6 September 2019, signed by the three parties on its date by their
     * offices, unnamed (read), with who represents each party and where it is published.
     *
     * @return the amendment, never null
     */
    public static Amendment avenant1() {
        return Amendment.builder()
                .number(1)
                .addArticles(Article.numbered("1"), Article.numbered("2"), Article.numbered("3"))
                .term(Term.of(StartRule.onSignatureByAllParties()))
                .addSignatures(
                        Signature.byOffice(ETAT, "Le Premier ministre", PartialDate.of(AVENANT_1_DATE)),
                        Signature.byOffice(ANR, "Le président-directeur général", PartialDate.of(AVENANT_1_DATE)),
                        Signature.byOffice(CDC, "Le directeur général", PartialDate.of(AVENANT_1_DATE)))
                .addAllChanges(modifications())
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
