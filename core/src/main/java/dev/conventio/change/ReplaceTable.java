package dev.conventio.change;

import dev.conventio.text.Table;
import dev.conventio.text.TextLocation;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Replaces the n-th table of a text (« le tableau 1 est supprimé et remplacé par le tableau
 * suivant : … »); the new table's rows may be {@linkplain Table#withUnknownRows(String) not recorded}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ReplaceTable extends TextOperation {

    ReplaceTable() {
    }

    /**
     * Gets the text that holds the table.
     *
     * @return the location, naming no paragraph, never null
     */
    public abstract TextLocation location();

    /**
     * Gets the position of the table among the tables of the text.
     *
     * @return the position, from 1
     */
    public abstract int table();

    /**
     * Gets the new table.
     *
     * @return the table, never null
     */
    public abstract Table replacement();

    /**
     * Obtains the operation.
     *
     * @param location  the text that holds the table, naming no paragraph, not null
     * @param table  the position of the table among the text's tables, from 1
     * @param replacement  the new table, not null
     * @return the operation, never null
     * @throws dev.conventio.validation.ValidationException if the position is not positive or the
     *     location names a paragraph
     * @throws NullPointerException if an argument is null
     */
    public static ReplaceTable of(TextLocation location, int table, Table replacement) {
        return ImmutableReplaceTable.builder().location(location).table(table).replacement(replacement).build();
    }

    @Override
    public TextLocation target() {
        return location().whole();
    }

    @Override
    public <R> R accept(TextOperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        requireLevel(location(), false, null, "a table replacement", violations);
        if (table() < 1) {
            violations.add(dev.conventio.text.TextCodes.POSITION_NOT_POSITIVE, "table",
                    "tables count from 1, was " + table());
        }
        violations.throwIfAny();
    }
}
