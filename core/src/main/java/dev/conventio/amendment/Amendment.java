package dev.conventio.amendment;

import dev.conventio.change.Change;
import dev.conventio.convention.Article;
import dev.conventio.convention.ConventionCodes;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Opinion;
import dev.conventio.internal.InstrumentChecks;
import dev.conventio.internal.Unique;
import dev.conventio.party.Party;
import dev.conventio.party.Representation;
import dev.conventio.publication.ConventionLink;
import dev.conventio.publication.Publication;
import dev.conventio.signature.Signature;
import dev.conventio.signature.SignatureCodes;
import dev.conventio.term.Term;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A numbered amendment to a convention (avenant n° k): its preamble (motifs), articles, own term,
 * signatures and the changes it makes, each tied to one of its articles.
 * <pre>{@code
 * Amendment avenant2 = Amendment.builder()
 *         .number(2)
 *         .addArticles(Article.of("2", "Conditions financières"))
 *         .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(LocalDate.of(2020, 12, 31))))
 *         .addChanges(AddContribution.of("2", participation2020))
 *         .addSignatures(Signature.of("metropole-amp", fructus, "La Vice-Présidente Déléguée", signedOn))
 *         .build();
 * }</pre>
 *
 * <p>An amendment value is checked on its own (number, articles, changes tied to existing articles,
 * one signature per party). Whether it may join a convention's history — contiguous numbering,
 * every party signs, the convention has not ended, each change applies to something that exists —
 * is checked when it is added to a history.
 *
 * <p>An amendment whose signatures are not all dated is a draft: valid as a value, never in force.
 * One {@linkplain #knownFrom() known from a later instrument} records no signature and is signed
 * by all parties on the day that instrument gives.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class Amendment implements AmendmentRecord {

    Amendment() {
    }

    @Override
    public abstract int number();

    /**
     * Gets the title of the amendment, such as « Avenant n° 2 à la convention … ».
     *
     * @return the title, empty when not recorded, never null
     */
    public abstract Optional<String> title();

    /**
     * Gets the preamble (préambule, motifs de passation), one element per paragraph.
     *
     * @return the paragraphs, possibly empty, never null, unmodifiable
     */
    public abstract List<String> preamble();

    /**
     * Gets the articles of the amendment, with distinct numbers.
     *
     * @return the articles, never null, unmodifiable
     */
    public abstract List<Article> articles();

    /**
     * Gets the amendment's own term: when its provisions take effect and when they lapse.
     *
     * @return the term, never null
     */
    public abstract Term term();

    /**
     * Gets the signatures, at most one per party; undated ones are the blocks of a draft.
     *
     * @return the signatures, possibly empty, never null, unmodifiable
     */
    public abstract List<Signature> signatures();

    /**
     * Gets how the amendment is known when its own text is not at hand: from a later instrument
     * that recalls it. Such an amendment is signed by all parties, records no signature (its
     * signatories are not known) and is concluded on the day the later instrument gives.
     *
     * @return how it is known, empty for an amendment read in its own text, never null
     */
    public abstract Optional<KnownFrom> knownFrom();

    /**
     * Gets who represents each party (or participant) in this amendment, as it states it: the
     * representatives change with governments and presidents while the parties stay.
     *
     * @return the representations, at most one per party, possibly empty, never null, unmodifiable
     */
    public abstract List<Representation> representations();

    /**
     * Gets the decisions that authorise the parties to sign this amendment (« dûment habilitée à
     * signer le présent avenant par délibération … »). No party signs before a decision that
     * authorises it ({@code signature.before-authorisation}).
     *
     * @return the authorisations, possibly empty, never null, unmodifiable
     */
    public abstract List<Authorisation> authorisations();

    /**
     * Gets the opinions (avis) given on this amendment. It is not signed before an opinion it
     * requires ({@code signature.before-opinion}).
     *
     * @return the opinions, possibly empty, never null, unmodifiable
     */
    public abstract List<Opinion> opinions();

    /**
     * Gets the bodies present but not parties (« en présence de ») in this amendment: never required
     * to sign, never counted by the signature rules.
     *
     * @return the participants, possibly empty, never null, unmodifiable
     */
    public abstract List<Party> participants();

    /**
     * Gets where this amendment was published.
     *
     * @return the publications, possibly empty, never null, unmodifiable
     */
    public abstract List<Publication> publications();

    /**
     * Gets the typed links from this amendment to other conventions (money moved to or from one, a
     * convention cited).
     *
     * @return the links, possibly empty, never null, unmodifiable
     */
    public abstract List<ConventionLink> links();

    /**
     * Gets the changes the amendment makes, in the order they apply.
     *
     * @return the changes, possibly empty, never null, unmodifiable
     */
    public abstract List<Change> changes();

    /**
     * Obtains a builder of amendments. {@code number} and {@code term} are required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a copy of this amendment with other signatures, such as the signed form of a draft.
     *
     * @param signatures  the new signatures, not null
     * @return the changed amendment, never null
     * @throws dev.conventio.validation.ValidationException if a party signs twice
     */
    public abstract Amendment withSignatures(Iterable<? extends Signature> signatures);

    /**
     * Finds an article by number.
     *
     * @param number  the number as written, not null
     * @return the article, empty if the amendment has none with that number, never null
     */
    public Optional<Article> article(String number) {
        return articles().stream().filter(a -> a.number().equals(number)).findFirst();
    }

    /**
     * Tells whether the amendment is a draft: it has no signature, or one is not given. A signature
     * given on a day the document does not give ({@link Signature#signedOn()} known in part or
     * unknown) is given: the amendment is then signed, not a draft.
     *
     * @return true for a draft
     */
    public boolean isDraft() {
        if (knownFrom().isPresent()) {
            return false;   // known from a later instrument to be signed by all parties
        }
        // Plain loops rather than streams: a history asks this of every amendment it consolidates.
        List<Signature> signatures = signatures();
        if (signatures.isEmpty()) {
            return true;
        }
        for (int i = 0; i < signatures.size(); i++) {
            if (!signatures.get(i).isSigned()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gets the date of the last signature, when every signature is dated to the day: the day the
     * amendment is concluded. For an amendment {@linkplain #knownFrom() known from a later
     * instrument}, the day that instrument gives, when it gives it to the day.
     *
     * @return the date, empty for a draft and for a signed amendment one of whose signature days is
     *     not given, never null
     */
    public Optional<LocalDate> lastSignatureDate() {
        if (knownFrom().isPresent()) {
            return knownFrom().get().signedOn().date();
        }
        if (isDraft()) {
            return Optional.empty();
        }
        LocalDate last = null;
        for (Signature signature : signatures()) {
            Optional<LocalDate> date = signature.date();
            if (date.isEmpty()) {
                return Optional.empty();
            }
            if (last == null || date.get().isAfter(last)) {
                last = date.get();
            }
        }
        return Optional.of(last);
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        title().ifPresent(text -> violations.requireNonBlank(text, "title"));
        for (int i = 0; i < preamble().size(); i++) {
            violations.requireNonBlank(preamble().get(i), "preamble[" + i + "]");
        }
        if (number() < 1) {
            violations.add(AmendmentCodes.AMENDMENT_NUMBER_NOT_POSITIVE, "number",
                    "amendments are numbered from 1, was " + number());
        }
        Unique.check(articles(), Article::number, "articles", "number", ConventionCodes.ARTICLES_DUPLICATE_NUMBER,
                number -> "article " + number + " appears more than once", violations);
        Set<String> articleNumbers = new HashSet<>();
        articles().forEach(article -> articleNumbers.add(article.number()));
        for (int i = 0; i < changes().size(); i++) {
            String article = changes().get(i).article();
            if (!articleNumbers.contains(article)) {
                violations.add(AmendmentCodes.CHANGE_ARTICLE_UNKNOWN, "changes[" + i + "].article",
                        "the change belongs to article " + article + ", which amendment " + number()
                                + " does not have; its articles are " + articleNumbers);
            }
        }
        if (knownFrom().isPresent() && !signatures().isEmpty()) {
            violations.add(AmendmentCodes.KNOWN_FROM_SIGNED, "signatures", "amendment n° " + number()
                    + " is known from a later instrument, which does not name its signatories: it records none");
        }
        Unique.check(signatures(), Signature::party, "signatures", "party", SignatureCodes.SIGNATURES_DUPLICATE_PARTY,
                party -> "party '" + party + "' already signed", violations);
        // The parties are the convention's as it stands: the history checks the names against them.
        InstrumentChecks.checkPresence(null, participants(), representations(), authorisations(),
                "amendment n° " + number(), violations);
        InstrumentChecks.checkSignatureOrder(signatures(), authorisations(), opinions(), violations);
        violations.throwIfAny();
    }

    /**
     * Builds {@link Amendment} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken, or
     * {@link IllegalStateException} when a required attribute was not set.
     */
    public static final class Builder extends ImmutableAmendment.Builder {
        Builder() {
        }
    }
}
