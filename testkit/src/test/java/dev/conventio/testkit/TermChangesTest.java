package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.ChangeTermEnd;
import dev.conventio.change.ChangeTermStart;
import dev.conventio.change.ProlongTerm;
import dev.conventio.change.SetTerm;
import dev.conventio.change.TerminateConvention;
import dev.conventio.convention.Convention;
import dev.conventio.term.Renewal;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The recipes of the term's changes ({@link TermChanges}): when each applies, and that what it
 * builds never ends the convention before the standing's horizon, over seeded draws.
 */
class TermChangesTest {

    private static final int DRAWS = 300;

    /** A standing with a fixed end and a horizon before it, written in version 2 when asked. */
    private static Standing standing(boolean versionTwo) {
        Convention fixed = fixedTerm(versionTwo ? MoneyGen.conventionsWithMoney() : ConventionGen.conventions());
        return Standing.of(fixed, Conclusions.from(fixed).plusYears(2));
    }

    /** A drawn convention whose term runs from its conclusion for three years, to a fixed day. */
    private static Convention fixedTerm(Gen<Convention> conventions) {
        Convention convention = conventions.sample(5, 10);
        LocalDate concluded = Conclusions.from(convention);
        return Convention.builder().from(convention).term(Term.of(StartRule.onDate(concluded),
                TermEnd.on(concluded.plusYears(3)))).build();
    }

    @Test
    void aNewTermStartsOnTheConclusionEndsAfterTheHorizonAndIsRenewableOneTimeInTwo() {
        Standing standing = standing(false);
        standing.term = Optional.empty();
        assertThat(TermChanges.SET_TERM.appliesTo(standing)).isTrue();
        SplittableRandom random = new SplittableRandom(1);
        Set<Integer> renewals = new HashSet<>();
        int renewable = 0;
        for (int i = 0; i < DRAWS; i++) {
            Term term = ((SetTerm) TermChanges.SET_TERM.build(random, standing, "2")).term();
            assertThat(term.start()).isEqualTo(StartRule.onDate(standing.concludedOn));
            LocalDate end = term.end().flatMap(TermEnd::date).orElseThrow();
            assertThat(end).isAfter(standing.horizon).isBeforeOrEqualTo(standing.horizon.plusDays(730));
            if (term.renewal().isPresent()) {
                renewable++;
                Renewal renewal = term.renewal().orElseThrow();
                assertThat(renewal.period()).isEqualTo(Period.ofYears(1));
                renewals.add(renewal.maxRenewals());
            }
        }
        assertThat(renewable).isBetween(120, 180);
        assertThat(renewals).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void aNewEndNeedsATermAndComesAfterBothTheHorizonAndTheFixedEnd() {
        Standing standing = standing(false);
        assertThat(TermChanges.CHANGE_TERM_END.appliesTo(standing)).isTrue();
        LocalDate fixedEnd = standing.fixedEnd().orElseThrow();
        assertThat(standing.horizon).isBefore(fixedEnd);
        Standing beyond = Standing.of(fixedTerm(ConventionGen.conventions()), fixedEnd.plusYears(1));
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < DRAWS; i++) {
            LocalDate end = ((ChangeTermEnd) TermChanges.CHANGE_TERM_END.build(random, standing, "2")).end().date()
                    .orElseThrow();
            assertThat(end).as("after the fixed end, which is after the horizon").isAfter(fixedEnd)
                    .isBeforeOrEqualTo(fixedEnd.plusDays(730));
            LocalDate later = ((ChangeTermEnd) TermChanges.CHANGE_TERM_END.build(random, beyond, "2")).end().date()
                    .orElseThrow();
            assertThat(later).as("after the horizon, which is after the fixed end").isAfter(beyond.horizon);
        }
        standing.term = Optional.empty();
        assertThat(TermChanges.CHANGE_TERM_END.appliesTo(standing)).isFalse();
    }

    @Test
    void aNewStartNeedsAFixedEndAndIsOfEveryKindWithinAMonthBeforeTheConclusion() {
        Standing standing = standing(false);
        assertThat(TermChanges.CHANGE_TERM_START.appliesTo(standing)).isTrue();
        SplittableRandom random = new SplittableRandom(3);
        Set<StartRule.Kind> kinds = EnumSet.noneOf(StartRule.Kind.class);
        for (int i = 0; i < DRAWS; i++) {
            StartRule start = ((ChangeTermStart) TermChanges.CHANGE_TERM_START.build(random, standing, "2")).start();
            kinds.add(start.kind());
            start.date().ifPresent(date -> assertThat(date).isBeforeOrEqualTo(standing.concludedOn)
                    .isAfterOrEqualTo(standing.concludedOn.minusDays(30)));
        }
        assertThat(kinds).containsExactlyInAnyOrder(StartRule.Kind.ON_SIGNATURE_BY_ALL_PARTIES, StartRule.Kind.ON_DATE,
                StartRule.Kind.ON_NOTIFICATION);
        standing.term = Optional.of(Term.of(StartRule.onDate(standing.concludedOn), TermEnd.after(Period.ofYears(3))));
        assertThat(TermChanges.CHANGE_TERM_START.appliesTo(standing)).as("an end by duration").isFalse();
    }

    @Test
    void aProlongationNeedsVersionTwoAndAnEndAndStatesItsTotalOneTimeInTwo() {
        assertThat(TermChanges.PROLONG_TERM.appliesTo(standing(false))).as("version 1").isFalse();
        Standing standing = standing(true);
        assertThat(standing.versionTwo()).isTrue();
        assertThat(TermChanges.PROLONG_TERM.appliesTo(standing)).isTrue();
        SplittableRandom random = new SplittableRandom(4);
        int stated = 0;
        Set<Boolean> inYears = new HashSet<>();
        for (int i = 0; i < DRAWS; i++) {
            ProlongTerm prolong = (ProlongTerm) TermChanges.PROLONG_TERM.build(random, standing, "2");
            Period by = prolong.by();
            boolean years = by.getYears() > 0;
            inYears.add(years);
            assertThat(years ? by.getYears() : by.getMonths()).isBetween(1, years ? 5 : 18);
            stated += prolong.statedTotal().isPresent() ? 1 : 0;
        }
        assertThat(inYears).containsExactlyInAnyOrder(true, false);
        assertThat(stated).isBetween(120, 180);
        standing.term = Optional.of(Term.of(StartRule.onDate(standing.concludedOn)));
        assertThat(TermChanges.PROLONG_TERM.appliesTo(standing)).as("no end").isFalse();
    }

    @Test
    void aTerminationNeedsVersionTwoHappensOnceAfterTheHorizonAndGivesAReasonOneTimeInTwo() {
        assertThat(TermChanges.TERMINATE_CONVENTION.appliesTo(standing(false))).isFalse();
        Standing standing = standing(true);
        assertThat(TermChanges.TERMINATE_CONVENTION.appliesTo(standing)).isTrue();
        SplittableRandom random = new SplittableRandom(5);
        int reasons = 0;
        for (int i = 0; i < DRAWS; i++) {
            TerminateConvention termination = (TerminateConvention) TermChanges.TERMINATE_CONVENTION.build(random,
                    standing, "2");
            assertThat(termination.lastDay()).isAfter(standing.fixedEnd().orElseThrow());
            reasons += termination.reason().isPresent() ? 1 : 0;
        }
        assertThat(reasons).isBetween(120, 180);
        standing.terminated = true;
        assertThat(TermChanges.TERMINATE_CONVENTION.appliesTo(standing)).as("once").isFalse();
    }
}
