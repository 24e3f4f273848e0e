package dev.conventio.testkit;

import static dev.conventio.testkit.PartyGen.pick;

import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinanceCodes;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.term.Renewal;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermCodes;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.ViolationCode;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import dev.conventio.work.WorkCodes;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** The invalid cases of the parts of a convention (phases, orientations, money, terms), for {@link InvalidCases}. */
final class PartCases {

    private PartCases() {
    }

    static void addTo(Map<ViolationCode, Gen<InvalidCase>> cases) {
        invariantsOfParts(cases);
    }

    private static void invariantsOfParts(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(WorkCodes.PHASE_NUMBER_NOT_POSITIVE, ConventionGen.phase(1).flatMap(phase -> (random, size) -> {
            int number = -random.nextInt(3);
            return InvalidCase.of(WorkCodes.PHASE_NUMBER_NOT_POSITIVE, "phase numbered " + number,
                    () -> Phase.builder().from(phase).number(number).build());
        }));
        cases.put(WorkCodes.ORIENTATION_ORDER_NOT_POSITIVE, ConventionGen.orientations(1, 1).flatMap(list ->
                (random, size) -> {
                    int order = -random.nextInt(3);
                    return InvalidCase.of(WorkCodes.ORIENTATION_ORDER_NOT_POSITIVE, "orientation ordered " + order,
                            () -> Orientation.of(order, list.get(0).title()));
                }));
        cases.put(WorkCodes.PHASE_ORIENTATIONS_DUPLICATE_ORDER, ConventionGen.phase(1).flatMap(phase ->
                ConventionGen.orientations(1, 4).map(orientations -> {
                    List<Orientation> doubled = new ArrayList<>(orientations);
                    doubled.add(orientations.get(0));
                    return InvalidCase.of(WorkCodes.PHASE_ORIENTATIONS_DUPLICATE_ORDER, "orientation 1 listed twice",
                            () -> phase.withOrientations(doubled));
                })));
        cases.put(FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE, InvalidCases.contribution(false, (random, c) -> {
            Money amount = random.nextBoolean() ? c.amount().orElseThrow().multipliedBy(0) : c.amount().orElseThrow().negated();
            return InvalidCase.of(FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE, "amount " + c.amount().orElseThrow() + " -> " + amount,
                    () -> c.withAmount(amount));
        }));
        cases.put(FinanceCodes.CONTRIBUTION_BENEFICIARY_IS_CONTRIBUTOR, InvalidCases.contribution(false, (random, c) ->
                InvalidCase.of(FinanceCodes.CONTRIBUTION_BENEFICIARY_IS_CONTRIBUTOR, "beneficiary -> '" + c.contributor()
                        + "', the contributor", () -> FinancialContribution.builder().from(c).beneficiary(c.contributor())
                        .build())));
        cases.put(FinanceCodes.INSTALMENT_AMOUNT_NOT_POSITIVE, InvalidCases.contribution(true, (random, c) -> {
            Instalment instalment = c.schedule().get(0);
            Money amount = random.nextBoolean() ? instalment.amount().multipliedBy(0) : instalment.amount().negated();
            return InvalidCase.of(FinanceCodes.INSTALMENT_AMOUNT_NOT_POSITIVE, "instalment of " + instalment.amount()
                    + " -> " + amount, () -> Instalment.of(instalment.dueOn().orElseThrow(), amount));
        }));
        cases.put(FinanceCodes.SCHEDULE_CURRENCY_MISMATCH, InvalidCases.contribution(true, (random, c) -> {
            List<Instalment> schedule = new ArrayList<>(c.schedule());
            Instalment first = schedule.get(0);
            schedule.set(0, Instalment.of(first.dueOn().orElseThrow(), Money.of(CurrencyUnit.USD, first.amount().getAmount())));
            return InvalidCase.of(FinanceCodes.SCHEDULE_CURRENCY_MISMATCH, "first instalment in USD",
                    () -> c.withSchedule(schedule));
        }));
        cases.put(FinanceCodes.SCHEDULE_SUM_MISMATCH, InvalidCases.contribution(true, (random, c) -> {
            Money amount = c.amount().orElseThrow().plusMinor(1 + random.nextInt(100_000));
            return InvalidCase.of(FinanceCodes.SCHEDULE_SUM_MISMATCH, "amount " + c.amount().orElseThrow() + " -> " + amount
                    + ", schedule kept", () -> c.withAmount(amount));
        }));
        cases.put(FinanceCodes.SCHEDULE_DATES_OUT_OF_ORDER, InvalidCases.contribution(true, (random, c) -> {
            List<Instalment> schedule = new ArrayList<>(c.schedule());
            Instalment first = schedule.get(0);
            Instalment second = schedule.get(1);
            schedule.set(0, Instalment.of(second.dueOn().orElseThrow(), first.amount()));
            schedule.set(1, Instalment.of(first.dueOn().orElseThrow(), second.amount()));
            return InvalidCase.of(FinanceCodes.SCHEDULE_DATES_OUT_OF_ORDER, "due dates of the first two instalments"
                    + " swapped", () -> c.withSchedule(schedule));
        }));
        cases.put(FinanceCodes.BUDGET_PERIOD_REVERSED, (random, size) -> {
            int first = 2015 + random.nextInt(10);
            int last = first + 1 + random.nextInt(3);
            return InvalidCase.of(FinanceCodes.BUDGET_PERIOD_REVERSED, "budget period " + first + "-" + last
                    + " reversed", () -> BudgetPeriod.of(Year.of(last), Year.of(first)));
        });
        cases.put(TermCodes.TERM_END_NOT_AFTER_START, (random, size) -> {
            LocalDate start = Dates.between(random, ConventionGen.EARLIEST, ConventionGen.LATEST);
            Term term = Term.of(StartRule.onDate(start), TermEnd.on(start.plusYears(1 + random.nextInt(4))));
            LocalDate end = start.minusDays(random.nextInt(30));
            return InvalidCase.of(TermCodes.TERM_END_NOT_AFTER_START, "end of " + term + " -> " + end,
                    () -> term.withEnd(TermEnd.on(end)));
        });
        cases.put(TermCodes.DURATION_NOT_POSITIVE, (random, size) -> {
            Period period = pick(random, List.of(Period.ZERO, Period.ofYears(-1), Period.of(1, -13, 0),
                    Period.ofDays(-random.nextInt(1, 400))));
            return random.nextBoolean()
                    ? InvalidCase.of(TermCodes.DURATION_NOT_POSITIVE, "term after " + period, () -> TermEnd.after(period))
                    : InvalidCase.of(TermCodes.DURATION_NOT_POSITIVE, "renewal for " + period,
                            () -> Renewal.of(period, 1, true));
        });
        cases.put(TermCodes.RENEWAL_COUNT_NOT_POSITIVE, (random, size) -> {
            int count = -random.nextInt(3);
            return InvalidCase.of(TermCodes.RENEWAL_COUNT_NOT_POSITIVE, "renewable " + count + " times",
                    () -> Renewal.of(Period.ofYears(1), count, random.nextBoolean()));
        });
    }
}
