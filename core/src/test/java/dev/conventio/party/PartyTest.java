package dev.conventio.party;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ViolationCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartyTest {

    @Test
    void sirenParsesNineDigitsWithAValidCheckDigit() {
        Siren siren = Siren.parse("200054807");
        assertThat(siren).hasToString("200054807").isEqualTo(Siren.parse("200054807"))
                .hasSameHashCodeAs(Siren.parse("200054807"));
        assertThat(siren.isLaPoste()).isFalse();
        assertThat(Siren.parse("356000000").isLaPoste()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "20005480", "2000548070", "20005480a", "200 054 807", "２00054807"})
    void sirenRejectsWhatIsNotNineDigits(String text) {
        assertViolation(() -> Siren.parse(text), PartyCodes.SIREN_MALFORMED, "");
    }

    @Test
    void sirenRejectsAWrongCheckDigit() {
        assertViolation(() -> Siren.parse("200054808"), PartyCodes.SIREN_CHECKSUM, "");
    }

    @Test
    void siretParsesFourteenDigitsAndSplitsSirenAndNic() {
        Siret siret = Siret.parse("20005480700017");
        assertThat(siret.siren()).isEqualTo(Siren.parse("200054807"));
        assertThat(siret.nic()).isEqualTo("00017");
        assertThat(siret).hasToString("20005480700017");
    }

    @Test
    void siretOfLaPosteUsesTheDigitSumRule() {
        // Fails Luhn, but its digits add up to a multiple of 5: valid for La Poste.
        assertThat(Siret.parse("35600000049837").siren().isLaPoste()).isTrue();
        // The head office passes Luhn as well.
        assertThat(Siret.parse("35600000000048")).hasToString("35600000000048");
        // Fails both rules.
        assertViolation(() -> Siret.parse("35600000012345"), PartyCodes.SIRET_CHECKSUM, "");
    }

    @Test
    void siretOutsideLaPosteNeedsLuhn() {
        // Digit sum 35 (a multiple of 5) does not help outside La Poste.
        assertViolation(() -> Siret.parse("20005480700018"), PartyCodes.SIRET_CHECKSUM, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2000548070001", "200054807000170", "2000548070001x"})
    void siretRejectsWhatIsNotFourteenDigits(String text) {
        assertViolation(() -> Siret.parse(text), PartyCodes.SIRET_MALFORMED, "");
    }

    @Test
    void partyWithMatchingSirenAndSiret() {
        Party party = metropole().siren(Siren.parse("200054807")).siret(Siret.parse("20005480700017")).build();
        assertThat(party.siret()).contains(Siret.parse("20005480700017"));
    }

    @Test
    void partyRejectsASiretOfAnotherSiren() {
        assertViolation(() -> metropole().siren(Siren.parse("200054807")).siret(Siret.parse("73282932000074")).build(),
                PartyCodes.PARTY_SIRET_SIREN_MISMATCH, "siret");
    }

    @Test
    void partyRejectsAMalformedIdentifier() {
        assertViolation(() -> metropole().id("Métropole").build(), CommonCodes.IDENTIFIER_MALFORMED, "id");
    }

    @Test
    void partyRejectsABlankName() {
        assertViolation(() -> metropole().name("  ").build(), CommonCodes.TEXT_BLANK, "name");
    }

    @Test
    void partyNeedsItsRequiredAttributes() {
        assertThatThrownBy(() -> Party.builder().id("a").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name").hasMessageContaining("kind");
    }

    @Test
    void representativeAndMandate() {
        Representative representative = Representative.orDelegate(Person.of("Martine Vassal"), "Présidente");
        assertThat(representative.orDelegate()).isTrue();
        assertThat(Representative.of(Person.of(Civility.MONSIEUR, "Mustapha Berra"), "Directeur").orDelegate())
                .isFalse();
        Mandate unknown = Mandate.withUnknownNumber("Bureau de la Métropole", LocalDate.of(2019, 12, 19));
        assertThat(unknown.deliberationNumber()).isEmpty();
        assertThat(Mandate.of("Conseil municipal", "2019-42", LocalDate.of(2019, 1, 2)).deliberationNumber())
                .contains("2019-42");
        Party party = metropole().build().withRepresentative(representative).withMandate(unknown);
        assertThat(party.representative()).contains(representative);
        assertThat(party.mandate()).contains(unknown);
    }

    @Test
    void blankTextsOfRepresentativesMandatesAndPersonsAreRejected() {
        assertViolation(() -> Representative.of(Person.of("X"), " "), CommonCodes.TEXT_BLANK, "title");
        assertViolation(() -> Mandate.of("Bureau", "", LocalDate.of(2019, 1, 1)), CommonCodes.TEXT_BLANK,
                "deliberationNumber");
        assertViolation(() -> Mandate.withUnknownNumber(" ", LocalDate.of(2019, 1, 1)), CommonCodes.TEXT_BLANK,
                "decidingBody");
        assertViolation(() -> Person.of(Civility.MADAME, ""), CommonCodes.TEXT_BLANK, "fullName");
    }

    @Test
    void personIsWrittenWithItsCivility() {
        assertThat(Person.of(Civility.MADAME, "Arlette Fructus")).hasToString("Mme Arlette Fructus");
        assertThat(Person.of(Civility.MONSIEUR, "Mustapha Berra")).hasToString("M. Mustapha Berra");
        assertThat(Person.of("Martine Vassal")).hasToString("Martine Vassal");
    }

    static Party.Builder metropole() {
        return Party.builder().id("metropole-amp").name("Métropole Aix-Marseille-Provence").kind(PartyKind.METROPOLE);
    }
}
