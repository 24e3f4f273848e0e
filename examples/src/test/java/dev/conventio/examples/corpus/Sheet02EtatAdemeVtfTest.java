package dev.conventio.examples.corpus;

import static dev.conventio.examples.corpus.Sheet02EtatAdemeVtf.ADEME;
import static dev.conventio.examples.corpus.Sheet02EtatAdemeVtf.ETAT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.convention.Convention;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Sheet 02: the facts about parties, representatives and publications that the sheet marks read. */
class Sheet02EtatAdemeVtfTest {

    private final Convention convention = Sheet02EtatAdemeVtf.convention();

    @Test
    void readTheConventionOf15December2014BindsTheStateAndAdeme() {
        assertThat(convention.concludedOn()).isEqualTo(LocalDate.of(2014, 12, 15));
        assertThat(convention.parties()).extracting(Party::id, Party::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ETAT, PartyKind.ETAT),
                        org.assertj.core.groups.Tuple.tuple(ADEME, PartyKind.ETABLISSEMENT_PUBLIC));
    }

    @Test
    void readAdemeHasItsSirenAndIsRepresentedByItsPresidentIn2014() {
        Party ademe = convention.party(ADEME).orElseThrow();
        assertThat(ademe.siren().orElseThrow()).hasToString("385290309");
        assertThat(ademe.representative().orElseThrow().person().fullName()).isEqualTo("Bruno LECHEVIN");
        assertThat(ademe.representative().orElseThrow().title()).isEqualTo("président");
    }
}
