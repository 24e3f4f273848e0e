package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.finance.FinanceCodes;
import dev.conventio.term.TermCodes;
import dev.conventio.validation.ViolationCode;
import dev.conventio.work.WorkCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The invalid cases of a convention's parts are each of the mistakes {@link PartCases} draws: every
 * number, order, amount and period it lists comes up in a seeded sample, each rejected with its code.
 */
class PartCasesTest {

    private static Set<String> mutations(ViolationCode code) {
        return new TreeSet<>(CaseMutations.of(code, 0x9a27L, 200));
    }

    @Test
    void phasesOrientationsAndRenewalsAreNumberedZeroOrBelow() {
        assertThat(mutations(WorkCodes.PHASE_NUMBER_NOT_POSITIVE)).containsExactlyInAnyOrder("phase numbered 0",
                "phase numbered -1", "phase numbered -2");
        assertThat(mutations(WorkCodes.ORIENTATION_ORDER_NOT_POSITIVE)).containsExactlyInAnyOrder(
                "orientation ordered 0", "orientation ordered -1", "orientation ordered -2");
        assertThat(mutations(TermCodes.RENEWAL_COUNT_NOT_POSITIVE)).containsExactlyInAnyOrder("renewable 0 times",
                "renewable -1 times", "renewable -2 times");
        assertThat(mutations(WorkCodes.PHASE_ORIENTATIONS_DUPLICATE_ORDER)).containsExactly("orientation 1 listed twice");
    }

    @Test
    void amountsBecomeZeroOrTheirOpposite() {
        for (ViolationCode code : new ViolationCode[] {FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE,
                FinanceCodes.INSTALMENT_AMOUNT_NOT_POSITIVE}) {
            Set<String> forms = new TreeSet<>();
            Pattern pattern = Pattern.compile("(amount|instalment of) EUR (\\d+\\.\\d\\d) -> EUR (-?\\d+\\.\\d\\d)");
            for (String mutation : mutations(code)) {
                Matcher matcher = pattern.matcher(mutation);
                assertThat(matcher.matches()).as(mutation).isTrue();
                String before = matcher.group(2);
                String after = matcher.group(3);
                if (after.equals("0.00")) {
                    forms.add("zero");
                } else {
                    assertThat(after).isEqualTo("-" + before);
                    forms.add("opposite");
                }
            }
            assertThat(forms).as("%s", code).containsExactlyInAnyOrder("zero", "opposite");
        }
    }

    @Test
    void scheduleSumsMissByOneCentToAThousandEuros() {
        Pattern pattern = Pattern.compile("amount EUR (\\d+\\.\\d\\d) -> EUR (\\d+\\.\\d\\d), schedule kept");
        BigDecimal least = null;
        BigDecimal most = BigDecimal.ZERO;
        for (String mutation : mutations(FinanceCodes.SCHEDULE_SUM_MISMATCH)) {
            Matcher matcher = pattern.matcher(mutation);
            assertThat(matcher.matches()).as(mutation).isTrue();
            BigDecimal more = new BigDecimal(matcher.group(2)).subtract(new BigDecimal(matcher.group(1)));
            least = least == null ? more : least.min(more);
            most = most.max(more);
        }
        assertThat(least).isBetween(new BigDecimal("0.01"), new BigDecimal("10.00"));
        assertThat(most).isBetween(new BigDecimal("900.00"), new BigDecimal("1000.00"));
        assertThat(mutations(FinanceCodes.SCHEDULE_DATES_OUT_OF_ORDER))
                .containsExactly("due dates of the first two instalments swapped");
        assertThat(mutations(FinanceCodes.SCHEDULE_CURRENCY_MISMATCH)).containsExactly("first instalment in USD");
    }

    @Test
    void budgetPeriodsFrom2015AreReversedOverTwoToFourYears() {
        Set<Integer> firsts = new TreeSet<>();
        Set<Integer> lengths = new TreeSet<>();
        Pattern pattern = Pattern.compile("budget period (\\d{4})-(\\d{4}) reversed");
        for (String mutation : mutations(FinanceCodes.BUDGET_PERIOD_REVERSED)) {
            Matcher matcher = pattern.matcher(mutation);
            assertThat(matcher.matches()).as(mutation).isTrue();
            int first = Integer.parseInt(matcher.group(1));
            firsts.add(first);
            lengths.add(Integer.parseInt(matcher.group(2)) - first);
        }
        assertThat(firsts).containsExactly(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024);
        assertThat(lengths).containsExactly(1, 2, 3);
    }

    @Test
    void termsEndOnTheirStartOrUpToTwentyNineDaysBefore() {
        Pattern pattern = Pattern.compile("end of Term\\{start=on (\\d{4}-\\d\\d-\\d\\d), end=\\d{4}-\\d\\d-\\d\\d\\} -> "
                + "(\\d{4}-\\d\\d-\\d\\d)");
        Set<Long> days = new TreeSet<>();
        for (String mutation : mutations(TermCodes.TERM_END_NOT_AFTER_START)) {
            Matcher matcher = pattern.matcher(mutation);
            assertThat(matcher.matches()).as(mutation).isTrue();
            days.add(ChronoUnit.DAYS.between(LocalDate.parse(matcher.group(2)), LocalDate.parse(matcher.group(1))));
        }
        assertThat(days).first().isEqualTo(0L);
        assertThat(days).last().isEqualTo(29L);
    }

    @Test
    void durationsAreZeroNegativeOrMixedForATermOrARenewal() {
        Set<String> shapes = new TreeSet<>();
        for (String mutation : mutations(TermCodes.DURATION_NOT_POSITIVE)) {
            shapes.add(mutation.replaceAll("-\\d{2,3}D", "-nD").replaceAll("-[1-9]D", "-nD"));
        }
        assertThat(shapes).containsExactlyInAnyOrder("term after P0D", "term after P-1Y", "term after P1Y-13M",
                "term after P-nD", "renewal for P0D", "renewal for P-1Y", "renewal for P1Y-13M", "renewal for P-nD");
    }
}
