package dev.conventio.publication;

import dev.conventio.date.PartialDate;
import dev.conventio.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A typed citation of a legal text, as a visa or a preamble cites it: an article of a code, a law,
 * an ordonnance, a décret, an arrêté or a circulaire, with its number and date, optionally as
 * amended by other texts.
 * <pre>{@code
 * Citation pia = Citation.law("2010-237", PartialDate.of(LocalDate.of(2010, 3, 9))).withArticle("8")
 *         .withAmendedBy(List.of(Citation.law("2013-1278", PartialDate.of(LocalDate.of(2013, 12, 29)))
 *                 .withArticle("59")));
 * Citation cgct = Citation.code("code général des collectivités territoriales");
 * }</pre>
 *
 * <p>A law, an ordonnance and a décret have a number; a code has a name; an arrêté and a circulaire
 * have a known date or a number ({@link PublicationCodes#CITATION_INCOMPLETE}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Citation {

    /** What kind of text is cited. */
    public enum Kind {
        /** A code (code général des collectivités territoriales, code de la recherche). */
        CODE,
        /** A loi. */
        LAW,
        /** An ordonnance. */
        ORDINANCE,
        /** A décret. */
        DECREE,
        /** An arrêté. */
        ARRETE,
        /** A circulaire. */
        CIRCULAR
    }

    Citation() {
    }

    /**
     * Gets the kind of text.
     *
     * @return the kind, never null
     */
    public abstract Kind kind();

    /**
     * Gets the name of the code, for a code.
     *
     * @return the name, empty for other kinds, never null
     */
    public abstract Optional<String> code();

    /**
     * Gets the number of the text, such as {@code 2010-237}.
     *
     * @return the number, empty when it has none or it is not given, never null
     */
    public abstract Optional<String> number();

    /**
     * Gets the date of the text.
     *
     * @return the date, {@linkplain PartialDate#unknown() unknown} when not given, never null
     */
    @Value.Default
    public PartialDate date() {
        return PartialDate.unknown();
    }

    /**
     * Gets the article cited, such as {@code 8} or {@code L. 329-1}.
     *
     * @return the article, empty when the whole text is cited, never null
     */
    public abstract Optional<String> article();

    /**
     * Gets the title of the text, when given, such as « loi de finances rectificative pour 2010 ».
     *
     * @return the title, empty when not given, never null
     */
    public abstract Optional<String> title();

    /**
     * Gets the texts that amended the one cited (« modifié par l'article 59 de la loi n° 2013-1278 »).
     *
     * @return the amending texts, in order, possibly empty, never null, unmodifiable
     */
    public abstract List<Citation> amendedBy();

    /**
     * Obtains a builder. {@code kind} is required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a citation of a code.
     *
     * @param name  the name of the code, not blank, not null
     * @return the citation, never null
     * @throws dev.conventio.validation.ValidationException if the name is blank
     * @throws NullPointerException if the name is null
     */
    public static Citation code(String name) {
        return builder().kind(Kind.CODE).code(name).build();
    }

    /**
     * Obtains a citation of a law.
     *
     * @param number  the number, such as {@code 2010-237}, not blank, not null
     * @param date  the date, not null
     * @return the citation, never null
     * @throws dev.conventio.validation.ValidationException if the number is blank
     * @throws NullPointerException if an argument is null
     */
    public static Citation law(String number, PartialDate date) {
        return builder().kind(Kind.LAW).number(number).date(date).build();
    }

    /**
     * Obtains a citation of a décret.
     *
     * @param number  the number, such as {@code 2001-495}, not blank, not null
     * @param date  the date, not null
     * @return the citation, never null
     * @throws dev.conventio.validation.ValidationException if the number is blank
     * @throws NullPointerException if an argument is null
     */
    public static Citation decree(String number, PartialDate date) {
        return builder().kind(Kind.DECREE).number(number).date(date).build();
    }

    /**
     * Returns a copy citing one article of the text.
     *
     * @param article  the article, not blank, not null
     * @return the citation, never null
     */
    public abstract Citation withArticle(String article);

    /**
     * Returns a copy with the texts that amended this one.
     *
     * @param amendedBy  the amending texts, not null
     * @return the citation, never null
     */
    public abstract Citation withAmendedBy(Iterable<? extends Citation> amendedBy);

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        code().ifPresent(text -> violations.requireNonBlank(text, "code"));
        number().ifPresent(text -> violations.requireNonBlank(text, "number"));
        article().ifPresent(text -> violations.requireNonBlank(text, "article"));
        title().ifPresent(text -> violations.requireNonBlank(text, "title"));
        String missing = null;
        switch (kind()) {
            case CODE:
                missing = code().isEmpty() ? "the name of the code" : null;
                break;
            case LAW:
            case ORDINANCE:
            case DECREE:
                missing = number().isEmpty() ? "its number" : null;
                break;
            default:
                missing = number().isEmpty() && !date().isKnown() ? "its number or its date" : null;
        }
        if (missing != null) {
            violations.add(PublicationCodes.CITATION_INCOMPLETE, "", "a citation of a " + kind() + " gives " + missing);
        }
        violations.throwIfAny();
    }

    /**
     * Returns the citation as {@code LAW 2010-237 of 2010-03-09, article 8}.
     *
     * @return a short description, never null
     */
    @Override
    public String toString() {
        return kind() + code().map(c -> " " + c).orElse("") + number().map(n -> " " + n).orElse("")
                + (date().isKnown() ? " of " + date() : "") + article().map(a -> ", article " + a).orElse("")
                + (amendedBy().isEmpty() ? "" : ", as amended by " + amendedBy());
    }

    /**
     * Builds {@link Citation} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken, or
     * {@link IllegalStateException} when a required attribute was not set.
     */
    public static final class Builder extends ImmutableCitation.Builder {
        Builder() {
        }
    }
}
