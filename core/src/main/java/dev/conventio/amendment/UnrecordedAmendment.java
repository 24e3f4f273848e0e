package dev.conventio.amendment;

import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An amendment known to exist but whose content is not recorded, such as Avenant n° 1 when only
 * Avenant n° 2 is at hand.
 *
 * <p>It keeps the numbering contiguous without inventing content: it changes nothing in the
 * consolidated convention, and consolidated views say that the state they show may be incomplete.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class UnrecordedAmendment implements AmendmentRecord {

    UnrecordedAmendment() {
    }

    @Override
    public abstract int number();

    /**
     * Gets what is known of the amendment, such as where it is mentioned.
     *
     * @return the note, empty when nothing more is known, never null
     */
    public abstract Optional<String> note();

    /**
     * Obtains an unrecorded amendment about which nothing more is known.
     *
     * @param number  the number, from 1
     * @return the record, never null
     * @throws dev.conventio.validation.ValidationException if the number is not positive
     */
    public static UnrecordedAmendment of(int number) {
        return ImmutableUnrecordedAmendment.builder().number(number).build();
    }

    /**
     * Obtains an unrecorded amendment with a note of what is known of it.
     *
     * @param number  the number, from 1
     * @param note  what is known, not blank, not null
     * @return the record, never null
     * @throws dev.conventio.validation.ValidationException if the number is not positive or the note blank
     * @throws NullPointerException if the note is null
     */
    public static UnrecordedAmendment of(int number, String note) {
        return ImmutableUnrecordedAmendment.builder().number(number).note(note).build();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        note().ifPresent(text -> violations.requireNonBlank(text, "note"));
        if (number() < 1) {
            violations.add(AmendmentCodes.AMENDMENT_NUMBER_NOT_POSITIVE, "number",
                    "amendments are numbered from 1, was " + number());
        }
        violations.throwIfAny();
    }
}
