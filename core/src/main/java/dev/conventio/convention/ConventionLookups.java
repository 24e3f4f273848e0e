package dev.conventio.convention;

import dev.conventio.decision.Authorisation;
import dev.conventio.party.Party;
import dev.conventio.party.Representation;
import dev.conventio.publication.Citation;
import dev.conventio.publication.Identification;
import dev.conventio.publication.JournalOfficiel;
import dev.conventio.publication.LegalBasisCitation;
import dev.conventio.publication.Publication;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The look-ups of {@link Convention} that read across its parts, each documented there. */
final class ConventionLookups {

    private ConventionLookups() {
    }

    static Identification identification(Convention convention) {
        if (convention.reference().isPresent()) {
            return Identification.ofReference(convention.reference().get());
        }
        for (Publication publication : convention.publications()) {
            if (publication instanceof JournalOfficiel jo && jo.nor().isPresent()) {
                return Identification.ofNor(jo.nor().get());
            }
        }
        // The check guarantees a publication when there is no reference.
        return Identification.ofPublication(convention.publications().get(0));
    }

    static Optional<Citation> citationOf(Convention convention, int legalBasis) {
        return convention.legalBasisCitations().stream().filter(c -> c.legalBasis() == legalBasis).findFirst()
                .map(LegalBasisCitation::citation);
    }

    static Optional<Representation> representationOf(Convention convention, String party) {
        for (Representation representation : convention.representations()) {
            if (representation.party().equals(party)) {
                return Optional.of(representation);
            }
        }
        return convention.party(party).flatMap(Party::representative).map(r -> Representation.of(party, r));
    }

    static List<Authorisation> authorisationsOf(Convention convention, String party) {
        List<Authorisation> found = new ArrayList<>();
        convention.authorisations().stream().filter(a -> a.party().equals(party)).forEach(found::add);
        convention.party(party).flatMap(Party::mandate)
                .ifPresent(m -> found.add(Authorisation.of(party, m.toDecision())));
        return List.copyOf(found);
    }

    static Set<String> partyIds(Convention convention) {
        Set<String> ids = new LinkedHashSet<>();
        convention.parties().forEach(p -> ids.add(p.id()));
        return Collections.unmodifiableSet(ids);
    }

    /** The elements that name an action, in order. */
    static <T> List<T> ofAction(List<T> elements, Function<T, Optional<String>> actionOf, String action) {
        Objects.requireNonNull(action, "action");
        return elements.stream().filter(e -> actionOf.apply(e).filter(action::equals).isPresent()).toList();
    }
}
