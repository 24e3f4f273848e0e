package dev.conventio.date;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.validation.Violation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    private static final LocalDate JUNE_15 = LocalDate.of(2011, 6, 15);

    @Test
    void eachPrecisionGivesItsEarliestAndLatestDay() {
        PartialDate day = PartialDate.of(JUNE_15);
        assertThat(day.precision()).isEqualTo(PartialDate.Precision.DAY);
        assertThat(day.date()).contains(JUNE_15);
        assertThat(day.earliest()).contains(JUNE_15);
        assertThat(day.latest()).contains(JUNE_15);
        PartialDate month = PartialDate.of(YearMonth.of(2012, 2));
        assertThat(month.precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(month.date()).isEmpty();
        assertThat(month.earliest()).contains(LocalDate.of(2012, 2, 1));
        assertThat(month.latest()).contains(LocalDate.of(2012, 2, 29));
        PartialDate year = PartialDate.of(Year.of(2011));
        assertThat(year.precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(year.date()).isEmpty();
        assertThat(year.earliest()).contains(LocalDate.of(2011, 1, 1));
        assertThat(year.latest()).contains(LocalDate.of(2011, 12, 31));
        PartialDate unknown = PartialDate.unknown();
        assertThat(unknown.precision()).isEqualTo(PartialDate.Precision.UNKNOWN);
        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.date()).isEmpty();
        assertThat(unknown.earliest()).isEmpty();
        assertThat(unknown.latest()).isEmpty();
        assertThat(year.isKnown()).isTrue();
    }

    @Test
    void parseIsTheExactInverseOfToString() {
        for (PartialDate date : List.of(PartialDate.of(JUNE_15), PartialDate.of(YearMonth.of(2011, 6)),
                PartialDate.of(Year.of(2011)), PartialDate.unknown(), PartialDate.of(Year.of(42)),
                PartialDate.of(LocalDate.of(9999, 12, 31)), PartialDate.of(YearMonth.of(0, 1)))) {
            assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
        }
        assertThat(PartialDate.of(Year.of(42))).hasToString("0042");
        assertThat(PartialDate.of(YearMonth.of(2011, 6))).hasToString("2011-06");
        assertThat(PartialDate.unknown()).hasToString("unknown");
    }

    @Test
    void malformedTextsAreRefusedQuotingThem() {
        for (String bad : List.of("", "11", "2011-6", "2011-13", "2011-02-30", "2011-06-1", "Unknown", "2011?",
                "２011", " 2011", "2011-06-15T00:00", "-001")) {
            Violation violation = assertViolation(() -> PartialDate.parse(bad), DateCodes.PARTIAL_DATE_MALFORMED, "");
            assertThat(violation.message()).as(bad).contains("'" + bad + "'");
        }
    }

    @Test
    void yearsOutsideTheFormatAreRefused() {
        assertThatThrownBy(() -> PartialDate.of(LocalDate.of(10000, 1, 1))).isInstanceOf(DateTimeException.class)
                .hasMessageContaining("10000");
        assertThatThrownBy(() -> PartialDate.of(Year.of(-1))).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> PartialDate.of(YearMonth.of(10000, 1))).isInstanceOf(DateTimeException.class);
    }

    @Test
    void comparisonsAreCertainOnlyWhenEveryDayAllowedAgrees() {
        PartialDate year = PartialDate.of(Year.of(2011));
        assertThat(year.isCertainlyBefore(LocalDate.of(2012, 1, 1))).isTrue();
        assertThat(year.isCertainlyBefore(LocalDate.of(2011, 6, 30))).isFalse();
        assertThat(year.isPossiblyBefore(LocalDate.of(2011, 6, 30))).isTrue();
        assertThat(year.isPossiblyBefore(LocalDate.of(2011, 1, 1))).isFalse();
        assertThat(year.isCertainlyAfter(LocalDate.of(2010, 12, 31))).isTrue();
        assertThat(year.isCertainlyAfter(LocalDate.of(2011, 6, 30))).isFalse();
        assertThat(year.isPossiblyAfter(LocalDate.of(2011, 6, 30))).isTrue();
        assertThat(year.isPossiblyAfter(LocalDate.of(2011, 12, 31))).isFalse();
        PartialDate unknown = PartialDate.unknown();
        assertThat(unknown.isCertainlyBefore(JUNE_15)).isFalse();
        assertThat(unknown.isCertainlyAfter(JUNE_15)).isFalse();
        assertThat(unknown.isPossiblyBefore(JUNE_15)).isTrue();
        assertThat(unknown.isPossiblyAfter(JUNE_15)).isTrue();
    }

    @Test
    void comparisonsOfTwoPartialDatesAreCertainOnlyWhenEveryPairOfDaysAgrees() {
        PartialDate year = PartialDate.parse("2011");
        PartialDate june = PartialDate.parse("2011-06");
        PartialDate nextYear = PartialDate.parse("2012");
        PartialDate lastDay = PartialDate.parse("2011-12-31");
        assertThat(year.isCertainlyBefore(nextYear)).isTrue();
        assertThat(nextYear.isCertainlyAfter(year)).isTrue();
        assertThat(year.isCertainlyBefore(june)).isFalse();
        assertThat(june.isCertainlyAfter(year)).isFalse();
        assertThat(lastDay.isCertainlyBefore(nextYear)).isTrue();
        assertThat(lastDay.isCertainlyBefore(lastDay)).isFalse();
        assertThat(year.isPossiblyBefore(june)).isTrue();
        assertThat(year.isPossiblyAfter(june)).isTrue();
        assertThat(nextYear.isPossiblyBefore(year)).isFalse();
        assertThat(year.isPossiblyAfter(nextYear)).isFalse();
        assertThat(lastDay.isPossiblyBefore(lastDay)).isFalse();
        assertThat(lastDay.isPossiblyAfter(lastDay)).isFalse();
        PartialDate unknown = PartialDate.unknown();
        for (PartialDate other : List.of(year, unknown)) {
            assertThat(unknown.isCertainlyBefore(other)).isFalse();
            assertThat(other.isCertainlyBefore(unknown)).isFalse();
            assertThat(unknown.isCertainlyAfter(other)).isFalse();
            assertThat(other.isCertainlyAfter(unknown)).isFalse();
            assertThat(unknown.isPossiblyBefore(other)).isTrue();
            assertThat(other.isPossiblyBefore(unknown)).isTrue();
            assertThat(unknown.isPossiblyAfter(other)).isTrue();
            assertThat(other.isPossiblyAfter(unknown)).isTrue();
        }
        assertThatThrownBy(() -> year.isCertainlyBefore((PartialDate) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> year.isPossiblyBefore((PartialDate) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> year.isCertainlyAfter((PartialDate) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> year.isPossiblyAfter((PartialDate) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalityComparesPrecisionAndValue() {
        assertThat(PartialDate.parse("2011")).isEqualTo(PartialDate.of(Year.of(2011)))
                .hasSameHashCodeAs(PartialDate.of(Year.of(2011)))
                .isNotEqualTo(PartialDate.parse("2011-01")).isNotEqualTo(PartialDate.parse("2011-01-01"))
                .isNotEqualTo(PartialDate.unknown()).isNotEqualTo("2011");
        assertThat(PartialDate.unknown()).isEqualTo(PartialDate.parse("unknown"));
        assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(NullPointerException.class);
    }
}
