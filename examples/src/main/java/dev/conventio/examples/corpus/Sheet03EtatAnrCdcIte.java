package dev.conventio.examples.corpus;

import dev.conventio.convention.Convention;
import dev.conventio.party.Civility;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import java.time.LocalDate;

/**
 * Corpus sheet 03: the tripartite convention of 20 July 2015 between the État, the Agence nationale
 * de la recherche and the Caisse des dépôts et consignations on the programme d'investissements
 * d'avenir, action « Instituts pour la transition énergétique » (ex-IEED), and its avenant n° 1 of
 * 6 September 2019.
 *
 * <p>The sheet reads the convention's opening (JORF number, parties, first paragraphs of the
 * preamble) and the avenant's articles 1 and 2 whole, article 3 in part.
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
     * The ANR, établissement public administratif, represented in 2015 by its président-directeur
     * général. Read.
     *
     * @return the party, never null
     */
    public static Party anr() {
        return Party.builder().id(ANR).name("Agence nationale de la recherche").kind(PartyKind.ETABLISSEMENT_PUBLIC)
                .representative(Representative.of(Person.of(Civility.MONSIEUR, "Michael MATLOSZ"),
                        "président-directeur général"))
                .build();
    }

    /**
     * The Caisse des dépôts, établissement spécial, represented in 2015 by its directeur général. Read.
     *
     * @return the party, never null
     */
    public static Party cdc() {
        return Party.builder().id(CDC).name("Caisse des dépôts et consignations").kind(PartyKind.OTHER)
                .representative(Representative.of(Person.of(Civility.MONSIEUR, "Pierre-René LEMAS"),
                        "directeur général"))
                .build();
    }

    /**
     * The tripartite convention of 20 July 2015, as its opening gives it: three full signatories,
     * introduced by « Entre : … Et : … Et : ».
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        return Convention.builder()
                .reference("Convention du 20 juillet 2015 entre l'État, l'Agence nationale de la recherche et la "
                        + "Caisse des dépôts et consignations")
                .object("Programme d'investissements d'avenir, action « Instituts pour la transition énergétique »")
                .addParties(etat(), anr(), cdc())
                .concludedOn(CONVENTION_DATE)
                .build();
    }
}
