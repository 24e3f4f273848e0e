package dev.conventio.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.finance.ContributionNature;
import dev.conventio.history.History;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.work.PhaseStatus;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The French words of the page: enumerations, lives, durations, amounts, ordinals. */
class FrenchLabelsTest {

    private static History history(Term term) {
        Convention.Builder builder = Convention.builder().reference("CONV").object("Objet")
                .addParty(Party.builder().id("a").name("A").kind(PartyKind.COMMUNE).build())
                .addParty(Party.builder().id("b").name("B").kind(PartyKind.ASSOCIATION).build())
                .concludedOn(LocalDate.of(2019, 12, 2)).addArticle(Article.numbered("1"));
        return History.of(term == null ? builder.build() : builder.term(term).build());
    }

    @Test
    void itemsAreListedWithCommasAndAFinalEt() {
        assertThat(FrenchLabels.enumeration(List.of())).isEmpty();
        assertThat(FrenchLabels.enumeration(List.of("le Premier ministre"))).isEqualTo("le Premier ministre");
        assertThat(FrenchLabels.enumeration(List.of("le Premier ministre", "la ministre chargée des transports")))
                .isEqualTo("le Premier ministre et la ministre chargée des transports");
        assertThat(FrenchLabels.enumeration(List.of("a", "b", "c"))).isEqualTo("a, b et c");
    }

    @Test
    void theLifeOfAConventionIsDatedInFrench() {
        History history = history(Term.of(StartRule.onDate(LocalDate.of(2020, 2, 3)), TermEnd.on(LocalDate.of(2021, 12, 31))));
        assertThat(FrenchLabels.of(history.lifeOn(LocalDate.of(2020, 1, 10))))
                .isEqualTo("convention pas encore en vigueur, prise d'effet le 3 février 2020");
        assertThat(FrenchLabels.of(history.lifeOn(LocalDate.of(2020, 6, 1))))
                .isEqualTo("convention en vigueur depuis le 3 février 2020");
        assertThat(FrenchLabels.of(history.lifeOn(LocalDate.of(2022, 6, 1))))
                .startsWith("convention arrivée à son terme le ").doesNotContain("2021-12");
        assertThat(FrenchLabels.of(history(null).lifeOn(LocalDate.of(2020, 6, 1))))
                .isEqualTo("vie de la convention indéterminée : sa durée n'est pas enregistrée");
    }

    @Test
    void durationsInYearsMonthsAndDays() {
        assertThat(FrenchLabels.of(Period.ofYears(1))).isEqualTo("1 an");
        assertThat(FrenchLabels.of(Period.ofYears(5))).isEqualTo("5 ans");
        assertThat(FrenchLabels.of(Period.of(1, 6, 0))).isEqualTo("1 an et 6 mois");
        assertThat(FrenchLabels.of(Period.of(2, 6, 0))).isEqualTo("2 ans et 6 mois");
        assertThat(FrenchLabels.of(Period.ofMonths(18))).isEqualTo("18 mois");
        assertThat(FrenchLabels.of(Period.ofDays(1))).isEqualTo("1 jour");
        assertThat(FrenchLabels.of(Period.ofDays(90))).isEqualTo("90 jours");
        assertThat(FrenchLabels.of(Period.of(2, 0, 15))).isEqualTo("2 ans et 15 jours");
        assertThat(FrenchLabels.of(Period.ZERO)).isEqualTo("0 jour");
    }

    @Test
    void amountsWithTheirCurrencysDecimalsAndANoBreakSpace() {
        assertThat(FrenchLabels.of(Money.of(CurrencyUnit.EUR, 1_234_567.5))).matches("1.234.567,50\u00a0€")
                .doesNotContain(" ");
        assertThat(FrenchLabels.of(Money.of(CurrencyUnit.EUR, 12))).isEqualTo("12,00\u00a0€");
        assertThat(FrenchLabels.of(Money.of(CurrencyUnit.of("CHF"), 3.05))).isEqualTo("3,05\u00a0CHF");
        assertThat(FrenchLabels.of(Money.of(CurrencyUnit.JPY, java.math.BigDecimal.valueOf(1500)))).matches("1.500\u00a0JPY");
    }

    @Test
    void ordinalsInWordsToTheTenthThenInFigures() {
        assertThat(FrenchLabels.ordinal(1)).isEqualTo("premier");
        assertThat(FrenchLabels.ordinal(10)).isEqualTo("dixième");
        assertThat(FrenchLabels.ordinal(11)).isEqualTo("11e");
        assertThat(FrenchLabels.ordinal(0)).isEqualTo("0e");
        assertThat(FrenchLabels.article("1")).isEqualTo("1er");
        assertThat(FrenchLabels.article("1.1")).isEqualTo("1.1");
    }

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
    void everyConstantHasALabelThatIsNotItsJavaName() {
        assertThat(Arrays.stream(PartyKind.values()).map(FrenchLabels::of)).doesNotHaveDuplicates()
                .noneMatch(label -> Arrays.stream(PartyKind.values()).anyMatch(k -> k.name().equals(label)));
        assertThat(Arrays.stream(PhaseStatus.values()).map(FrenchLabels::of)).doesNotHaveDuplicates()
                .allMatch(label -> label.equals(label.toLowerCase()));
        assertThat(Arrays.stream(ContributionNature.values()).map(FrenchLabels::of)).doesNotHaveDuplicates()
                .allMatch(label -> label.equals(label.toLowerCase()));
    }

    @Test
    void aDateKnownInPartFollowsAVerbAsFrenchSaysIt() {
        assertThat(FrenchLabels.dated(PartialDate.parse("2011-06-15"))).isEqualTo("le 15 juin 2011");
        assertThat(FrenchLabels.dated(PartialDate.parse("2011-06"))).isEqualTo("en juin 2011");
        assertThat(FrenchLabels.dated(PartialDate.parse("2011"))).isEqualTo("en 2011");
        assertThat(FrenchLabels.dated(PartialDate.unknown())).isEqualTo("à une date inconnue");
    }
}
