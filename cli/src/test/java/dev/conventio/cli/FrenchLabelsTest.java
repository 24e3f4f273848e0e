package dev.conventio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.finance.ContributionNature;
import dev.conventio.history.Instrument;
import dev.conventio.history.Provenance;
import dev.conventio.party.PartyKind;
import dev.conventio.work.PhaseStatus;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The French words of the rendered text. */
class FrenchLabelsTest {

    @Test
    void theFirstOfTheMonthIsPremier() {
        assertThat(FrenchLabels.of(LocalDate.of(2020, 1, 1))).isEqualTo("1er janvier 2020");
        assertThat(FrenchLabels.of(LocalDate.of(2020, 12, 31))).isEqualTo("31 décembre 2020");
    }

    @Test
    void amountsHaveTheirCurrencysDecimalsAndFrenchGrouping() {
        assertThat(FrenchLabels.of(Money.parse("EUR 1234567.50"))).isEqualTo("1\u202f234\u202f567,50\u00a0€");
        assertThat(FrenchLabels.of(Money.ofMajor(CurrencyUnit.JPY, 5000))).isEqualTo("5\u202f000\u00a0JPY");
    }

    @Test
    void periodsAreInWords() {
        assertThat(FrenchLabels.of(Period.ofYears(1))).isEqualTo("1 an");
        assertThat(FrenchLabels.of(Period.of(2, 6, 0))).isEqualTo("2 ans et 6 mois");
        assertThat(FrenchLabels.of(Period.ofDays(90))).isEqualTo("90 jours");
    }

    @Test
    void provenanceNamesTheInstrumentAndTheArticle() {
        assertThat(FrenchLabels.of(Provenance.base())).isEqualTo("[convention initiale]");
        assertThat(FrenchLabels.of(Provenance.of(Instrument.amendment(2), "3"))).isEqualTo("[avenant n° 2, article 3]");
    }

    @Test
    void everyConstantHasALabelThatIsNotItsJavaName() {
        assertThat(Arrays.stream(PartyKind.values()).map(FrenchLabels::of)).doesNotHaveDuplicates()
                .noneMatch(label -> Arrays.stream(PartyKind.values()).anyMatch(k -> k.name().equals(label)));
        assertThat(Arrays.stream(PhaseStatus.values()).map(FrenchLabels::of)).doesNotHaveDuplicates()
                .allMatch(label -> label.equals(label.toLowerCase()));
        assertThat(Arrays.stream(ContributionNature.values()).map(FrenchLabels::of)).doesNotHaveDuplicates()
                .allMatch(label -> label.equals(label.toLowerCase()));
    }
}
