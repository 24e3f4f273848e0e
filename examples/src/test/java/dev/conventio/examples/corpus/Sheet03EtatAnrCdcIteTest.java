package dev.conventio.examples.corpus;

import static dev.conventio.examples.corpus.Sheet03EtatAnrCdcIte.ANR;
import static dev.conventio.examples.corpus.Sheet03EtatAnrCdcIte.CDC;
import static dev.conventio.examples.corpus.Sheet03EtatAnrCdcIte.ETAT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.convention.Convention;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Party;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.party.Role;
import dev.conventio.publication.ConventionLink;
import dev.conventio.publication.Identification;
import dev.conventio.publication.JournalOfficiel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sheet 03: the facts about parties, representatives and publications that the sheet marks read. */
class Sheet03EtatAnrCdcIteTest {

    private final Convention convention = Sheet03EtatAnrCdcIte.convention();

    @Test
    void readThreeFullPartiesInTheConventionOf20July2015NoneMerelyPresent() {
        assertThat(convention.concludedOn()).isEqualTo(LocalDate.of(2015, 7, 20));
        assertThat(convention.parties()).extracting(Party::id).containsExactly(ETAT, ANR, CDC);
        assertThat(convention.participants()).isEmpty();
    }

    @Test
    void readTheAnrAndTheCdcAreRepresentedByNamedPersonsIn2015() {
        assertThat(convention.representationOf(ANR).orElseThrow().representatives().get(0).person().orElseThrow()
                .fullName()).isEqualTo("Michael MATLOSZ");
        assertThat(convention.representationOf(CDC).orElseThrow().representatives().get(0).person().orElseThrow()
                .fullName()).isEqualTo("Pierre-René LEMAS");
        assertThat(convention.representationOf(ETAT).orElseThrow().representatives()).hasSize(4)
                .allSatisfy(r -> assertThat(r.person()).isEmpty());
    }

    @Test
    void readTheLegalFormsRolesAndSeat() {
        Party anr = convention.party(ANR).orElseThrow();
        assertThat(anr.legalForm()).contains(LegalForm.EPA);
        assertThat(anr.roles()).containsExactly(Role.OPERATEUR);
        Party cdc = convention.party(CDC).orElseThrow();
        assertThat(cdc.legalForm()).contains(LegalForm.ETABLISSEMENT_SPECIAL);
        assertThat(cdc.address()).contains("56 rue de Lille, 75007 Paris");
        assertThat(cdc.roles()).containsExactly(Role.of("gestionnaire-des-participations"));
    }

    @Test
    void readInTheAvenantTheSameThreePartiesAreRepresentedByOfficesWithoutNames() {
        List<Representation> avenant = Sheet03EtatAnrCdcIte.avenant1Representations();
        assertThat(avenant).extracting(Representation::party).containsExactly(ETAT, ANR, CDC);
        assertThat(avenant).flatExtracting(Representation::representatives)
                .allSatisfy(r -> assertThat(r.person()).isEmpty());
        assertThat(avenant.get(1).representatives()).extracting(Representative::title)
                .containsExactly("président-directeur général");
    }

    @Test
    void readThePublicationsAndTheConventionCited() {
        assertThat(convention.identification().kind()).isEqualTo(Identification.Kind.PUBLICATION);
        assertThat(((JournalOfficiel) convention.publications().get(0)).issueNumber()).contains("0167");
        assertThat(Sheet03EtatAnrCdcIte.avenant1Publication().issueNumber()).contains("0209");
        assertThat(Sheet03EtatAnrCdcIte.avenant1Publication().day()).contains(LocalDate.of(2019, 9, 8));
        ConventionLink cited = convention.links().get(0);
        assertThat(cited.relation()).isEqualTo(ConventionLink.Relation.CITES);
        assertThat(cited.target().nor().orElseThrow()).hasToString("PRMX1020177X");
        assertThat(cited.target().asAmendedBy()).hasSize(2);
    }
}
