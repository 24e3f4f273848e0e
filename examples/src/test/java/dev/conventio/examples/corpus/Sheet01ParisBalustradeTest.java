package dev.conventio.examples.corpus;

import static dev.conventio.examples.corpus.Sheet01ParisBalustrade.BALUSTRADE;
import static dev.conventio.examples.corpus.Sheet01ParisBalustrade.PARIS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.convention.Convention;
import dev.conventio.party.Civility;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Representative;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Sheet 01: the facts about parties and representatives that the sheet marks read. */
class Sheet01ParisBalustradeTest {

    private final Convention convention = Sheet01ParisBalustrade.convention();

    @Test
    void readTheCpoOf9December2021BindsTheCityAndTheAssociation() {
        assertThat(convention.concludedOn()).isEqualTo(LocalDate.of(2021, 12, 9));
        assertThat(convention.parties()).extracting(Party::id).containsExactly(PARIS, BALUSTRADE);
        assertThat(convention.party(PARIS).orElseThrow().name()).isEqualTo("Ville de Paris");
    }

    @Test
    void readTheAssociationIsRepresentedByItsPresident() {
        Party balustrade = convention.party(BALUSTRADE).orElseThrow();
        assertThat(balustrade.kind()).isEqualTo(PartyKind.ASSOCIATION);
        Representative president = balustrade.representative().orElseThrow();
        assertThat(president.person().civility()).contains(Civility.MONSIEUR);
        assertThat(president.person().fullName()).isEqualTo("David CHAILLOT");
        assertThat(president.title()).isEqualTo("président");
        assertThat(balustrade.siret()).as("read: no SIRET in the part read").isEmpty();
        assertThat(balustrade.siren()).isEmpty();
    }

    @Test
    void inferredTheCityIsACommune() {
        assertThat(convention.party(PARIS).orElseThrow().kind()).as("inferred").isEqualTo(PartyKind.COMMUNE);
    }
}
