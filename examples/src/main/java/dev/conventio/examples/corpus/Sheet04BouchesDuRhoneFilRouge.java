package dev.conventio.examples.corpus;

import dev.conventio.convention.Article;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Text;
import java.util.List;

/**
 * Corpus sheet 04 ({@code /work/shared/reference/corpus/04-bouches-du-rhone-fil-rouge-alzheimer-subvention.md}):
 * the operating-subsidy convention between the Département des Bouches-du-Rhône and the GCSMS « Le
 * Fil Rouge Alzheimer », read up to the start of its article 1.
 *
 * <p>Its text as read: three visas, a preamble of one paragraph (read as a paraphrase, so its words
 * are not recorded) and article 1 « Objet de la convention », cut after its first words. The date of
 * the convention was not read, and a {@code Convention} needs the day it was concluded: the
 * convention itself is left to the issue that lets that date be unknown; nothing is invented here to
 * fill it, and its parts are given alone. No avenant was found, so there is no textual modification.
 *
 * <p>Money: an operating subsidy (read, « subvention de fonctionnement », article 1) whose amount,
 * year and payment are not read. The preamble's « at least 23 000 € » (read) is a lower bound, which
 * the model does not hold: nothing is made of it.
 */
public final class Sheet04BouchesDuRhoneFilRouge {

    /** The identifier of the Département. */
    public static final String DEPARTEMENT = "departement-13";
    /** The identifier of the Groupement. */
    public static final String FIL_ROUGE = "gcsms-fil-rouge-alzheimer";

    private Sheet04BouchesDuRhoneFilRouge() {
    }

    /**
     * The Département des Bouches-du-Rhône. Read.
     *
     * @return the party, never null
     */
    public static Party departement() {
        return Party.builder().id(DEPARTEMENT).name("Département des Bouches-du-Rhône").kind(PartyKind.DEPARTEMENT)
                .build();
    }

    /**
     * The GCSMS « Le Fil Rouge Alzheimer ». Read; its kind (a groupement de coopération sociale et
     * médico-sociale) has no constant of its own.
     *
     * @return the party, never null
     */
    public static Party filRouge() {
        return Party.builder().id(FIL_ROUGE).name("GCSMS Le Fil Rouge Alzheimer").kind(PartyKind.OTHER).build();
    }

    /**
     * The operating subsidy of article 1: its nature read, its amount and budget year unknown.
     *
     * @return the contribution, never null
     */
    public static FinancialContribution subsidy() {
        return FinancialContribution.builder().id("subvention-de-fonctionnement").contributor(DEPARTEMENT)
                .beneficiary(FIL_ROUGE).nature(ContributionNature.OPERATING_GRANT).build();
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
