package dev.conventio.testkit.stateful;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.amendment.Amendment;
import dev.conventio.convention.Convention;
import dev.conventio.history.AmendmentPolicy;
import dev.conventio.history.History;
import dev.conventio.testkit.AmendmentGen;
import dev.conventio.testkit.ConventionGen;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The checks of the built-in actions and invariants fail, with their message, on a state whose
 * model disagrees with its history, and pass on one that agrees: a check that could never fail
 * would let a broken library through.
 */
class BuiltInChecksTest {

    private static final Convention BASE = ConventionGen.conventions().sample(5, 5);
    private static final Amendment FIRST = AmendmentGen.amendments(BASE).sample(1, 5);
    private static final History AMENDED = History.of(BASE, List.of(FIRST));
    private static final ViolationCode REFUSED = ViolationCode.of("test.refused", ViolationCode.Kind.POLICY,
            "this history takes no amendment");
    private static final History REFUSING = AMENDED.withPolicies(
            (history, candidate) -> List.of(Violation.of(REFUSED, "changes", "no more amendments")));
    private static final Pattern AS_OF = Pattern.compile("asOf (\\d{4}-\\d{2}-\\d{2}): amendments (\\[.*]) in force");

    @Test
    void theModelInvariantNamesWhatDiffers() throws Exception {
        HistoryInvariant invariant = HistoryInvariants.matchesTheModel();
        invariant.check(HistoryState.of(AMENDED));

        Convention other = ConventionGen.conventions().sample(6, 5);
        assertThatThrownBy(() -> invariant.check(HistoryState.of(AMENDED, other, List.of(), List.of(FIRST))))
                .isInstanceOf(AssertionError.class).hasMessage("the base convention changed");
        assertThatThrownBy(() -> invariant.check(HistoryState.of(AMENDED, BASE,
                List.of(AmendmentPolicy.objectUnchanged()), List.of(FIRST))))
                .isInstanceOf(AssertionError.class).hasMessage("the policies changed");
        assertThatThrownBy(() -> invariant.check(HistoryState.of(AMENDED, BASE, List.of(), List.of())))
                .isInstanceOf(AssertionError.class)
                .hasMessage("the history holds 1 amendments where the model expects 0");
        assertThat(HistoryInvariants.defaults()).hasSize(2);
    }

    @Test
    void theTimelineActionChecksItsEntriesAndConclusionAgainstTheModel() {
        HistoryAction timeline = HistoryActions.timeline();
        assertThatCode(() -> timeline.run(HistoryState.of(AMENDED), new SplittableRandom(1), 5))
                .doesNotThrowAnyException();

        // The model expects no amendment: the amendment's entry into force is one too many.
        assertThatThrownBy(() -> timeline.run(HistoryState.of(AMENDED, BASE, List.of(), List.of()),
                new SplittableRandom(1), 5)).isInstanceOf(AssertionError.class)
                .hasMessage("2 entries into force for 0 amendments");

        Convention other = ConventionGen.conventions().sample(6, 5);
        assertThat(other.conclusionDate()).isNotEqualTo(BASE.conclusionDate());
        assertThatThrownBy(() -> timeline.run(HistoryState.of(AMENDED, other, List.of(), List.of(FIRST)),
                new SplittableRandom(1), 5)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("the timeline's conclusions: ");
    }

    @Test
    void addingAValidAmendmentAppendsItToTheModelUnlessAPolicyRefusesIt() throws Exception {
        HistoryAction add = HistoryActions.addValidAmendment();
        HistoryState state = HistoryState.of(AMENDED);
        assertThat(add.appliesTo(state)).isTrue();

        HistoryStep accepted = add.run(state, new SplittableRandom(3), 5);
        assertThat(accepted.description()).matches("add amendment n° 2 \\(\\d+ changes\\): accepted");
        assertThat(accepted.state().history().amendments()).hasSize(2);
        assertThat(accepted.state().expectedAmendments()).isEqualTo(accepted.state().history().amendments());

        HistoryState refusing = HistoryState.of(REFUSING);
        HistoryStep refused = add.run(refusing, new SplittableRandom(3), 5);
        assertThat(refused.description()).matches("add amendment n° 2 \\(\\d+ changes\\): rejected by a policy with "
                + "test.refused");
        assertThat(refused.state()).isSameAs(refusing);
    }

    @Test
    void checkingAValidAmendmentNamesWhatAPolicyReportsAndLeavesTheState() throws Exception {
        HistoryAction check = HistoryActions.checkValidAmendment();
        HistoryState state = HistoryState.of(AMENDED);
        HistoryStep clean = check.run(state, new SplittableRandom(3), 5);
        assertThat(clean.description()).isEqualTo("check amendment n° 2: no violation");
        assertThat(clean.state()).isSameAs(state);

        HistoryStep reported = check.run(HistoryState.of(REFUSING), new SplittableRandom(3), 5);
        assertThat(reported.description()).isEqualTo("check amendment n° 2: test.refused");
    }

    @Test
    void tryingAnInvalidAmendmentLeavesTheState() throws Exception {
        HistoryAction attempt = HistoryActions.tryInvalidAmendment();
        for (HistoryState state : List.of(HistoryState.of(AMENDED), HistoryState.of(REFUSING))) {
            // Several draws: under a policy of its own, the rejection may carry the policy's code too.
            for (long seed = 1; seed <= 20; seed++) {
                HistoryStep step = attempt.run(state, new SplittableRandom(seed), 5);
                assertThat(step.description()).startsWith("try ").endsWith(": rejected");
                assertThat(step.state()).isSameAs(state);
            }
        }
    }

    @Test
    void consolidationDrawsItsDatesOverSevenYearsFromAMonthBeforeTheConclusion() throws Exception {
        HistoryAction consolidate = HistoryActions.consolidate();
        LocalDate from = BASE.conclusionDate().orElseThrow().minusDays(30);
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (int seed = 0; seed < 400; seed++) {
            LocalDate date = asOf(consolidate.run(HistoryState.of(AMENDED), new SplittableRandom(seed), 5)).date;
            first = date.isBefore(first) ? date : first;
            last = date.isAfter(last) ? date : last;
        }
        assertThat(first).isAfterOrEqualTo(from).isBefore(from.plusDays(60));
        assertThat(last).isBefore(from.plusDays(365 * 7)).isAfter(from.plusDays(365 * 6));
    }

    @Test
    void consolidationChecksTheAmendmentsInForceAgainstTheModel() throws Exception {
        HistoryAction consolidate = HistoryActions.consolidate();
        InForce draw = drawWithAmendmentInForce(consolidate, HistoryState.of(AMENDED));

        // The model knows of no amendment: one in force is not among those it signed.
        assertThatThrownBy(() -> consolidate.run(HistoryState.of(AMENDED, BASE, List.of(), List.of()),
                new SplittableRandom(draw.seed), 5)).isInstanceOf(AssertionError.class)
                .hasMessage("asOf " + draw.date + ": amendments in force [1] among signed []");
    }

    @Test
    void consolidationBeforeTheConclusionFindsNoAmendmentInForce() throws Exception {
        HistoryAction consolidate = HistoryActions.consolidate();
        LocalDate date = drawWithAmendmentInForce(consolidate, HistoryState.of(AMENDED)).date;
        // A model whose convention is concluded long after: its draw starts a month before that day.
        LocalDate later = date.plusDays(30);
        Convention concludedLater = BASE.toBuilder().concludedOn(later).build();
        HistoryState disagreeing = HistoryState.of(AMENDED, concludedLater, List.of(), List.of(FIRST));
        int early = 0;
        while (new SplittableRandom(early).nextInt(365 * 7) != 0) {
            early++;
        }
        int drawn = early;
        assertThatThrownBy(() -> consolidate.run(disagreeing, new SplittableRandom(drawn), 5))
                .isInstanceOf(AssertionError.class)
                .hasMessage("asOf " + date + ", before the conclusion: amendments in force [1]");
    }

    /** The first seed whose date has amendment 1 in force, with that date. */
    private static InForce drawWithAmendmentInForce(HistoryAction consolidate, HistoryState state) throws Exception {
        for (int seed = 0; seed < 1_000; seed++) {
            AsOf drawn = asOf(consolidate.run(state, new SplittableRandom(seed), 5));
            if (drawn.inForce.equals("[1]")) {
                return new InForce(seed, drawn.date);
            }
        }
        throw new AssertionError("amendment 1 is in force on none of the dates drawn");
    }

    private static AsOf asOf(HistoryStep step) {
        Matcher matcher = AS_OF.matcher(step.description());
        assertThat(matcher.matches()).as(step.description()).isTrue();
        return new AsOf(LocalDate.parse(matcher.group(1)), matcher.group(2));
    }

    private record AsOf(LocalDate date, String inForce) {
    }

    private record InForce(int seed, LocalDate date) {
    }
}
