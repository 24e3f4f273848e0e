package dev.conventio.examples.corpus;

import static dev.conventio.examples.corpus.Sheet05EtatCdcFormationAlternance.CDC;
import static dev.conventio.examples.corpus.Sheet05EtatCdcFormationAlternance.ETAT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.convention.Convention;
import dev.conventio.party.Party;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Sheet 05: the facts about parties, representatives, opinions and publications that the sheet marks read. */
class Sheet05EtatCdcFormationAlternanceTest {

    private final Convention convention = Sheet05EtatCdcFormationAlternance.convention();

    @Test
    void readTheConventionOf9September2010BindsTheStateAndTheCdc() {
        assertThat(convention.concludedOn()).isEqualTo(LocalDate.of(2010, 9, 9));
        assertThat(convention.parties()).extracting(Party::id).containsExactly(ETAT, CDC);
    }

    @Test
    void readAvenantOneIsKnownOnlyFromAvenantTwo() {
        assertThat(Sheet05EtatCdcFormationAlternance.avenant1().number()).isEqualTo(1);
        assertThat(Sheet05EtatCdcFormationAlternance.avenant1().note()).isPresent();
    }
}
