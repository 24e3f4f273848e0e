package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.GIP;
import static dev.conventio.history.Fixtures.METROPOLE;
import static dev.conventio.history.Fixtures.amendment;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.signature;
import static dev.conventio.history.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.conventio.amendment.Amendment;
import dev.conventio.date.PartialDate;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Decision;
import dev.conventio.decision.DecisionCodes;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule that what an amendment records cannot decide is an undetermined outcome: accepted, kept,
 * returned by {@code check} as such, and a violation under {@link AmendmentPolicy#undeterminedRejected()}.
 */
class UndeterminedOutcomeTest {

    private static final LocalDate FIRST = LocalDate.of(2019, 5, 2);

    /** Amendment n° {@code number} signed by both parties on a day known in part, or not at all. */
    private static Amendment signedIn(int number, PartialDate date) {
        return amendment(number, BASE_END)
                .addSignature(Signature.byOffice(METROPOLE, "Pour la Métropole", date))
                .addSignature(Signature.byOffice(GIP, "Pour le GIP", date))
                .build();
    }

    /** Amendment n° 1 signed on 2019-04-29 and 2019-05-02, the Métropole authorised by a decision of that date. */
    private static Amendment authorisedIn(PartialDate decided) {
        return amendment(1, BASE_END)
                .addAuthorisations(Authorisation.of(METROPOLE, Decision.deliberation("Bureau de la Métropole", decided)))
                .addSignature(signature(METROPOLE, FIRST.minusDays(3)))
                .addSignature(signature(GIP, FIRST))
                .build();
    }

    @Test
    void aSignatureKnownToTheYearOfTheConclusionIsUndeterminedAcceptedAndKept() {
        // The base is concluded on 2017-11-22: "2017" may be before.
        Amendment avenant = signedIn(1, PartialDate.parse("2017"));

        List<Violation> outcomes = History.of(base()).check(avenant);
        History history = History.of(base()).add(avenant);

        assertThat(outcomes).extracting(Violation::code, Violation::path, Violation::isUndetermined).containsExactly(
                tuple(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "signatures[0].date", true),
                tuple(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "signatures[1].date", true));
        assertThat(outcomes.get(0).message()).contains("signed in 2017, possibly before convention TEST 001 was"
                + " concluded on 2017-11-22");
        assertThat(history.amendments()).containsExactly(avenant);
        assertThat(history.undetermined()).extracting(Violation::path).containsExactly(
                "amendments[0].signatures[0].date", "amendments[0].signatures[1].date");
    }

    @Test
    void aSignatureCertainlyBeforeIsAViolationAndOneAfterOrOnADayNotKnownIsNoOutcome() {
        History history = History.of(base());

        assertThatThrownBy(() -> history.add(signedIn(1, PartialDate.parse("2017-10"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code, Violation::path, Violation::isUndetermined)
                        .contains(tuple(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "signatures[0].date", false)));
        assertThat(history.check(signedIn(1, PartialDate.parse("2018")))).isEmpty();
        assertThat(history.check(signedIn(1, PartialDate.unknown()))).isEmpty();
        assertThat(history.add(signedIn(1, PartialDate.parse("2018"))).undetermined()).isEmpty();
    }

    @Test
    void theStrictPolicyMakesEveryUndeterminedOutcomeAViolation() {
        History strict = History.of(base()).withPolicies(AmendmentPolicy.undeterminedRejected());
        Amendment avenant = signedIn(1, PartialDate.parse("2017-11"));

        assertThat(strict.check(avenant)).extracting(Violation::code, Violation::path, Violation::isUndetermined)
                .containsExactly(tuple(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "signatures[0].date", false),
                        tuple(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "signatures[1].date", false));
        assertThatThrownBy(() -> strict.add(avenant)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("signatures[0].date", "signatures[1].date"));
        assertThat(strict.add(signedIn(1, PartialDate.parse("2018"))).amendments()).hasSize(1);
        assertThat(AmendmentPolicy.undeterminedRejected().check(strict, avenant)).isEmpty();
        assertThat(AmendmentPolicy.undeterminedRejected()).hasToString("undeterminedRejected");
    }

    @Test
    void anAmendmentSignedInTheMonthOfItsAuthorisationIsUndetermined() {
        Amendment avenant = authorisedIn(PartialDate.parse("2019-04"));
        Amendment later = authorisedIn(PartialDate.parse("2019-03"));

        History history = History.of(base()).add(avenant);

        // Signed by the Métropole on 2019-04-29, perhaps before a decision of April 2019.
        assertThat(history.undetermined()).extracting(Violation::code, Violation::path, Violation::isUndetermined)
                .containsExactly(tuple(DecisionCodes.SIGNATURE_BEFORE_AUTHORISATION, "amendments[0].signatures[0].date",
                        true));
        assertThat(History.of(base()).check(later)).isEmpty();
    }

    @Test
    void aSignatureOfTheMonthTheConventionEndsIsPossiblyAfterItAndOneOfALaterMonthCertainly() {
        History history = History.of(base().toBuilder().term(Term.of(StartRule.onSignatureByAllParties(),
                TermEnd.on(LocalDate.of(2020, 6, 15)))).build());

        List<Violation> possibly = history.check(signedIn(1, PartialDate.parse("2020-06")));
        List<Violation> certainly = history.check(amendment(1, BASE_END)
                .addSignature(Signature.byOffice(METROPOLE, "Pour la Métropole", PartialDate.parse("2020-05")))
                .addSignature(Signature.byOffice(GIP, "Pour le GIP", PartialDate.parse("2020-07"))).build());

        assertThat(possibly).extracting(Violation::code, Violation::path, Violation::isUndetermined)
                .containsExactly(tuple(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END, "signatures[0].date", true));
        assertThat(possibly.get(0).message()).contains("is concluded between 2020-06-01 and 2020-06-30",
                "ends on 2020-06-15", "possibly after it");
        assertThat(certainly).extracting(Violation::code, Violation::path, Violation::isUndetermined)
                .containsExactly(tuple(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END, "signatures[1].date", false));
        assertThat(history.check(signedIn(1, PartialDate.parse("2020-05")))).isEmpty();
        assertThat(history.check(signedIn(1, PartialDate.unknown()))).isEmpty();
    }

    @Test
    void aHistoryBuiltAtOnceKeepsEachAmendmentsOutcomesUnderItsIndex() {
        Amendment first = signed(1, FIRST, BASE_END);
        Amendment second = signedIn(2, PartialDate.parse("2017"));

        History history = History.of(base(), List.of(first, second));

        assertThat(history.undetermined()).extracting(Violation::code, Violation::path).containsExactly(
                tuple(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "amendments[1].signatures[0].date"),
                tuple(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "amendments[1].signatures[1].date"));
        assertThat(history.withPolicies(AmendmentPolicy.undeterminedRejected()).undetermined())
                .isEqualTo(history.undetermined());
        assertThatThrownBy(() -> History.of(base(), List.of(first, signedIn(2, PartialDate.parse("2016")))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).contains("amendments[1].signatures[0].date"));
    }
}
