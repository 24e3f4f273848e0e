package dev.conventio.convention;

import dev.conventio.action.Action;
import dev.conventio.date.DateRange;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.internal.Unique;
import dev.conventio.party.Party;
import dev.conventio.signature.Signature;
import dev.conventio.signature.SignatureCodes;
import dev.conventio.objective.Target;
import dev.conventio.term.Term;
import dev.conventio.text.Text;
import dev.conventio.validation.Violations;
import dev.conventio.work.Phase;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A partnership agreement between public bodies (convention de partenariat), such as convention
 * DEVT 013-2609/17/BM between the Métropole Aix-Marseille-Provence and the GIP CRPV PACA.
 * <pre>{@code
 * Convention convention = Convention.builder()
 *         .reference("DEVT 013-2609/17/BM")
 *         .object("Réalisation de l'évaluation des Contrats de Ville 2015-2020")
 *         .addParties(metropole, gip)
 *         .concludedOn(LocalDate.of(2017, 11, 22))
 *         .addPhases(Phase.of(1, "Évaluation à mi-parcours"), Phase.of(2, "Exploitation du référentiel"))
 *         .build();                      // ValidationException listing every invariant broken
 * }</pre>
 *
 * <p>A convention is checked as a whole when it is built: every violation of its own invariants and
 * of the cross-references between its parts (a contributor that is not a party, a committee decision
 * on a phase that does not exist…) is reported at once in a
 * {@link dev.conventio.validation.ValidationException}; no invalid convention can exist.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Convention {

    Convention() {
    }

    /**
     * Gets the reference of the convention, such as {@code DEVT 013-2609/17/BM}.
     *
     * @return the non-blank reference, never null
     */
    public abstract String reference();

    /**
     * Gets the object of the convention (objet): what it is for.
     *
     * @return the non-blank object, never null
     */
    public abstract String object();

    /**
     * Gets the parties, at least two, with distinct identifiers.
     *
     * @return the parties in the order the instrument names them, never null, unmodifiable
     */
    public abstract List<Party> parties();

    /**
     * Gets the date the convention was concluded (conclue le …).
     *
     * @return the date of conclusion, never null
     */
    public abstract LocalDate concludedOn();

    /**
     * Gets the legal bases recited before the articles (« Vu le code général des collectivités
     * territoriales… »).
     *
     * @return the legal bases, possibly empty, never null, unmodifiable
     */
    public abstract List<String> legalBases();

    /**
     * Gets the preamble (préambule, considérants): the paragraphs between the visas and the first
     * article, recorded whole, in part or not at all.
     *
     * @return the preamble, {@link Text#unrecorded()} when not recorded, never null
     */
    @Value.Default
    public Text preamble() {
        return Text.unrecorded();
    }

    /**
     * Gets where the convention was published, such as a recueil des actes administratifs.
     *
     * @return the publication reference, empty when not published or not known, never null
     */
    public abstract Optional<String> publication();

    /**
     * Gets the clause that allows and frames amendments (« … doivent faire l'objet d'un avenant »).
     *
     * @return the clause, empty when not recorded, never null
     */
    public abstract Optional<String> amendmentClause();

    /**
     * Gets the articles whose number, title or text are recorded.
     *
     * @return the articles, with distinct numbers, possibly empty, never null, unmodifiable
     */
    public abstract List<Article> articles();

    /**
     * Gets the phases, numbered 1 to n in order.
     *
     * @return the phases, possibly empty, never null, unmodifiable
     */
    public abstract List<Phase> phases();

    /**
     * Gets the financial contributions, with distinct identifiers, between parties.
     *
     * @return the contributions, possibly empty, never null, unmodifiable
     */
    public abstract List<FinancialContribution> contributions();

    /**
     * Gets the actions of a programme convention, each with the contributions and targets that name it.
     *
     * @return the actions, with distinct identifiers, possibly empty, never null, unmodifiable
     */
    public abstract List<Action> actions();

    /**
     * Gets the targets that are not money (objectifs), of the convention, a phase or an action.
     *
     * @return the targets, with distinct identifiers, possibly empty, never null, unmodifiable
     */
    public abstract List<Target> targets();

    /**
     * Gets the steering committee (governance), when the convention sets one up.
     *
     * @return the committee, empty when none is set up, never null
     */
    public abstract Optional<SteeringCommittee> steeringCommittee();

    /**
     * Gets the decisions of the steering committee, in date order.
     *
     * @return the decisions, possibly empty, never null, unmodifiable
     */
    public abstract List<CommitteeDecision> decisions();

    /**
     * Gets the term of the convention, when the instrument states it.
     *
     * @return the term, empty when not recorded, never null
     */
    public abstract Optional<Term> term();

    /**
     * Gets the signatures of the convention, at most one per party.
     *
     * @return the signatures, possibly empty when not recorded, never null, unmodifiable
     */
    public abstract List<Signature> signatures();

    /**
     * Obtains a builder of conventions. {@code reference}, {@code object}, {@code concludedOn} and
     * two parties are required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a builder initialised with every attribute of this convention, to derive a changed one.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.from(this);
        return builder;
    }

    /**
     * Finds a party by identifier.
     *
     * @param id  the identifier, not null
     * @return the party, empty if none has that identifier, never null
     */
    public Optional<Party> party(String id) {
        return parties().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Finds a phase by number.
     *
     * @param number  the phase number
     * @return the phase, empty if the convention has no such phase, never null
     */
    public Optional<Phase> phase(int number) {
        return number >= 1 && number <= phases().size() ? Optional.of(phases().get(number - 1)) : Optional.empty();
    }

    /**
     * Finds a financial contribution by identifier.
     *
     * @param id  the identifier, not null
     * @return the contribution, empty if none has that identifier, never null
     */
    public Optional<FinancialContribution> contribution(String id) {
        return contributions().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Finds an action by identifier.
     *
     * @param id  the identifier, not null
     * @return the action, empty if none has that identifier, never null
     */
    public Optional<Action> action(String id) {
        return actions().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * Gets the contributions of an action (its endowment, its subsidies).
     *
     * @param action  the identifier of the action, not null
     * @return the contributions that name it, in order, empty if none does, never null
     */
    public List<FinancialContribution> contributionsOf(String action) {
        Objects.requireNonNull(action, "action");
        return contributions().stream().filter(c -> c.action().filter(action::equals).isPresent()).toList();
    }

    /**
     * Gets the targets of an action.
     *
     * @param action  the identifier of the action, not null
     * @return the targets that name it, in order, empty if none does, never null
     */
    public List<Target> targetsOf(String action) {
        Objects.requireNonNull(action, "action");
        return targets().stream().filter(t -> t.action().filter(action::equals).isPresent()).toList();
    }

    /**
     * Finds a target by identifier.
     *
     * @param id  the identifier, not null
     * @return the target, empty if none has that identifier, never null
     */
    public Optional<Target> target(String id) {
        return targets().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * Finds an article by number.
     *
     * @param number  the number as written, not null
     * @return the article, empty if none is recorded with that number, never null
     */
    public Optional<Article> article(String number) {
        return articles().stream().filter(a -> a.number().equals(number)).findFirst();
    }

    /**
     * Gets the identifiers of the parties, in order.
     *
     * @return the identifiers, never null, unmodifiable
     */
    public Set<String> partyIds() {
        Set<String> ids = new LinkedHashSet<>();
        parties().forEach(p -> ids.add(p.id()));
        return java.util.Collections.unmodifiableSet(ids);
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector()
                .requireNonBlank(reference(), "reference")
                .requireNonBlank(object(), "object");
        DateRange.check(concludedOn(), "concludedOn", violations);
        for (int i = 0; i < legalBases().size(); i++) {
            violations.requireNonBlank(legalBases().get(i), "legalBases[" + i + "]");
        }
        publication().ifPresent(text -> violations.requireNonBlank(text, "publication"));
        amendmentClause().ifPresent(text -> violations.requireNonBlank(text, "amendmentClause"));
        Set<String> parties = checkParties(violations);
        Unique.check(articles(), Article::number, "articles", "number", ConventionCodes.ARTICLES_DUPLICATE_NUMBER,
                number -> "article " + number + " appears more than once", violations);
        checkPhases(violations);
        ProgrammeChecks.checkContributions(this, parties, violations);
        ProgrammeChecks.check(this, parties, violations);
        checkGovernance(parties, violations);
        Unique.check(signatures(), Signature::party, "signatures", "party", SignatureCodes.SIGNATURES_DUPLICATE_PARTY,
                party -> "party '" + party + "' already signed", violations);
        for (int i = 0; i < signatures().size(); i++) {
            Signature signature = signatures().get(i);
            String path = "signatures[" + i + "]";
            if (!parties.contains(signature.party())) {
                violations.add(ConventionCodes.SIGNATURE_PARTY_UNKNOWN, path + ".party",
                        "'" + signature.party() + "' is not a party of convention " + reference());
            }
            signature.date().filter(date -> date.isAfter(concludedOn())).ifPresent(date ->
                    violations.add(ConventionCodes.SIGNATURE_AFTER_CONCLUSION, path + ".date", "signature dated "
                            + date + " comes after the conclusion of the convention on " + concludedOn()));
        }
        violations.throwIfAny();
    }

    private Set<String> checkParties(Violations violations) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < parties().size(); i++) {
            String id = parties().get(i).id();
            if (!ids.add(id)) {
                violations.add(ConventionCodes.CONVENTION_PARTIES_DUPLICATE, "parties[" + i + "].id",
                        "party identifier '" + id + "' is already taken");
            }
        }
        if (ids.size() < 2) {
            violations.add(ConventionCodes.CONVENTION_PARTIES_TOO_FEW, "parties",
                    "a convention binds at least two distinct parties, found " + ids.size());
        }
        return ids;
    }

    private void checkPhases(Violations violations) {
        for (int i = 0; i < phases().size(); i++) {
            int number = phases().get(i).number();
            if (number != i + 1) {
                violations.add(ConventionCodes.CONVENTION_PHASES_NOT_CONTIGUOUS, "phases[" + i + "].number",
                        "phase at position " + (i + 1) + " must be numbered " + (i + 1) + ", was " + number);
            }
        }
    }

    private void checkGovernance(Set<String> parties, Violations violations) {
        steeringCommittee().ifPresent(committee -> {
            for (int i = 0; i < committee.members().size(); i++) {
                String member = committee.members().get(i);
                if (!parties.contains(member)) {
                    violations.add(ConventionCodes.COMMITTEE_MEMBER_UNKNOWN, "steeringCommittee.members[" + i + "]",
                            "committee member '" + member + "' is not a party");
                }
            }
        });
        List<CommitteeDecision> decisions = decisions();
        for (int i = 0; i < decisions.size(); i++) {
            CommitteeDecision decision = decisions.get(i);
            if (decision.date().isBefore(concludedOn())) {
                violations.requireNotBefore(decision.date(), concludedOn(), ConventionCodes.DECISION_BEFORE_CONCLUSION,
                        "decisions[" + i + "].date", "the conclusion of the convention on");
            }
            if (i > 0 && decision.date().isBefore(decisions.get(i - 1).date())) {
                violations.add(ConventionCodes.CONVENTION_DECISIONS_OUT_OF_ORDER, "decisions[" + i + "].date",
                        "decision of " + decision.date() + " is listed after one of " + decisions.get(i - 1).date());
            }
            for (int phase : decision.validatedPhases()) {
                if (phase > phases().size()) {
                    violations.add(ConventionCodes.DECISION_PHASE_UNKNOWN, "decisions[" + i + "].validatedPhases",
                            "phase " + phase + " does not exist; the convention has " + phases().size() + " phases");
                }
            }
        }
    }

    /**
     * Builds {@link Convention} values; {@code build()} checks every invariant and throws
     * {@link dev.conventio.validation.ValidationException} carrying all the violations found, or
     * {@link IllegalStateException} when a required attribute was not set.
     */
    public static final class Builder extends ImmutableConvention.Builder {
        Builder() {
        }
    }
}
