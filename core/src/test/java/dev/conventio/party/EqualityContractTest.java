package dev.conventio.party;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.validation.EqualityContract;
import org.junit.jupiter.api.Test;

/**
 * The hand-written value classes of this package are equal exactly when their significant fields
 * are, with a hash code that agrees: a field left out of {@code equals} or {@code hashCode}, or
 * compared wrongly, fails here.
 */
class EqualityContractTest {

    @Test
    void identifiersAndRolesKeepTheEqualsAndHashCodeContract() {
        EqualityContract.verify(Rna.class, Siren.class, Siret.class);
    }

    @Test
    void aLegalFormOrARoleIsItsCode() {
        // The label (and a form's branch of law) go with the code: two of one code are one.
        EqualityContract.of(LegalForm.class).withOnlyTheseFields("code").verify();
        EqualityContract.of(Role.class).withOnlyTheseFields("code").verify();
        assertThat(LegalForm.of(LegalForm.PERSONNE_PHYSIQUE.toString())).isEqualTo(LegalForm.PERSONNE_PHYSIQUE);
    }
}
