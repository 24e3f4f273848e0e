package dev.conventio.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.conventio.opendata.csv.CellProblem;
import dev.conventio.opendata.csv.ImportCodes;
import dev.conventio.opendata.csv.ScdlImport;
import dev.conventio.opendata.export.ExportCodes;
import dev.conventio.opendata.export.ExportReport;
import dev.conventio.opendata.export.Refusal;
import dev.conventio.opendata.law.Duty;
import dev.conventio.opendata.law.LawCodes;
import dev.conventio.opendata.scdl.PaymentDates;
import dev.conventio.opendata.scdl.PaymentTerms;
import dev.conventio.opendata.scdl.ScdlCodes;
import dev.conventio.opendata.scdl.ScdlRow;
import dev.conventio.opendata.scdl.ScdlRowBuilder;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The small values of the open-data module: equal exactly when every part is, hash codes that
 * tell them apart, accessors that give back what they were made of, and text forms that say it.
 */
class ValueTypesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    /** Asserts that a value equals its twin and none of the variants, each differing in one part. */
    private static void assertEquality(Object value, Object twin, Object... variants) {
        assertThat(value).isEqualTo(value).isEqualTo(twin).hasSameHashCodeAs(twin).isNotEqualTo(null)
                .isNotEqualTo(value.toString());
        Set<Integer> hashes = new HashSet<>();
        hashes.add(value.hashCode());
        for (Object variant : variants) {
            assertThat(value).isNotEqualTo(variant);
            assertThat(variant).isNotEqualTo(value);
            hashes.add(variant.hashCode());
        }
        // Not a contract, but a hash that ignored its parts would put every variant in one bucket.
        assertThat(hashes).hasSizeGreaterThan(variants.length / 2);
    }

    @Test
    void aCellProblemIsItsRowColumnCodeAndMessage() {
        CellProblem problem = CellProblem.of(3, "montant", ImportCodes.ROW_CELL_COUNT, "too few cells");
        assertThat(problem.row()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo("montant");
        assertThat(problem.code()).isEqualTo(ImportCodes.ROW_CELL_COUNT);
        assertThat(problem.message()).isEqualTo("too few cells");
        assertEquality(problem, CellProblem.of(3, "montant", ImportCodes.ROW_CELL_COUNT, "too few cells"),
                CellProblem.of(4, "montant", ImportCodes.ROW_CELL_COUNT, "too few cells"),
                CellProblem.of(3, "objet", ImportCodes.ROW_CELL_COUNT, "too few cells"),
                CellProblem.of(3, "montant", ImportCodes.CSV_MALFORMED, "too few cells"),
                CellProblem.of(3, "montant", ImportCodes.ROW_CELL_COUNT, "too many cells"));
        assertThat(problem).hasToString("scdl.row.cell-count at row 3, column montant: too few cells");
        assertThat(CellProblem.of(0, "", ImportCodes.CSV_MALFORMED, "not CSV"))
                .hasToString("scdl.csv.malformed at row 0: not CSV");
    }

    @Test
    void aDutyIsWhatIsDueOfWhichConventionAndWhetherItIsDone() {
        Duty duty = Duty.of(Duty.Kind.PUBLICATION, "C-1", "A-1", "conventions[0]", DAY, false);
        assertThat(duty.kind()).isEqualTo(Duty.Kind.PUBLICATION);
        assertThat(duty.convention()).isEqualTo("C-1");
        assertThat(duty.attribution()).isEqualTo("A-1");
        assertThat(duty.path()).isEqualTo("conventions[0]");
        assertThat(duty.dueOn()).isEqualTo(DAY);
        assertThat(duty.isDone()).isFalse();
        assertThat(duty.withDone(true).isDone()).isTrue();
        assertThat(duty.withDone(true).withDone(false)).isEqualTo(duty);
        assertEquality(duty, Duty.of(Duty.Kind.PUBLICATION, "C-1", "A-1", "conventions[0]", DAY, false),
                Duty.of(Duty.Kind.FINANCIAL_REPORT, "C-1", "A-1", "conventions[0]", DAY, false),
                Duty.of(Duty.Kind.PUBLICATION, "C-2", "A-1", "conventions[0]", DAY, false),
                Duty.of(Duty.Kind.PUBLICATION, "C-1", "A-2", "conventions[0]", DAY, false),
                Duty.of(Duty.Kind.PUBLICATION, "C-1", "A-1", "conventions[1]", DAY, false),
                Duty.of(Duty.Kind.PUBLICATION, "C-1", "A-1", "conventions[0]", DAY.plusDays(1), false),
                duty.withDone(true));
        assertThat(duty).hasToString("PUBLICATION of C-1 A-1 due on 2024-03-01");
        assertThat(Duty.of(Duty.Kind.FINANCIAL_REPORT, "C-1", "", "conventions[0]", DAY, true))
                .hasToString("FINANCIAL_REPORT of C-1 due on 2024-03-01 (done)");
    }

    @Test
    void aLateDutyIsAViolationAtItsPathNamingTheLaw() {
        Violation publication = Duty.of(Duty.Kind.PUBLICATION, "C-1", "A-1", "conventions[0]", DAY, false)
                .toViolation();
        assertThat(publication.code()).isEqualTo(LawCodes.PUBLICATION_LATE);
        assertThat(publication.path()).isEqualTo("conventions[0]");
        assertThat(publication.message()).isEqualTo("the essential data of convention C-1 for A-1 are due on"
                + " 2024-03-01 (décret 2017-779 art. 1 and 2)");
        Violation report = Duty.of(Duty.Kind.FINANCIAL_REPORT, "C-1", "", "conventions[1]", DAY, false).toViolation();
        assertThat(report.code()).isEqualTo(LawCodes.FINANCIAL_REPORT_LATE);
        assertThat(report.path()).isEqualTo("conventions[1]");
        assertThat(report.message()).isEqualTo("the financial report of convention C-1 is due on 2024-03-01"
                + " (loi 2000-321 art. 10 al. 6)");
    }

    @Test
    void aRefusalIsTheAttributionAndItsReasons() {
        List<Violation> reasons = List.of(Violation.of(ExportCodes.CONCLUSION_UNKNOWN, "concludedOn", "no day"));
        Refusal refusal = Refusal.of("C-1", "A-1", reasons);
        assertThat(refusal.convention()).isEqualTo("C-1");
        assertThat(refusal.attribution()).isEqualTo("A-1");
        assertThat(refusal.violations()).isEqualTo(reasons);
        List<Violation> other = List.of(Violation.of(ExportCodes.CONCLUSION_UNKNOWN, "concludedOn", "no day known"));
        assertEquality(refusal, Refusal.of("C-1", "A-1", reasons), Refusal.of("C-2", "A-1", reasons),
                Refusal.of("C-1", "A-2", reasons), Refusal.of("C-1", "A-1", other));
        assertThat(refusal.toString()).startsWith("attribution A-1 of convention C-1 cannot be exported:\n  ")
                .contains("no day");
    }

    @Test
    void paymentDatesAreADayOrAPeriod() {
        PaymentDates day = PaymentDates.parse("2024-03-01");
        assertThat(day.first()).isEqualTo(DAY);
        assertThat(day.last()).isEqualTo(DAY);
        assertThat(day.isPeriod()).isFalse();
        PaymentDates period = PaymentDates.parse("2024-03-01/2024-06-30");
        assertThat(period.isPeriod()).isTrue();
        assertThat(period.first()).isEqualTo(DAY);
        assertThat(period.last()).isEqualTo(LocalDate.of(2024, 6, 30));
        // A period of one day is not the day: the cell says which it is.
        assertEquality(day, PaymentDates.on(DAY), PaymentDates.between(DAY, DAY), PaymentDates.on(DAY.plusDays(1)),
                period);
        assertEquality(period, PaymentDates.between(DAY, LocalDate.of(2024, 6, 30)),
                PaymentDates.between(DAY.minusDays(1), LocalDate.of(2024, 6, 30)),
                PaymentDates.between(DAY, LocalDate.of(2024, 7, 1)));
        assertThat(period).hasToString("2024-03-01/2024-06-30");
        assertThat(day).hasToString("2024-03-01");
    }

    @Test
    void paymentTermsAreSingleInInstalmentsOrDescribed() {
        assertThat(PaymentTerms.single().isSingle()).isTrue();
        assertThat(PaymentTerms.single().isInInstalments()).isFalse();
        assertThat(PaymentTerms.inInstalments().isInInstalments()).isTrue();
        assertThat(PaymentTerms.inInstalments().isSingle()).isFalse();
        PaymentTerms described = PaymentTerms.other("80 % à la signature, le solde sur justificatifs");
        assertThat(described.isSingle()).isFalse();
        assertThat(described.isInInstalments()).isFalse();
        assertThat(described.text()).isEqualTo("80 % à la signature, le solde sur justificatifs");
        assertThat(PaymentTerms.parse("unique")).isSameAs(PaymentTerms.single());
        assertThat(PaymentTerms.single().text()).isEqualTo("unique");
        assertThat(PaymentTerms.inInstalments()).hasToString("échelonné");
        assertEquality(described, PaymentTerms.parse("80 % à la signature, le solde sur justificatifs"),
                PaymentTerms.single(), PaymentTerms.inInstalments(), PaymentTerms.other("au solde"));
    }

    @Test
    void reportsCountWhatTheyHold() {
        Refusal refusal = Refusal.of("C-1", "A-1",
                List.of(Violation.of(ExportCodes.CONCLUSION_UNKNOWN, "concludedOn", "no day")));
        ExportReport report = ExportReport.of(7, List.of(refusal));
        assertThat(report.rows()).isEqualTo(7);
        assertThat(report.refusals()).containsExactly(refusal);
        assertThat(report).hasToString("ExportReport[7 rows, 1 refused attributions]");

        CellProblem warning = CellProblem.of(2, "datesPeriodeVersement", ImportCodes.DATES_LEGACY_SEPARATOR, "old");
        CellProblem error = CellProblem.of(1, "", ImportCodes.ROW_CELL_COUNT, "short");
        assertThat(ScdlImport.of(List.of(), List.of(), List.of(warning)).isClean()).isTrue();
        ScdlImport unclean = ScdlImport.of(List.of(), List.of(error), List.of(warning, warning));
        assertThat(unclean.isClean()).isFalse();
        assertThat(unclean).hasToString("ScdlImport[0 rows, 1 errors, 2 warnings]");
    }

    @Test
    void paymentTermsAreAtMost256Characters() {
        String longest = "é".repeat(PaymentTerms.MAX_LENGTH);
        assertThat(PaymentTerms.other(longest).text()).isEqualTo(longest);
        assertThatThrownBy(() -> PaymentTerms.other(longest + "e")).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::code)
                        .containsExactly(ScdlCodes.CELL_TOO_LONG));
        assertThatThrownBy(() -> PaymentTerms.other(" ")).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::code)
                        .containsExactly(ScdlCodes.CELL_REQUIRED));
    }

    @Test
    void aRowIsItsCells() {
        ScdlRow row = Samples.validRow().build();
        assertEquality(row, Samples.validRow().build(), Samples.validRow().objet("Un autre objet").build(),
                Samples.validRow().idRAE("54321").build(), Samples.validRow().montant(new BigDecimal("30000.01")).build());
        assertThat(row.toString()).startsWith("ScdlRow[nomAttribuant=Commune de Trifouillis, idAttribuant=")
                .contains(", objet=Fonctionnement de l'association en 2020, ").endsWith("]");
        // An optional cell left out is left out of the text too.
        assertThat(required(true).build().toString()).doesNotContain("idRAE");
    }

    @Test
    void aRowNeedsItsRequiredCellsAndNoBlankOptionalOne() {
        ValidationException missing = catchThrowableOfType(ValidationException.class,
                () -> required(false).build());
        assertThat(missing.violations()).extracting(Violation::code, Violation::path, Violation::message)
                .containsExactly(tuple(ScdlCodes.CELL_REQUIRED, "objet", "objet is required"));
        ValidationException blank = catchThrowableOfType(ValidationException.class,
                () -> Samples.validRow().idRAE(" ").build());
        assertThat(blank.violations()).extracting(Violation::code, Violation::path, Violation::message)
                .containsExactly(tuple(ScdlCodes.CELL_REQUIRED, "idRAE", "idRAE must not be blank, was ' '"));
        assertThat(required(true).build().idRAE()).isEmpty();
    }

    /** A row with only the cells the schema requires, its object set or not. */
    private static ScdlRowBuilder required(boolean objet) {
        ScdlRow valid = Samples.validRow().build();
        ScdlRowBuilder builder = ScdlRow.builder().nomAttribuant(valid.nomAttribuant()).idAttribuant(valid.idAttribuant())
                .dateConvention(valid.dateConvention()).nomBeneficiaire(valid.nomBeneficiaire())
                .rnaBeneficiaire(valid.rnaBeneficiaire().orElseThrow()).montant(valid.montant())
                .nature(valid.nature()).conditionsVersement(valid.conditionsVersement())
                .datesPeriodeVersement(valid.datesPeriodeVersement()).notificationUE(false)
                .pourcentageSubvention(valid.pourcentageSubvention());
        return objet ? builder.objet(valid.objet()) : builder;
    }
}
