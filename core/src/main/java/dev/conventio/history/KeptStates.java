package dev.conventio.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * States of the convention a {@link Chronicle} keeps along its history, so that a consolidation
 * on a day its tip does not answer applies only the amendments after the nearest kept state rather
 * than every amendment from the base.
 *
 * <p>Each kept state is the tip the chronicle had when it was kept: the convention with its first
 * {@code count} amendments applied on the day the last of them with a known start took effect,
 * and the first day after it on which the set of those in force changes. On any day between the
 * two, the state of the first {@code count} amendments is that one; the amendments after them are
 * then applied in order, as a replay from the base applies them.
 *
 * <p>A state is kept every {@code spacing} amendments; when more than {@value #MOST} are kept,
 * every other one is let go and the spacing doubles. So a history keeps at most {@value #MOST}
 * states, each the size of the convention, and a consolidation applies at most about
 * {@code 2 × n / MOST} amendments after the nearest state on a day it answers, where {@code n} is
 * the number of amendments.
 *
 * <p>Immutable: {@link #offer} returns a new value when it keeps a state.
 */
final class KeptStates {

    /** The spacing of a short history: its first state is kept after this many amendments. */
    static final int FIRST_SPACING = 32;

    /** The most states kept. */
    static final int MOST = 64;

    private static final KeptStates NONE = new KeptStates(List.of(), FIRST_SPACING);

    /** The kept states, by increasing count. */
    private final List<Tip> states;
    private final int spacing;

    private KeptStates(List<Tip> states, int spacing) {
        this.states = states;
        this.spacing = spacing;
    }

    /** No state kept. */
    static KeptStates none() {
        return NONE;
    }

    /**
     * Keeps a tip when it comes at least {@code spacing} amendments after the last state kept.
     *
     * @param tip  the chronicle's new tip, not null
     * @return these states, or new ones with the tip kept
     */
    KeptStates offer(Tip tip) {
        int last = states.isEmpty() ? 0 : states.get(states.size() - 1).count();
        if (tip.count() - last < spacing) {
            return this;
        }
        List<Tip> more = new ArrayList<>(states.size() + 1);
        more.addAll(states);
        more.add(tip);
        if (more.size() <= MOST) {
            return new KeptStates(List.copyOf(more), spacing);
        }
        // Let every other state go, the latest kept.
        List<Tip> thinned = new ArrayList<>(more.size() / 2 + 1);
        for (int i = more.size() % 2 == 0 ? 1 : 0; i < more.size(); i += 2) {
            thinned.add(more.get(i));
        }
        return new KeptStates(List.copyOf(thinned), spacing * 2);
    }

    /**
     * The kept state closest to {@code count} amendments that holds on a day: the one with the
     * most amendments, at most {@code count}, whose set of amendments in force is the same on that
     * day as on its own.
     *
     * @return the state, or null if none holds
     */
    Tip nearest(int count, LocalDate day) {
        for (int i = states.size() - 1; i >= 0; i--) {
            Tip state = states.get(i);
            if (state.count() <= count && state.holdsOn(day)) {
                return state;
            }
        }
        return null;
    }

    /** The number of states kept. */
    int size() {
        return states.size();
    }
}
