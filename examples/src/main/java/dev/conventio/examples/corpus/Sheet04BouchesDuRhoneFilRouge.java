package dev.conventio.examples.corpus;

import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Decision;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.party.Civility;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.party.Role;
import dev.conventio.publication.Citation;
import dev.conventio.publication.LegalBasisCitation;
import dev.conventio.publication.OtherPublication;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Text;
import java.time.LocalDate;
import java.util.List;

/**
 * Corpus sheet 04 ({@code /work/shared/reference/corpus/04-bouches-du-rhone-fil-rouge-alzheimer-subvention.md}):
 * the operating-subsidy convention (convention de subvention de fonctionnement) between the
 * Département des Bouches-du-Rhône and the GCSMS « Le Fil Rouge Alzheimer », read up to the start of
 * its article 1.
 *
 * <p>The sheet reads the convention's opening only: parties, three visas, a preamble of one
 * paragraph (read as a paraphrase, so its words are not recorded) and article 1 « Objet de la
 * convention », cut after its first words. Its date is not read: {@link #convention()} is concluded
 * on an {@linkplain PartialDate#unknown() unknown} date, never an invented one, and it has no
 * reference; the copy read, republished by 123dok.net, is the one publication that identifies it.
 * No avenant was found, so there is no textual modification.
 *
 * <p>Money: an operating subsidy (read, « subvention de fonctionnement », article 1) whose amount,
 * year and payment are not read. The preamble's « at least 23 000 € » (read) is a lower bound, which
 * the model does not hold: nothing is made of it.
 */
public final class Sheet04BouchesDuRhoneFilRouge {

    /** The identifier of the Département, « le Département ». */
    public static final String DEPARTEMENT = "departement-13";
    /** The identifier of the GCSMS, « le Groupement ». */
    public static final String GROUPEMENT = "fil-rouge-alzheimer";

    private Sheet04BouchesDuRhoneFilRouge() {
    }

    /**
     * The convention as read: its parties, its three visas (the first two with the texts they
     * cite), its preamble and article 1 read in part, the operating subsidy and the deliberation
     * that authorises the Présidente; concluded on a date not read, so {@linkplain PartialDate#unknown()
     * unknown}; identified by the copy read, whose original source is not named. Its term, its other
     * articles and its signatures are not read: none is recorded.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        List<Citation> citations = visaCitations();
        return Convention.builder()
                .object("Subvention de fonctionnement")
                .addParties(departement(), groupement())
                .concludedOn(PartialDate.unknown())
                .legalBases(visas())
                .addLegalBasisCitations(LegalBasisCitation.of(0, citations.get(0)),
                        LegalBasisCitation.of(1, citations.get(1)))
                .preamble(preamble())
                .addPublications(copyRead())
                .addArticles(article1())
                .addContributions(subsidy())
                .addAuthorisations(authorisation())
                .build();
    }

    /**
     * The copy read: the text of a PDF republished by 123dok.net, its original source not named and
     * its date not given (read). Not in the Journal officiel.
     *
     * @return the publication, never null
     */
    public static OtherPublication copyRead() {
        return OtherPublication.of("Texte en PDF republié par 123dok.net, source d'origine non nommée",
                PartialDate.unknown());
    }

    /**
     * The Département des Bouches-du-Rhône, financer, « le Département », represented by the
     * Présidente du Conseil départemental. Read.
     *
     * @return the party, never null
     */
    public static Party departement() {
        return Party.builder().id(DEPARTEMENT).name("Département des Bouches-du-Rhône").kind(PartyKind.DEPARTEMENT)
                .addDesignations("le Département").addRoles(Role.FINANCEUR)
                .representative(Representative.of(Person.of(Civility.MADAME, "Martine VASSAL"),
                        "Présidente du Conseil départemental"))
                .build();
    }

    /**
     * The GCSMS Le Fil Rouge Alzheimer, 1 bd Jean Jaurès, 13400 Aubagne, beneficiary, « le
     * Groupement », represented by its Présidente. Read: a groupement de coopération sociale et
     * médico-sociale, not an association; no SIRET nor RNA number given.
     *
     * @return the party, never null
     */
    public static Party groupement() {
        return Party.builder().id(GROUPEMENT).name("LE FIL ROUGE ALZHEIMER").kind(PartyKind.OTHER)
                .legalForm(LegalForm.GCSMS).address("1 bd Jean Jaurès, 13400 Aubagne")
                .addDesignations("le Groupement").addRoles(Role.BENEFICIAIRE)
                .representative(Representative.of(Person.of(Civility.MADAME, "Sophie AMARANTINIS"), "Présidente"))
                .build();
    }

    /**
     * Read: the Présidente acts under a deliberation of the Commission permanente whose number and
     * date are blank (« n° … du »): both stay unknown.
     *
     * @return the authorisation, never null
     */
    public static Authorisation authorisation() {
        return Authorisation.of(DEPARTEMENT, Decision.deliberation("Commission permanente", PartialDate.unknown()));
    }

    /**
     * Read: the deliberation of the Commission permanente that grants the subsidy (third visa), its
     * number and date blank. It is the granting decision the {@linkplain #subsidy() subsidy}
     * references.
     *
     * @return the decision, never null
     */
    public static Decision grantingDecision() {
        return Decision.deliberation("Commission permanente", PartialDate.unknown());
    }

    /**
     * Read: the texts the first two {@linkplain #visas() visas} cite — the code général des collectivités territoriales,
     * and décret n° 2001-495 of 6 June 2001 applying article 10 of loi n° 2000-321 of 12 April 2000.
     *
     * @return the citations, in the order of the visas, never null
     */
    public static List<Citation> visaCitations() {
        return List.of(Citation.code("code général des collectivités territoriales"),
                Citation.decree("2001-495", PartialDate.of(LocalDate.of(2001, 6, 6))));
    }

    /**
     * The operating subsidy of article 1: its nature and its granting decision read, its amount and
     * budget year unknown.
     *
     * @return the contribution, never null
     */
    public static FinancialContribution subsidy() {
        return FinancialContribution.builder().id("subvention-de-fonctionnement").contributor(DEPARTEMENT)
                .beneficiary(GROUPEMENT).nature(ContributionNature.OPERATING_GRANT).grantingDecision(grantingDecision())
                .build();
    }

    /**
     * Gets the visas, as read; the third leaves the deliberation's number and date blank (« n° … du »).
     *
     * @return the visas, in order, never null
     */
    public static List<String> visas() {
        return List.of(
                "Code général des collectivités territoriales",
                "Décret n° 2001-495 du 6 juin 2001 pris pour l'application de l'article 10 de la loi n° 2000-321 du"
                        + " 12 avril 2000 relatif à la transparence financière des aides octroyées par les personnes"
                        + " publiques",
                "Délibération n° … de la Commission permanente du … accordant une subvention");
    }

    /**
     * Gets the preamble: one paragraph, read (the subsidy voted reaches 23 000 €, so a convention
     * is required), whose words the sheet paraphrases and are therefore not recorded; more may follow.
     *
     * @return the preamble, never null
     */
    public static Text preamble() {
        return Text.partial(List.of(Paragraph.unknown()));
    }

    /**
     * Gets article 1, « Objet de la convention » (read): its first paragraph exists, cut after « une
     * subvention de fonctionnem[ent] », its words not recorded; the rest not read.
     *
     * @return the article, never null
     */
    public static Article article1() {
        return Article.of("1", "Objet de la convention", Text.partial(List.of(Paragraph.unknown())));
    }
}
