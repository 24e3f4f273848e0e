package dev.conventio.publication;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.date.PartialDate;
import dev.conventio.validation.CommonCodes;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NOR numbers, typed publications, citations and references to other conventions. */
class PublicationTest {

    @Test
    void norParsesFourLettersSevenDigitsAndALetter() {
        Nor nor = Nor.parse("PRMI1426516X");
        assertThat(nor).hasToString("PRMI1426516X").isEqualTo(Nor.parse("PRMI1426516X"))
                .hasSameHashCodeAs(Nor.parse("PRMI1426516X")).isNotEqualTo(Nor.parse("PRMX1031562X"));
        assertThat(Nor.parseLenient("prmi 1426516 x")).isEqualTo(nor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "PRMI142651X", "prmi1426516x", "PRM11426516X", "PRMI14265160", "PRMI 1426516X"})
    void norRejectsWhatIsNotANor(String text) {
        assertViolation(() -> Nor.parse(text), PublicationCodes.NOR_MALFORMED, "");
    }

    @Test
    void journalOfficielGivesAtLeastOneWayToFindTheText() {
        JournalOfficiel jo = JournalOfficiel.builder().issueNumber("0291").date(PartialDate.of(LocalDate.of(2014, 12,
                17))).nor(Nor.parse("PRMI1426516X")).eli("https://www.legifrance.gouv.fr/eli/convention/2014/12/15/"
                + "PRMI1426516X/jo/texte").legifranceId("JORFTEXT000029913226").build();
        assertThat(jo.day()).contains(LocalDate.of(2014, 12, 17));
        assertThat(jo).isEqualTo(JournalOfficiel.builder().from(jo).build());
        assertThat(JournalOfficiel.builder().issueNumber("0162").build().date().isKnown()).isFalse();
        assertViolation(() -> JournalOfficiel.builder().page(12).build(), PublicationCodes.PUBLICATION_EMPTY, "");
        assertViolation(() -> JournalOfficiel.builder().issueNumber("n° 291").build(),
                PublicationCodes.PUBLICATION_IDENTIFIER_MALFORMED, "issueNumber");
        assertViolation(() -> JournalOfficiel.builder().issueNumber("0291").legifranceId("JORF29913226").build(),
                PublicationCodes.PUBLICATION_IDENTIFIER_MALFORMED, "legifranceId");
        assertViolation(() -> JournalOfficiel.builder().issueNumber("0291").textNumber(0).build(),
                PublicationCodes.NUMBER_NOT_POSITIVE, "textNumber");
    }

    @Test
    void otherPublicationsAreTyped() {
        Bulletin raa = Bulletin.builder().kind(Bulletin.Kind.RECUEIL_DES_ACTES_ADMINISTRATIFS)
                .name("Recueil des actes administratifs de la Métropole").number("2017-12").build();
        assertThat(raa.kind()).isEqualTo(Bulletin.Kind.RECUEIL_DES_ACTES_ADMINISTRATIFS);
        assertThat(WebPublication.of("https://www.paris.fr/conseil").address()).isEqualTo("https://www.paris.fr/conseil");
        assertViolation(() -> WebPublication.of("www.paris.fr"), PublicationCodes.PUBLICATION_IDENTIFIER_MALFORMED,
                "address");
        assertThat(OtherPublication.of("annexe de la délibération 2022 DFPE 28").date().isKnown()).isFalse();
    }

    @Test
    void aCitationGivesWhatIdentifiesItsText() {
        Citation pia = Citation.law("2010-237", PartialDate.of(LocalDate.of(2010, 3, 9))).withArticle("8")
                .withAmendedBy(List.of(Citation.law("2013-1278", PartialDate.of(LocalDate.of(2013, 12, 29)))
                        .withArticle("59")));
        assertThat(pia).hasToString("LAW 2010-237 of 2010-03-09, article 8, as amended by [LAW 2013-1278 of "
                + "2013-12-29, article 59]");
        assertThat(Citation.decree("2001-495", PartialDate.of(LocalDate.of(2001, 6, 6))).number()).contains("2001-495");
        assertViolation(() -> Citation.builder().kind(Citation.Kind.LAW).build(), PublicationCodes.CITATION_INCOMPLETE,
                "");
        assertViolation(() -> Citation.builder().kind(Citation.Kind.ARRETE).build(),
                PublicationCodes.CITATION_INCOMPLETE, "");
        assertThat(Citation.builder().kind(Citation.Kind.ARRETE).date(PartialDate.parse("2006-10-11")).build()
                .number()).isEmpty();
    }

    @Test
    void anotherConventionIsNamedByReferenceNorOrPublicationAsAmended() {
        ConventionReference replaced = ConventionReference.builder().nor(Nor.parse("PRMX1031562X"))
                .date(PartialDate.of(LocalDate.of(2010, 12, 8))).addAsAmendedBy(AmendmentReference.of(1,
                        PartialDate.of(LocalDate.of(2013, 10, 9)))).build();
        ConventionLink link = ConventionLink.of(ConventionLink.Relation.REPLACES, replaced);
        assertThat(link).hasToString("REPLACES convention NOR PRMX1031562X of 2010-12-08 as amended by "
                + "[avenant n° 1 of 2013-10-09]");
        assertThat(link).isEqualTo(ConventionLink.of(ConventionLink.Relation.REPLACES, replaced));
        assertViolation(() -> ConventionReference.builder().title("la convention de 2010").build(),
                PublicationCodes.LINK_TARGET_UNIDENTIFIED, "");
        assertViolation(() -> AmendmentReference.of(0, PartialDate.unknown()), PublicationCodes.NUMBER_NOT_POSITIVE,
                "number");
    }

    @Test
    void everyOptionalTextOfAPublicationOrCitationIsNotBlankAndEveryNumberCountsFromOne() {
        assertViolation(() -> JournalOfficiel.builder().issueNumber("0291").page(0).build(),
                PublicationCodes.NUMBER_NOT_POSITIVE, "page");
        assertThat(JournalOfficiel.builder().issueNumber("0291").page(1).textNumber(1).build().page()).contains(1);
        assertViolation(() -> JournalOfficiel.builder().issueNumber("0291").eli("legifrance.gouv.fr/eli").build(),
                PublicationCodes.PUBLICATION_IDENTIFIER_MALFORMED, "eli");
        assertViolation(() -> JournalOfficiel.builder().issueNumber("0291").eli("https://").build(),
                PublicationCodes.PUBLICATION_IDENTIFIER_MALFORMED, "eli");
        assertViolation(() -> JournalOfficiel.builder().issueNumber("0291").eli("https://x.fr/a b").build(),
                PublicationCodes.PUBLICATION_IDENTIFIER_MALFORMED, "eli");
        assertThat(JournalOfficiel.builder().issueNumber("0291").eli("https://x").build().eli()).contains("https://x");
        Bulletin.Builder raa = Bulletin.builder().kind(Bulletin.Kind.RECUEIL_DES_ACTES_ADMINISTRATIFS).name("Recueil");
        assertViolation(() -> Bulletin.builder().from(raa.build()).name(" ").build(), CommonCodes.TEXT_BLANK, "name");
        assertViolation(() -> Bulletin.builder().from(raa.build()).number(" ").build(), CommonCodes.TEXT_BLANK, "number");
        assertViolation(() -> Bulletin.builder().from(raa.build()).page(0).build(), PublicationCodes.NUMBER_NOT_POSITIVE,
                "page");
        assertThat(Bulletin.builder().from(raa.build()).page(1).build().page()).contains(1);
        assertViolation(() -> OtherPublication.of(" "), CommonCodes.TEXT_BLANK, "description");
        Citation law = Citation.law("2010-237", PartialDate.of(LocalDate.of(2010, 3, 9)));
        assertViolation(() -> law.withArticle(" "), CommonCodes.TEXT_BLANK, "article");
        assertViolation(() -> Citation.builder().from(law).title(" ").build(), CommonCodes.TEXT_BLANK, "title");
        assertViolation(() -> Citation.builder().from(law).number(" ").build(), CommonCodes.TEXT_BLANK, "number");
        assertViolation(() -> Citation.code(" "), CommonCodes.TEXT_BLANK, "code");
    }
}
