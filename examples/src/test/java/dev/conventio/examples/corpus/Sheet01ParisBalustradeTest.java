package dev.conventio.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.ReplaceParagraph;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.history.Committed;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.history.Provenance;
import dev.conventio.text.TextLocation;
import java.time.LocalDate;
import java.time.Year;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The facts of corpus sheet 01, each read fact as read and each inferred one labelled: its money, and
 * the textual modification of avenant n° 1 to the Ville de Paris–Balustrade CPO.
 */
class Sheet01ParisBalustradeTest {

    @Test
    void theCposSubsidyIsASubsidyWhoseAmountIsNotRead() {
        FinancialContribution subsidy = Sheet01ParisBalustrade.convention().contribution(Sheet01ParisBalustrade.SUBSIDY)
                .orElseThrow();
        // Read: a subsidy of the City to the association. Not read: its amount and budget years.
        assertThat(subsidy.contributor()).isEqualTo(Sheet01ParisBalustrade.PARIS);
        assertThat(subsidy.beneficiary()).isEqualTo(Sheet01ParisBalustrade.BALUSTRADE);
        assertThat(subsidy.nature().aidForm()).isPresent();
        assertThat(subsidy.amount()).isEmpty();
        assertThat(subsidy.budget()).isEmpty();
        assertThat(subsidy.isAmountKnown()).isFalse();
        Committed total = History.of(Sheet01ParisBalustrade.convention()).asOf(Sheet01ParisBalustrade.CPO_DATE)
                .commitments().total();
        assertThat(total.amount()).isEmpty();
        assertThat(total.unknownAmounts()).containsExactly(Sheet01ParisBalustrade.SUBSIDY);
    }

    @Test
    void theAvenantSetsTheAmountOf2022AsInferredFromItsDeliberationsTitle() {
        YearlyAmount year = Sheet01ParisBalustrade.avenant1Amount().amount();
        assertThat(Sheet01ParisBalustrade.avenant1Amount().article()).isEqualTo("1");   // read
        assertThat(Sheet01ParisBalustrade.avenant1Amount().contribution()).isEqualTo(Sheet01ParisBalustrade.SUBSIDY);
        // Inferred: 87 458 € for 2022, from the title of deliberation 2022 DFPE 28, and labelled so.
        assertThat(year.year()).isEqualTo(Year.of(2022));
        assertThat(year.amount()).contains(Money.parse("EUR 87458.00"));
        assertThat(year.firmness()).isEqualTo(Firmness.FIRM);
        assertThat(year.inferredFrom()).hasValueSatisfying(source -> assertThat(source).contains("2022 DFPE 28")
                .contains("87.458 euros"));
    }

    @Test
    void theOtherYearsStayUnknown() {
        FinancialContribution after = Sheet01ParisBalustrade.subsidyAfterAvenant1();
        assertThat(after.yearlyAmounts()).hasSize(1);
        assertThat(after.yearlyAmount(Year.of(2023))).isEmpty();
        assertThat(after.yearlyAmount(Year.of(2021))).isEmpty();
        // The total is not known: only one year is, and the budget period is not read.
        assertThat(after.total()).isEmpty();
        assertThat(after.amount()).isEmpty();
    }

    @Test
    void readArticle1ReplacesTheFirstParagraphOfArticle2() {
        assertThat(Sheet01ParisBalustrade.modification().article()).isEqualTo("1");
        ReplaceParagraph replace = (ReplaceParagraph) Sheet01ParisBalustrade.modification().operation();
        assertThat(replace.location()).isEqualTo(TextLocation.article("2").withParagraph(1));
        assertThat(replace.replacement().isKnown()).as("read only up to « le montant de l… »: not invented").isFalse();
    }

    @Test
    void readTheDraftIsNeverInForceSoArticle2StaysAsTheCpoHasIt() {
        ConsolidatedConvention view = Sheet01ParisBalustrade.history().asOf(LocalDate.of(2022, 3, 22));
        assertThat(view.amendmentsInForce()).isEmpty();
        assertThat(view.text().article("2").orElseThrow().content().blocks()).singleElement()
                .satisfies(block -> assertThat(block.provenance()).isEqualTo(Provenance.of(
                        dev.conventio.history.Instrument.base(), "2")));
        // Nor is its amount: the subsidy stays unknown while the avenant is a draft.
        assertThat(view.commitments().total().unknownAmounts()).containsExactly(Sheet01ParisBalustrade.SUBSIDY);
    }

    @Test
    void theDraftsArticle1RewritesTheParagraphAndSetsTheAmountItHolds() {
        assertThat(Sheet01ParisBalustrade.avenant1Draft().changes())
                .containsExactly(Sheet01ParisBalustrade.modification(), Sheet01ParisBalustrade.avenant1Amount());
        assertThat(History.of(Sheet01ParisBalustrade.convention()).standingAfter(Sheet01ParisBalustrade.avenant1Draft())
                .contribution(Sheet01ParisBalustrade.SUBSIDY).orElseThrow().value())
                .isEqualTo(Sheet01ParisBalustrade.subsidyAfterAvenant1());
    }
}
