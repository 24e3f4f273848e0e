package dev.conventio.history;

import static dev.conventio.history.Fixtures.GIP;
import static dev.conventio.history.Fixtures.METROPOLE;
import static dev.conventio.history.Fixtures.after;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.check;
import static dev.conventio.history.Fixtures.contribution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.conventio.action.Action;
import dev.conventio.change.AddPhase;
import dev.conventio.change.ChangeContributionSchedule;
import dev.conventio.change.ChangeMandate;
import dev.conventio.change.ChangeTermStart;
import dev.conventio.change.RemoveAction;
import dev.conventio.change.SplitContribution;
import dev.conventio.convention.Convention;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.objective.Quantity;
import dev.conventio.objective.Target;
import dev.conventio.objective.TargetPeriod;
import dev.conventio.party.Mandate;
import dev.conventio.term.StartRule;
import dev.conventio.validation.Violation;
import dev.conventio.work.Phase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Changes whose target is missing, in the way, or there: what each reports, and what it makes. */
class ChangeTargetsTest {

    private static final LocalDate SIGNED = Fixtures.FIRST_SIGNED;
    private static final Provenance ARTICLE_2 = Provenance.of(Instrument.amendment(1), "2");


    @Test
    void aScheduleIsReplacedOnAContributionThatExists() {
        List<Instalment> schedule = List.of(Instalment.of(LocalDate.of(2018, 3, 1), Money.parse("EUR 20000")),
                Instalment.of(LocalDate.of(2018, 9, 1), Money.parse("EUR 30000")));
        Sourced<FinancialContribution> changed = after(base(), ChangeContributionSchedule.of("2", "phase-1", schedule))
                .contribution("phase-1").orElseThrow();
        assertThat(changed.value().schedule()).isEqualTo(schedule);
        assertThat(changed.value().amount()).contains(Money.parse("EUR 50000"));
        assertThat(changed.provenance()).isEqualTo(ARTICLE_2);
        List<Violation> missing = check(base(), ChangeContributionSchedule.of("2", "inconnue", schedule));
        assertThat(missing).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(HistoryCodes.CHANGE_TARGET_MISSING, "changes[0]"));
        assertThat(missing.get(0).message()).startsWith("contribution 'inconnue' does not exist");
    }

    @Test
    void aPartOfASplitNamesTheContributionSplitAsItsOrigin() {
        FinancialContribution first = FinancialContribution.builder().from(contribution("part-1", "EUR 30000", 2018))
                .origin("autre").build();
        FinancialContribution second = contribution("part-2", "EUR 20000", 2018);
        List<Violation> strayed = check(base(), SplitContribution.of("2", "phase-1", List.of(first, second)));
        assertThat(strayed).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(HistoryCodes.CHANGE_RESULT_INVALID, "changes[0]"));
        assertThat(strayed.get(0).message()).isEqualTo("part 'part-1' names its origin 'autre', not 'phase-1',"
                + " the contribution split");
        FinancialContribution named = FinancialContribution.builder().from(first).origin("phase-1").build();
        assertThat(after(base(), SplitContribution.of("2", "phase-1", List.of(named, second))).contributions())
                .extracting(c -> c.value().id()).containsExactly("part-1", "part-2");
    }

    @Test
    void anActionStillNamedByATargetIsNotRemoved() {
        Target projects = Target.builder().id("projets").title("Projets").action("action-1")
                .quantity(Quantity.of(new BigDecimal("50"), "projets")).period(TargetPeriod.programme()).build();
        Convention programme = base().toBuilder().addActions(Action.of("action-1", "Modernisation"))
                .addTargets(projects).build();
        List<Violation> named = check(programme, RemoveAction.of("2", "action-1"));
        assertThat(named).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(HistoryCodes.CHANGE_RESULT_INVALID, "changes[0]"));
        assertThat(named.get(0).message()).isEqualTo("action 'action-1' still has target 'projets': remove or"
                + " replace it first");
        assertThat(after(programme.toBuilder().targets(List.of()).build(), RemoveAction.of("2", "action-1"))
                .actions()).isEmpty();
    }

    @Test
    void theStartOfATermThatIsNotThereIsMissing() {
        List<Violation> missing = check(base().toBuilder().term(Optional.empty()).build(),
                ChangeTermStart.of("3", StartRule.onDate(LocalDate.of(2018, 1, 1))));
        assertThat(missing).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(HistoryCodes.CHANGE_TARGET_MISSING, "changes[0]"));
        assertThat(missing.get(0).message()).startsWith("the term does not exist");
    }

    @Test
    void aMandateChangesOnAPartyThatExists() {
        Mandate mandate = Mandate.withUnknownNumber("Bureau de la Métropole", SIGNED.minusDays(20));
        assertThat(after(base(), ChangeMandate.of("2", METROPOLE, mandate)).party(METROPOLE).orElseThrow().value()
                .mandate()).contains(mandate);
        assertThat(check(base(), ChangeMandate.of("2", "commune", mandate))).extracting(Violation::code)
                .containsExactly(HistoryCodes.CHANGE_TARGET_MISSING);
        assertThat(after(base(), ChangeMandate.of("2", METROPOLE, mandate)).party(GIP).orElseThrow().value()
                .mandate()).isEmpty();
    }

    @Test
    void aPhaseAddedPastTheNextNamesTheNext() {
        List<Violation> gap = check(base(), AddPhase.of("1", Phase.of(5, "Cinquième")));
        assertThat(gap).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(HistoryCodes.CHANGE_RESULT_INVALID, "changes[0]"));
        assertThat(gap.get(0).message()).startsWith("phase 5 would leave a gap").endsWith(" is phase 4");
    }
}
