package dev.conventio.testkit;

import static dev.conventio.testkit.PartyGen.pick;

import dev.conventio.change.ChangeTermEnd;
import dev.conventio.change.ChangeTermStart;
import dev.conventio.change.ProlongTerm;
import dev.conventio.change.SetTerm;
import dev.conventio.change.TerminateConvention;
import dev.conventio.term.Renewal;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The kinds of change of the convention's term and life: a new term, end or start, a
 * prolongation, a termination. None ends the convention before the standing's horizon, so that
 * every amendment the generators plan stays concluded while the convention is in force.
 */
final class TermChanges {

    static final Recipe SET_TERM = Recipe.of(standing -> true, (random, standing, article) -> {
        TermEnd end = TermEnd.on(afterHorizon(random, standing));
        StartRule start = StartRule.onDate(standing.concludedOn);
        return SetTerm.of(article, random.nextBoolean() ? Term.of(start, end)
                : Term.of(start, end, Renewal.of(Period.ofYears(1), 1 + random.nextInt(3), random.nextBoolean())));
    });

    static final Recipe CHANGE_TERM_END = Recipe.of(standing -> standing.term.isPresent(),
            (random, standing, article) -> ChangeTermEnd.of(article, TermEnd.on(afterHorizon(random, standing))));

    /** Only under a fixed end, which a new start cannot move. */
    static final Recipe CHANGE_TERM_START = Recipe.of(standing -> standing.fixedEnd().isPresent(),
            (random, standing, article) -> {
        LocalDate date = standing.concludedOn.minusDays(random.nextInt(31));
        StartRule start = switch (random.nextInt(3)) {
            case 0 -> StartRule.onSignatureByAllParties();
            case 1 -> StartRule.notifiedOn(date);
            default -> StartRule.onDate(date);
        };
        return ChangeTermStart.of(article, start);
    });

    /** Only in histories of format version 2 (with a text or money), the one that has it; under an end. */
    static final Recipe PROLONG_TERM = Recipe.of(
            standing -> standing.versionTwo() && standing.term.flatMap(Term::end).isPresent(),
            (random, standing, article) -> {
        Period by = random.nextBoolean() ? Period.ofYears(1 + random.nextInt(5)) : Period.ofMonths(1 + random.nextInt(18));
        Term prolonged = standing.term.orElseThrow().withEnd(standing.term.orElseThrow().end().orElseThrow()
                .prolongedBy(by));
        return prolonged.totalDurationFor(standing.concludedOn).filter(total -> random.nextBoolean())
                .map(total -> ProlongTerm.of(article, by, total.normalized()))
                .orElseGet(() -> ProlongTerm.of(article, by));
    });

    /**
     * Only in histories of format version 2, once, and after the horizon, so that every amendment
     * planned is concluded while the convention is in force.
     */
    static final Recipe TERMINATE_CONVENTION = Recipe.of(standing -> standing.versionTwo() && !standing.terminated,
            (random, standing, article) -> {
        LocalDate lastDay = afterHorizon(random, standing);
        return random.nextBoolean() ? TerminateConvention.of(article, lastDay)
                : TerminateConvention.of(article, lastDay, pick(random, List.of("Résiliation d'un commun accord",
                        "Résiliation pour motif d'intérêt général", "Dissolution du groupement")));
    });

    private TermChanges() {
    }

    /** A fixed last day after the standing's horizon, so that no planned amendment comes after the end. */
    private static LocalDate afterHorizon(RandomGenerator random, Standing standing) {
        LocalDate from = standing.fixedEnd().filter(end -> end.isAfter(standing.horizon)).orElse(standing.horizon);
        return from.plusDays(1 + random.nextInt(730));
    }
}
