package dev.conventio.history;

import dev.conventio.change.Change;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The member of a change at fault for an invariant its result breaks: the path, inside the change,
 * of the element a violation of the result names. A change that gives a whole element (a
 * contribution added, a term set) holds it in one member, under which the element's own path goes
 * on; a change that gives part of an element names its members as the element does (a schedule, an
 * end); a removal is at fault by what it removes.
 *
 * <p>Each applier declares the members of the kinds it applies beside how it applies them
 * ({@link ChangeApplier#MEMBERS}, {@link MoneyChangeApplier#MONEY_MEMBERS}); {@code ChangeMembersTest}
 * fails on a kind neither declares.
 */
final class ChangeMembers {

    /** Of one kind of change: its member holding a whole element, those holding parts, its target's. */
    record Kind(String whole, List<String> parts, String target) {

        /** A kind of change that holds a whole element in one member. */
        static Kind whole(String member) {
            return new Kind(member, List.of(), "");
        }

        /** A kind of change that gives parts of an element its target names. */
        static Kind parts(String target, String... parts) {
            return new Kind(null, List.of(parts), target);
        }
    }

    /** Both appliers' tables, made on first use: the appliers' own initialisation makes their rows. */
    private static final class Table {
        static final Map<Class<? extends Change>, Kind> KINDS = new HashMap<>();

        static {
            KINDS.putAll(ChangeApplier.MEMBERS);
            KINDS.putAll(MoneyChangeApplier.MONEY_MEMBERS);
        }
    }

    private ChangeMembers() {
    }

    /** The members of a change's kind; its class is the kind's generated subclass. */
    static Kind of(Change change) {
        for (Class<?> type = change.getClass(); type != Change.class; type = type.getSuperclass()) {
            Kind kind = Table.KINDS.get(type);
            if (kind != null) {
                return kind;
            }
        }
        throw new IllegalStateException("no applier declares the members of " + change.getClass().getName());
    }

    /** The kinds whose members are declared. */
    static java.util.Set<Class<? extends Change>> declared() {
        return Table.KINDS.keySet();
    }

    /**
     * The path inside a change of a violation of a value it built, the path relative to that value:
     * the element it adds or sets, or the element it changes part of.
     */
    static String ofValue(Change change, String path) {
        Kind kind = of(change);
        if (kind.whole() != null) {
            return path.isEmpty() ? kind.whole() : kind.whole() + "." + path;
        }
        for (String member : kind.parts()) {
            if (path.equals(member) || path.startsWith(member + ".") || path.startsWith(member + "[")) {
                return path;
            }
        }
        return kind.target();
    }

    /**
     * The path inside a change of a violation of the convention its result is, the path relative to
     * the convention: that of the element of the convention, the first step of the path, dropped.
     */
    static String ofResult(Change change, String path) {
        int dot = path.indexOf('.');
        return ofValue(change, dot < 0 ? "" : path.substring(dot + 1));
    }
}
