package dev.conventio.examples;

import dev.conventio.examples.corpus.Sheet01ParisBalustrade;
import dev.conventio.history.History;
import dev.conventio.opendata.csv.ScdlWriter;
import dev.conventio.opendata.export.OnRefusal;
import dev.conventio.opendata.export.Refusal;
import dev.conventio.opendata.export.ScdlExport;
import dev.conventio.testkit.SubsidyGen;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The open data of subsidy conventions (SCDL « subventions ») as the README's run command prints
 * it: the export of the reference convention as of 2020-06-30, which is refused, each missing field
 * named with its code and path (the document gives no SIRET and no EU-notification status, and none
 * is made up), then the CSV, header line first, of a generated subsidy convention between
 * fictitious parties with valid identifiers, then the refusals of the corpus subsidy convention
 * (sheet 01), whose real bodies are never given a made-up identifier.
 */
public final class ReferenceOpenData {

    /** The date of the export. */
    public static final LocalDate DATE = LocalDate.of(2020, 6, 30);
    /**
     * The seed of the generated convention the example prints: three beneficiaries, one of them
     * known by its RNA number alone, and a three-year subsidy, one row per budget year.
     */
    public static final long SEED = 2044L;
    /** The date the corpus subsidy convention (sheet 01, Paris and Balustrade) is exported as in force on. */
    public static final LocalDate CORPUS_DATE = LocalDate.of(2022, 12, 31);

    private ReferenceOpenData() {
    }

    /**
     * Gets the refusals of the reference convention's export as of 2020-06-30, with its Avenant n° 2
     * signed on the illustrative dates of {@link ReferenceHistory#asSigned()}: as drafted, the
     * avenant is never in force, and the base convention alone grants nothing.
     *
     * @return the refusals, one per contribution, never null
     */
    public static List<Refusal> referenceRefusals() {
        return ScdlExport.asOf(DATE).refusals(ReferenceHistory.asSigned());
    }

    /**
     * Gets the refusals of the corpus subsidy convention, the City of Paris's multi-year subsidy to
     * the association Balustrade (sheet 01), as in force on {@link #CORPUS_DATE}: the sheet gives no
     * SIRET nor RNA number, no amount, no payment and no State-aid basis, and none is made up.
     *
     * @return the refusals, never null
     */
    public static List<Refusal> corpusRefusals() {
        return ScdlExport.asOf(CORPUS_DATE).refusals(Sheet01ParisBalustrade.history());
    }

    /**
     * Gets the generated subsidy convention the example prints.
     *
     * @return the history, never null
     */
    public static History generated() {
        return SubsidyGen.subsidyHistories().sample(SEED, 10);
    }

    /**
     * Prints the refusals of the reference convention, then the CSV of the generated one, then the
     * refusals of the corpus subsidy convention.
     *
     * @param out  where to print, not null
     */
    public static void print(PrintStream out) {
        out.println("== Données essentielles (SCDL subventions 2.1.1) de la convention "
                + ReferenceHistory.asSigned().base().identification() + " au " + DATE
                + ", avenant n° 2 signé (dates illustratives) : refusées, le document ne donnant ni SIRET"
                + " ni notification à la Commission européenne");
        for (Refusal refusal : referenceRefusals()) {
            out.println(refusal);
        }
        out.println();
        History generated = generated();
        out.println("== Convention générée par le testkit (parties fictives, identifiants valides) "
                + generated.base().identification() + ", au " + generated.base().conclusionDate().orElseThrow().plusDays(1));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            ScdlWriter csv = ScdlWriter.to(writer);
            List<Refusal> refusals = ScdlExport.asOf(generated.base().conclusionDate().orElseThrow().plusDays(1))
                    .onRefusal(OnRefusal.SKIP).write(List.of(generated), csv).refusals();
            csv.flush();
            refusals.forEach(out::println);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.println("== Convention du corpus (fiche 01, Ville de Paris et Balustrade) au " + CORPUS_DATE
                + " : refusée, la fiche ne donnant ni SIRET, ni RNA, ni montant, ni versement, ni régime d'aide"
                + " d'État, et aucun n'est inventé");
        corpusRefusals().forEach(out::println);
    }
}
