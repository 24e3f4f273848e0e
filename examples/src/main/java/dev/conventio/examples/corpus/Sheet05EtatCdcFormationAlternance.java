package dev.conventio.examples.corpus;

import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.convention.Convention;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import java.time.LocalDate;

/**
 * Corpus sheet 05: the convention of 9 September 2010 between the État and the Caisse des dépôts on
 * the programme d'investissements d'avenir, action « Investissements dans la formation en
 * alternance », its avenant n° 1 of 20 June 2018 and its avenant n° 2 of 24 April 2024.
 *
 * <p>The sheet reads the convention's opening and avenant n° 2's preamble and article 1; avenant
 * n° 1 is known only from avenant n° 2's preamble.
 */
public final class Sheet05EtatCdcFormationAlternance {

    /** The identifier of the État. */
    public static final String ETAT = "etat";
    /** The identifier of the Caisse des dépôts, « l'opérateur ». */
    public static final String CDC = "caisse-des-depots";

    /** Read: the date of the convention. */
    public static final LocalDate CONVENTION_DATE = LocalDate.of(2010, 9, 9);
    /** Read, in avenant n° 2's preamble: the date of avenant n° 1. */
    public static final LocalDate AVENANT_1_DATE = LocalDate.of(2018, 6, 20);
    /** Read: the date of avenant n° 2. */
    public static final LocalDate AVENANT_2_DATE = LocalDate.of(2024, 4, 24);
    /** Read: the NOR of the convention. */
    public static final String NOR = "PRMX1023296X";

    private Sheet05EtatCdcFormationAlternance() {
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
     * The Caisse des dépôts et consignations, établissement spécial. Read.
     *
     * @return the party, never null
     */
    public static Party cdc() {
        return Party.builder().id(CDC).name("Caisse des dépôts et consignations").kind(PartyKind.OTHER).build();
    }

    /**
     * The convention of 9 September 2010, as its opening gives it.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        return Convention.builder()
                .reference(NOR)
                .object("Programme d'investissements d'avenir (action « investissements dans la formation en "
                        + "alternance »)")
                .addParties(etat(), cdc())
                .concludedOn(CONVENTION_DATE)
                .addLegalBases("Article 8 de la loi n° 2010-237 du 9 mars 2010 de finances rectificative pour 2010")
                .build();
    }

    /**
     * Avenant n° 1 of 20 June 2018, known only from avenant n° 2's preamble: recorded without
     * content.
     *
     * @return the unrecorded amendment, never null
     */
    public static UnrecordedAmendment avenant1() {
        return UnrecordedAmendment.of(1, "Avenant n° 1 du 20 juin 2018, connu par le préambule de l'avenant n° 2 :"
                + " il prolonge la durée de la convention de cinq années supplémentaires");
    }
}
