package dev.conventio.opendata.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.date.PartialDate;
import dev.conventio.finance.AidFacts;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.StateAidBasis;
import dev.conventio.history.History;
import dev.conventio.opendata.Conventions;
import dev.conventio.opendata.csv.ScdlWriter;
import dev.conventio.opendata.scdl.ScdlRow;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The export's refusals: a code and the path of what is missing, whole attributions only. */
class ScdlExportTest {

    private static final LocalDate DATE = LocalDate.of(2020, 6, 30);

    private static List<String> reasons(History history) {
        return ScdlExport.asOf(DATE).refusals(history).stream().flatMap(r -> r.violations().stream())
                .map(v -> v.code().id() + " at " + v.path()).collect(Collectors.toList());
    }

    private static String reason(ViolationCode code, String path) {
        return code.id() + " at " + path;
    }

    @Test
    void anAttributorWithoutSiretIsRefusedAtItsPath() {
        History history = Conventions.history(Conventions.commune().siret(java.util.Optional.empty()).build(),
                Conventions.association().build(), Conventions.subsidy("30000.00").build());
        assertThat(reasons(history)).contains(reason(ExportCodes.ATTRIBUTOR_SIRET_MISSING, "parties[0].siret"));
        assertThat(reasons(Conventions.history())).doesNotContain(
                reason(ExportCodes.ATTRIBUTOR_SIRET_MISSING, "parties[0].siret"));
    }

    @Test
    void aBeneficiaryWithoutSiretNorRnaIsRefusedAtItsPath() {
        History history = Conventions.history(Conventions.commune().build(),
                Conventions.association().siret(java.util.Optional.empty()).build(), Conventions.subsidy("30000.00").build());
        assertThat(reasons(history)).contains(reason(ExportCodes.BENEFICIARY_UNIDENTIFIED, "parties[1].siret"));
        assertThat(reasons(Conventions.history())).noneMatch(r -> r.startsWith(ExportCodes.BENEFICIARY_UNIDENTIFIED.id()));
    }

    @Test
    void aNaturalPersonIsRefusedAndItsNameNeverWritten() {
        ScdlExport export = ScdlExport.asOf(DATE).naturalPersons(party -> party.id().equals("association"));
        List<Refusal> refusals = export.refusals(Conventions.history());
        assertThat(refusals).singleElement().satisfies(refusal -> {
            assertThat(refusal.violations()).extracting(Violation::code, Violation::path)
                    .contains(org.assertj.core.groups.Tuple.tuple(ExportCodes.BENEFICIARY_NATURAL_PERSON, "parties[1]"));
            assertThat(refusal.toString()).doesNotContain("Les Amis du Lavoir");
        });
        assertThat(reasons(Conventions.history()))
                .noneMatch(r -> r.startsWith(ExportCodes.BENEFICIARY_NATURAL_PERSON.id()));
    }

    @Test
    void anObjectAbove256CharactersIsRefusedNotTruncated() {
        History history = Conventions.history(Conventions.commune().build(), Conventions.association().build(),
                Conventions.subsidy("30000.00").purpose("é".repeat(257)).build());
        assertThat(reasons(history)).contains(reason(ExportCodes.OBJECT_TOO_LONG, "contributions[0].purpose"));
        History exact = Conventions.history(Conventions.commune().build(), Conventions.association().build(),
                Conventions.subsidy("30000.00").purpose("é".repeat(256)).build());
        assertThat(reasons(exact)).noneMatch(r -> r.startsWith(ExportCodes.OBJECT_TOO_LONG.id()));
    }

    @Test
    void aNatureThatIsNotAnAidIsRefused() {
        History history = Conventions.history(Conventions.commune().build(), Conventions.association().build(),
                Conventions.subsidy("30000.00").nature(ContributionNature.REMUNERATION).build());
        assertThat(reasons(history)).contains(reason(ExportCodes.NATURE_NOT_AID, "contributions[0].nature"));
        assertThat(reasons(Conventions.history())).noneMatch(r -> r.startsWith(ExportCodes.NATURE_NOT_AID.id()));
    }

    @Test
    void anAmountInAnotherCurrencyIsRefused() {
        History history = Conventions.history(Conventions.commune().build(), Conventions.association().build(),
                Conventions.subsidy("30000.00").amount(Money.of(CurrencyUnit.USD, 30000)).schedule(List.of()).build());
        assertThat(reasons(history)).contains(reason(ExportCodes.AMOUNT_NOT_EURO, "contributions[0].amount"));
        assertThat(reasons(Conventions.history())).noneMatch(r -> r.startsWith(ExportCodes.AMOUNT_NOT_EURO.id()));
    }

    @Test
    void withoutScheduleThePaymentConditionsAndDatesAreRefused() {
        History history = Conventions.history(Conventions.commune().build(), Conventions.association().build(),
                Conventions.subsidy("30000.00").schedule(List.of()).build());
        assertThat(reasons(history)).contains(reason(ExportCodes.PAYMENT_CONDITIONS_UNKNOWN, "contributions[0].schedule"),
                reason(ExportCodes.PAYMENT_DATES_UNKNOWN, "contributions[0].schedule"));
        assertThat(reasons(Conventions.history())).noneMatch(r -> r.startsWith("scdl.export.payment"));
    }

    @Test
    void beforeItsConclusionAConventionHasNothingToPublish() {
        List<String> early = ScdlExport.asOf(Conventions.CONCLUDED.minusDays(1)).refusals(Conventions.history()).stream()
                .flatMap(r -> r.violations().stream()).map(v -> v.code().id() + " at " + v.path())
                .collect(Collectors.toList());
        assertThat(early).contains(reason(ExportCodes.CONVENTION_NOT_CONCLUDED, "concludedOn"));
        assertThat(reasons(Conventions.history())).noneMatch(r -> r.startsWith(ExportCodes.CONVENTION_NOT_CONCLUDED.id()));
    }

    @Test
    void aConclusionNotKnownToTheDayIsRefusedNeverGivenADay() {
        for (PartialDate known : List.of(PartialDate.of(YearMonth.from(Conventions.CONCLUDED)),
                PartialDate.of(Year.from(Conventions.CONCLUDED)), PartialDate.unknown())) {
            History history = History.of(Conventions.convention().concludedOn(known)
                    .addParties(Conventions.commune().build(), Conventions.association().build())
                    .addContributions(Conventions.subsidy("30000.00").build()).build());
            // The same refusals as the convention concluded on its day, and this one more.
            List<String> expected = new ArrayList<>(reasons(Conventions.history()));
            expected.add(0, reason(ExportCodes.CONCLUSION_UNKNOWN, "concludedOn"));
            assertThat(reasons(history)).as(known.toString()).isEqualTo(expected);
            assertThatThrownBy(() -> ScdlExport.asOf(DATE).rows(history)).isInstanceOf(ExportRefusedException.class)
                    .hasMessageContaining("conclusion-unknown at concludedOn: the convention is concluded on " + known);
        }
        assertThat(reasons(Conventions.history())).noneMatch(r -> r.startsWith(ExportCodes.CONCLUSION_UNKNOWN.id()));
    }

    @Test
    void stopThrowsTheRefusalAndSkipReportsIt() {
        History bad = Conventions.history(Conventions.commune().siret(java.util.Optional.empty()).build(),
                Conventions.association().build(), Conventions.subsidy("30000.00").build());
        ExportRefusedException stopped = catchThrowableOfType(ExportRefusedException.class,
                () -> ScdlExport.asOf(DATE).rows(bad));
        assertThat(stopped.refusal().attribution()).isEqualTo("subvention-2020");
        assertThat(stopped.refusal().convention()).isEqualTo("SUB-2020-001");
        assertThat(stopped).hasMessageContaining("scdl.export.attributor.siret-missing at parties[0].siret");
        ExportReport report = ScdlExport.asOf(DATE).onRefusal(OnRefusal.SKIP).export(List.of(bad, bad), row -> { });
        assertThat(report.rows()).isZero();
        assertThat(report.refusals()).hasSize(2);
    }

    @Test
    void theExportCountsTheRowsItGivesAndWritesThemAsTheRowsAre() throws Exception {
        History good = Conventions.history(Conventions.commune().build(), Conventions.association().build(),
                Conventions.subsidy("30000.00").aid(AidFacts.builder()
                        .basis(StateAidBasis.DE_MINIMIS).build()).build());
        ScdlExport export = ScdlExport.asOf(DATE).onRefusal(OnRefusal.SKIP);
        List<ScdlRow> expected = export.rows(good);
        assertThat(expected).isNotEmpty();
        List<ScdlRow> given = new ArrayList<>();
        List<Refusal> skipped = new ArrayList<>();
        assertThat(export.export(List.of(good, good), given::add, skipped::add)).isEqualTo(2L * expected.size());
        assertThat(given).hasSize(2 * expected.size());
        assertThat(skipped).isEmpty();

        StringWriter text = new StringWriter();
        try (ScdlWriter writer = ScdlWriter.to(text)) {
            ExportReport report = export.write(List.of(good), writer);
            assertThat(report.rows()).isEqualTo(expected.size());
            assertThat(writer.rowsWritten()).isEqualTo(expected.size());
        }
        // The header and one line per row, each row's object written.
        assertThat(text.toString().lines()).hasSize(1 + expected.size());
        assertThat(text.toString()).contains(expected.get(0).objet());
        assertThat(export.date()).isEqualTo(DATE);
        assertThat(export).hasToString("ScdlExport[asOf " + DATE + ", on refusal SKIP]");
    }
}
