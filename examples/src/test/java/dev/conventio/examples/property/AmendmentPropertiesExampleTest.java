package dev.conventio.examples.property;

import dev.conventio.history.HistoryCodes;
// Two entry points for assertions: AssertJ's own, and the testkit's for Conventio types. Both are
// called assertThat; the compiler picks the testkit's for a History, an InvalidCase, and so on.
import static dev.conventio.testkit.assertj.ConventioAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.examples.ReferenceConvention;
import dev.conventio.examples.ReferenceHistory;
import dev.conventio.history.AmendmentPolicy;
import dev.conventio.history.History;
import dev.conventio.testkit.Gen;
import dev.conventio.testkit.HistoryGen;
import dev.conventio.testkit.InvalidCase;
import dev.conventio.testkit.InvalidCases;
import dev.conventio.testkit.junit.GeneratedSource;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Property-based tests of amendment rules, as an application that embeds Conventio would write
 * them. Copy this class and change the properties: the mechanics stay the same.
 *
 * <p>A property is a statement that must hold for every value of a kind ("for every valid history,
 * adding its next amendment keeps the numbering contiguous"). Instead of a few hand-written
 * examples, the testkit generates hundreds of values; when one breaks the property, JUnit reports
 * the failing case with its seed, and {@code -Dconventio.testkit.seed=0x…} replays exactly that
 * case.
 */
class AmendmentPropertiesExampleTest {

    // ---- 1. Generators ------------------------------------------------------------------------
    //
    // A generator is a static method without parameters that returns a Gen<T>. @GeneratedSource
    // names it, the way @MethodSource names a method. The testkit's generators compose: start from
    // HistoryGen, ConventionGen, AmendmentGen, InvalidCases, and use map / flatMap to shape them.

    /** Any valid history: a generated convention, up to six signed amendments, maybe a draft. */
    static Gen<History> histories() {
        return HistoryGen.histories();
    }

    /**
     * Valid histories of your own convention: pass your base convention as a constant generator,
     * and the testkit plans amendments that every rule accepts.
     */
    static Gen<History> referenceHistories() {
        return HistoryGen.histories(Gen.constant(ReferenceConvention.convention()));
    }

    /** Every kind of invalid value or amendment, each labelled with the code it must trigger. */
    static Gen<InvalidCase> invalidCases() {
        return InvalidCases.invalidCases();
    }

    // ---- 2. Properties ------------------------------------------------------------------------

    /**
     * The next amendment the testkit generates for a history is accepted, and the numbering stays
     * 1..n. {@code count} sets how many histories to try: a few hundred run in a second or two.
     */
    @ParameterizedTest
    @GeneratedSource(value = "histories", count = 200)
    void theNextAmendmentIsAcceptedAndNumberingStaysContiguous(History history) {
        // Generators used inside a test take a seed: derive it from the case so that replaying the
        // case replays this draw too.
        Amendment next = HistoryGen.nextAmendments(history).sample(history.amendments().size(), 6);

        assertThat(history).accepts(next);
        assertThat(history.add(next)).hasContiguousAmendments(history.amendments().size() + 1);
    }

    /**
     * An amendment changes nothing before it takes effect: the convention as in force the day
     * before is the same with or without it.
     */
    @ParameterizedTest
    @GeneratedSource(value = "referenceHistories", count = 200)
    void anAmendmentChangesNothingBeforeItTakesEffect(History history) {
        Amendment next = HistoryGen.nextAmendments(history).sample(history.amendments().size(), 6);
        LocalDate start = next.term().start().startDate(next.lastSignatureDate()).orElseThrow();
        LocalDate dayBefore = start.minusDays(1);

        assertThat(history.add(next).asOf(dayBefore).convention())
                .isEqualTo(history.asOf(dayBefore).convention());
    }

    /**
     * A policy of your own, stated as a property: under a cap of 50 % of the initial money per
     * amendment, an amendment is rejected exactly when it adds more than half of it.
     */
    @ParameterizedTest
    @GeneratedSource(value = "histories", count = 200)
    void theIncreaseCapRejectsExactlyTheAmendmentsAboveIt(History history) {
        History capped = history.withPolicies(AmendmentPolicy.maxIncreasePerAmendment(new BigDecimal("50")));
        Amendment next = HistoryGen.nextAmendments(history).sample(history.amendments().size(), 6);
        Money initial = History.of(history.base()).asOf(history.base().conclusionDate().orElseThrow()).commitments().total()
                .recorded().orElse(Money.zero(CurrencyUnit.EUR));
        Money before = capped.standingBefore(next).commitments().total().recorded().orElse(Money.zero(CurrencyUnit.EUR));
        Money after = capped.standingAfter(next).commitments().total().recorded().orElse(Money.zero(CurrencyUnit.EUR));
        // Above the cap: the increase is more than 50 % of the initial amount, compared exactly.
        boolean aboveCap = after.minus(before).getAmount().multiply(BigDecimal.valueOf(2))
                .compareTo(initial.getAmount()) > 0;

        Optional<ViolationCode> rejection = Violation.certainOf(capped.check(next)).stream().map(Violation::code)
                .findFirst();

        assertThat(rejection.isPresent()).as("rejected").isEqualTo(aboveCap);
        rejection.ifPresent(code -> assertThat(code).isEqualTo(HistoryCodes.POLICY_INCREASE_CAP_EXCEEDED));
    }

    /**
     * Every invalid case is rejected with exactly the code it is labelled with: a test of the
     * library's error reporting, and a template for your own invalid inputs.
     */
    @ParameterizedTest
    @GeneratedSource(value = "invalidCases", count = 200)
    void everyInvalidCaseIsRejectedWithItsCode(InvalidCase invalid) {
        assertThat(invalid).isRejectedWithExactlyItsCode();
    }

    // ---- 3. Plain examples still have their place ---------------------------------------------

    /** The money of the reference document, asserted with the testkit's AssertJ assertions. */
    @org.junit.jupiter.api.Test
    void theReferenceAmendmentCommitsOneHundredThousandEurosFor2020() {
        assertThat(ReferenceHistory.asSigned()).inForceOn(ReferenceHistory.MID_2020)
                .hasMoneyCommittedFor(ReferenceHistory.BUDGET_2020, Money.of(CurrencyUnit.EUR, 100000));
        assertThat(ReferenceHistory.asSigned()).inForceOn(ReferenceHistory.AFTER_LAPSE)
                .hasNoMoneyCommittedFor(ReferenceHistory.BUDGET_2020);
    }
}
