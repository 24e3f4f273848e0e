package dev.conventio.convention;

import dev.conventio.action.Action;
import dev.conventio.decision.Authorisation;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.objective.Target;
import dev.conventio.party.Party;
import dev.conventio.party.Representation;
import dev.conventio.publication.Citation;
import dev.conventio.publication.Identification;
import dev.conventio.publication.JournalOfficiel;
import dev.conventio.publication.LegalBasisCitation;
import dev.conventio.publication.Publication;
import dev.conventio.work.Phase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The look-ups of a {@link Convention} by identifier, number or party: what a convention answers
 * from its attributes. Package-private, so that these public methods are documented and listed as
 * {@code Convention}'s own (as {@code java.lang.AbstractStringBuilder} holds {@code StringBuilder}'s);
 * they read the attributes {@code Convention} declares (this class declares none, so that the
 * generated builder has no {@code from} for it).
 */
abstract class ConventionLookups {

    ConventionLookups() {
    }

    /**
     * Finds a party by identifier.
     *
     * @param id  the identifier, not null
     * @return the party, empty if none has that identifier, never null
     */
    public Optional<Party> party(String id) {
        return self().parties().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Gets how the convention is identified: its reference, else the NOR of its publication in the
     * Journal officiel, else its first publication (as messages name it).
     *
     * @return the identification, never null
     */
    public Identification identification() {
        if (self().reference().isPresent()) {
            return Identification.ofReference(self().reference().get());
        }
        for (Publication publication : self().publications()) {
            if (publication instanceof JournalOfficiel jo && jo.nor().isPresent()) {
                return Identification.ofNor(jo.nor().get());
            }
        }
        // The check guarantees a publication when there is no reference.
        return Identification.ofPublication(self().publications().get(0));
    }

    /**
     * Gets the typed citation of a legal basis.
     *
     * @param legalBasis  the position of the legal basis in {@link Convention#legalBases()}, counted from 0
     * @return the citation, empty when the legal basis has none or does not exist, never null
     */
    public Optional<Citation> citationOf(int legalBasis) {
        return self().legalBasisCitations().stream().filter(c -> c.legalBasis() == legalBasis).findFirst()
                .map(LegalBasisCitation::citation);
    }

    /**
     * Gets who represents a party (or participant): the representation the convention states, else
     * the party's own {@linkplain Party#representative() representative}, the form version 1 has.
     *
     * @param party  the identifier of the party, not null
     * @return the representation, empty when neither is stated, never null
     */
    public Optional<Representation> representationOf(String party) {
        for (Representation representation : self().representations()) {
            if (representation.party().equals(party)) {
                return Optional.of(representation);
            }
        }
        return party(party).flatMap(Party::representative).map(r -> Representation.of(party, r));
    }

    /**
     * Gets the decisions that authorise a party to sign the convention: those it states, then the
     * party's own {@linkplain Party#mandate() mandate}, the form version 1 has.
     *
     * @param party  the identifier of the party, not null
     * @return the authorisations, possibly empty, never null, unmodifiable
     */
    public List<Authorisation> authorisationsOf(String party) {
        List<Authorisation> found = new ArrayList<>();
        self().authorisations().stream().filter(a -> a.party().equals(party)).forEach(found::add);
        party(party).flatMap(Party::mandate).ifPresent(m -> found.add(Authorisation.of(party, m.toDecision())));
        return List.copyOf(found);
    }

    /**
     * Finds a phase by number.
     *
     * @param number  the phase number
     * @return the phase, empty if the convention has no such phase, never null
     */
    public Optional<Phase> phase(int number) {
        List<Phase> phases = self().phases();
        return number >= 1 && number <= phases.size() ? Optional.of(phases.get(number - 1)) : Optional.empty();
    }

    /**
     * Finds a financial contribution by identifier.
     *
     * @param id  the identifier, not null
     * @return the contribution, empty if none has that identifier, never null
     */
    public Optional<FinancialContribution> contribution(String id) {
        return self().contributions().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Finds an action by identifier.
     *
     * @param id  the identifier, not null
     * @return the action, empty if none has that identifier, never null
     */
    public Optional<Action> action(String id) {
        return self().actions().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * Gets the contributions of an action (its endowment, its subsidies).
     *
     * @param action  the identifier of the action, not null
     * @return the contributions that name it, in order, empty if none does, never null
     */
    public List<FinancialContribution> contributionsOf(String action) {
        return ofAction(self().contributions(), FinancialContribution::action, action);
    }

    /**
     * Gets the targets of an action.
     *
     * @param action  the identifier of the action, not null
     * @return the targets that name it, in order, empty if none does, never null
     */
    public List<Target> targetsOf(String action) {
        return ofAction(self().targets(), Target::action, action);
    }

    /**
     * Finds a target by identifier.
     *
     * @param id  the identifier, not null
     * @return the target, empty if none has that identifier, never null
     */
    public Optional<Target> target(String id) {
        return self().targets().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * Finds an article by number.
     *
     * @param number  the number as written, not null
     * @return the article, empty if none is recorded with that number, never null
     */
    public Optional<Article> article(String number) {
        return self().articles().stream().filter(a -> a.number().equals(number)).findFirst();
    }

    /**
     * Gets the identifiers of the parties, in order.
     *
     * @return the identifiers, never null, unmodifiable
     */
    public Set<String> partyIds() {
        Set<String> ids = new LinkedHashSet<>();
        self().parties().forEach(p -> ids.add(p.id()));
        return Collections.unmodifiableSet(ids);
    }

    /** This convention: the look-ups read the attributes {@code Convention} declares. */
    private Convention self() {
        return (Convention) this;
    }

    /** The elements that name an action, in order. */
    private static <T> List<T> ofAction(List<T> elements, Function<T, Optional<String>> actionOf, String action) {
        Objects.requireNonNull(action, "action");
        return elements.stream().filter(e -> actionOf.apply(e).filter(action::equals).isPresent()).toList();
    }
}
