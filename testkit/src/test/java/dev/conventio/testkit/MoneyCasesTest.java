package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.ChangeCodes;
import dev.conventio.convention.ConventionCodes;
import dev.conventio.finance.FinanceCodes;
import dev.conventio.history.HistoryCodes;
import dev.conventio.objective.TargetCodes;
import dev.conventio.validation.ViolationCode;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The invalid cases of money, actions and targets are each of the mistakes {@link MoneyCases} draws:
 * every text, number and form it lists comes up in a seeded sample, each rejected with its code.
 */
class MoneyCasesTest {

    private static Set<String> mutations(ViolationCode code) {
        return new TreeSet<>(CaseMutations.of(code, 0x40e7L, 200));
    }

    private static Matcher match(String regex, String mutation) {
        Matcher matcher = Pattern.compile(regex).matcher(mutation);
        assertThat(matcher.matches()).as(mutation).isTrue();
        return matcher;
    }

    @Test
    void malformedTextsAreEachOfTheListedMistakes() {
        assertThat(mutations(FinanceCodes.PORTION_MALFORMED)).containsExactlyInAnyOrder("portion '45%'",
                "portion '0,45'", "portion '1 / 3'", "portion '01/3'", "portion '1/'", "portion 'un tiers'");
        assertThat(mutations(FinanceCodes.AID_RAE_MALFORMED)).containsExactlyInAnyOrder("RAE number 'RAE-123'",
                "RAE number '123456'", "RAE number '12 345'", "RAE number ''", "RAE number 'n°12'");
        assertThat(mutations(TargetCodes.TARGET_PERIOD_MALFORMED)).containsExactlyInAnyOrder(
                "target period 'PER_YEAR'", "target period 'annuel'", "target period 'by 2020-13'",
                "target period 'over 2020'", "target period 'over 2020-21'", "target period 'by  2020'");
        assertThat(mutations(FinanceCodes.CONDITION_UNDESCRIBED)).containsExactlyInAnyOrder(
                "payment of another kind, not described", "an instalment on another event, not described");
    }

    @Test
    void portionsAreNothingOrMoreThanTheWholeOverOneToNine() {
        Set<Integer> denominators = new TreeSet<>();
        Set<String> forms = new TreeSet<>();
        for (String mutation : mutations(FinanceCodes.PORTION_OUT_OF_RANGE)) {
            Matcher matcher = match("portion (\\d+)/(\\d)", mutation);
            int numerator = Integer.parseInt(matcher.group(1));
            int denominator = Integer.parseInt(matcher.group(2));
            denominators.add(denominator);
            if (numerator == 0) {
                forms.add("nothing");
            } else {
                assertThat(numerator).isBetween(denominator + 1, denominator + 9);
                forms.add("more than the whole");
            }
        }
        assertThat(denominators).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(forms).containsExactlyInAnyOrder("nothing", "more than the whole");
    }

    @Test
    void quantitiesAreZeroOrNegativeAndTargetPeriodsReversedByOneToThreeYears() {
        Set<Integer> quantities = new TreeSet<>();
        for (String mutation : mutations(TargetCodes.QUANTITY_NOT_POSITIVE)) {
            quantities.add(Integer.parseInt(match("a quantity of (-?\\d+)", mutation).group(1)));
        }
        assertThat(quantities).last().isEqualTo(0);
        assertThat(quantities).allSatisfy(q -> assertThat(q).isBetween(-99, 0)).hasSizeGreaterThan(50);
        Set<Integer> lasts = new TreeSet<>();
        for (String mutation : mutations(TargetCodes.TARGET_PERIOD_REVERSED)) {
            Matcher matcher = match("over (\\d{4})-(\\d{4})", mutation);
            int last = Integer.parseInt(matcher.group(2));
            assertThat(Integer.parseInt(matcher.group(1))).isEqualTo(last + 1);
            lasts.add(last);
        }
        assertThat(lasts).containsExactly(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024);
    }

    @Test
    void sharesAndYearlyAmountsMissTheWhole() {
        assertThat(mutations(FinanceCodes.SHARES_SUM_MISMATCH)).containsExactlyInAnyOrder("shares of 1/3 and 1/3",
                "shares of 1/3 and 3/3");
        for (String mutation : mutations(FinanceCodes.YEARS_SUM_MISMATCH)) {
            Matcher matcher = match("two years of (EUR \\d+\\.\\d\\d) for a total of (EUR \\d+\\.\\d\\d)", mutation);
            assertThat(matcher.group(2)).isEqualTo(matcher.group(1));
        }
        for (ViolationCode code : new ViolationCode[] {FinanceCodes.YEARS_NOT_ASCENDING, FinanceCodes.YEARS_OUTSIDE_BUDGET,
                FinanceCodes.YEARS_CURRENCY_MISMATCH, FinanceCodes.PAYMENT_SCHEDULE_MISMATCH,
                FinanceCodes.SHARES_DUPLICATE_PARTY, FinanceCodes.SHARES_BENEFICIARY_MISSING,
                FinanceCodes.TRANSFER_AMOUNT_NOT_POSITIVE, FinanceCodes.TRANSFER_ENDS_OUTSIDE,
                FinanceCodes.TRANSFER_ENDS_SAME, ChangeCodes.SPLIT_PARTS_TOO_FEW}) {
            assertThat(mutations(code)).as("%s", code).hasSize(1);
        }
    }

    @Test
    void programmesGetAnActionOrTargetTwiceOrUnknown() {
        Set<String> phases = new TreeSet<>();
        for (String mutation : mutations(ConventionCodes.TARGET_PHASE_UNKNOWN)) {
            phases.add(match("a target of phase (\\d+)", mutation).group(1));
        }
        assertThat(phases).hasSizeGreaterThan(3);
        for (String mutation : mutations(ConventionCodes.CONVENTION_ACTIONS_DUPLICATE)) {
            match("action 'action-[1-3]' listed twice", mutation);
        }
        for (String mutation : mutations(ConventionCodes.CONTRIBUTION_ACTION_UNKNOWN)) {
            match("contribution '[a-z0-9-]+' of action 'action-inconnue'", mutation);
        }
        assertThat(mutations(ConventionCodes.CONVENTION_TARGETS_DUPLICATE))
                .containsExactly("target 'objectif-double' listed twice");
        assertThat(mutations(ConventionCodes.TARGET_ACTION_UNKNOWN))
                .containsExactly("a target of action 'action-inconnue'");
        assertThat(mutations(TargetCodes.TARGET_ATTACHMENT_AMBIGUOUS))
                .containsExactly("a target of phase 1 and of action 'action-1'");
    }

    @Test
    void splitsOverTheAmountAddedAndUnknownAmountsUnderACap() {
        for (String mutation : mutations(HistoryCodes.CHANGE_SPLIT_SUM_MISMATCH)) {
            Matcher matcher = match("a contribution of EUR (\\d+\\.\\d\\d) added, then split into parts of EUR "
                    + "(\\d+\\.\\d\\d)", mutation);
            BigDecimal more = new BigDecimal(matcher.group(2)).subtract(new BigDecimal(matcher.group(1)));
            assertThat(more).isBetween(new BigDecimal("0.01"), new BigDecimal("1.00"));
        }
        assertThat(mutations(HistoryCodes.POLICY_INCREASE_CAP_UNDETERMINED)).containsExactly("a contribution of unknown"
                + " amount appended, under maxIncreasePerAmendment(50) and undeterminedRejected()");
        assertThat(mutations(HistoryCodes.POLICY_CUMULATIVE_CAP_UNDETERMINED)).containsExactly("a contribution of"
                + " unknown amount appended, under maxCumulativeIncrease(50) and undeterminedRejected()");
    }
}
