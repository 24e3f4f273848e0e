package dev.conventio.testkit;

import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Decision;
import dev.conventio.decision.Opinion;
import dev.conventio.decision.Verdict;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Party;
import dev.conventio.party.PartyGroup;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.party.Rna;
import dev.conventio.party.Role;
import dev.conventio.publication.Citation;
import dev.conventio.publication.JournalOfficiel;
import dev.conventio.publication.LegalBasisCitation;
import dev.conventio.signature.Signature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generators of who is bound, who signs and who is there, as format version 2 holds it: RNA
 * numbers, legal forms and roles (open vocabularies), representations by office, authorising
 * decisions and opinions in their order with the signatures, participants « en présence de »,
 * groups of parties, typed publications and citations of the legal bases.
 * <pre>{@code
 * Convention convention = PresenceGen.conventions().sample(new SplittableRandom(7), 10);
 * convention.representations();    // who represents each party, by office or by name
 * }</pre>
 *
 * <p>Every value is valid by construction. A convention of {@link #conventions()} holds facts that
 * format version 1 cannot hold: write it as version 2.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PresenceGen {

    private static final List<LegalForm> FORMS = List.of(LegalForm.COLLECTIVITE_TERRITORIALE, LegalForm.EPCI,
            LegalForm.ETAT, LegalForm.EPA, LegalForm.EPIC, LegalForm.ETABLISSEMENT_SPECIAL, LegalForm.GIP,
            LegalForm.GCSMS, LegalForm.SA, LegalForm.SAS, LegalForm.SARL, LegalForm.ASSOCIATION_LOI_1901,
            LegalForm.FONDATION, LegalForm.of("societe-cooperative-d-interet-collectif"));
    private static final List<Role> ROLES = List.of(Role.FINANCEUR, Role.BENEFICIAIRE, Role.OPERATEUR,
            Role.GESTIONNAIRE, Role.CO_FINANCEUR, Role.MAITRE_D_OUVRAGE, Role.of("gestionnaire-des-participations"));
    private static final List<String> OFFICES = List.of("le Premier ministre", "la ministre chargée des transports",
            "le ministre de l'économie et des finances", "sa directrice générale", "son président", "la Maire");

    private PresenceGen() {
    }

    /**
     * Obtains a generator of valid RNA numbers: {@code W} and nine digits, now and then of Corsica
     * ({@code W2A…}, {@code W2B…}).
     *
     * @return the generator, never null
     */
    public static Gen<Rna> rnas() {
        return (random, size) -> {
            int corsica = random.nextInt(10);
            String head = corsica == 0 ? "2A" : corsica == 1 ? "2B" : "";
            StringBuilder digits = new StringBuilder("W").append(head);
            while (digits.length() < 10) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            return Rna.parse(digits);
        };
    }

    /**
     * Obtains a generator of legal forms: the well-known ones and one of another code.
     *
     * @return the generator, never null
     */
    public static Gen<LegalForm> legalForms() {
        return (random, size) -> PartyGen.pick(random, FORMS);
    }

    /**
     * Obtains a generator of roles: the well-known ones and one of another code.
     *
     * @return the generator, never null
     */
    public static Gen<Role> roles() {
        return (random, size) -> PartyGen.pick(random, ROLES);
    }

    /**
     * Obtains a generator of representations of a party: one to three representatives, by office
     * alone or held by a named person.
     *
     * @param party  the identifier of the party, not null
     * @return the generator, never null
     * @throws NullPointerException if the identifier is null
     */
    public static Gen<Representation> representations(String party) {
        java.util.Objects.requireNonNull(party, "party");
        return (random, size) -> {
            List<Representative> representatives = new ArrayList<>();
            for (String office : Gen.pickDistinct(random, OFFICES.size(), 1 + random.nextInt(3)).stream()
                    .map(OFFICES::get).toList()) {
                representatives.add(random.nextBoolean() ? Representative.office(office)
                        : Representative.of(PartyGen.persons().generate(random, size), office));
            }
            return Representation.of(party, representatives);
        };
    }

    /**
     * Obtains a generator of complete conventions ({@link ConventionGen#conventions()}) that also
     * state who represents each party, the decisions that authorise them (dated before their
     * signatures, their number now and then unknown), an opinion given before the signatures or for
     * information, now and then a participant and a group, a publication in the Journal officiel and
     * the citation of a legal basis, and the legal forms and roles of the parties.
     *
     * @return the generator, never null
     */
    public static Gen<Convention> conventions() {
        return ConventionGen.conventions().flatMap(c -> (random, size) -> decorated(random, size, c));
    }

    private static Convention decorated(RandomGenerator random, int size, Convention c) {
        Convention.Builder builder = c.toBuilder();
        List<Party> parties = new ArrayList<>();
        for (Party party : c.parties()) {
            Party.Builder decorated = Party.builder().from(party).addRoles(PartyGen.pick(random, ROLES));
            if (random.nextBoolean()) {
                decorated.legalForm(PartyGen.pick(random, FORMS));
            }
            if (party.kind() == PartyKind.ASSOCIATION && random.nextBoolean()) {
                decorated.rna(rnas().generate(random, size));
            }
            parties.add(decorated.build());
        }
        builder.parties(parties);
        LocalDate concluded = Conclusions.from(c);
        LocalDate first = c.signatures().stream().map(s -> s.date().orElseThrow()).min(LocalDate::compareTo)
                .orElse(concluded);
        for (Signature signature : c.signatures()) {
            builder.addRepresentations(representations(signature.party()).generate(random, size));
            if (random.nextBoolean()) {
                PartialDate day = PartialDate.of(signature.date().orElseThrow().minusDays(random.nextInt(90)));
                builder.addAuthorisations(Authorisation.of(signature.party(), random.nextBoolean()
                        ? Decision.deliberation("Conseil d'administration", day)
                        : Decision.deliberation("Conseil", "DEL-" + (1 + random.nextInt(999)), day)));
            }
        }
        Verdict verdict = PartyGen.pick(random, List.of(Verdict.values()));
        LocalDate opinion = verdict == Verdict.FOR_INFORMATION ? concluded.plusDays(random.nextInt(30))
                : first.minusDays(1 + random.nextInt(30));
        builder.addOpinions(Opinion.of("Comité technique", PartialDate.of(opinion), verdict));
        if (random.nextBoolean()) {
            builder.addParticipants(Party.builder().id("prefecture-de-region").name("Préfecture de région")
                    .kind(PartyKind.ETAT).build());
        }
        if (random.nextBoolean()) {
            builder.addGroups(PartyGroup.builder().id("groupement").name("le groupement")
                    .addMembers(c.parties().get(0).id(), c.parties().get(1).id()).addRoles(Role.GESTIONNAIRE).build());
        }
        if (random.nextBoolean()) {
            builder.addPublications(JournalOfficiel.builder().issueNumber(String.format("%04d", 1 + random.nextInt(300)))
                    .date(PartialDate.of(concluded.plusDays(1 + random.nextInt(10)))).build());
        }
        if (!c.legalBases().isEmpty()) {
            builder.addLegalBasisCitations(LegalBasisCitation.of(0,
                    Citation.code("code général des collectivités territoriales")));
        }
        return builder.build();
    }
}
