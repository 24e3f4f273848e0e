package dev.conventio.opendata.export;

import dev.conventio.history.History;
import dev.conventio.opendata.csv.ScdlWriter;
import dev.conventio.opendata.scdl.ScdlRow;
import dev.conventio.party.Party;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The export of subsidy conventions to the SCDL « subventions » format (export des données
 * essentielles), version 2.1.1: from each history as in force on a date, one row per attribution
 * (a contribution) and beneficiary.
 * <pre>{@code
 * ScdlExport export = ScdlExport.asOf(LocalDate.of(2020, 6, 30)).onRefusal(OnRefusal.SKIP);
 * try (ScdlWriter writer = ScdlWriter.to(Path.of("subventions.csv"))) {
 *     ExportReport report = export.write(portfolio, writer);
 *     report.refusals().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>An attribution that cannot give a required field, or whose field cannot be written as the
 * format requires, is never written in part: it is refused with a code and the path of what is
 * missing ({@link ExportCodes}), and the export stops ({@link OnRefusal#STOP}, the default) or skips
 * it ({@link OnRefusal#SKIP}). A natural person's name is never written (CRPA L312-1-2): a party
 * is one when its {@linkplain Party#legalForm() legal form} is
 * {@linkplain dev.conventio.party.LegalForm#isNaturalPerson() a natural person's}, or when the
 * test of {@link #naturalPersons(Predicate)} says so (for parties recorded without a legal form). Where
 * each field comes from is in {@code docs/opendata.md}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ScdlExport {

    private final LocalDate date;
    private final OnRefusal onRefusal;
    private final Predicate<? super Party> naturalPerson;

    private ScdlExport(LocalDate date, OnRefusal onRefusal, Predicate<? super Party> naturalPerson) {
        this.date = date;
        this.onRefusal = onRefusal;
        this.naturalPerson = naturalPerson;
    }

    /**
     * Obtains an export of conventions as in force on a date, which stops at the first refusal.
     *
     * @param date  the date, not null
     * @return the export, never null
     * @throws NullPointerException if the date is null
     */
    public static ScdlExport asOf(LocalDate date) {
        return new ScdlExport(Objects.requireNonNull(date, "date"), OnRefusal.STOP, party -> false);
    }

    /**
     * Returns this export with another choice on refusal.
     *
     * @param choice  stop or skip, not null
     * @return the export, never null
     * @throws NullPointerException if the choice is null
     */
    public ScdlExport onRefusal(OnRefusal choice) {
        return new ScdlExport(date, Objects.requireNonNull(choice, "choice"), naturalPerson);
    }

    /**
     * Returns this export with a test of which parties are natural persons, in addition to those
     * whose legal form says so: for a caller that knows of parties the model records without a
     * legal form. The test can only add: a party whose legal form is
     * {@link dev.conventio.party.LegalForm#PERSONNE_PHYSIQUE} is refused whatever it says. The
     * attributions to a natural person are refused with {@link ExportCodes#BENEFICIARY_NATURAL_PERSON}.
     *
     * @param test  true for a natural person, not null
     * @return the export, never null
     * @throws NullPointerException if the test is null
     */
    public ScdlExport naturalPersons(Predicate<? super Party> test) {
        return new ScdlExport(date, onRefusal, Objects.requireNonNull(test, "test"));
    }

    /**
     * Gets the date the conventions are exported as in force on.
     *
     * @return the date, never null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Gets the rows of one history: stopping at its first refused attribution, or skipping those.
     *
     * @param history  the history, not null
     * @return the rows, in the order of the contributions, never null
     * @throws ExportRefusedException if an attribution is refused and the export stops on refusal
     * @throws NullPointerException if the history is null
     */
    public List<ScdlRow> rows(History history) {
        List<ScdlRow> rows = new ArrayList<>();
        export(List.of(Objects.requireNonNull(history, "history")), rows::add);
        return rows;
    }

    /**
     * Gets every refused attribution of one history, whatever the choice on refusal.
     *
     * @param history  the history, not null
     * @return the refusals, in the order of the contributions, empty when every one can be written, never null
     * @throws NullPointerException if the history is null
     */
    public List<Refusal> refusals(History history) {
        List<Refusal> refusals = new ArrayList<>();
        attributions(Objects.requireNonNull(history, "history")).each(rows -> { }, refusals::add);
        return refusals;
    }

    /**
     * Gives the rows of a portfolio to a consumer as they are made, one history at a time; the
     * skipped attributions are kept in the report.
     *
     * @param portfolio  the histories, not null
     * @param sink  what takes each row, not null
     * @return the number of rows and the skipped attributions, never null
     * @throws ExportRefusedException if an attribution is refused and the export stops on refusal;
     *     the rows of the attributions before it were given
     * @throws NullPointerException if an argument is null
     */
    public ExportReport export(Iterable<History> portfolio, Consumer<? super ScdlRow> sink) {
        List<Refusal> skipped = new ArrayList<>();
        long rows = export(portfolio, sink, skipped::add);
        return ExportReport.of(rows, skipped);
    }

    /**
     * Gives the rows of a portfolio to a consumer as they are made, and each skipped attribution to
     * another, holding nothing: for portfolios of any size.
     *
     * @param portfolio  the histories, not null
     * @param sink  what takes each row, not null
     * @param skipped  what takes each refusal when the export skips them, not null
     * @return the number of rows given
     * @throws ExportRefusedException if an attribution is refused and the export stops on refusal;
     *     the rows of the attributions before it were given
     * @throws NullPointerException if an argument is null
     */
    public long export(Iterable<History> portfolio, Consumer<? super ScdlRow> sink, Consumer<? super Refusal> skipped) {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(skipped, "skipped");
        long[] count = {0};
        for (History history : portfolio) {
            attributions(history).each(rows -> {
                rows.forEach(sink);
                count[0] += rows.size();
            }, refusal -> {
                if (onRefusal == OnRefusal.STOP) {
                    throw new ExportRefusedException(refusal);
                }
                skipped.accept(refusal);
            });
        }
        return count[0];
    }

    /**
     * Writes the rows of a portfolio to an SCDL writer as they are made; the writer is not closed.
     *
     * @param portfolio  the histories, not null
     * @param writer  the writer, not null
     * @return the number of rows and the skipped attributions, never null
     * @throws IOException if the writer fails
     * @throws ExportRefusedException if an attribution is refused and the export stops on refusal
     * @throws NullPointerException if an argument is null
     */
    public ExportReport write(Iterable<History> portfolio, ScdlWriter writer) throws IOException {
        Objects.requireNonNull(writer, "writer");
        try {
            return export(portfolio, writer::writeUnchecked);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Attributions attributions(History history) {
        return new Attributions(history.asOf(date), naturalPerson);
    }

    /**
     * Returns the date and the choice on refusal.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return "ScdlExport[asOf " + date + ", on refusal " + onRefusal + "]";
    }
}
