package dev.conventio.party;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Legal identity: RNA numbers, lenient readings, legal forms and roles, representatives by office, groups. */
class IdentityTest {

    @Test
    void rnaParsesWAndNineDigitsAndIsItsText() {
        Rna rna = Rna.parse("W751004076");
        assertThat(rna).hasToString("W751004076").isEqualTo(Rna.parse("W751004076"))
                .hasSameHashCodeAs(Rna.parse("W751004076")).isNotEqualTo(Rna.parse("W751004077"));
        assertThat(Rna.parse("W2A1000012")).hasToString("W2A1000012");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "W75100407", "W7510040761", "w751004076", "X751004076", "W2C1000012", "W 751004076"})
    void rnaRejectsWhatIsNotWAndNineDigits(String text) {
        assertViolation(() -> Rna.parse(text), PartyCodes.RNA_MALFORMED, "");
    }

    @Test
    void identifiersAsPrintedReadLeniently() {
        assertThat(Siren.parseLenient("385 290 309")).isEqualTo(Siren.parse("385290309"));
        assertThat(Siren.parseLenient("385\u00A0290\u202F309")).isEqualTo(Siren.parse("385290309"));
        assertThat(Siret.parseLenient("200.054.807.00017")).isEqualTo(Siret.parse("20005480700017"));
        assertThat(Rna.parseLenient("w 751 004 076")).isEqualTo(Rna.parse("W751004076"));
        // Strict parse refuses what lenient accepts.
        assertViolation(() -> Siren.parse("385 290 309"), PartyCodes.SIREN_MALFORMED, "");
        // Lenient reading does not forgive a wrong digit.
        assertViolation(() -> Siren.parseLenient("385 290 308"), PartyCodes.SIREN_CHECKSUM, "");
    }

    @Test
    void legalFormIsAnOpenValueWithWellKnownConstants() {
        assertThat(LegalForm.of("gip")).isSameAs(LegalForm.GIP).hasToString("gip");
        assertThat(LegalForm.GIP.frenchLabel()).contains("groupement d'intérêt public");
        LegalForm other = LegalForm.of("societe-cooperative");
        assertThat(other).isEqualTo(LegalForm.of("societe-cooperative")).hasSameHashCodeAs(LegalForm.of(
                "societe-cooperative")).isNotEqualTo(LegalForm.SA);
        assertThat(other.frenchLabel()).isEmpty();
        assertThat(LegalForm.of(other.toString())).isEqualTo(other);
    }

    @Test
    void legalFormTellsPrivateLawAndNaturalPersons() {
        assertThat(LegalForm.ASSOCIATION_LOI_1901.isPrivateLaw()).isTrue();
        assertThat(LegalForm.SAS.law()).contains(LegalForm.Law.PRIVATE);
        assertThat(LegalForm.EPIC.law()).contains(LegalForm.Law.PUBLIC);
        assertThat(LegalForm.EPIC.isPrivateLaw()).isFalse();
        assertThat(LegalForm.GCSMS.law()).as("public or private by its members").isEmpty();
        assertThat(LegalForm.of("societe-cooperative").law()).isEmpty();
        assertThat(LegalForm.PERSONNE_PHYSIQUE.isNaturalPerson()).isTrue();
        assertThat(LegalForm.PERSONNE_PHYSIQUE.isPrivateLaw()).isTrue();
        assertThat(LegalForm.SA.isNaturalPerson()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GIP", "sa ", "-sa", "sa-", "sa--x", "société"})
    void legalFormAndRoleRejectAMalformedCode(String code) {
        assertViolation(() -> LegalForm.of(code), PartyCodes.LEGAL_FORM_MALFORMED, "");
        assertViolation(() -> Role.of(code), PartyCodes.ROLE_MALFORMED, "");
    }

    @Test
    void roleIsAnOpenValueWithWellKnownConstants() {
        assertThat(Role.of("operateur")).isSameAs(Role.OPERATEUR);
        assertThat(Role.CO_FINANCEUR).hasToString("co-financeur");
        assertThat(Role.MAITRE_D_OUVRAGE.frenchLabel()).contains("maître d'ouvrage");
        assertThat(Role.of("gestionnaire-des-participations")).isEqualTo(Role.of("gestionnaire-des-participations"))
                .isNotEqualTo(Role.GESTIONNAIRE);
    }

    @Test
    void partyListsEachRoleOnce() {
        Party party = Party.builder().id("ademe").name("ADEME").kind(PartyKind.ETABLISSEMENT_PUBLIC)
                .legalForm(LegalForm.EPIC).addRoles(Role.OPERATEUR, Role.FINANCEUR).build();
        assertThat(party.roles()).containsExactly(Role.OPERATEUR, Role.FINANCEUR);
        assertViolation(() -> Party.builder().from(party).addRoles(Role.OPERATEUR).build(), PartyCodes.ROLES_DUPLICATE,
                "roles[2]");
    }

    @Test
    void anOfficeAloneRepresents() {
        Representative office = Representative.office("le Premier ministre");
        assertThat(office.person()).isEmpty();
        assertThat(office).hasToString("le Premier ministre").isEqualTo(Representative.office("le Premier ministre"));
        assertThat(Representative.officeOrDelegate("sa directrice générale").orDelegate()).isTrue();
        assertThat(Representative.of(Person.of("Arnaud LEROY"), "président").person())
                .contains(Person.of("Arnaud LEROY"));
    }

    @Test
    void aRepresentationNamesOneRepresentativeOrMore() {
        Representation etat = Representation.of("etat", Representative.office("le Premier ministre"),
                Representative.office("la ministre chargée des transports"));
        assertThat(etat.representatives()).hasSize(2);
        assertThat(etat).isEqualTo(Representation.of("etat", etat.representatives()));
        assertViolation(() -> Representation.of("etat", List.of()), PartyCodes.REPRESENTATION_EMPTY,
                "representatives");
    }

    @Test
    void aGroupHasTwoDistinctMembers() {
        PartyGroup group = PartyGroup.builder().id("gestionnaire").name("le gestionnaire")
                .addMembers("bpifrance-epic", "bpifrance-sa").addRoles(Role.GESTIONNAIRE).build();
        assertThat(group.members()).containsExactly("bpifrance-epic", "bpifrance-sa");
        assertViolation(() -> PartyGroup.builder().id("g").name("le groupe").addMembers("a").build(),
                PartyCodes.GROUP_MEMBERS_INVALID, "members");
        assertViolation(() -> PartyGroup.builder().id("g").name("le groupe").addMembers("a", "b", "a").build(),
                PartyCodes.GROUP_MEMBERS_INVALID, "members[2]");
    }
}
