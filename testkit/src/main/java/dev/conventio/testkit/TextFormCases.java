package dev.conventio.testkit;

import static dev.conventio.testkit.PartyGen.pick;

import dev.conventio.date.DateCodes;
import dev.conventio.date.PartialDate;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinanceCodes;
import dev.conventio.term.Renewal;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermCodes;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.ViolationCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * Invalid cases of the values that have a text form: a text their {@code parse} does not read,
 * each one targeted mistake on a valid text (a missing digit, a constant's Java name, a day that
 * does not exist); and a term whose parts do not fit together (a renewal with no end to renew from).
 */
final class TextFormCases {

    private TextFormCases() {
    }

    /** Adds a generator of cases for each code of a malformed text form. */
    static void addTo(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(FinanceCodes.BUDGET_PERIOD_MALFORMED, (random, size) -> {
            int year = 2015 + random.nextInt(10);
            String text = pick(random, List.of(Integer.toString(year).substring(1), year + "/" + (year + 1),
                    year + "-" + (year + 1) % 100, year + " ", "exercice " + year));
            return InvalidCase.of(FinanceCodes.BUDGET_PERIOD_MALFORMED, "budget period '" + text + "'",
                    () -> BudgetPeriod.parse(text));
        });
        cases.put(TermCodes.START_RULE_MALFORMED, (random, size) -> {
            String text = pick(random, List.of("ON_SIGNATURE_BY_ALL_PARTIES", "on 2020-02-30", "à compter du 2020-01-01",
                    "on notification of 2020-1-1", "on  2020-01-01"));
            return InvalidCase.of(TermCodes.START_RULE_MALFORMED, "start rule '" + text + "'",
                    () -> StartRule.parse(text));
        });
        cases.put(DateCodes.PARTIAL_DATE_MALFORMED, (random, size) -> {
            String text = pick(random, List.of("2011-13", "2011-02-30", "11", "2011-6", "inconnue", "2011?"));
            return InvalidCase.of(DateCodes.PARTIAL_DATE_MALFORMED, "partial date '" + text + "'",
                    () -> PartialDate.parse(text));
        });
        cases.put(TermCodes.TERM_END_MALFORMED, (random, size) -> {
            String text = pick(random, List.of("2020-12-32", "31/12/2020", "P1Y0M", "P2W", "deux ans"));
            return InvalidCase.of(TermCodes.TERM_END_MALFORMED, "term end '" + text + "'", () -> TermEnd.parse(text));
        });
        cases.put(TermCodes.TERM_RENEWAL_WITHOUT_END, (random, size) -> {
            LocalDate start = LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1);
            Renewal renewal = Renewal.of(Period.ofYears(1 + random.nextInt(3)), 1 + random.nextInt(3), random.nextBoolean());
            return InvalidCase.of(TermCodes.TERM_RENEWAL_WITHOUT_END, "open-ended term from " + start + " with "
                    + renewal, () -> Term.builder().start(StartRule.onDate(start)).renewal(renewal).build());
        });
    }
}
