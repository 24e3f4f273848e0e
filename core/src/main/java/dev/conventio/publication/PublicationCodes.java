package dev.conventio.publication;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The violation codes of publications, NOR numbers, citations and links to other conventions.
 *
 * <p>Each code's {@linkplain ViolationCode#id() id} is part of the library's contract: it never
 * changes meaning, and a retired id is never reused.
 *
 * @since 0.1
 */
public final class PublicationCodes {

    /** A NOR is not four letters, seven digits and a letter. */
    public static final ViolationCode NOR_MALFORMED = ViolationCode.of(
            "nor.malformed", Kind.INVARIANT, "a NOR is not four upper-case letters, seven digits and a letter");

    /** A Journal officiel publication gives neither its issue, its date, nor an identifier of the text. */
    public static final ViolationCode PUBLICATION_EMPTY = ViolationCode.of(
            "publication.empty", Kind.INVARIANT,
            "a Journal officiel publication gives no issue number, date, NOR, ELI or Légifrance identifier");

    /** An issue number, an address, an ELI or a Légifrance identifier is malformed. */
    public static final ViolationCode PUBLICATION_IDENTIFIER_MALFORMED = ViolationCode.of(
            "publication.identifier.malformed", Kind.INVARIANT,
            "a publication's issue number, address, ELI or Légifrance identifier is malformed");

    /** A number cited is not positive: a text number or a page of a publication, an avenant's number. */
    public static final ViolationCode NUMBER_NOT_POSITIVE = ViolationCode.of(
            "citation.number.not-positive", Kind.INVARIANT,
            "a cited number (a publication's text number or page, an avenant's number) is not positive");

    /** A citation lacks what its kind needs: a law's or décret's number, a code's name, an arrêté's date or number. */
    public static final ViolationCode CITATION_INCOMPLETE = ViolationCode.of(
            "citation.incomplete", Kind.INVARIANT,
            "a citation lacks what identifies a text of its kind (number, code name, or date)");

    /** A reference to another convention gives neither its reference, its NOR, nor a publication. */
    public static final ViolationCode LINK_TARGET_UNIDENTIFIED = ViolationCode.of(
            "link.target.unidentified", Kind.INVARIANT,
            "a reference to another convention gives no reference, NOR or publication");

    private PublicationCodes() {
    }
}
