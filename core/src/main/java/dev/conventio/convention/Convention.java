package dev.conventio.convention;

import dev.conventio.action.Action;
import dev.conventio.date.DateRange;
import dev.conventio.date.PartialDate;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Opinion;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.objective.Target;
import dev.conventio.party.Party;
import dev.conventio.party.PartyGroup;
import dev.conventio.party.Representation;
import dev.conventio.publication.ConventionLink;
import dev.conventio.publication.LegalBasisCitation;
import dev.conventio.publication.Publication;
import dev.conventio.signature.Signature;
import dev.conventio.term.Term;
import dev.conventio.text.Text;
import dev.conventio.work.Phase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
 * {@link dev.conventio.validation.ValidationException}; no invalid convention can exist. This class
 * is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Convention extends ConventionLookups {

    Convention() {
    }

    /**
     * Gets the convention's own reference, such as {@code DEVT 013-2609/17/BM}, when it has one.
     * Conventions published in the Journal officiel are often identified by their NOR instead: see
     * {@link #identification()}.
     *
     * @return the non-blank reference, empty when the convention has none or it is not known, never null
     */
    public abstract Optional<String> reference();

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
     * Gets the date the convention was concluded (conclue le …), to the day, the month or the year
     * the documents give, or {@linkplain PartialDate#unknown() unknown} when they do not date it.
     *
     * @return the date of conclusion, never null
     */
    public abstract PartialDate concludedOn();

    /**
     * Gets the day the convention was concluded, when the documents give it.
     *
     * @return the day, present only when {@link #concludedOn()} is known to the day, never null
     */
    public Optional<LocalDate> conclusionDate() {
        return concludedOn().date();
    }

    /**
     * Gets the legal bases recited before the articles (« Vu le code général des collectivités… »).
     *
     * @return the legal bases, possibly empty, never null, unmodifiable
     */
    public abstract List<String> legalBases();

    /**
     * Gets the preamble (préambule, considérants) between the visas and the first article.
     *
     * @return the preamble, {@link Text#unrecorded()} when not recorded, never null
     */
    @Value.Default
    public Text preamble() {
        return Text.unrecorded();
    }

    /**
     * Gets the typed citations of the legal bases: which text of law a visa cites (a code and its
     * article, a law or a décret with its number and date). The visas keep their text in
     * {@link #legalBases()}; a visa without a citation is only text.
     *
     * @return the citations, at most one per legal basis, possibly empty, never null, unmodifiable
     */
    public abstract List<LegalBasisCitation> legalBasisCitations();

    /**
     * Gets where the convention was published: the Journal officiel (with its NOR), a bulletin
     * officiel, a recueil des actes administratifs, a web address.
     *
     * @return the publications, possibly empty when not published or not known, never null, unmodifiable
     */
    public abstract List<Publication> publications();

    /**
     * Gets the bodies present but not parties (« en présence de »): named in the convention, never
     * required to sign, never a contributor or beneficiary, never counted by the signature rules.
     *
     * @return the participants, with identifiers no party has, possibly empty, never null, unmodifiable
     */
    public abstract List<Party> participants();

    /**
     * Gets the named groups of parties acting together (two companies together « le gestionnaire »).
     * A group never signs: each of its members signs for itself.
     *
     * @return the groups, possibly empty, never null, unmodifiable
     */
    public abstract List<PartyGroup> groups();

    /**
     * Gets who represents each party (or participant), as the convention itself states it; see
     * {@link #representationOf(String)} for a party's representation as version 1 states it.
     *
     * @return the representations, at most one per party, possibly empty, never null, unmodifiable
     */
    public abstract List<Representation> representations();

    /**
     * Gets the decisions that authorise the parties to sign the convention, as it states them.
     * No party signs before a decision that authorises it ({@code signature.before-authorisation}).
     *
     * @return the authorisations, possibly empty, never null, unmodifiable
     */
    public abstract List<Authorisation> authorisations();

    /**
     * Gets the opinions (avis) given on the convention. It is not signed before an opinion it
     * requires ({@code signature.before-opinion}).
     *
     * @return the opinions, possibly empty, never null, unmodifiable
     */
    public abstract List<Opinion> opinions();

    /**
     * Gets the typed links to other conventions: one this convention replaces, one to or from which
     * money is moved, one it cites.
     *
     * @return the links, possibly empty, never null, unmodifiable
     */
    public abstract List<ConventionLink> links();

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
     * Obtains a builder of conventions. {@code object}, {@code concludedOn}, two parties and one of
     * a reference and a publication are required.
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
        return (Builder) new Builder().from(this);
    }

    @Value.Check
    void check() {
        ConventionChecks.check(this);
    }

    /**
     * Builds {@link Convention} values; {@code build()} throws a ValidationException with every
     * violation found, or {@link IllegalStateException} when a required attribute was not set.
     */
    public static final class Builder extends ImmutableConvention.Builder {
        Builder() {
        }

        /**
         * Sets the day the convention was concluded: {@code concludedOn(PartialDate.of(day))}.
         *
         * @param day  the day, in the years 0000 to 9999, not null
         * @return this builder, never null
         * @throws dev.conventio.validation.ValidationException with
         *     {@link dev.conventio.date.DateCodes#DATE_OUT_OF_RANGE} at {@code concludedOn} if the year
         *     is outside 0000 to 9999
         * @throws NullPointerException if the day is null
         */
        public Builder concludedOn(LocalDate day) {
            return concludedOn(PartialDate.of(DateRange.require(day, "concludedOn")));
        }
    }
}
