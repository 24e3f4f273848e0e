package dev.conventio.publication;

import org.immutables.value.Value;

/**
 * The typed citation of one of a convention's legal bases (visas): the visa keeps its text, at its
 * place in {@link dev.conventio.convention.Convention#legalBases()}, and this says which text of law
 * it cites.
 * <pre>{@code
 * Convention pia = Convention.builder()
 *         .addLegalBases("Vu l'article 8 de la loi n° 2010-237 du 9 mars 2010 de finances rectificative pour 2010")
 *         .addLegalBasisCitations(LegalBasisCitation.of(0,
 *                 Citation.law("2010-237", PartialDate.of(LocalDate.of(2010, 3, 9))).withArticle("8")))
 *         // …
 *         .build();
 * pia.citationOf(0);           // Optional[LAW 2010-237 of 2010-03-09, article 8]
 * }</pre>
 *
 * <p>The legal basis is named by its position in the list, counted from 0 as a JSON Pointer counts
 * it; the convention checks that it names one of its legal bases, and at most once
 * ({@code legal-basis.citation.invalid}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class LegalBasisCitation {

    LegalBasisCitation() {
    }

    /**
     * Gets the position of the legal basis cited, counted from 0.
     *
     * @return the position
     */
    public abstract int legalBasis();

    /**
     * Gets the text of law the legal basis cites.
     *
     * @return the citation, never null
     */
    public abstract Citation citation();

    /**
     * Obtains the citation of a legal basis.
     *
     * @param legalBasis  the position of the legal basis in its convention's list, counted from 0
     * @param citation  the text it cites, not null
     * @return the value, never null
     * @throws NullPointerException if the citation is null
     */
    public static LegalBasisCitation of(int legalBasis, Citation citation) {
        return ImmutableLegalBasisCitation.builder().legalBasis(legalBasis).citation(citation).build();
    }

    /**
     * Returns the value as {@code legalBases[0]: LAW 2010-237 of 2010-03-09, article 8}.
     *
     * @return a short description, never null
     */
    @Override
    public String toString() {
        return "legalBases[" + legalBasis() + "]: " + citation();
    }
}
