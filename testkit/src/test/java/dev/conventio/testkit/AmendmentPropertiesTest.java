package dev.conventio.testkit;

import static dev.conventio.testkit.assertj.ConventioAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.change.Change;
import dev.conventio.change.ChangeTermEnd;
import dev.conventio.change.ChangeTermStart;
import dev.conventio.change.ProlongTerm;
import dev.conventio.change.SetTerm;
import dev.conventio.change.TerminateConvention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.history.HistoryCodes;
import dev.conventio.testkit.junit.GeneratedSource;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.joda.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The amendment properties, each over 1 000 generated histories: an amendment never changes the
 * convention before it takes effect, its provisions are gone once its term lapses, the money
 * consolidated is the sum of the contributions in force, checking and adding agree, and numbering
 * stays contiguous.
 */
class AmendmentPropertiesTest {

    static Gen<History> histories() {
        return HistoryGen.histories();
    }

    /** A history and a candidate: the valid next amendment, or one targeted mutation of it. */
    static Gen<Arguments> candidates() {
        Gen<Arguments> valid = HistoryGen.histories().flatMap(h -> HistoryGen.nextAmendments(h)
                .map(next -> Arguments.of(h, next)));
        Gen<Arguments> invalid = InvalidCases.invalidCases(ViolationCode.Kind.RULE, ViolationCode.Kind.POLICY)
                .map(c -> Arguments.of(c.history().orElseThrow(), c.candidate().orElseThrow()));
        return Gen.oneOf(List.of(valid, invalid));
    }

    @ParameterizedTest
    @GeneratedSource(value = "histories", count = 1000)
    void amendmentNeverChangesTheConventionBeforeItTakesEffect(History history) {
        List<History> prefixes = prefixes(history);
        for (int k = 1; k < prefixes.size(); k++) {
            if (history.amendments().get(k - 1) instanceof Amendment amendment) {
                Optional<LocalDate> start = startOf(amendment);
                // A draft is never in force: on no date does it change anything.
                LocalDate before = start.orElse(LocalDate.of(2030, 1, 1)).minusDays(1);
                assertSameConsolidation(prefixes.get(k), prefixes.get(k - 1), before);
                assertThat(prefixes.get(k).asOf(before).amendmentsInForce()).doesNotContain(k);
                if (start.isPresent()) {
                    assertThat(prefixes.get(k).asOf(start.get()).amendmentsInForce()).contains(k);
                }
            }
        }
    }

    @ParameterizedTest
    @GeneratedSource(value = "histories", count = 1000)
    void provisionsLastUntilTheirOwnEndAndWhatOutlivesThemRemains(History history) {
        List<History> prefixes = prefixes(history);
        for (int k = 1; k < prefixes.size(); k++) {
            if (!(history.amendments().get(k - 1) instanceof Amendment amendment) || startOf(amendment).isEmpty()) {
                continue;
            }
            History with = prefixes.get(k);
            LocalDate start = startOf(amendment).get();
            Optional<LocalDate> own = amendment.term().lastDay(start);
            if (own.isEmpty()) {
                // Without an end of its own, it lasts as long as the convention.
                for (LocalDate day : List.of(start, start.plusMonths(1), start.plusYears(1))) {
                    if (with.lifeOn(day).isInForce()) {
                        assertThat(with.asOf(day).amendmentsInForce()).as("on " + day).contains(k);
                    }
                }
                continue;
            }
            LocalDate lastDay = own.get();
            LocalDate after = lastDay.plusDays(1);
            assertThat(with.asOf(lastDay).amendmentsInForce()).contains(k);
            if (!with.lifeOn(after).isInForce()) {
                continue;   // it ended with the convention: nothing lapses any more
            }
            ConsolidatedConvention lapsed = with.asOf(after);
            assertThat(lapsed.amendmentsInForce()).doesNotContain(k);
            // A change of term is never undone.
            assertThat(lapsed.convention().term()).isEqualTo(with.asOf(lastDay).convention().term());
            if (amendment.changes().stream().noneMatch(AmendmentPropertiesTest::outlives)) {
                assertSameConsolidation(with, prefixes.get(k - 1), after);
            }
        }
    }

    private static boolean outlives(Change change) {
        return change instanceof SetTerm || change instanceof ChangeTermEnd || change instanceof ChangeTermStart
                || change instanceof ProlongTerm || change instanceof TerminateConvention;
    }

    @ParameterizedTest
    @GeneratedSource(value = "histories", count = 1000)
    void consolidatedMoneyIsTheSumOfTheContributionsInForce(History history) {
        for (LocalDate date : interestingDates(history)) {
            ConsolidatedConvention consolidated = history.asOf(date);
            List<FinancialContribution> inForce = consolidated.convention().contributions();
            assertThat(consolidated.commitments().total().recorded()).isEqualTo(sum(inForce));
            // No view reports money committed outside the convention's life.
            if (consolidated.life().isCertainlyNotInForce()) {
                assertThat(consolidated.commitments().total().amount().filter(money -> !money.isZero())).isEmpty();
            } else {
                assertThat(consolidated.commitments().total().amount()).isEqualTo(sum(inForce));
            }
            Map<String, List<FinancialContribution>> byContributor = new LinkedHashMap<>();
            Map<BudgetPeriod, List<FinancialContribution>> byPeriod = new LinkedHashMap<>();
            for (FinancialContribution contribution : inForce) {
                byContributor.computeIfAbsent(contribution.contributor(), id -> new ArrayList<>()).add(contribution);
                byPeriod.computeIfAbsent(contribution.budget().orElseThrow(), period -> new ArrayList<>()).add(contribution);
            }
            assertThat(consolidated.commitments().byContributor()).hasSameSizeAs(byContributor);
            byContributor.forEach((id, list) ->
                    assertThat(consolidated.commitments().byContributor().get(id).recorded()).isEqualTo(sum(list)));
            byPeriod.forEach((period, list) -> {
                assertThat(consolidated.commitments().byBudgetPeriod().get(period).recorded()).isEqualTo(sum(list));
                if (period.isSingleYear() && !consolidated.life().isCertainlyNotInForce()) {
                    sum(list).ifPresent(total -> assertThat(consolidated).hasMoneyCommittedFor(period.first(), total));
                }
            });
        }
    }

    @ParameterizedTest
    @GeneratedSource(value = "candidates", count = 1000)
    void addingAgreesWithChecking(History history, Amendment candidate) {
        List<AmendmentRecord> before = history.amendments();
        List<Violation> outcomes = history.check(candidate);
        List<Violation> violations = Violation.certainOf(outcomes);
        if (violations.isEmpty()) {
            History longer = history.add(candidate);
            assertThat(longer.amendments()).hasSize(before.size() + 1).endsWith(candidate);
            assertThat(longer.amendments().subList(0, before.size())).isEqualTo(before);
            assertThat(longer.undetermined()).isEqualTo(java.util.stream.Stream.concat(history.undetermined().stream(),
                    outcomes.stream().map(outcome -> outcome.under("amendments[" + before.size() + "]"))).toList());
            assertThat(longer.check(candidate)).extracting(Violation::code).contains(HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT);
        } else {
            assertThatThrownBy(() -> history.add(candidate)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations()).isEqualTo(violations));
        }
        assertThat(history.amendments()).isEqualTo(before);
    }

    @ParameterizedTest
    @GeneratedSource(value = "histories", count = 1000)
    void numberingStaysContiguous(History history) {
        int count = history.amendments().size();
        assertThat(history).hasContiguousAmendments(count);
        Amendment next = HistoryGen.nextAmendments(history).sample(count, 6);
        History longer = history.add(next);
        assertThat(longer).hasContiguousAmendments(count + 1);
        Amendment skipping = Amendment.builder().from(HistoryGen.nextAmendments(longer).sample(count, 6))
                .number(count + 3).build();
        assertThat(longer).rejects(skipping, HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT);
        assertThat(longer).hasContiguousAmendments(count + 1);
    }

    /** The histories made of the first k amendments, for k from 0 to n, built by adding each in turn. */
    private static List<History> prefixes(History history) {
        List<History> prefixes = new ArrayList<>();
        History prefix = History.of(history.base());
        prefixes.add(prefix);
        for (AmendmentRecord record : history.amendments()) {
            prefix = prefix.add(record);
            prefixes.add(prefix);
        }
        return prefixes;
    }

    private static void assertSameConsolidation(History with, History without, LocalDate date) {
        ConsolidatedConvention expected = without.asOf(date);
        ConsolidatedConvention actual = with.asOf(date);
        assertThat(actual.convention()).as("convention on %s", date).isEqualTo(expected.convention());
        assertThat(actual.amendmentsInForce()).as("amendments in force on %s", date)
                .isEqualTo(expected.amendmentsInForce());
    }

    private static Optional<LocalDate> startOf(Amendment amendment) {
        return amendment.isDraft() ? Optional.empty()
                : amendment.term().start().startDate(amendment.lastSignatureDate());
    }

    /** The conclusion, and each day an amendment takes effect or lapses. */
    private static List<LocalDate> interestingDates(History history) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(history.base().conclusionDate().orElseThrow());
        for (AmendmentRecord record : history.amendments()) {
            if (record instanceof Amendment amendment) {
                startOf(amendment).ifPresent(start -> {
                    dates.add(start);
                    amendment.term().lastDay(start).ifPresent(last -> dates.add(last.plusDays(1)));
                });
            }
        }
        return List.copyOf(dates);
    }

    private static Optional<Money> sum(List<FinancialContribution> contributions) {
        return contributions.stream().map(c -> c.amount().orElseThrow()).reduce(Money::plus);
    }
}
