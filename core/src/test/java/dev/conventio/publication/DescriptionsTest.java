package dev.conventio.publication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.date.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each publication, citation and reference describes itself in the words its Javadoc gives. */
class DescriptionsTest {

    private static final PartialDate DAY = PartialDate.of(LocalDate.of(2014, 12, 17));

    @Test
    void aJournalOfficielNamesWhatItHasInOrder() {
        assertThat(JournalOfficiel.builder().issueNumber("0291").date(DAY).textNumber(4).page(12)
                .nor(Nor.parse("PRMI1426516X")).build())
                .hasToString("JO n° 0291 of 2014-12-17, text 4, page 12, NOR PRMI1426516X");
        assertThat(JournalOfficiel.builder().date(PartialDate.parse("2014-12")).build()).hasToString("JO of 2014-12");
        assertThat(JournalOfficiel.builder().issueNumber("0291").build()).hasToString("JO n° 0291");
        assertThat(JournalOfficiel.builder().nor(Nor.parse("PRMI1426516X")).build()).hasToString("JO, NOR PRMI1426516X");
        // Known by its address alone, the address is what names it.
        String eli = "https://www.legifrance.gouv.fr/eli/convention/2014/12/15/PRMI1426516X/jo/texte";
        assertThat(JournalOfficiel.builder().eli(eli).build()).hasToString("JO " + eli);
        assertThat(JournalOfficiel.builder().legifranceId("JORFTEXT000029921133").build())
                .hasToString("JO JORFTEXT000029921133");
        assertThat(JournalOfficiel.builder().eli(eli).legifranceId("JORFTEXT000029921133").build())
                .hasToString("JO " + eli);
    }

    @Test
    void aBulletinNamesItsCollectionNumberDateAndPage() {
        assertThat(Bulletin.builder().kind(Bulletin.Kind.BULLETIN_OFFICIEL).name("Bulletin officiel de la Ville de Paris")
                .number("98").date(DAY).page(3).build())
                .hasToString("Bulletin officiel de la Ville de Paris n° 98 of 2014-12-17, page 3");
        assertThat(Bulletin.builder().kind(Bulletin.Kind.RECUEIL_DES_ACTES_ADMINISTRATIFS).name("RAA").build())
                .hasToString("RAA");
    }

    @Test
    void otherPublicationsAreTheirDescriptionOrAddressWithTheirDate() {
        OtherPublication copy = OtherPublication.of("Copie en PDF", DAY);
        assertThat(copy).hasToString("Copie en PDF");
        assertThat(copy.date()).isEqualTo(DAY);
        WebPublication page = WebPublication.of("https://www.paris.fr/convention.pdf", DAY);
        assertThat(page).hasToString("https://www.paris.fr/convention.pdf");
        assertThat(page.date()).isEqualTo(DAY);
        assertThat(Identification.ofPublication(copy)).hasToString("published in Copie en PDF");
    }

    @Test
    void aNorGivesItsMinistryAndYear() {
        Nor nor = Nor.parse("PRMI1426516X");
        assertThat(nor.ministry()).isEqualTo("PRM");
        assertThat(nor.year()).isEqualTo(14);
    }

    @Test
    void aLegalBasisCitationNamesItsPosition() {
        Citation law = Citation.law("2010-237", PartialDate.of(LocalDate.of(2010, 3, 9)));
        assertThat(LegalBasisCitation.of(0, law)).hasToString("legalBases[0]: " + law);
        assertThat(AmendmentReference.of(DAY).date()).isEqualTo(DAY);
    }
}
