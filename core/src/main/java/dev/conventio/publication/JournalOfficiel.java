package dev.conventio.publication;

import dev.conventio.date.PartialDate;
import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A publication in the Journal officiel de la République française (JORF), such as « JORF n° 0211
 * du 11 septembre 2010, texte n° 4 ».
 * <pre>{@code
 * JournalOfficiel jo = JournalOfficiel.builder()
 *         .issueNumber("0211").date(PartialDate.of(LocalDate.of(2010, 9, 11))).textNumber(4)
 *         .nor(Nor.parse("PRMX1023296X"))
 *         .eli("https://www.legifrance.gouv.fr/eli/convention/2010/9/9/PRMX1023296X/jo/texte")
 *         .build();
 * }</pre>
 *
 * <p>Every part is optional, as documents cite the Journal officiel in part (« publiée au JO du 17
 * décembre 2014 »), but at least one of the issue number, a known date, the NOR, the ELI or the
 * Légifrance identifier is given ({@link PublicationCodes#PUBLICATION_EMPTY}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class JournalOfficiel implements Publication {

    JournalOfficiel() {
    }

    /**
     * Gets the number of the issue as printed, such as {@code 0291}.
     *
     * @return the digits, empty when not given, never null
     */
    public abstract Optional<String> issueNumber();

    /**
     * Gets the date of the issue.
     *
     * @return the date, {@linkplain PartialDate#unknown() unknown} when not given, never null
     */
    @Override
    @Value.Default
    public PartialDate date() {
        return PartialDate.unknown();
    }

    /**
     * Gets the number of the text in the issue (texte n° 4).
     *
     * @return the number, from 1, empty when not given, never null
     */
    public abstract Optional<Integer> textNumber();

    /**
     * Gets the page of the issue.
     *
     * @return the page, from 1, empty when not given, never null
     */
    public abstract Optional<Integer> page();

    /**
     * Gets the NOR of the text.
     *
     * @return the NOR, empty when not given, never null
     */
    public abstract Optional<Nor> nor();

    /**
     * Gets the European Legislation Identifier of the text, an address such as
     * {@code https://www.legifrance.gouv.fr/eli/convention/2014/12/15/PRMI1426516X/jo/texte}.
     *
     * @return the ELI, empty when not given, never null
     */
    public abstract Optional<String> eli();

    /**
     * Gets the Légifrance identifier of the text, such as {@code JORFTEXT000029913226}.
     *
     * @return the identifier, empty when not given, never null
     */
    public abstract Optional<String> legifranceId();

    /**
     * Obtains a builder. Every attribute is optional, but one of the issue number, a known date,
     * the NOR, the ELI or the Légifrance identifier is required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        issueNumber().ifPresent(number -> Checks.digits(number, "issueNumber", violations));
        Checks.positive(textNumber(), "textNumber", violations);
        Checks.positive(page(), "page", violations);
        eli().ifPresent(eli -> Checks.webAddress(eli, "eli", violations));
        legifranceId().filter(id -> !id.matches("JORFTEXT[0-9]{12}")).ifPresent(id -> violations.add(
                PublicationCodes.PUBLICATION_IDENTIFIER_MALFORMED, "legifranceId",
                "a Légifrance identifier is JORFTEXT and twelve digits, was '" + id + "'"));
        if (issueNumber().isEmpty() && !date().isKnown() && nor().isEmpty() && eli().isEmpty()
                && legifranceId().isEmpty()) {
            violations.add(PublicationCodes.PUBLICATION_EMPTY, "", "a Journal officiel publication gives at least"
                    + " its issue number, its date, the NOR, the ELI or the Légifrance identifier");
        }
        violations.throwIfAny();
    }

    /**
     * Returns the publication as {@code JO n° 0291 of 2014-12-17, text 4, NOR PRMI1426516X}.
     *
     * @return a short description, never null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("JO");
        issueNumber().ifPresent(number -> text.append(" n° ").append(number));
        if (date().isKnown()) {
            text.append(" of ").append(date());
        }
        textNumber().ifPresent(number -> text.append(", text ").append(number));
        page().ifPresent(page -> text.append(", page ").append(page));
        nor().ifPresent(nor -> text.append(", NOR ").append(nor));
        if (nor().isEmpty() && issueNumber().isEmpty() && !date().isKnown()) {
            text.append(' ').append(eli().or(this::legifranceId).orElse(""));
        }
        return text.toString();
    }

    /**
     * Builds {@link JournalOfficiel} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken.
     */
    public static final class Builder extends ImmutableJournalOfficiel.Builder {
        Builder() {
        }
    }
}
