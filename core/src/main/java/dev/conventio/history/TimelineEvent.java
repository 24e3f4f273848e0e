package dev.conventio.history;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A dated event in the life of a convention: its conclusion, a signature, an entry into force
 * (prise d'effet), a committee decision, the lapse of an amendment's provisions, or the end of the
 * convention (terme).
 *
 * <p>Lapses and the end are dated on the last day in force, the day the instrument names
 * (« trouvera son terme au 31 décembre 2020 »): the provisions still apply that day and no longer
 * the next.
 *
 * <p>This class is immutable and thread-safe. An event of {@link History#timeline()} writes its
 * description when first asked, from the values it was made of (a signature, a decision, the
 * instrument), never from the history: a caller that reads only the dates and kinds of a
 * timeline of 10 000 amendments does not pay for 40 000 sentences (BENCHMARKS.md, the timeline
 * row).
 *
 * @since 0.1
 */
public final class TimelineEvent {

    /**
     * The kinds of event, in the order events of the same day are listed: signatures before the
     * conclusion they complete, the entry into force after it, lapses and the end last.
     */
    public enum Kind {
        /** A party signs an instrument (signature). */
        SIGNATURE,
        /** The base convention is concluded (conclusion). */
        CONCLUSION,
        /** An instrument takes effect (prise d'effet, entrée en vigueur). */
        ENTRY_INTO_FORCE,
        /** The steering committee decides (décision du comité de pilotage). */
        COMMITTEE_DECISION,
        /** The last day an amendment's provisions are in force. */
        LAPSE,
        /** The last day the convention is in force, renewals aside (terme). */
        END
    }

    private final LocalDate date;
    private final Kind kind;
    private final Instrument instrument;
    /** Writes the description from the event's own values; null for an event made with one. */
    private final Supplier<String> describer;
    /**
     * The description, once written: a thread that reads null writes it (the racy single-check
     * idiom), always an equal string, and a string is safe to publish without synchronisation.
     */
    private String description;

    private TimelineEvent(LocalDate date, Kind kind, Instrument instrument, String description,
            Supplier<String> describer) {
        this.date = date;
        this.kind = kind;
        this.instrument = instrument;
        this.description = description;
        this.describer = describer;
    }

    /**
     * Obtains an event.
     *
     * @param date  the date of the event, not null
     * @param kind  the kind of event, not null
     * @param instrument  the instrument the event belongs to, not null
     * @param description  what happened, for a person, not null
     * @return the event, never null
     * @throws NullPointerException if an argument is null
     */
    public static TimelineEvent of(LocalDate date, Kind kind, Instrument instrument, String description) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(description, "description");
        return new TimelineEvent(date, kind, instrument, description, null);
    }

    /**
     * An event whose description is written when first asked, by a function of values the event
     * holds on its own (never a history).
     */
    static TimelineEvent described(LocalDate date, Kind kind, Instrument instrument, Supplier<String> describer) {
        return new TimelineEvent(Objects.requireNonNull(date, "date"), kind, instrument, null, describer);
    }

    /**
     * Gets the date of the event.
     *
     * @return the date, never null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Gets the kind of event.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Gets the instrument the event belongs to: the one signed, taking effect or lapsing, or the
     * one that records a committee decision.
     *
     * @return the instrument, never null
     */
    public Instrument instrument() {
        return instrument;
    }

    /**
     * Gets what happened, for a person.
     *
     * @return the description, never null
     */
    public String description() {
        String written = description;
        if (written == null) {
            written = describer.get();
            description = written;
        }
        return written;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TimelineEvent)) {
            return false;
        }
        TimelineEvent that = (TimelineEvent) other;
        return date.equals(that.date) && kind == that.kind && instrument.equals(that.instrument)
                && description().equals(that.description());
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, kind, instrument, description());
    }

    /**
     * Returns {@code 2020-12-31 LAPSE avenant n° 2: …}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return date + " " + kind + " " + instrument + ": " + description();
    }
}
