package dev.conventio.examples.corpus;

import static dev.conventio.examples.corpus.Sheet02EtatAdemeVtf.ADEME;
import static dev.conventio.examples.corpus.Sheet02EtatAdemeVtf.ETAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.conventio.convention.Convention;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.party.Role;
import dev.conventio.publication.ConventionLink;
import dev.conventio.publication.Identification;
import dev.conventio.publication.JournalOfficiel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sheet 02: the facts about parties, representatives and publications that the sheet marks read. */
class Sheet02EtatAdemeVtfTest {

    private final Convention convention = Sheet02EtatAdemeVtf.convention();

    private static List<String> offices(Representation representation) {
        return representation.representatives().stream().map(Representative::title).toList();
    }

    @Test
    void readTheConventionOf15December2014BindsTheStateAndAdeme() {
        assertThat(convention.concludedOn()).isEqualTo(LocalDate.of(2014, 12, 15));
        assertThat(convention.parties()).extracting(Party::id, Party::kind)
                .containsExactly(tuple(ETAT, PartyKind.ETAT), tuple(ADEME, PartyKind.ETABLISSEMENT_PUBLIC));
    }

    @Test
    void readAdemeIsTheOperatorWithItsSirenAndItsNames() {
        Party ademe = convention.party(ADEME).orElseThrow();
        assertThat(ademe.siren().orElseThrow()).hasToString("385290309");
        assertThat(ademe.roles()).containsExactly(Role.OPERATEUR);
        assertThat(ademe.designations()).containsExactly("l'Opérateur", "l'ADEME");
        assertThat(ademe.legalForm()).as("read: établissement public; its kind (EPIC) is not read").isEmpty();
    }

    @Test
    void readIn2014TheStateIsRepresentedByThePremierMinistreAndFiveMinistersByOffice() {
        Representation etat = convention.representationOf(ETAT).orElseThrow();
        assertThat(etat.representatives()).hasSize(6).allSatisfy(r -> assertThat(r.person()).isEmpty());
        assertThat(offices(etat)).startsWith("le Premier ministre").endsWith("secrétaire d'État chargé des transports");
        Representative president = convention.representationOf(ADEME).orElseThrow().representatives().get(0);
        assertThat(president.person().orElseThrow().fullName()).isEqualTo("Bruno LECHEVIN");
        assertThat(president.title()).isEqualTo("président");
    }

    @Test
    void readIn2019ANewGovernmentAndANewPresidentRepresentTheSameParties() {
        List<Representation> avenant = Sheet02EtatAdemeVtf.avenant1Representations();
        assertThat(avenant).extracting(Representation::party).containsExactly(ETAT, ADEME);
        assertThat(offices(avenant.get(0))).hasSize(5).contains("ministre chargée des transports")
                .isNotEqualTo(offices(convention.representationOf(ETAT).orElseThrow()));
        assertThat(avenant.get(1).representatives().get(0).person().orElseThrow().fullName()).isEqualTo("Arnaud LEROY");
    }

    @Test
    void readTheConventionIsIdentifiedByTheNorOfItsPublicationInTheJournalOfficiel() {
        assertThat(convention.reference()).isEmpty();
        assertThat(convention.identification().kind()).isEqualTo(Identification.Kind.NOR);
        assertThat(convention.identification()).hasToString("NOR PRMI1426516X");
        JournalOfficiel jo = (JournalOfficiel) convention.publications().get(0);
        assertThat(jo.issueNumber()).contains("0291");
        assertThat(jo.day()).contains(LocalDate.of(2014, 12, 17));
        assertThat(jo.legifranceId()).contains("JORFTEXT000029913226");
        assertThat(jo.eli()).contains("https://www.legifrance.gouv.fr/eli/convention/2014/12/15/PRMI1426516X/jo/texte");
        JournalOfficiel avenant = (JournalOfficiel) Sheet02EtatAdemeVtf.avenant1Publication();
        assertThat(avenant.issueNumber()).contains("0162");
        assertThat(avenant.day()).contains(LocalDate.of(2019, 7, 14));
        assertThat(avenant.nor()).as("read: not read").isEmpty();
    }

    @Test
    void readTheConventionReplacesThatOf8December2010AndCitesItsLegalBasis() {
        ConventionLink link = convention.links().get(0);
        assertThat(link.relation()).isEqualTo(ConventionLink.Relation.REPLACES);
        assertThat(link.target().nor().orElseThrow()).hasToString("PRMX1031562X");
        assertThat(link.target().date().date()).contains(LocalDate.of(2010, 12, 8));
        assertThat(convention.citationOf(0).orElseThrow()).hasToString("LAW 2010-237 of 2010-03-09, article 8, as"
                + " amended by [LAW 2013-1278 of 2013-12-29, article 59]");
    }
}
