package dev.conventio.signature;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.date.PartialDate;
import dev.conventio.party.Person;
import dev.conventio.validation.CommonCodes;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signatures: who signs, in which capacity, on which day; and the day an instrument is signed by all. */
class SignatureTest {

    private static final LocalDate MONDAY = LocalDate.of(2020, 1, 27);
    private static final LocalDate FRIDAY = LocalDate.of(2020, 1, 31);

    private static Signature signed(String party, LocalDate day) {
        return Signature.of(party, Person.of("Signataire"), "Pour " + party, day);
    }

    @Test
    void anInstrumentIsSignedByAllOnItsLastSignatureOfAParty() {
        List<Signature> both = List.of(signed("metropole", FRIDAY), signed("gip", MONDAY));

        assertThat(Signature.signedByAllOn(both, List.of("metropole", "gip"))).contains(FRIDAY);
        assertThat(Signature.signedByAllOn(both, List.of("gip"))).contains(MONDAY);
        assertThat(Signature.signedByAllOn(List.of(signed("gip", MONDAY)), List.of("metropole", "gip"))).isEmpty();
        assertThat(Signature.signedByAllOn(both, List.of())).isEmpty();
        assertThat(Signature.signedByAllOn(List.of(signed("gip", MONDAY), Signature.byOffice("metropole", "Le maire",
                PartialDate.parse("2020-01"))), List.of("metropole", "gip"))).isEmpty();
        assertThat(Signature.signedByAllOn(List.of(signed("gip", MONDAY), Signature.unsigned("metropole",
                Person.of("Signataire"), "Pour metropole")), List.of("metropole", "gip"))).isEmpty();
    }

    @Test
    void aSignatureNamesItsPartyItsCapacityAndADayInRange() {
        assertViolation(() -> signed("Metropole AMP", MONDAY), CommonCodes.IDENTIFIER_MALFORMED, "party");
        assertViolation(() -> Signature.of("gip", Person.of("Signataire"), " ", MONDAY), CommonCodes.TEXT_BLANK,
                "capacity");
        // A day outside 0000..9999 cannot even be a partial date.
        assertThatThrownBy(() -> signed("gip", LocalDate.of(10000, 1, 1))).isInstanceOf(DateTimeException.class);
        assertThat(signed("gip", MONDAY).date()).contains(MONDAY);
        assertThat(Signature.byOffice("gip", "Le directeur", PartialDate.parse("2020")).date()).isEmpty();
        assertThat(Signature.byOffice("gip", "Le directeur", PartialDate.parse("2020")).isSigned()).isTrue();
    }

    @Test
    void aDelegationNamesTheOfficeOnWhoseBehalfItIsSigned() {
        assertThat(Delegation.of("le ministre").act()).isEmpty();
        assertThat(Delegation.of("le ministre").onBehalfOf()).isEqualTo("le ministre");
        assertViolation(() -> Delegation.of(" "), CommonCodes.TEXT_BLANK, "onBehalfOf");
    }
}
