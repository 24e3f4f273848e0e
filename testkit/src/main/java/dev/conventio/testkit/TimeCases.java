package dev.conventio.testkit;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.ProlongTerm;
import dev.conventio.convention.Convention;
import dev.conventio.history.History;
import dev.conventio.history.HistoryCodes;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.ViolationCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/**
 * Invalid cases of the rules on the convention's time: a prolongation whose stated total the
 * prolonged term does not give.
 */
final class TimeCases {

    private TimeCases() {
    }

    /** Adds a generator of cases for each code of the convention's time. */
    static void addTo(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(HistoryCodes.PROLONGATION_TOTAL_MISMATCH, ConventionGen.conventions().flatMap(c -> {
            LocalDate concluded = Conclusions.from(c);
            LocalDate end = LocalDate.of(concluded.getYear() + 2, 12, 31);
            Convention base = c.toBuilder().term(Term.of(StartRule.onDate(concluded), TermEnd.on(end))).build();
            Period total = Period.between(concluded, end.plusDays(1)).plusYears(1).normalized();
            return AmendmentGen.amendments(base).flatMap(a -> (random, size) -> {
                Period stated = total.plusMonths(1 + random.nextInt(11)).normalized();
                Amendment candidate = Amendment.builder().from(a)
                        .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.after(Period.ofYears(1))))
                        .addChanges(ProlongTerm.of(a.articles().get(0).number(), Period.ofYears(1), stated)).build();
                return InvalidCase.ofRule(HistoryCodes.PROLONGATION_TOTAL_MISMATCH, "a prolongation by one year "
                        + "stating a total of " + stated + " where the sum gives " + total, History.of(base), candidate);
            });
        }));
    }
}
