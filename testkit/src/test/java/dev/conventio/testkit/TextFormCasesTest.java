package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.date.DateCodes;
import dev.conventio.finance.FinanceCodes;
import dev.conventio.term.TermCodes;
import dev.conventio.validation.ViolationCode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The malformed text forms are each of the targeted mistakes the cases list, drawn evenly enough
 * that a sample of a few hundred holds them all, and each rejected with its code.
 */
class TextFormCasesTest {

    private static Set<String> mutations(ViolationCode code) {
        return new TreeSet<>(CaseMutations.of(code, 0x7e47L, 400));
    }

    @Test
    void startRulesTermEndsAndPartialDatesAreEachTargetedMistake() {
        assertThat(mutations(TermCodes.START_RULE_MALFORMED)).containsExactlyInAnyOrder(
                "start rule 'ON_SIGNATURE_BY_ALL_PARTIES'", "start rule 'on 2020-02-30'",
                "start rule 'à compter du 2020-01-01'", "start rule 'on notification of 2020-1-1'",
                "start rule 'on  2020-01-01'");
        assertThat(mutations(TermCodes.TERM_END_MALFORMED)).containsExactlyInAnyOrder("term end '2020-12-32'",
                "term end '31/12/2020'", "term end 'P1Y0M'", "term end 'P2W'", "term end 'deux ans'");
        assertThat(mutations(DateCodes.PARTIAL_DATE_MALFORMED)).containsExactlyInAnyOrder("partial date '2011-13'",
                "partial date '2011-02-30'", "partial date '11'", "partial date '2011-6'", "partial date 'inconnue'",
                "partial date '2011?'");
    }

    @Test
    void budgetPeriodsMissADigitOrUseAnotherSeparatorForYearsFrom2015To2024() {
        Set<String> mutations = mutations(FinanceCodes.BUDGET_PERIOD_MALFORMED);
        Set<String> shapes = new TreeSet<>();
        Set<Integer> years = new TreeSet<>();
        for (String mutation : mutations) {
            String text = mutation.substring("budget period '".length(), mutation.length() - 1);
            String shape = text.replaceAll("\\d", "9");
            shapes.add(shape);
            String digits = text.replaceAll("\\D.*", "");
            if (digits.length() == 4) {
                years.add(Integer.parseInt(digits));
            }
        }
        assertThat(shapes).containsExactlyInAnyOrder("999", "9999/9999", "9999-99", "9999 ", "exercice 9999");
        assertThat(years).containsExactlyElementsOf(List.of(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024));
    }

    @Test
    void anOpenEndedTermWithARenewalStartsOnTheFirstOfAMonth() {
        Set<String> mutations = mutations(TermCodes.TERM_RENEWAL_WITHOUT_END);
        Set<String> months = new TreeSet<>();
        for (String mutation : mutations) {
            assertThat(mutation).matches("open-ended term from 20(1[5-9]|2[0-4])-\\d{2}-01 with .+");
            months.add(mutation.substring("open-ended term from 2015-".length(), "open-ended term from 2015-".length() + 2));
        }
        assertThat(months).hasSize(12);
    }
}
