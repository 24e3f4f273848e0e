package dev.conventio.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Transfer;
import dev.conventio.finance.TransferEnd;
import dev.conventio.history.History;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The money facts of corpus sheet 02, each read fact as read and each inferred one labelled. */
class Sheet02EtatAdemeVtfTest {

    @Test
    void theEnvelopeOfTheActionIs1150MillionEuros() {
        FinancialContribution envelope = Sheet02EtatAdemeVtf.convention().contribution(Sheet02EtatAdemeVtf.ENVELOPE)
                .orElseThrow();
        // Read, in the avenant that replaces it: 1 150 M€; that article 1.3 holds it is inferred, and labelled.
        assertThat(envelope.amount()).contains(Money.parse("EUR 1150000000.00"));
        assertThat(envelope.inferredFrom()).hasValueSatisfying(source -> assertThat(source).contains("avenant n° 1"));
        assertThat(envelope.action()).contains(Sheet02EtatAdemeVtf.ACTION);
        // Inferred: an operator's endowment, outside the open-data format of subsidies.
        assertThat(envelope.nature()).isEqualTo(ContributionNature.ENDOWMENT);
        assertThat(envelope.nature().aidForm()).isEmpty();
        assertThat(History.of(Sheet02EtatAdemeVtf.convention()).asOf(Sheet02EtatAdemeVtf.CONVENTION_DATE).commitments()
                .byAction().get(Sheet02EtatAdemeVtf.ACTION).amount()).contains(Money.parse("EUR 1150000000.00"));
    }

    @Test
    void theAvenantCutsTheEnvelopeTo934Point4MillionEurosByRedeployment() {
        Transfer cut = Sheet02EtatAdemeVtf.redeployment().transfer();
        // Read: a redeployment decided by the Premier ministre, out of the action's envelope.
        assertThat(cut.kind()).isEqualTo(Transfer.Kind.REDEPLOYMENT);
        assertThat(cut.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("Premier ministre"));
        assertThat(cut.from()).isEqualTo(TransferEnd.contribution(Sheet02EtatAdemeVtf.ENVELOPE));
        assertThat(cut.to()).isEqualTo(TransferEnd.unstated());
        // Inferred, by subtraction: 1 150 M€ - 934,4 M€ = 215,6 M€.
        assertThat(cut.amount()).as("inferred").isEqualTo(Money.parse("EUR 215600000.00"));
        // Read: the envelope after the avenant.
        assertThat(Sheet02EtatAdemeVtf.ENVELOPE_2019).isEqualTo(Money.parse("EUR 934400000.00"));
        assertThat(Sheet02EtatAdemeVtf.envelope().amount().orElseThrow().minus(cut.amount()))
                .isEqualTo(Sheet02EtatAdemeVtf.ENVELOPE_2019);
    }
}
