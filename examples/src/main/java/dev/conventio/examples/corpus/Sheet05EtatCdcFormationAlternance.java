package dev.conventio.examples.corpus;

import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.convention.Convention;
import dev.conventio.history.History;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import java.time.LocalDate;
import java.util.List;

/**
 * Corpus sheet 05 ({@code /work/shared/reference/corpus/05-etat-cdc-pia-formation-alternance-prolongations.md}):
 * the convention of 9 September 2010 between the État and the Caisse des dépôts (PIA, « investissements
 * dans la formation en alternance ») and its two avenants, which prolong it.
 *
 * <p>The text as read: the convention's visa (its legal basis) and avenant n° 2's article 1, which says
 * that the convention « modifiée » is amended as set out in articles 2 and 3 — not read, and
 * therefore no textual modification is recorded. Avenant n° 1 was not found; both avenants are
 * recorded here by their number and what is known of them, their content being left to the issue
 * that records prolongations.
 */
public final class Sheet05EtatCdcFormationAlternance {

    /** The identifier of the État. */
    public static final String ETAT = "etat";
    /** The identifier of the Caisse des dépôts et consignations. */
    public static final String CDC = "caisse-des-depots";

    private Sheet05EtatCdcFormationAlternance() {
    }

    /**
     * Builds the convention of 9 September 2010 as the sheet gives it: parties, date, legal basis
     * and publication; its articles were not read.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        return Convention.builder()
                .reference("Convention du 9 septembre 2010")
                .object("Programme d'investissements d'avenir, action « investissements dans la formation en"
                        + " alternance »")
                .addParties(
                        Party.builder().id(ETAT).name("l'État").kind(PartyKind.ETAT).build(),
                        Party.builder().id(CDC).name("Caisse des dépôts et consignations").kind(PartyKind.OTHER).build())
                .concludedOn(LocalDate.of(2010, 9, 9))
                .addLegalBases("Article 8 de la loi n° 2010-237 du 9 mars 2010 de finances rectificative pour 2010")
                .publication("JORF n° 0211 du 11 septembre 2010, texte n° 4")
                .build();
    }

    /**
     * Builds the history: the convention, avenant n° 1 known from avenant n° 2's preamble, and
     * avenant n° 2, whose amending articles 2 and 3 were not read.
     *
     * @return the history, never null
     */
    public static History history() {
        return History.of(convention(), List.of(
                UnrecordedAmendment.of(1, "Avenant n° 1 du 20 juin 2018, connu par le préambule de l'avenant n° 2 :"
                        + " il prolonge la durée de la convention de cinq ans"),
                UnrecordedAmendment.of(2, "Avenant n° 2 du 24 avril 2024 : ses articles 2 et 3, qui portent la"
                        + " modification, n'ont pas été lus")));
    }
}
