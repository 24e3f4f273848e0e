package dev.conventio.serialization;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code type} name and members of each kind of change, the one table both the reader and the
 * writer use.
 *
 * <p>The reader switches over these constants without a default branch, and the writer is a
 * {@link dev.conventio.change.ChangeVisitor}: a kind of change added to the model fails to compile in
 * both until it is given a name here. Names are kebab-case and never Java class names, so that
 * renaming a class never changes the format.
 */
enum ChangeType {
    SET_ORIENTATIONS("set-orientations", "article", "phase", "orientations"),
    ADD_PHASE("add-phase", "article", "phase"),
    REPLACE_PHASE("replace-phase", "article", "phase"),
    REMOVE_PHASE("remove-phase", "article", "phase"),
    CHANGE_PHASE_STATUS("change-phase-status", "article", "phase", "status"),
    RECORD_DECISION("record-decision", "article", "decision"),
    ADD_CONTRIBUTION("add-contribution", "article", "contribution"),
    REPLACE_CONTRIBUTION("replace-contribution", "article", "contribution"),
    REMOVE_CONTRIBUTION("remove-contribution", "article", "contribution"),
    CHANGE_CONTRIBUTION_AMOUNT("change-contribution-amount", "article", "contribution", "amount", "schedule"),
    CHANGE_CONTRIBUTION_SCHEDULE("change-contribution-schedule", "article", "contribution", "schedule"),
    SET_GOVERNANCE("set-governance", "article", "committee"),
    SET_TERM("set-term", "article", "term"),
    CHANGE_TERM_END("change-term-end", "article", "end"),
    CHANGE_TERM_START("change-term-start", "article", "start"),
    ADD_PARTY("add-party", "article", "party"),
    REMOVE_PARTY("remove-party", "article", "party"),
    CHANGE_REPRESENTATIVE("change-representative", "article", "party", "representative"),
    CHANGE_MANDATE("change-mandate", "article", "party", "mandate"),
    REPLACE_ARTICLE("replace-article", "article", "replacement"),
    ADD_ARTICLE("add-article", "article", "added"),
    CHANGE_OBJECT("change-object", "article", "object");

    private static final Map<String, ChangeType> BY_NAME = new HashMap<>();

    static {
        for (ChangeType type : values()) {
            BY_NAME.put(type.typeName, type);
        }
    }

    private final String typeName;
    private final Fields fields;

    ChangeType(String typeName, String... fields) {
        this.typeName = typeName;
        this.fields = Fields.of(fields);
    }

    /** The kind of a {@code type} name, or null. */
    static ChangeType of(String typeName) {
        return BY_NAME.get(typeName);
    }

    /** The {@code type} name, such as {@code set-orientations}. */
    String typeName() {
        return typeName;
    }

    /** The members after {@code type}, all required. */
    Fields fields() {
        return fields;
    }
}
