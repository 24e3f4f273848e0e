package dev.conventio.examples;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.history.Committed;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.history.Instrument;
import dev.conventio.history.Sourced;
import dev.conventio.history.TimelineEvent;
import dev.conventio.render.FrenchLabels;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;

/**
 * The history of the reference convention DEVT 013-2609/17/BM: Avenant n° 1, which the document
 * mentions only by its number, declared unrecorded, and Avenant n° 2 applied.
 *
 * <p>The document is a draft without signature dates. Two histories show it: {@link #asDrafted()}
 * keeps Avenant n° 2 as the document gives it, a draft that is never in force;
 * {@link #asSigned()} uses {@link ReferenceConvention#avenant2Signed()}, whose signature dates
 * are <em>illustrative</em>, and therefore so is the day Avenant n° 2 takes effect.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am test-compile exec:java
 * -Dexec.mainClass=dev.conventio.examples.ReferenceHistory}: it prints the convention as in force
 * on {@link #MID_2020} and on {@link #AFTER_LAPSE} with the provenance of each element, the money
 * committed for 2020 and the timeline.
 */
public final class ReferenceHistory {

    /** A day while Avenant n° 2 (signed on its illustrative dates) is in force. */
    public static final LocalDate MID_2020 = LocalDate.of(2020, 6, 30);
    /** The first day after the term of Avenant n° 2 (« trouvera son terme au 31 décembre 2020 »). */
    public static final LocalDate AFTER_LAPSE = LocalDate.of(2021, 1, 1);
    /** The budget year of Article 2 of Avenant n° 2 (« 100 000 € pour 2020 »). */
    public static final Year BUDGET_2020 = Year.of(2020);

    private static final String ILLUSTRATIVE = " (date illustrative : le document n'en donne pas)";

    private ReferenceHistory() {
    }

    /**
     * Declares Avenant n° 1: the reference document implies it by numbering the amendment n° 2 but
     * records nothing of it, so it is declared without content rather than invented.
     *
     * @return the unrecorded amendment, never null
     */
    public static UnrecordedAmendment avenant1() {
        return UnrecordedAmendment.of(1, "Connu par la seule numérotation de l'Avenant n° 2 : son contenu n'est pas enregistré");
    }

    /**
     * Builds the history as the document gives it: Avenant n° 1 unrecorded, Avenant n° 2 a draft.
     *
     * @return the history, never null
     */
    public static History asDrafted() {
        return History.of(ReferenceConvention.convention(), List.of(avenant1(), ReferenceConvention.avenant2Draft()));
    }

    /**
     * Builds the history with Avenant n° 2 signed on illustrative dates.
     *
     * @return the history, never null
     */
    public static History asSigned() {
        return History.of(ReferenceConvention.convention(), List.of(avenant1(), ReferenceConvention.avenant2Signed()));
    }

    /**
     * Prints both histories: the consolidated convention on each date with the provenance of each
     * element, the money committed for 2020 and the timeline.
     *
     * @param out  where to print, not null
     */
    public static void print(PrintStream out) {
        History drafted = asDrafted();
        out.println("Historique de la convention " + drafted.base().identification());
        for (AmendmentRecord record : drafted.amendments()) {
            if (record instanceof UnrecordedAmendment unrecorded) {
                out.println("  Avenant n° " + unrecorded.number() + " : contenu non enregistré"
                        + unrecorded.note().map(note -> " (" + note + ")").orElse(""));
            }
        }
        out.println();
        out.println("== Avenant n° 2 tel que le document le donne : projet non signé, jamais en vigueur");
        printHistory(out, drafted, List.of(MID_2020), false);
        out.println();
        out.println("== Avenant n° 2 signé le " + ReferenceConvention.ILLUSTRATIVE_METROPOLE_SIGNATURE + " et le "
                + ReferenceConvention.ILLUSTRATIVE_GIP_SIGNATURE + ILLUSTRATIVE);
        printHistory(out, asSigned(), List.of(MID_2020, AFTER_LAPSE), true);
    }

    private static void printHistory(PrintStream out, History history, List<LocalDate> dates, boolean illustrative) {
        for (AmendmentRecord record : history.amendments()) {
            if (record instanceof Amendment amendment) {
                out.println("  Avenant n° " + amendment.number() + " : " + (amendment.isDraft()
                        ? "projet, signatures non datées : jamais en vigueur"
                        : "signé le " + amendment.lastSignatureDate().orElseThrow() + (illustrative ? ILLUSTRATIVE : "")
                                + ", durée : " + Summary.term(amendment.term())));
            }
        }
        for (LocalDate date : dates) {
            printConsolidated(out, history.asOf(date));
        }
        for (LocalDate date : dates) {
            Committed committed = history.asOf(date).commitments().forBudgetYear(BUDGET_2020);
            out.println("  Engagé pour " + BUDGET_2020 + ", au " + date + " : "
                    + committed.amount().map(Object::toString).orElse("rien") + " (" + FrenchLabels.of(committed.life()) + ")");
        }
        out.println("  Chronologie :");
        Set<TimelineEvent.Kind> fromSignatures = Set.of(TimelineEvent.Kind.SIGNATURE, TimelineEvent.Kind.ENTRY_INTO_FORCE);
        for (TimelineEvent event : history.timeline()) {
            boolean derived = illustrative && !event.instrument().equals(Instrument.base())
                    && fromSignatures.contains(event.kind());
            out.println("    " + event.date() + " " + FrenchLabels.of(event.kind()) + " — " + FrenchLabels.of(event.instrument())
                    + (derived ? ILLUSTRATIVE : ""));
        }
    }

    private static void printConsolidated(PrintStream out, ConsolidatedConvention consolidated) {
        out.println("  Version consolidée au " + consolidated.date() + " — avenants appliqués : "
                + (consolidated.amendmentsInForce().isEmpty() ? "aucun" : consolidated.amendmentsInForce())
                + (consolidated.isPossiblyIncomplete() ? " — peut être incomplète : avenant(s) non enregistré(s) "
                        + consolidated.unrecordedBefore().stream().map(u -> "n° " + u.number()).toList() : ""));
        out.println("    Objet : " + consolidated.object().value() + " [" + FrenchLabels.of(consolidated.object().provenance()) + "]");
        consolidated.parties().forEach(party -> out.println("    Partie " + party.value().id() + " : "
                + party.value().name() + " [" + FrenchLabels.of(party.provenance()) + "]"));
        for (Sourced<Phase> phase : consolidated.phases()) {
            out.println("    " + Summary.phase(phase.value()) + " [" + FrenchLabels.of(phase.provenance()) + "]");
            for (Sourced<Orientation> orientation : consolidated.orientations(phase.value().number())) {
                out.println("      " + Summary.orientation(orientation.value()) + " [" + FrenchLabels.of(orientation.provenance()) + "]");
            }
        }
        consolidated.contributions().forEach(c -> out.println("    " + Summary.contribution(c.value())
                + " [" + FrenchLabels.of(c.provenance()) + "]"));
        consolidated.steeringCommittee().ifPresent(c -> out.println("    Instance de pilotage : "
                + Summary.committee(c.value()) + " [" + FrenchLabels.of(c.provenance()) + "]"));
        consolidated.decisions().forEach(d -> out.println("    " + Summary.decision(d.value())
                + " [" + FrenchLabels.of(d.provenance()) + "]"));
        out.println("    Durée : " + consolidated.term().map(t -> Summary.term(t.value()) + " [" + FrenchLabels.of(t.provenance()) + "]")
                .orElse("non précisée par le document"));
        consolidated.articles().forEach(a -> out.println("    Article " + a.value().number() + " ["
                + FrenchLabels.of(a.provenance()) + "]"));
    }

    /**
     * Runs the example: prints both histories of the reference convention.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }
}
