package dev.conventio.examples.corpus;

import dev.conventio.party.Civility;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;

/**
 * Corpus sheet 04: the convention de subvention de fonctionnement between the Département des
 * Bouches-du-Rhône and the GCSMS « Le Fil Rouge Alzheimer».
 *
 * <p>The sheet reads the convention's opening only (parties, visas, preamble, start of article 1);
 * its date is not read.
 */
public final class Sheet04BouchesDuRhoneFilRouge {

    /** The identifier of the Département, « le Département ». */
    public static final String DEPARTEMENT = "departement-13";
    /** The identifier of the GCSMS, « le Groupement ». */
    public static final String GROUPEMENT = "fil-rouge-alzheimer";

    private Sheet04BouchesDuRhoneFilRouge() {
    }

    /**
     * The Département des Bouches-du-Rhône, financer, represented by the Présidente du Conseil
     * départemental. Read.
     *
     * @return the party, never null
     */
    public static Party departement() {
        return Party.builder().id(DEPARTEMENT).name("Département des Bouches-du-Rhône").kind(PartyKind.DEPARTEMENT)
                .representative(Representative.of(Person.of(Civility.MADAME, "Martine VASSAL"),
                        "Présidente du Conseil départemental"))
                .build();
    }

    /**
     * The GCSMS Le Fil Rouge Alzheimer, beneficiary, represented by its Présidente. Read: a
     * groupement de coopération sociale et médico-sociale, not an association.
     *
     * @return the party, never null
     */
    public static Party groupement() {
        return Party.builder().id(GROUPEMENT).name("LE FIL ROUGE ALZHEIMER").kind(PartyKind.OTHER)
                .representative(Representative.of(Person.of(Civility.MADAME, "Sophie AMARANTINIS"), "Présidente"))
                .build();
    }
}
