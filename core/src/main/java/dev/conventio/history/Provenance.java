package dev.conventio.history;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an element of a consolidated convention comes from: the instrument, and the article of
 * that instrument, that last set it (« avenant n° 2, article 1 »).
 *
 * <p>Elements of the base convention carry the base convention as instrument; their article is
 * known only for articles of the base text, because the model does not record which base article
 * states a phase or a contribution. Elements set by an amendment always carry the amending article
 * their change belongs to.
 *
 * <p>What "last set" means for each kind of element:
 * <ul>
 *   <li>the object: the base, or the last {@code ChangeObject};</li>
 *   <li>a party: the change that added it or last changed its representative or mandate;</li>
 *   <li>a phase: the change that added or replaced it, or last changed its status; its
 *       orientations carry their own provenance, the change that last set them
 *       ({@code SetOrientations}, or adding or replacing the phase);</li>
 *   <li>a contribution: the change that added, replaced or split it, or last changed its amount, its
 *       schedule or the amount of one of its years, or moved money into or out of it;</li>
 *   <li>an action, a target: the change that added or replaced it;</li>
 *   <li>a transfer: the change that made it;</li>
 *   <li>a committee decision: the instrument that recorded it;</li>
 *   <li>the steering committee and the term: the change that last set them, for the term including
 *       a change of its start or end;</li>
 *   <li>an article of the base text: the base article itself, or the amending article that replaced
 *       or added it.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Provenance {

    private static final Provenance BASE = new Provenance(Instrument.base(), null);

    private final Instrument instrument;
    private final String article;

    private Provenance(Instrument instrument, String article) {
        this.instrument = instrument;
        this.article = article;
    }

    /**
     * Obtains the provenance of an element of the base convention whose article is not known.
     *
     * @return the provenance, never null
     */
    public static Provenance base() {
        return BASE;
    }

    /**
     * Obtains a provenance from an instrument and one of its articles.
     *
     * @param instrument  the instrument, not null
     * @param article  the number of the article, as written, not null
     * @return the provenance, never null
     * @throws NullPointerException if an argument is null
     */
    public static Provenance of(Instrument instrument, String article) {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(article, "article");
        return new Provenance(instrument, article);
    }

    /**
     * Gets the instrument that last set the element.
     *
     * @return the instrument, never null
     */
    public Instrument instrument() {
        return instrument;
    }

    /**
     * Gets the number of the article of the instrument that last set the element.
     *
     * @return the article number, empty when not known, never null
     */
    public Optional<String> article() {
        return Optional.ofNullable(article);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Provenance)) {
            return false;
        }
        Provenance that = (Provenance) other;
        return instrument.equals(that.instrument) && Objects.equals(article, that.article);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instrument, article);
    }

    /**
     * Returns {@code avenant n° 2, article 1}, or {@code convention initiale} when no article is known.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return article == null ? instrument.toString() : instrument + ", article " + article;
    }
}
