package dev.conventio.examples.corpus;

import static dev.conventio.examples.corpus.Sheet03EtatAnrCdcIte.ANR;
import static dev.conventio.examples.corpus.Sheet03EtatAnrCdcIte.CDC;
import static dev.conventio.examples.corpus.Sheet03EtatAnrCdcIte.ETAT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.convention.Convention;
import dev.conventio.party.Party;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Sheet 03: the facts about parties and representatives that the sheet marks read. */
class Sheet03EtatAnrCdcIteTest {

    private final Convention convention = Sheet03EtatAnrCdcIte.convention();

    @Test
    void readThreeFullPartiesInTheConventionOf20July2015() {
        assertThat(convention.concludedOn()).isEqualTo(LocalDate.of(2015, 7, 20));
        assertThat(convention.parties()).extracting(Party::id).containsExactly(ETAT, ANR, CDC);
    }

    @Test
    void readTheAnrAndTheCdcAreRepresentedByNamedPersonsIn2015() {
        assertThat(convention.party(ANR).orElseThrow().representative().orElseThrow().person().fullName())
                .isEqualTo("Michael MATLOSZ");
        assertThat(convention.party(CDC).orElseThrow().representative().orElseThrow().person().fullName())
                .isEqualTo("Pierre-René LEMAS");
    }
}
