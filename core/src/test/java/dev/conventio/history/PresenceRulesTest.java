package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.GIP;
import static dev.conventio.history.Fixtures.METROPOLE;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.conventio.amendment.Amendment;
import dev.conventio.date.PartialDate;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Decision;
import dev.conventio.decision.DecisionCodes;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.signature.Delegation;
import dev.conventio.signature.Signature;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who represents, is authorised and is present in each avenant, and the rule that checks the names. */
class PresenceRulesTest {

    private static final LocalDate SIGNED = LocalDate.of(2020, 3, 10);
    private static final Party PREFECTURE = Party.builder().id("prefecture").name("Préfecture").kind(PartyKind.ETAT)
            .build();

    private final History empty = History.of(base());

    @Test
    void eachInstrumentStatesItsOwnRepresentativesAndTheViewSaysWhoRepresentedWhomWhere() {
        Representation in2020 = Representation.of(METROPOLE, Representative.orDelegate(Person.of("Martine Vassal"),
                "Présidente"));
        Amendment first = Amendment.builder().from(signed(1, SIGNED, BASE_END)).addRepresentations(in2020).build();
        History history = empty.add(first);
        Map<Instrument, Representation> found = history.representationsOf(METROPOLE);
        assertThat(found).containsExactly(Map.entry(Instrument.amendment(1), in2020));
        assertThat(history.representationsOf(GIP)).isEmpty();
        assertThat(history.asOf(SIGNED).representationsOf(METROPOLE)).containsExactly(Map.entry(
                Instrument.amendment(1), in2020));
        assertThat(history.asOf(SIGNED.minusDays(30)).representationsOf(METROPOLE)).as("not yet in force").isEmpty();
    }

    @Test
    void aParticipantOfAnAvenantIsNeverAPartyAndNeverSigns() {
        Amendment present = Amendment.builder().from(signed(1, SIGNED, BASE_END)).addParticipants(PREFECTURE)
                .addRepresentations(Representation.of("prefecture", Representative.office("le préfet"))).build();
        assertThat(empty.check(present)).isEmpty();
        Party metropole = base().party(METROPOLE).orElseThrow();
        Amendment partyAsParticipant = Amendment.builder().from(signed(1, SIGNED, BASE_END)).addParticipants(metropole)
                .build();
        assertThat(empty.check(partyAsParticipant)).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(HistoryCodes.AMENDMENT_PARTY_REFERENCE_INVALID, "participants[0].id"));
    }

    @Test
    void anAvenantRepresentsAndAuthorisesOnlyItsParties() {
        Amendment unknown = Amendment.builder().from(signed(1, SIGNED, BASE_END)).addAuthorisations(Authorisation.of(
                "commune-x", Decision.deliberation("Conseil municipal", PartialDate.unknown()))).build();
        assertThat(empty.check(unknown)).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(HistoryCodes.AMENDMENT_PARTY_REFERENCE_INVALID, "authorisations[0].party"));
    }

    @Test
    void theReferenceMandateIsTheAuthorisationOfItsAvenantWithItsNumberUnknown() {
        Decision bureau = Decision.deliberation("Bureau de la Métropole", PartialDate.of(LocalDate.of(2019, 12, 19)));
        assertThat(bureau.number()).isEmpty();
        Amendment authorised = Amendment.builder().from(signed(1, SIGNED, BASE_END))
                .addAuthorisations(Authorisation.of(METROPOLE, bureau)).build();
        assertThat(empty.check(authorised)).isEmpty();
        Decision late = Decision.deliberation("Bureau de la Métropole", PartialDate.of(SIGNED));
        ValidationException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class,
                () -> Amendment.builder().from(signed(1, SIGNED, BASE_END)).addAuthorisations(Authorisation.of(METROPOLE,
                        late)).build());
        assertThat(thrown.violations()).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(DecisionCodes.SIGNATURE_BEFORE_AUTHORISATION, "signatures[0].date"));
    }

    @Test
    void aSignatureMayBeByOfficeByDelegationAndOnADayNotGiven() {
        Signature office = Signature.byOffice(METROPOLE, "Le Premier ministre", PartialDate.parse("2020"));
        assertThat(office.isSigned()).isTrue();
        assertThat(office.date()).isEmpty();
        assertThat(office.signatory()).isEmpty();
        Signature delegated = Signature.builder().party(GIP).signatory(Person.of("Jean Martin"))
                .capacity("le directeur de cabinet").delegation(Delegation.of("le ministre", Decision.arrete(
                        "le ministre", PartialDate.parse("2019-07")))).signedOn(PartialDate.unknown()).build();
        assertThat(delegated.delegation().orElseThrow().onBehalfOf()).isEqualTo("le ministre");
        Amendment unknownDays = Amendment.builder().from(signed(1, SIGNED, BASE_END))
                .signatures(java.util.List.of(office, delegated)).build();
        assertThat(unknownDays.isDraft()).isFalse();
        assertThat(unknownDays.lastSignatureDate()).isEmpty();
        assertThat(delegated).isEqualTo(Signature.builder().from(delegated).build());
    }
}
