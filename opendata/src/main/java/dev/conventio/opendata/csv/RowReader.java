package dev.conventio.opendata.csv;

import dev.conventio.opendata.scdl.AidNature;
import dev.conventio.opendata.scdl.PaymentDates;
import dev.conventio.opendata.scdl.PaymentTerms;
import dev.conventio.opendata.scdl.ScdlCodes;
import dev.conventio.opendata.scdl.ScdlColumn;
import dev.conventio.opendata.scdl.ScdlRow;
import dev.conventio.opendata.scdl.ScdlRowBuilder;
import dev.conventio.party.PartyCodes;
import dev.conventio.party.Siret;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the cells of one row into a typed row: each cell parsed by its field's type, pattern and
 * allowed values, then the row built, which checks requiredness, lengths, ranges and the custom
 * checks. A row with any problem is not built.
 */
final class RowReader {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,20})?");
    private static final Pattern LEGACY_PERIOD = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}_[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DIGITS_14 = Pattern.compile("[0-9]{14}");

    private final long row;
    private final List<CellProblem> errors = new ArrayList<>();
    private final List<CellProblem> warnings = new ArrayList<>();
    private final Set<ScdlColumn> unreadable = EnumSet.noneOf(ScdlColumn.class);

    private RowReader(long row) {
        this.row = row;
    }

    /** The outcome of one row: the row, or its errors; and its warnings either way. */
    static final class Outcome {
        final Optional<ScdlRow> row;
        final List<CellProblem> errors;
        final List<CellProblem> warnings;

        Outcome(Optional<ScdlRow> row, List<CellProblem> errors, List<CellProblem> warnings) {
            this.row = row;
            this.errors = errors;
            this.warnings = warnings;
        }
    }

    /** Reads the cells of a row, given for each column of the schema in its order. */
    static Outcome read(long row, List<String> cells) {
        return new RowReader(row).read(cells);
    }

    private Outcome read(List<String> cells) {
        ScdlRowBuilder builder = ScdlRow.builder();
        for (ScdlColumn column : ScdlColumn.inOrder()) {
            String cell = cells.get(column.ordinal());
            if (!cell.isEmpty()) {
                set(builder, column, cell);
            }
        }
        Optional<ScdlRow> built = Optional.empty();
        try {
            built = Optional.of(builder.build());
        } catch (ValidationException e) {
            for (Violation violation : e.violations()) {
                ScdlColumn column = ScdlColumn.named(violation.path()).orElseThrow();
                if (!unreadable.contains(column)) {
                    errors.add(CellProblem.of(row, violation.path(), violation.code(), violation.message()));
                }
            }
        }
        return new Outcome(errors.isEmpty() ? built : Optional.empty(), List.copyOf(errors), List.copyOf(warnings));
    }

    private void set(ScdlRowBuilder builder, ScdlColumn column, String cell) {
        switch (column) {
            case NOM_ATTRIBUANT: builder.nomAttribuant(cell); break;
            case ID_ATTRIBUANT: siret(column, cell).ifPresent(builder::idAttribuant); break;
            case DATE_CONVENTION: date(column, cell).ifPresent(builder::dateConvention); break;
            case REFERENCE_DECISION: builder.referenceDecision(cell); break;
            case NOM_BENEFICIAIRE: builder.nomBeneficiaire(cell); break;
            case ID_BENEFICIAIRE: siret(column, cell).ifPresent(builder::idBeneficiaire); break;
            case RNA_BENEFICIAIRE: builder.rnaBeneficiaire(cell); break;
            case OBJET: builder.objet(cell); break;
            case MONTANT: number(column, cell).ifPresent(builder::montant); break;
            case NATURE: nature(column, cell).ifPresent(builder::nature); break;
            case CONDITIONS_VERSEMENT: terms(column, cell).ifPresent(builder::conditionsVersement); break;
            case DATES_PERIODE_VERSEMENT: dates(column, cell).ifPresent(builder::datesPeriodeVersement); break;
            case ID_RAE: builder.idRAE(cell); break;
            case NOTIFICATION_UE: notified(column, cell).ifPresent(builder::notificationUE); break;
            case POURCENTAGE_SUBVENTION: number(column, cell).ifPresent(builder::pourcentageSubvention); break;
            case DISPOSITIF_AIDE: builder.dispositifAide(cell); break;
            default: throw new IllegalStateException("no reader for column " + column);
        }
    }

    private <T> Optional<T> error(ScdlColumn column, Violation violation) {
        return error(column, violation.code(), violation.message());
    }

    private <T> Optional<T> error(ScdlColumn column, dev.conventio.validation.ViolationCode code, String message) {
        unreadable.add(column);
        errors.add(CellProblem.of(row, column.fieldName(), code, message));
        return Optional.empty();
    }

    private Optional<Siret> siret(ScdlColumn column, String cell) {
        if (!DIGITS_14.matcher(cell).matches()) {
            return error(column, ScdlCodes.CELL_PATTERN, "a SIRET is fourteen digits, was '" + cell + "'");
        }
        try {
            return Optional.of(Siret.parse(cell));
        } catch (ValidationException e) {
            if (e.violations().get(0).code().equals(PartyCodes.SIRET_CHECKSUM)) {
                return error(column, ScdlCodes.SIRET_INVALID, "SIRET '" + cell + "' fails its checksum");
            }
            return error(column, e.violations().get(0));
        }
    }

    private Optional<LocalDate> date(ScdlColumn column, String cell) {
        try {
            if (cell.length() == 10) {
                return Optional.of(LocalDate.parse(cell));
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        return error(column, ScdlCodes.CELL_TYPE, "a date is YYYY-MM-DD, was '" + cell + "'");
    }

    private Optional<BigDecimal> number(ScdlColumn column, String cell) {
        if (!DECIMAL.matcher(cell).matches()) {
            return error(column, ScdlCodes.CELL_TYPE, "a number is digits with an optional point and decimals,"
                    + " was '" + cell + "'");
        }
        return Optional.of(new BigDecimal(cell));
    }

    private Optional<AidNature> nature(ScdlColumn column, String cell) {
        Optional<AidNature> nature = AidNature.parse(cell);
        return nature.isPresent() ? nature : error(column, ScdlCodes.CELL_ENUM, "a nature is 'aide en numéraire',"
                + " 'aide en nature' or both joined by ';', was '" + cell + "'");
    }

    private Optional<PaymentTerms> terms(ScdlColumn column, String cell) {
        try {
            return Optional.of(PaymentTerms.parse(cell));
        } catch (ValidationException e) {
            return error(column, e.violations().get(0));
        }
    }

    private Optional<PaymentDates> dates(ScdlColumn column, String cell) {
        String text = cell;
        if (LEGACY_PERIOD.matcher(cell).matches()) {
            text = cell.replace('_', '/');
            warnings.add(CellProblem.of(row, column.fieldName(), ImportCodes.DATES_LEGACY_SEPARATOR,
                    "period '" + cell + "' uses the older '_' separator, read as '" + text + "'"));
        }
        try {
            return Optional.of(PaymentDates.parse(text));
        } catch (ValidationException e) {
            return error(column, e.violations().get(0));
        }
    }

    private Optional<Boolean> notified(ScdlColumn column, String cell) {
        if (cell.equals("oui") || cell.equals("non")) {
            return Optional.of(cell.equals("oui"));
        }
        return error(column, ScdlCodes.CELL_TYPE, "notificationUE is 'oui' or 'non', was '" + cell + "'");
    }
}
