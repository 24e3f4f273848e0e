package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.action.Action;
import dev.conventio.convention.Convention;
import dev.conventio.finance.AidFacts;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.Instalment;
import dev.conventio.finance.PaymentConditions;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.objective.Target;
import dev.conventio.objective.TargetPeriod;
import dev.conventio.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The programmes hold, over a seeded sample, what {@link MoneyGen} documents: one to three actions,
 * up to three targets attached to the convention, a phase or an action, and contributions in each
 * form version 2 adds, in the proportions it draws them.
 */
class MoneyGenTest {

    private static final int SAMPLE = 1_500;
    private static final List<String> UNITS = List.of("logements", "ménages", "instituts", "apprentis", "quartiers");

    /** The seeded sample, drawn again by each test ({@link Samples}). */
    private static List<Convention> sample() {
        return Samples.of(MoneyGen.conventionsWithMoney(), 0x3d0e7L, SAMPLE);
    }

    @Test
    void oneToThreeActionsNumberedInOrderHalfOfThemDescribed() {
        Set<Integer> counts = new TreeSet<>();
        int described = 0;
        int actions = 0;
        for (Convention convention : sample()) {
            counts.add(convention.actions().size());
            for (int i = 0; i < convention.actions().size(); i++) {
                Action action = convention.actions().get(i);
                assertThat(action.id()).isEqualTo("action-" + (i + 1));
                assertThat(action.title()).isIn("Rénovation énergétique", "Accompagnement des ménages",
                        "Instituts de recherche", "Formation en alternance", "Ingénierie de projet");
                action.description().ifPresent(text -> assertThat(text).isEqualTo("Action dotée dans le cadre du programme"));
                described += action.description().isPresent() ? 1 : 0;
                actions++;
            }
            assertThat(convention.preamble()).as("a programme records its text").isNotEqualTo(Text.unrecorded());
        }
        assertThat(counts).containsExactly(1, 2, 3);
        assertThat(described / (double) actions).isBetween(0.45, 0.55);
    }

    @Test
    void upToThreeTargetsOfTheConventionAPhaseOrAnAction() {
        Set<Integer> counts = new TreeSet<>();
        Set<TargetPeriod.Kind> periods = EnumSet.noneOf(TargetPeriod.Kind.class);
        Set<String> units = new TreeSet<>();
        int targets = 0;
        int decimal = 0;
        int approximate = 0;
        int ofPhase = 0;
        int ofAction = 0;
        int sourced = 0;
        for (Convention convention : sample()) {
            counts.add(convention.targets().size());
            List<String> actionIds = convention.actions().stream().map(Action::id).toList();
            for (int i = 0; i < convention.targets().size(); i++) {
                Target target = convention.targets().get(i);
                targets++;
                assertThat(target.id()).isEqualTo("objectif-" + (i + 1));
                String unit = target.quantity().unit();
                units.add(unit);
                assertThat(target.title()).isEqualTo("Nombre de " + unit);
                BigDecimal value = target.quantity().value();
                if (value.scale() == 1) {
                    decimal++;
                    assertThat(value).isBetween(new BigDecimal("0.1"), new BigDecimal("99.9"));
                } else {
                    assertThat(value.scale()).isZero();
                    assertThat(value).isBetween(BigDecimal.ONE, BigDecimal.valueOf(5000));
                }
                approximate += target.quantity().isApproximate() ? 1 : 0;
                periods.add(target.period().kind());
                assertPeriod(target.period());
                assertThat(target.phase().isPresent() && target.action().isPresent()).isFalse();
                if (target.phase().isPresent()) {
                    ofPhase++;
                    assertThat(target.phase().getAsInt()).isBetween(1, convention.phases().size());
                }
                if (target.action().isPresent()) {
                    ofAction++;
                    assertThat(target.action().get()).isIn(actionIds);
                }
                if (target.source().isPresent()) {
                    sourced++;
                    assertThat(target.source().get()).matches("article [1-9]");
                }
            }
        }
        assertThat(counts).containsExactly(0, 1, 2, 3);
        assertThat(units).containsExactlyInAnyOrderElementsOf(UNITS);
        assertThat(periods).containsExactlyInAnyOrder(TargetPeriod.Kind.values());
        assertThat(decimal / (double) targets).as("decimal quantities").isBetween(0.20, 0.30);
        assertThat(approximate / (double) targets).as("approximate quantities").isBetween(0.15, 0.25);
        assertThat(ofAction / (double) targets).as("targets of an action").isBetween(0.28, 0.38);
        assertThat(ofPhase).as("targets of a phase").isPositive();
        assertThat(ofPhase + ofAction).isLessThan(targets);
        assertThat(sourced / (double) targets).as("targets with a source").isBetween(0.45, 0.55);
    }

    private static void assertPeriod(TargetPeriod period) {
        switch (period.kind()) {
            case BY -> assertThat(period.date().orElseThrow().toString()).matches("20(1[5-9]|2[0-4])");
            case OVER -> {
                int first = period.first().orElseThrow().getValue();
                assertThat(first).isBetween(2015, 2024);
                assertThat(period.last().orElseThrow().getValue() - first).isBetween(0, 3);
            }
            default -> assertThat(period.date()).isEmpty();
        }
    }

    @Test
    void oneToThreeEnvelopesEachInOneOfTheFormsOfVersion2() {
        Set<Integer> counts = new TreeSet<>();
        Set<String> forms = new TreeSet<>();
        Set<ContributionNature> natures = EnumSet.noneOf(ContributionNature.class);
        int envelopes = 0;
        int ofAction = 0;
        int aided = 0;
        for (Convention convention : sample()) {
            List<FinancialContribution> added = convention.contributions().stream()
                    .filter(c -> c.id().startsWith("enveloppe-")).toList();
            counts.add(added.size());
            LocalDate from = Conclusions.from(convention);
            List<String> actionIds = convention.actions().stream().map(Action::id).toList();
            for (int i = 0; i < added.size(); i++) {
                FinancialContribution envelope = added.get(i);
                envelopes++;
                assertThat(envelope.id()).isEqualTo("enveloppe-" + (i + 1));
                natures.add(envelope.nature());
                envelope.action().ifPresent(id -> assertThat(id).isIn(actionIds));
                ofAction += envelope.action().isPresent() ? 1 : 0;
                envelope.aid().ifPresent(MoneyGenTest::assertAid);
                aided += envelope.aid().isPresent() ? 1 : 0;
                forms.add(form(envelope, convention, from));
            }
        }
        assertThat(counts).containsExactly(1, 2, 3);
        assertThat(natures).containsExactlyInAnyOrder(ContributionNature.values());
        assertThat(forms).contains("yearly", "yearly, total unstated", "yearly, last unknown", "unknown",
                "unknown, no budget", "shares", "one instalment on an event", "two instalments", "ceiling");
        assertThat(ofAction / (double) envelopes).as("envelopes of an action").isBetween(0.45, 0.55);
        assertThat(aided / (double) envelopes).as("envelopes with aid facts").isBetween(0.28, 0.38);
    }

    private static void assertAid(AidFacts aid) {
        assertThat(aid.basis()).isPresent();
        aid.raeNumber().ifPresent(number -> assertThat(Integer.parseInt(number)).isBetween(1, 99_999));
        assertThat(aid.scheme().isPresent()).isEqualTo(aid.basisReference().isPresent());
        aid.scheme().ifPresent(scheme -> assertThat(scheme).matches("dispositif ([1-9]|1\\d|20)"));
        aid.basisReference().ifPresent(reference -> assertThat(reference).isEqualTo("règlement (UE) 2023/2831"));
    }

    /** Names the form of an envelope, after checking what that form promises. */
    private static String form(FinancialContribution c, Convention convention, LocalDate from) {
        if (c.ceiling()) {
            assertThat(c.payment().orElseThrow()).isIn(PaymentConditions.single(),
                    PaymentConditions.other("sur présentation des justificatifs"));
            assertThat(c.amount()).isPresent();
            return "ceiling";
        }
        if (!c.yearlyAmounts().isEmpty()) {
            return yearly(c);
        }
        if (c.amount().isEmpty()) {
            assertThat(c.inferredFrom()).contains("le reliquat");
            return c.budget().isPresent() ? "unknown" : "unknown, no budget";
        }
        if (!c.shares().isEmpty()) {
            assertThat(c.shares()).hasSize(2);
            assertThat(c.shares().get(0).party()).isEqualTo(c.beneficiary());
            assertThat(c.shares().get(1).party()).isIn(convention.partyIds()).isNotIn(c.beneficiary(), c.contributor());
            int denominator = c.shares().get(0).portion().denominator();
            assertThat(denominator).isBetween(2, 9);
            assertThat(c.shares().get(1).portion().denominator()).isEqualTo(denominator);
            assertThat(c.shares().get(0).portion().numerator() + c.shares().get(1).portion().numerator())
                    .isEqualTo(denominator);
            return "shares";
        }
        if (!c.schedule().isEmpty()) {
            return instalments(c, from);
        }
        // A share with no third party to share with is paid once; yearly amounts too small to give
        // every year a cent are left out.
        return c.payment().isPresent() ? "single, no one to share with" : "amount alone";
    }

    private static String yearly(FinancialContribution c) {
        BudgetPeriod budget = c.budget().orElseThrow();
        List<YearlyAmount> years = c.yearlyAmounts();
        assertThat(years).hasSize(budget.last().getValue() - budget.first().getValue() + 1);
        Money sum = Money.zero(CurrencyUnit.EUR);
        for (int i = 0; i < years.size(); i++) {
            YearlyAmount year = years.get(i);
            assertThat(year.year()).isEqualTo(budget.first().plusYears(i));
            assertThat(year.firmness()).isEqualTo(i == 0 ? Firmness.FIRM : Firmness.FORECAST);
            if (i < years.size() - 1) {
                assertThat(year.amount()).isPresent();
            }
            sum = year.amount().map(sum::plus).orElse(sum);
        }
        boolean lastUnknown = years.get(years.size() - 1).amount().isEmpty();
        if (lastUnknown) {
            assertThat(years).hasSizeGreaterThan(1);
        } else if (c.amount().isPresent()) {
            assertThat(sum).isEqualTo(c.amount().get());
        }
        return lastUnknown ? "yearly, last unknown" : c.amount().isPresent() ? "yearly" : "yearly, total unstated";
    }

    private static String instalments(FinancialContribution c, LocalDate from) {
        List<Instalment> schedule = c.schedule();
        Instalment last = schedule.get(schedule.size() - 1);
        assertThat(last.condition()).isPresent();
        assertThat(last.dueOn()).isEmpty();
        last.condition().get().description().ifPresent(text -> assertThat(text).isEqualTo("après le comité de pilotage"));
        assertThat(schedule.stream().map(Instalment::amount).reduce(Money::plus)).isEqualTo(c.amount());
        if (schedule.size() == 1) {
            assertThat(c.payment()).contains(PaymentConditions.single());
            return "one instalment on an event";
        }
        assertThat(schedule).hasSize(2);
        assertThat(c.payment()).contains(PaymentConditions.inInstalments());
        assertThat(schedule.get(0).dueOn().orElseThrow()).isBetween(from.plusDays(1), from.plusDays(90));
        assertThat(schedule.get(0).condition()).isEmpty();
        return "two instalments";
    }

    @Test
    void aFirstPartLeavesAtLeastOneCentOnEachSide() {
        SplittableRandom random = new SplittableRandom(11);
        Money cent = Money.ofMinor(CurrencyUnit.EUR, 1);
        assertThat(MoneyGen.splittable(cent)).isFalse();
        assertThat(MoneyGen.splittable(cent.multipliedBy(2))).isTrue();
        assertThat(MoneyGen.splittable(Money.ofMinor(CurrencyUnit.JPY, 1))).isFalse();
        assertThat(MoneyGen.splittable(Money.ofMinor(CurrencyUnit.JPY, 2))).isTrue();
        assertThat(MoneyGen.firstPart(random, cent.multipliedBy(2))).isEqualTo(cent);
        Money large = Money.of(CurrencyUnit.EUR, new BigDecimal("1000000000000000000000.00"));
        Set<Integer> percents = new TreeSet<>();
        for (int i = 0; i < 2_000; i++) {
            Money amount = i % 2 == 0 ? large : Money.ofMinor(CurrencyUnit.EUR, 2 + random.nextInt(500));
            Money part = MoneyGen.firstPart(random, amount);
            assertThat(part.getCurrencyUnit()).isEqualTo(CurrencyUnit.EUR);
            assertThat(part.isGreaterThan(cent) || part.isEqual(cent)).isTrue();
            assertThat(amount.minus(part).isGreaterThan(cent) || amount.minus(part).isEqual(cent)).isTrue();
            if (amount == large) {
                BigDecimal percent = part.getAmount().movePointRight(2).divide(large.getAmount());
                assertThat(percent.stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
                percents.add(percent.intValueExact());
            }
        }
        assertThat(percents).hasSize(99).first().isEqualTo(1);
        assertThat(percents).last().isEqualTo(99);
    }
}
