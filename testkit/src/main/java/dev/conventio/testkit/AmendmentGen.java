package dev.conventio.testkit;

import static dev.conventio.testkit.PartyGen.pick;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.AddParty;
import dev.conventio.change.Change;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.testkit.shrink.Spans;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generators of amendments: changes of every kind, signed amendments and drafts valid for a
 * convention, and unrecorded earlier amendments.
 *
 * <p>An amendment generated for a convention obeys every amendment rule when it is the first
 * amendment of that convention's history: it is numbered 1, every party signs it (with the parties
 * it adds), it is concluded while the convention is in force and after its conclusion, and each of
 * its changes applies to something that exists and keeps the convention valid. For later amendments
 * of a history, see {@link HistoryGen}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AmendmentGen {

    /** The most changes one generated amendment makes. */
    static final int MAX_CHANGES = 6;

    private AmendmentGen() {
    }

    /**
     * The dates of one planned amendment.
     *
     * @param conclusion  the date of its last signature
     * @param start  the first day in force, not before the conclusion
     * @param end  the last day in force, after the start
     * @param earliestSignature  the earliest date of a signature, not after the conclusion
     */
    record Window(LocalDate conclusion, LocalDate start, LocalDate end, LocalDate earliestSignature) {
    }

    /** An amendment and the standing of the convention once its changes apply. */
    record Built(Amendment amendment, Standing after) {
    }

    /**
     * Obtains a generator of changes of every kind that applies to the convention, each valid for it.
     *
     * @param convention  the convention as it stands, not null
     * @param article  the number of the amending article the changes belong to, not blank, not null
     * @return the generator, never null
     * @throws NullPointerException if an argument is null
     */
    public static Gen<Change> changes(Convention convention, String article) {
        Standing standing = Standing.of(convention);
        Objects.requireNonNull(article, "article");
        return (random, size) -> pick(random, ChangeKind.applicableTo(standing)).build(random, standing, article);
    }

    /**
     * Obtains a generator of changes of one kind, valid for the convention.
     *
     * @param convention  the convention as it stands, not null
     * @param article  the number of the amending article the changes belong to, not blank, not null
     * @param kind  the class of the changes, such as {@code AddPhase.class}, not null
     * @return the generator, never null
     * @throws IllegalArgumentException if no change of that kind can apply to the convention, such as
     *     removing a contribution from a convention that has none
     * @throws NullPointerException if an argument is null
     */
    public static Gen<Change> changes(Convention convention, String article, Class<? extends Change> kind) {
        Standing standing = Standing.of(convention);
        Objects.requireNonNull(article, "article");
        ChangeKind changeKind = ChangeKind.of(kind);
        if (!changeKind.appliesTo(standing)) {
            throw new IllegalArgumentException("no " + kind.getSimpleName() + " applies to convention "
                    + convention.identification());
        }
        return (random, size) -> changeKind.build(random, standing, article);
    }

    /**
     * Obtains the classes of every kind of change, in the order of {@link dev.conventio.change.Change.Visitor}.
     *
     * @return the 34 classes, never null, unmodifiable (those format version 2 alone writes only in its
     *     histories: textual modifications where the text is recorded, actions, targets and the forms of
     *     money in those of {@link MoneyGen#historiesWithMoney()}, prolongations and terminations in both)
     */
    public static List<Class<? extends Change>> changeKinds() {
        return java.util.Arrays.stream(ChangeKind.values()).<Class<? extends Change>>map(ChangeKind::type).toList();
    }

    /**
     * Obtains a generator of signed amendments n° 1 valid for the convention: concluded in the first
     * half of its term, in force until a day of the second half; now and then, with the probability
     * of {@link EdgeCases}, concluded on the convention's last day.
     *
     * @param convention  the convention, not null
     * @return the generator, never null
     * @throws NullPointerException if the convention is null
     */
    public static Gen<Amendment> amendments(Convention convention) {
        return firstOf(convention, false);
    }

    /**
     * Obtains a generator of drafts n° 1 for the convention: valid as values and against the rules,
     * every party named in an undated signature block, never in force.
     *
     * @param convention  the convention, not null
     * @return the generator, never null
     * @throws NullPointerException if the convention is null
     */
    public static Gen<Amendment> drafts(Convention convention) {
        return firstOf(convention, true);
    }

    private static Gen<Amendment> firstOf(Convention convention, boolean draft) {
        Objects.requireNonNull(convention, "convention");
        LocalDate end = Standing.lastDay(convention);
        return (random, size) -> {
            Standing standing = Standing.of(convention, end);
            Window window = !draft && Draws.edge(random) ? onLastDay(random, Conclusions.from(convention), end)
                    : HistoryGen.windows(random, Conclusions.from(convention), end, 1).get(0);
            return build(random, size, standing, 1, window, draft).amendment();
        };
    }

    /**
     * The dates of an amendment concluded on the convention's last day, in force from that day for
     * up to a year, signed within the 30 days before.
     */
    private static Window onLastDay(RandomGenerator random, LocalDate concludedOn, LocalDate last) {
        LocalDate earliest = last.minusDays(30).isBefore(concludedOn) ? concludedOn : last.minusDays(30);
        return new Window(last, last, last.plusDays(1 + random.nextInt(365)), earliest);
    }

    /**
     * Obtains a generator of unrecorded amendments with the given number, with a note of where
     * they are mentioned one time in two.
     *
     * @param number  the number, from 1
     * @return the generator, never null
     * @throws IllegalArgumentException if the number is not positive
     */
    public static Gen<UnrecordedAmendment> unrecorded(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("amendments are numbered from 1, was " + number);
        }
        return (random, size) -> random.nextBoolean()
                ? UnrecordedAmendment.of(number, "mentionné dans le préambule de l'avenant n° " + (number + 1))
                : UnrecordedAmendment.of(number);
    }

    /**
     * Builds an amendment valid for the standing within the window, and the standing after it.
     *
     * @param random  the source of randomness
     * @param size  the size, which bounds the number of changes
     * @param standing  the convention as it stands, left unchanged
     * @param number  the amendment's number
     * @param window  its dates
     * @param draft  true for undated signature blocks
     * @return the amendment and the standing after it
     */
    static Built build(RandomGenerator random, int size, Standing standing, int number, Window window, boolean draft) {
        Standing after = standing.copy();
        int most = Math.min(MAX_CHANGES, 1 + size / 2);
        int articleCount = 1 + random.nextInt(Math.min(4, most));
        // The number of changes just before the changes, each change's draws together: the
        // shrinker deletes a change with one less in that number.
        int count = Draws.length(random, 0, most);
        List<Change> changes = new ArrayList<>(count);
        Set<String> signatories = new LinkedHashSet<>(standing.parties.keySet());
        for (int i = 0; i < count; i++) {
            Spans.open(random);
            String article = Integer.toString(1 + random.nextInt(articleCount));
            Change change = pick(random, ChangeKind.applicableTo(after)).build(random, after, article);
            after.apply(change);
            if (change instanceof AddParty added) {
                signatories.add(added.party().id());
            }
            changes.add(change);
            Spans.close(random);
        }
        Amendment.Builder builder = Amendment.builder().number(number)
                .title("Avenant n° " + number + " à la convention de partenariat")
                .addAllPreamble(ConventionGen.sample(random, FrenchData.PREAMBLES, Draws.length(random, 0, 2)))
                .addAllChanges(changes)
                .term(term(random, window, draft));
        for (int i = 1; i <= articleCount; i++) {
            builder.addArticle(ConventionGen.article(random, Integer.toString(i)));
        }
        builder.addArticle(Article.of(Integer.toString(articleCount + 1), "Durée de l'avenant"));
        List<String> ids = List.copyOf(signatories);
        builder.addAllSignatures(draft ? unsigned(random, ids)
                : ConventionGen.signatures(random, size, ids, window.earliestSignature(), window.conclusion()));
        return new Built(builder.build(), after);
    }

    /** The amendment's own term: from its signature or a date, to a fixed day or after a duration. */
    private static Term term(RandomGenerator random, Window window, boolean draft) {
        boolean onSignature = draft || window.start().equals(window.conclusion()) || random.nextBoolean();
        LocalDate start = onSignature ? window.conclusion() : window.start();
        TermEnd end = random.nextBoolean() ? TermEnd.on(window.end())
                : TermEnd.after(Period.ofDays((int) ChronoUnit.DAYS.between(start, window.end()) + 1));
        return Term.of(onSignature ? StartRule.onSignatureByAllParties() : StartRule.onDate(start), end);
    }

    private static List<Signature> unsigned(RandomGenerator random, List<String> parties) {
        return parties.stream().map(party -> Signature.unsigned(party, PartyGen.persons().generate(random, 1),
                pick(random, FrenchData.CAPACITIES))).toList();
    }
}
