package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.convention.Convention;
import dev.conventio.decision.Authorisation;
import dev.conventio.history.History;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Rna;
import dev.conventio.party.Role;
import dev.conventio.signature.Signature;
import dev.conventio.testkit.junit.GeneratedSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The generators of who is bound, signs and is there give valid values: they rebuild through the
 * model's checks, their text forms read back, and every authorisation and required opinion comes
 * before the signatures, as the rules want.
 */
class PresenceGenTest {

    static Gen<Rna> rnas() {
        return PresenceGen.rnas();
    }

    static Gen<LegalForm> legalForms() {
        return PresenceGen.legalForms();
    }

    static Gen<Role> roles() {
        return PresenceGen.roles();
    }

    static Gen<Convention> conventions() {
        return PresenceGen.conventions();
    }

    @ParameterizedTest
    @GeneratedSource(value = "rnas", count = 300)
    void rnaParsesBackFromItsText(Rna rna) {
        assertThat(Rna.parse(rna.toString())).isEqualTo(rna);
        assertThat(rna.toString()).hasSize(10).startsWith("W");
    }

    @ParameterizedTest
    @GeneratedSource(value = "legalForms", count = 100)
    void legalFormIsReadBackFromItsCode(LegalForm form) {
        assertThat(LegalForm.of(form.code())).isEqualTo(form).hasToString(form.code());
    }

    @ParameterizedTest
    @GeneratedSource(value = "roles", count = 100)
    void roleIsReadBackFromItsCode(Role role) {
        assertThat(Role.of(role.code())).isEqualTo(role).hasToString(role.code());
    }

    @ParameterizedTest
    @GeneratedSource(value = "conventions", count = 300)
    void conventionRebuildsThroughItsChecksAndStartsAHistory(Convention convention) {
        assertThat(convention.toBuilder().build()).isEqualTo(convention);
        assertThat(convention.representations()).extracting(r -> r.party())
                .containsExactlyElementsOf(convention.partyIds());
        assertThat(convention.opinions()).hasSize(1);
        for (Authorisation authorisation : convention.authorisations()) {
            Signature signature = convention.signatures().stream().filter(s -> s.party().equals(authorisation.party()))
                    .findFirst().orElseThrow();
            assertThat(authorisation.decision().day().orElseThrow()).isBeforeOrEqualTo(signature.date().orElseThrow());
        }
        assertThat(History.of(convention).base()).isEqualTo(convention);
    }
}
