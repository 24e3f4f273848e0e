package dev.conventio.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import org.junit.jupiter.api.Test;

/** Sheet 04: the facts about parties and representatives that the sheet marks read. */
class Sheet04BouchesDuRhoneFilRougeTest {

    @Test
    void readTheDepartementIsRepresentedByThePresidenteOfItsCouncil() {
        Party departement = Sheet04BouchesDuRhoneFilRouge.departement();
        assertThat(departement.kind()).isEqualTo(PartyKind.DEPARTEMENT);
        assertThat(departement.representative().orElseThrow().person().fullName()).isEqualTo("Martine VASSAL");
    }

    @Test
    void readTheGroupementIsNotAnAssociation() {
        Party groupement = Sheet04BouchesDuRhoneFilRouge.groupement();
        assertThat(groupement.kind()).isNotEqualTo(PartyKind.ASSOCIATION);
        assertThat(groupement.representative().orElseThrow().person().fullName()).isEqualTo("Sophie AMARANTINIS");
    }
}
