package dev.conventio.examples;

import dev.conventio.amendment.Amendment;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Decision;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.party.Role;
import dev.conventio.publication.JournalOfficiel;
import dev.conventio.publication.Nor;
import dev.conventio.signature.Delegation;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import java.time.LocalDate;

/**
 * An illustrative State convention, the one {@code docs/parties.md} shows: the État represented by
 * two offices at once, unnamed, a région, the préfecture present but not a party (« en présence
 * de »), a convention identified by its NOR, and an avenant authorised by a deliberation whose number
 * is unknown. Its names, dates and NOR are made up for the example; no real document is described.
 */
public final class StateConvention {

    /** The identifier of the État. */
    public static final String ETAT = "etat";
    /** The identifier of the région. */
    public static final String REGION = "region";
    /** The identifier of the préfecture, present but not a party. */
    public static final String PREFECTURE = "prefecture";

    private StateConvention() {
    }

    /**
     * Builds the convention.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        // docs:convention
        Party etat = Party.builder().id(ETAT).name("l'État").kind(PartyKind.ETAT).addRoles(Role.FINANCEUR).build();
        Party region = Party.builder().id(REGION).name("Région Exemple").kind(PartyKind.REGION)
                .addRoles(Role.BENEFICIAIRE).build();
        Party prefecture = Party.builder().id(PREFECTURE).name("Préfecture de la région Exemple")
                .kind(PartyKind.ETAT).build();
        return Convention.builder()
                .object("Programme d'exemple")
                .addParties(etat, region)
                .addParticipants(prefecture)                       // « en présence de »: never signs
                .concludedOn(LocalDate.of(2021, 3, 1))
                .addPublications(JournalOfficiel.builder().issueNumber("0060")
                        .date(PartialDate.of(LocalDate.of(2021, 3, 10))).nor(Nor.parse("PRMX2100001X")).build())
                .addRepresentations(
                        Representation.of(ETAT, Representative.office("le Premier ministre"),
                                Representative.office("la ministre chargée des transports")),
                        Representation.of(REGION, Representative.of(Person.of("Claire Exemple"), "présidente")),
                        Representation.of(PREFECTURE, Representative.office("le préfet de région")))
                .addSignatures(
                        Signature.byOffice(ETAT, "le Premier ministre", PartialDate.of(LocalDate.of(2021, 3, 1))),
                        Signature.of(REGION, Person.of("Claire Exemple"), "la présidente", LocalDate.of(2021, 2, 25)))
                .build();
        // docs:end
    }

    /**
     * Builds avenant n° 1: authorised, for the région, by a deliberation of its commission
     * permanente whose number is not known; signed for the minister by delegation.
     *
     * @return the amendment, never null
     */
    public static Amendment avenant1() {
        // docs:avenant
        Decision commission = Decision.deliberation("Commission permanente du conseil régional",
                PartialDate.of(LocalDate.of(2022, 5, 12)));   // « n° ….. »: no number, never invented
        return Amendment.builder().number(1)
                .addArticles(Article.of("1", "Durée"))
                .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(LocalDate.of(2023, 12, 31))))
                .addRepresentations(Representation.of(ETAT, Representative.office("le ministre chargé des transports")))
                .addAuthorisations(Authorisation.of(REGION, commission))
                .addSignatures(
                        Signature.builder().party(ETAT).signatory(Person.of("Paul Exemple"))
                                .capacity("le directeur de cabinet")
                                .delegation(Delegation.of("le ministre chargé des transports"))
                                .signedOn(PartialDate.of(LocalDate.of(2022, 6, 2))).build(),
                        Signature.of(REGION, Person.of("Claire Exemple"), "la présidente", LocalDate.of(2022, 5, 30)))
                .build();
        // docs:end
    }
}
