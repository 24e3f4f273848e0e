package dev.conventio.testkit.stateful;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.history.TimelineEvent;
import dev.conventio.testkit.HistoryGen;
import dev.conventio.testkit.InvalidCase;
import dev.conventio.testkit.InvalidCases;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The actions the testkit knows for stateful tests of histories: add a valid amendment, try an
 * invalid one, check one, consolidate on a date, build the timeline, and a JSON round trip when
 * {@code conventio-serialization} is on the class path.
 *
 * <p>Without policies, a valid amendment must be accepted; with policies (a user's own among them)
 * it may be rejected, but only with the violations {@code check} reported, and the history is then
 * left as it was. An invalid amendment must be rejected with its code (and, under policies of the
 * user's, possibly theirs too), {@code check} agreeing with {@code add}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HistoryActions {

    private static final String JSON_ROUND_TRIP = "dev.conventio.testkit.stateful.JsonRoundTrip";

    private HistoryActions() {
    }

    /**
     * Obtains the built-in actions: those below, and the JSON round trip when available.
     *
     * @return the actions, never null, unmodifiable
     */
    public static List<HistoryAction> defaults() {
        List<HistoryAction> actions = new ArrayList<>(List.of(addValidAmendment(), tryInvalidAmendment(),
                checkValidAmendment(), consolidate(), timeline()));
        jsonRoundTrip().ifPresent(actions::add);
        return List.copyOf(actions);
    }

    /** Tells whether a day is left for a new amendment of the state's history. */
    static boolean roomForAnAmendment(HistoryState state) {
        return state.hasRoomForAnAmendment();
    }

    /**
     * Obtains the action that adds a valid next amendment ({@link HistoryGen#nextAmendments}): it
     * must be accepted unless a policy rejects it; {@code check} and {@code add} must agree.
     *
     * @return the action, never null
     */
    public static HistoryAction addValidAmendment() {
        return new HistoryAction() {
            @Override
            public String name() {
                return "add a valid amendment";
            }

            @Override
            public boolean appliesTo(HistoryState state) {
                return roomForAnAmendment(state);
            }

            @Override
            public HistoryStep run(HistoryState state, RandomGenerator random, int size) {
                History history = state.history();
                Amendment next = HistoryGen.nextAmendments(history).generate(random, size);
                String what = "add amendment n° " + next.number() + " (" + next.changes().size() + " changes)";
                List<Violation> violations = Violation.certainOf(history.check(next));
                Expect.that(violations.isEmpty() || !history.policies().isEmpty(),
                        () -> what + " was rejected without a policy: " + violations);
                if (violations.isEmpty()) {
                    return HistoryStep.of(what + ": accepted", state.accepted(history.add(next), next));
                }
                ValidationException rejection = rejection(history, next);
                Expect.that(rejection.violations().equals(violations), () -> what + ": add reported "
                        + rejection.violations() + " where check reported " + violations);
                return HistoryStep.of(what + ": rejected by a policy with " + codes(violations), state);
            }
        };
    }

    /**
     * Obtains the action that tries an invalid next amendment ({@link InvalidCases#invalidNextAmendments}):
     * it must be rejected with its code, {@code check} and {@code add} agreeing, the history left as
     * it was.
     *
     * @return the action, never null
     */
    public static HistoryAction tryInvalidAmendment() {
        return new HistoryAction() {
            @Override
            public String name() {
                return "try an invalid amendment";
            }

            @Override
            public boolean appliesTo(HistoryState state) {
                return roomForAnAmendment(state);
            }

            @Override
            public HistoryStep run(HistoryState state, RandomGenerator random, int size) {
                History history = state.history();
                InvalidCase invalid = InvalidCases.invalidNextAmendments(history).generate(random, size);
                History target = invalid.history().orElseThrow();
                AmendmentRecord candidate = invalid.candidate().orElseThrow();
                ValidationException rejection = rejection(target, candidate);
                List<ViolationCode> codes = rejection.violations().stream().map(Violation::code).distinct().toList();
                boolean own = history.policies().isEmpty();
                Expect.that(own ? codes.equals(List.of(invalid.code())) : codes.contains(invalid.code()),
                        () -> "try " + invalid + ": rejected with " + codes);
                Expect.that(Violation.certainOf(target.check(candidate)).equals(rejection.violations()),
                        () -> "try " + invalid + ": check disagrees with add");
                return HistoryStep.of("try " + invalid + ": rejected", state);
            }
        };
    }

    /**
     * Obtains the action that checks a valid next amendment without adding it: no violation unless
     * a policy reports one, and the history unchanged.
     *
     * @return the action, never null
     */
    public static HistoryAction checkValidAmendment() {
        return new HistoryAction() {
            @Override
            public String name() {
                return "check a valid amendment";
            }

            @Override
            public boolean appliesTo(HistoryState state) {
                return roomForAnAmendment(state);
            }

            @Override
            public HistoryStep run(HistoryState state, RandomGenerator random, int size) {
                History history = state.history();
                Amendment next = HistoryGen.nextAmendments(history).generate(random, size);
                List<Violation> violations = Violation.certainOf(history.check(next));
                Expect.that(violations.isEmpty() || !history.policies().isEmpty(),
                        () -> "check amendment n° " + next.number() + " reported " + violations);
                return HistoryStep.of("check amendment n° " + next.number() + ": " + (violations.isEmpty()
                        ? "no violation" : codes(violations)), state);
            }
        };
    }

    /**
     * Obtains the action that consolidates the history on a date drawn over the seven years that
     * start a month before the conclusion: the date is kept, the amendments in force are signed
     * amendments of the model, in order, and none before the conclusion.
     *
     * @return the action, never null
     */
    public static HistoryAction consolidate() {
        return HistoryAction.of("consolidate on a date", (state, random, size) -> {
            LocalDate from = state.base().conclusionDate().orElseThrow().minusDays(30);
            LocalDate date = from.plusDays(random.nextInt(365 * 7));
            ConsolidatedConvention consolidated = state.history().asOf(date);
            List<Integer> signed = new ArrayList<>();
            for (AmendmentRecord record : state.expectedAmendments()) {
                if (record instanceof Amendment amendment && !amendment.isDraft()) {
                    signed.add(amendment.number());
                }
            }
            List<Integer> inForce = consolidated.amendmentsInForce();
            Expect.that(consolidated.date().equals(date), () -> "asOf " + date + " is dated " + consolidated.date());
            Expect.that(signed.containsAll(inForce) && inForce.equals(inForce.stream().sorted().toList()),
                    () -> "asOf " + date + ": amendments in force " + inForce + " among signed " + signed);
            Expect.that(!state.base().concludedOn().isCertainlyAfter(date) || inForce.isEmpty(),
                    () -> "asOf " + date + ", before the conclusion: amendments in force " + inForce);
            return HistoryStep.of("asOf " + date + ": amendments " + inForce + " in force", state);
        });
    }

    /**
     * Obtains the action that builds the timeline: events in date order, one conclusion on the
     * base convention's date, no more entries into force than signed amendments and the convention.
     *
     * @return the action, never null
     */
    public static HistoryAction timeline() {
        return HistoryAction.of("build the timeline", (state, random, size) -> {
            List<TimelineEvent> events = state.history().timeline();
            for (int i = 1; i < events.size(); i++) {
                int at = i;
                Expect.that(!events.get(at).date().isBefore(events.get(at - 1).date()),
                        () -> "the timeline is out of date order at " + events.get(at));
            }
            List<TimelineEvent> conclusions = events.stream()
                    .filter(event -> event.kind() == TimelineEvent.Kind.CONCLUSION).toList();
            // One conclusion on its day; none for a conclusion known in part, whose day is never invented.
            Expect.that(conclusions.stream().map(TimelineEvent::date).toList()
                    .equals(state.base().conclusionDate().stream().toList()),
                    () -> "the timeline's conclusions: " + conclusions);
            long entries = events.stream().filter(event -> event.kind() == TimelineEvent.Kind.ENTRY_INTO_FORCE).count();
            Expect.that(entries <= state.expectedAmendments().size() + 1,
                    () -> entries + " entries into force for " + state.expectedAmendments().size() + " amendments");
            return HistoryStep.of("timeline: " + events.size() + " events", state);
        });
    }

    /**
     * Obtains the action that writes the history as JSON and reads it back, if
     * {@code conventio-serialization} is on the class path: the same base and amendments.
     *
     * @return the action, empty without the serialization module, never null
     */
    public static Optional<HistoryAction> jsonRoundTrip() {
        ClassLoader loader = HistoryActions.class.getClassLoader();
        try {
            Class.forName("dev.conventio.serialization.ConventioJson", false, loader);
            return Optional.of((HistoryAction) Class.forName(JSON_ROUND_TRIP, true, loader).getDeclaredConstructor()
                    .newInstance());
        } catch (ClassNotFoundException | LinkageError | NoSuchMethodException | InstantiationException
                | IllegalAccessException | InvocationTargetException e) {
            return Optional.empty();
        }
    }

    private static ValidationException rejection(History history, AmendmentRecord candidate) {
        History added;
        try {
            added = history.add(candidate);
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("amendment n° " + candidate.number() + " was accepted: " + added);
    }

    private static String codes(List<Violation> violations) {
        return violations.stream().map(violation -> String.valueOf(violation.code())).distinct()
                .collect(Collectors.joining(", "));
    }
}
