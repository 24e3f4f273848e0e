package dev.conventio.examples.corpus;

import static dev.conventio.examples.corpus.Sheet01ParisBalustrade.BALUSTRADE;
import static dev.conventio.examples.corpus.Sheet01ParisBalustrade.PARIS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.ReplaceParagraph;
import dev.conventio.convention.Convention;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Decision;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.history.Committed;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.history.Provenance;
import dev.conventio.party.Civility;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.party.Role;
import dev.conventio.signature.Signature;
import dev.conventio.text.TextLocation;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Sheet 01: the facts about parties, representatives, decisions and publications that the sheet
 * marks read, its money (each inferred fact labelled), and the textual facts of avenant n° 1 to the
 * Ville de Paris–Balustrade CPO.
 */
class Sheet01ParisBalustradeTest {

    private final Convention convention = Sheet01ParisBalustrade.convention();

    @Test
    void readTheCpoOf9December2021BindsTheCityAndTheAssociation() {
        assertThat(convention.conclusionDate()).contains(LocalDate.of(2021, 12, 9));
        assertThat(convention.parties()).extracting(Party::id).containsExactly(PARIS, BALUSTRADE);
        assertThat(convention.party(PARIS).orElseThrow().name()).isEqualTo("Ville de Paris");
        assertThat(convention.party(PARIS).orElseThrow().roles()).containsExactly(Role.FINANCEUR);
        assertThat(convention.party(BALUSTRADE).orElseThrow().roles()).containsExactly(Role.BENEFICIAIRE);
    }

    @Test
    void readTheAssociationIsRepresentedByItsPresident() {
        Party balustrade = convention.party(BALUSTRADE).orElseThrow();
        assertThat(balustrade.kind()).isEqualTo(PartyKind.ASSOCIATION);
        assertThat(balustrade.address()).contains("39 Cité Industrielle, Paris 11e");
        Representative president = balustrade.representative().orElseThrow();
        assertThat(president.person().orElseThrow().civility()).contains(Civility.MONSIEUR);
        assertThat(president.person().orElseThrow().fullName()).isEqualTo("David CHAILLOT");
        assertThat(president.title()).isEqualTo("président");
        assertThat(balustrade.siret()).as("read: no SIRET in the part read").isEmpty();
        assertThat(balustrade.siren()).isEmpty();
        assertThat(balustrade.rna()).as("read: no RNA in the part read").isEmpty();
    }

    @Test
    void readTheMaireRepresentsTheCityByOfficeInTheAvenant() {
        List<Representation> avenant = Sheet01ParisBalustrade.avenant1Representations();
        Representative maire = avenant.get(0).representatives().get(0);
        assertThat(avenant.get(0).party()).isEqualTo(PARIS);
        assertThat(maire.person()).isEmpty();
        assertThat(maire.title()).isEqualTo("Madame la Maire de Paris");
    }

    @Test
    void readTheAvenantIsAuthorisedByDeliberation2022Dfpe28WhoseDateIsBlank() {
        Authorisation authorisation = Sheet01ParisBalustrade.avenant1Authorisation();
        Decision deliberation = authorisation.decision();
        assertThat(authorisation.party()).isEqualTo(PARIS);
        assertThat(deliberation.kind()).isEqualTo(Decision.Kind.DELIBERATION);
        assertThat(deliberation.body()).isEqualTo("Conseil de Paris");
        assertThat(deliberation.number()).contains("2022 DFPE 28");
        assertThat(deliberation.date().isKnown()).as("read: the date of the vote is blank").isFalse();
        assertThat(deliberation.title().orElseThrow()).startsWith("Subvention (87.458 euros), avenant n° 1");
    }

    @Test
    void readTheSignatureBlocksAreBlankAndTheAvenantIsAnnexedToTheDeliberation() {
        assertThat(Sheet01ParisBalustrade.avenant1SignatureBlocks()).extracting(Signature::party)
                .containsExactly(PARIS, BALUSTRADE);
        assertThat(Sheet01ParisBalustrade.avenant1SignatureBlocks()).noneMatch(Signature::isSigned);
        assertThat(Sheet01ParisBalustrade.avenant1Publication().description()).contains("2022 DFPE 28");
        assertThat(Sheet01ParisBalustrade.avenant1Publication().date()).hasToString("2022-03");
    }

    @Test
    void inferredTheCityIsACommune() {
        assertThat(convention.party(PARIS).orElseThrow().kind()).as("inferred").isEqualTo(PartyKind.COMMUNE);
    }

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
