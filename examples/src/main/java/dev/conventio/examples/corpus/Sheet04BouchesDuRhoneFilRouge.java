package dev.conventio.examples.corpus;

import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;

/**
 * Corpus sheet 04: the convention de subvention de fonctionnement between the Département des
 * Bouches-du-Rhône and the GCSMS « Le Fil Rouge Alzheimer», read only in part.
 *
 * <p>Money: an operating subsidy (read, « subvention de fonctionnement », article 1) whose amount,
 * year and payment are not read. The convention's date is not read, so no convention is built:
 * the subsidy is given alone. The preamble's « at least 23 000 € » (read) is a lower bound, which
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
}
