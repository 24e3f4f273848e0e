package dev.conventio.examples.corpus;

import dev.conventio.convention.Convention;
import dev.conventio.party.Civility;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.party.Siren;
import java.time.LocalDate;

/**
 * Corpus sheet 02: the convention of 15 December 2014 between the État and the ADEME on the
 * programme d'investissements d'avenir, action « Véhicules et transports du futur », and its
 * avenant n° 1 of 11 July 2019.
 *
 * <p>The sheet reads the convention's opening and the avenant's articles 1 and 2.
 */
public final class Sheet02EtatAdemeVtf {

    /** The identifier of the État. */
    public static final String ETAT = "etat";
    /** The identifier of the ADEME, « l'Opérateur ». */
    public static final String ADEME = "ademe";

    /** Read: the date of the convention. */
    public static final LocalDate CONVENTION_DATE = LocalDate.of(2014, 12, 15);
    /** Read: the date of avenant n° 1. */
    public static final LocalDate AVENANT_1_DATE = LocalDate.of(2019, 7, 11);
    /** Read: the NOR of the convention, in its ELI. */
    public static final String NOR = "PRMI1426516X";

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
     * The ADEME, établissement public, represented in 2014 by its président. Read; its SIREN is read
     * in the avenant, and is the same legal unit in 2014.
     *
     * @return the party, never null
     */
    public static Party ademe() {
        return Party.builder().id(ADEME).name("Agence de l'environnement et de la maîtrise de l'énergie (ADEME)")
                .kind(PartyKind.ETABLISSEMENT_PUBLIC)
                .siren(Siren.parse("385290309"))
                .representative(Representative.of(Person.of(Civility.MONSIEUR, "Bruno LECHEVIN"), "président"))
                .build();
    }

    /**
     * The convention of 15 December 2014, as its opening gives it.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        return Convention.builder()
                .reference(NOR)
                .object("Programme d'investissements d'avenir (action « Véhicules et transports du futur »)")
                .addParties(etat(), ademe())
                .concludedOn(CONVENTION_DATE)
                .addLegalBases("Article 8 de la loi n° 2010-237 du 9 mars 2010 de finances rectificative pour 2010, "
                        + "modifié par l'article 59 de la loi n° 2013-1278 du 29 décembre 2013 de finances pour 2014")
                .build();
    }
}
