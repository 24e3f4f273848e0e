package dev.conventio.benchmarks;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.AddContribution;
import dev.conventio.change.Change;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.change.ProlongTerm;
import dev.conventio.change.RecordDecision;
import dev.conventio.change.SetOrientations;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.history.History;
import dev.conventio.party.Civility;
import dev.conventio.party.Person;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.work.Orientation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Histories of n amendments for the consolidation benchmarks, built in code and deterministic.
 *
 * <p>Amendment k is signed by both parties k days after the conclusion and stays in force until
 * the end of 2099, so that {@link #IN_FORCE} sees every amendment applied, and
 * {@link #beforeLast(int)} every amendment but the last. The changes cycle through four kinds, so
 * that the consolidated convention grows with n as a real one does: add a contribution (the money
 * queries then add n/4 amounts), change the amount of the base contribution, record a committee
 * decision, set the orientations of a phase.
 */
public final class Histories {

    /** A date on which every amendment of every benchmark history is in force. */
    public static final LocalDate IN_FORCE = LocalDate.of(2099, 1, 1);

    private static final LocalDate END = LocalDate.of(2099, 12, 31);

    private Histories() {
    }

    /**
     * Builds the base convention of the benchmark histories: two parties, three phases, one
     * contribution, in force until the end of 2099.
     *
     * @return the convention, never null
     */
    public static Convention base() {
        Convention small = Conventions.sized(2, 3, 1, 1, 0, 2, 0, false);
        return small.toBuilder()
                .term(Term.of(StartRule.onDate(Conventions.CONCLUDED_ON), TermEnd.on(END)))
                .build();
    }

    /**
     * Builds the amendments of a benchmark history.
     *
     * @param base  the base convention, from {@link #base()}, not null
     * @param count  the number of amendments
     * @return the amendments numbered 1 to count, never null
     */
    public static List<Amendment> amendments(Convention base, int count) {
        return amendments(base, count, true);
    }

    /**
     * Builds amendments that leave the convention of constant size but for its decisions: they
     * change the amount of the base contribution, record a committee decision and set the
     * orientations of a phase, in turn.
     *
     * @param base  the base convention, from {@link #base()}, not null
     * @param count  the number of amendments
     * @return the amendments numbered 1 to count, never null
     */
    public static List<Amendment> constantSizeAmendments(Convention base, int count) {
        return amendments(base, count, false);
    }

    private static List<Amendment> amendments(Convention base, int count, boolean growing) {
        String first = base.parties().get(0).id();
        String second = base.parties().get(1).id();
        String contribution = base.contributions().get(0).id();
        List<Amendment> amendments = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            LocalDate signed = Conventions.CONCLUDED_ON.plusDays(k);
            Change change;
            switch (growing ? k % 4 : 1 + k % 3) {
                case 0:
                    change = AddContribution.of("1", FinancialContribution.builder()
                            .id("avenant-" + k)
                            .contributor(first)
                            .beneficiary(second)
                            .amount(Money.of(CurrencyUnit.EUR, BigDecimal.valueOf(100_000L + k, 2)))
                            .budget(BudgetPeriod.ofYear(2018 + k % 10))
                            .build());
                    break;
                case 1:
                    change = ChangeContributionAmount.of("1", contribution,
                            Money.of(CurrencyUnit.EUR, BigDecimal.valueOf(10_000_000L + k, 2)), List.of());
                    break;
                case 2:
                    change = RecordDecision.of("1", CommitteeDecision.of(signed, "Séance du comité n° " + k, 1));
                    break;
                default:
                    change = SetOrientations.of("1", 1 + k % 3, List.of(
                            Orientation.of(1, "Orientation fixée par l'avenant n° " + k),
                            Orientation.of(2, "Accompagnement des acteurs des territoires de proximité")));
                    break;
            }
            amendments.add(Amendment.builder()
                    .number(k)
                    .title("Avenant n° " + k)
                    .addArticles(Article.of("1", "Modifications"))
                    .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(END)))
                    .addSignatures(
                            Signature.of(first, Person.of(Civility.MADAME, "Arlette Fructus"), "La Vice-Présidente",
                                    signed),
                            Signature.of(second, Person.of(Civility.MONSIEUR, "Mustapha Berra"), "Le Directeur",
                                    signed))
                    .addChanges(change)
                    .build());
        }
        return amendments;
    }

    /**
     * Builds the amendments of a history whose every amendment prolongs the convention's term by a
     * month, each from its own day: as many days on which the term changes as amendments.
     *
     * @param base  the base convention, from {@link #base()}
     * @param count  the number of amendments
     * @return the amendments, numbered from 1, never null
     */
    public static List<Amendment> prolongations(Convention base, int count) {
        String first = base.parties().get(0).id();
        String second = base.parties().get(1).id();
        List<Amendment> amendments = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            LocalDate signed = Conventions.CONCLUDED_ON.plusDays(k);
            amendments.add(Amendment.builder()
                    .number(k)
                    .title("Avenant n° " + k)
                    .addArticles(Article.of("1", "Durée"))
                    .term(Term.of(StartRule.onSignatureByAllParties()))
                    .addSignatures(
                            Signature.of(first, Person.of(Civility.MADAME, "Arlette Fructus"), "La Vice-Présidente",
                                    signed),
                            Signature.of(second, Person.of(Civility.MONSIEUR, "Mustapha Berra"), "Le Directeur",
                                    signed))
                    .addChanges(ProlongTerm.of("1", Period.ofMonths(1)))
                    .build());
        }
        return amendments;
    }

    /**
     * Builds a benchmark history, checking every amendment as {@link History#of} does.
     *
     * @param count  the number of amendments
     * @return the history, never null
     */
    public static History of(int count) {
        Convention base = base();
        return History.of(base, amendments(base, count));
    }

    /**
     * Gets the day before the last amendment of a benchmark history takes effect: every amendment
     * but the last is in force, so the state the history keeps of its last amendment is of no use
     * and a consolidation applies again the amendments after the nearest state the history kept.
     *
     * @param count  the number of amendments of the history, at least 1
     * @return the day, never null
     */
    public static LocalDate beforeLast(int count) {
        return Conventions.CONCLUDED_ON.plusDays(count - 1L);
    }
}
