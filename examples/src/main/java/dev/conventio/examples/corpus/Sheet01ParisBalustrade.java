package dev.conventio.examples.corpus;

import dev.conventio.convention.Convention;
import dev.conventio.party.Civility;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import java.time.LocalDate;

/**
 * Corpus sheet 01: the convention pluriannuelle d'objectifs (CPO) of 9 December 2021 between the
 * Ville de Paris and the association « Balustrade » (crèche parentale), and its avenant n° 1 of 2022
 * authorised by deliberation 2022 DFPE 28.
 *
 * <p>The base CPO was not found: what is known of it comes from the avenant's exposé. The sheet
 * reads the avenant's opening only (title, parties, exposé, the start of article 1).
 */
public final class Sheet01ParisBalustrade {

    /** The identifier of the Ville de Paris. */
    public static final String PARIS = "ville-de-paris";
    /** The identifier of the association Balustrade. */
    public static final String BALUSTRADE = "balustrade";

    /** Read: the date of the CPO, as the avenant gives it. */
    public static final LocalDate CPO_DATE = LocalDate.of(2021, 12, 9);

    /**
     * Read: the object of the CPO, from the avenant's exposé.
     */
    public static final String OBJECT = "Engagements réciproques de la Ville de Paris et de l'association pour le "
            + "fonctionnement de l'établissement situé 39 Cité Industrielle : accueil collectif, non permanent, "
            + "régulier et occasionnel d'enfants de 10 mois à 3 ans";

    private Sheet01ParisBalustrade() {
    }

    /**
     * The Ville de Paris, financer. Read: its name; the kind is <em>inferred</em> (the sheet says
     * « collectivité (commune/département de Paris) »).
     *
     * @return the party, never null
     */
    public static Party paris() {
        return Party.builder().id(PARIS).name("Ville de Paris").kind(PartyKind.COMMUNE).build();
    }

    /**
     * The association Balustrade, beneficiary, represented by its président. Read.
     *
     * @return the party, never null
     */
    public static Party balustrade() {
        return Party.builder().id(BALUSTRADE).name("Association « BALUSTRADE »").kind(PartyKind.ASSOCIATION)
                .representative(Representative.of(Person.of(Civility.MONSIEUR, "David CHAILLOT"), "président"))
                .build();
    }

    /**
     * The CPO of 9 December 2021, as the avenant's exposé gives it. It has no number in the part
     * read: the reference is the avenant's designation of it.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        return Convention.builder()
                .reference("Convention d'objectifs entre la Ville de Paris et l'association BALUSTRADE relative au "
                        + "fonctionnement de la crèche parentale BALUSTRADE")
                .object(OBJECT)
                .addParties(paris(), balustrade())
                .concludedOn(CPO_DATE)
                .build();
    }
}
