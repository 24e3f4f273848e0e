package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The day the generators plan from ({@link Conclusions}): the conclusion's day, else its latest
 * possible day, else the term's fixed start, else the day every party signed; a convention that
 * gives none is refused.
 */
class ConclusionsTest {

    private static final LocalDate DAY = LocalDate.of(2019, 3, 14);

    private static Convention base() {
        return ConventionGen.conventions().sample(8, 10);
    }

    private static List<Signature> undated(Convention convention) {
        return convention.signatures().stream().map(signature -> signature.withSignedOn(PartialDate.unknown())).toList();
    }

    @Test
    void theConclusionsDayOrItsLatestPossibleDay() {
        Convention base = base();
        LocalDate concluded = base.conclusionDate().orElseThrow();
        assertThat(Conclusions.from(base)).isEqualTo(concluded);
        YearMonth month = YearMonth.from(concluded);
        assertThat(Conclusions.from(Convention.builder().from(base).concludedOn(PartialDate.of(month)).build()))
                .isEqualTo(month.atEndOfMonth());
    }

    @Test
    void elseTheFixedStartElseTheDayEveryPartySigned() {
        Convention unknown = Convention.builder().from(base()).concludedOn(PartialDate.unknown())
                .term(Term.of(StartRule.onDate(DAY), TermEnd.on(DAY.plusYears(2)))).build();
        assertThat(Conclusions.from(unknown)).isEqualTo(DAY);
        Convention signed = Convention.builder().from(unknown).term(Term.of(StartRule.onSignatureByAllParties(),
                TermEnd.on(DAY.plusYears(2)))).build();
        assertThat(Conclusions.from(signed)).isEqualTo(Signature.signedByAllOn(signed.signatures(), signed.partyIds())
                .orElseThrow());
    }

    @Test
    void aConventionThatGivesNoDayIsRefused() {
        Convention none = Convention.builder().from(base()).concludedOn(PartialDate.unknown()).term(Optional.empty())
                .signatures(undated(base())).build();
        assertThatThrownBy(() -> Conclusions.from(none)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("convention " + none.identification() + " gives no day: its conclusion is ")
                .hasMessageEndingWith("the generators plan from a known day");
    }
}
