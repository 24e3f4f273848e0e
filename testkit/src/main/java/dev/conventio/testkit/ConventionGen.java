package dev.conventio.testkit;

import static dev.conventio.testkit.PartyGen.pick;

import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.party.Party;
import dev.conventio.publication.OtherPublication;
import dev.conventio.signature.Signature;
import dev.conventio.term.Renewal;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.testkit.shrink.Spans;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import dev.conventio.work.PhaseStatus;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.joda.money.Money;

/**
 * Generators of valid conventions and of their parts: articles, phases, orientations, financial
 * contributions with their schedules, governance, terms and signatures.
 *
 * <p>Every value is valid by construction. Conventions are concluded between 2015 and 2024, in
 * euros, with budget years from the year of conclusion on, and their text reads like a French
 * convention de partenariat. Now and then, with the probability of {@link EdgeCases}, an amount is
 * 0.01 € or the largest the format allows, a budget period is 0000, 9999 or 0000-9999, an
 * identifier has the longest length allowed and an optional list is empty.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ConventionGen {

    /** The earliest date of conclusion of a generated convention. */
    static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);
    /** The latest date of conclusion of a generated convention. */
    static final LocalDate LATEST = LocalDate.of(2024, 12, 31);

    /** The natures of version 1 of the format; {@link MoneyGen} gives the others. */
    private static final List<ContributionNature> VERSION_ONE_NATURES = List.of(ContributionNature.FINANCIAL_PARTICIPATION,
            ContributionNature.GRANT, ContributionNature.REMUNERATION, ContributionNature.IN_KIND, ContributionNature.OTHER);
    /** The budget periods at the limits of the format: its first year, its last, and both. */
    private static final List<BudgetPeriod> EDGE_BUDGETS = List.of(BudgetPeriod.ofYear(0), BudgetPeriod.ofYear(9999),
            BudgetPeriod.of(Year.of(0), Year.of(9999)));

    private ConventionGen() {
    }

    /**
     * Obtains a generator of complete conventions: two to six parties that all sign, at least one
     * article, phase and contribution, and, most of the time, a term, a committee and decisions.
     *
     * @return the generator, never null
     */
    public static Gen<Convention> conventions() {
        return (random, size) -> convention(random, size, true);
    }

    /**
     * Obtains a generator of complete conventions that also record their text as format version 2
     * writes it: a preamble recorded whole, and articles whose text is recorded whole, in part or
     * not at all ({@link TextGen#texts()}). Their histories hold textual modifications.
     *
     * @return the generator, never null
     */
    public static Gen<Convention> conventionsWithText() {
        return (random, size) -> {
            Convention convention = convention(random, size, true);
            List<Article> articles = new java.util.ArrayList<>();
            for (Article article : convention.articles()) {
                articles.add(random.nextBoolean() ? article : article.withContent(TextGen.texts().generate(random, size)));
            }
            return convention.toBuilder().preamble(TextGen.preamble(random)).articles(articles).build();
        };
    }

    /**
     * Obtains a generator of complete conventions, as {@link #conventions()} gives them, whose
     * conclusion is known only to the month, to the year, or not at all (« signée en 2019 »), in
     * turn: the day is forgotten, never moved. Their signatures keep their days, which come no later
     * than the conclusion, so every rule that compares them with it holds or cannot decide.
     *
     * @return the generator, never null
     */
    public static Gen<Convention> conventionsConcludedInPart() {
        return (random, size) -> {
            Convention convention = convention(random, size, true);
            LocalDate day = convention.conclusionDate().orElseThrow();
            int precision = random.nextInt(3);
            PartialDate known = precision == 0 ? PartialDate.of(YearMonth.from(day))
                    : precision == 1 ? PartialDate.of(Year.from(day)) : PartialDate.unknown();
            return convention.toBuilder().concludedOn(known).build();
        };
    }

    /**
     * Obtains a generator of conventions with only what a convention requires: a reference, an
     * object, a date of conclusion and two parties, nothing that refers to a party.
     *
     * @return the generator, never null
     */
    public static Gen<Convention> minimalConventions() {
        return (random, size) -> convention(random, size, false);
    }

    private static Convention convention(RandomGenerator random, int size, boolean complete) {
        LocalDate concludedOn = Dates.between(random, EARLIEST, LATEST);
        Convention.Builder builder = Convention.builder()
                .reference(reference(random, concludedOn))
                .object(pick(random, FrenchData.OBJECTS))
                .concludedOn(concludedOn);
        if (!complete) {
            return builder.addAllParties(PartyGen.distinctParties(2, 2).generate(random, size)).build();
        }
        List<Party> parties = PartyGen.distinctParties(2, 6).generate(random, size / 2);
        List<String> ids = parties.stream().map(Party::id).toList();
        builder.addAllParties(parties)
                .addAllLegalBases(sample(random, FrenchData.LEGAL_BASES,
                        Draws.length(random, 0, FrenchData.LEGAL_BASES.size() - 1)))
                .addAllArticles(articles(1, 8).generate(random, size))
                .addAllSignatures(signatures(random, size, ids, concludedOn.minusDays(60), concludedOn));
        if (random.nextBoolean()) {
            builder.addPublications(OtherPublication.of("Recueil des actes administratifs n° " + concludedOn.getYear()
                    + "-" + (1 + random.nextInt(300))));
        }
        if (random.nextBoolean()) {
            builder.amendmentClause("Toute modification de la présente convention fait l'objet d'un avenant "
                    + "signé par l'ensemble des parties.");
        }
        List<Phase> phases = phases(1, 5).generate(random, size);
        builder.addAllPhases(phases);
        int count = Draws.length(random, 1, 1 + Math.min(4, size / 2));
        for (int i = 1; i <= count; i++) {
            Spans.open(random);
            String id = Draws.edge(random) ? Draws.longest("participation-" + i) : "participation-" + i;
            builder.addContribution(contribution(random, id, ids, concludedOn));
            Spans.close(random);
        }
        if (random.nextInt(4) != 0) {
            builder.steeringCommittee(committee(random, ids));
        }
        LocalDate decided = concludedOn;
        int decisions = Draws.length(random, 0, Math.min(3, size));
        for (int i = 0; i < decisions; i++) {
            Spans.open(random);
            decided = decided.plusDays(1 + random.nextInt(200));
            builder.addDecision(decision(random, decided, phases.size()));
            Spans.close(random);
        }
        if (random.nextInt(8) != 0) {
            builder.term(conventionTerm(random, concludedOn));
        }
        return builder.build();
    }

    /** A reference such as {@code DEVT 013-2609/17/BM}. */
    private static String reference(RandomGenerator random, LocalDate concludedOn) {
        return String.format("%s %03d-%04d/%02d/BM", pick(random, FrenchData.REFERENCE_SERVICES),
                random.nextInt(1000), random.nextInt(10000), concludedOn.getYear() % 100);
    }

    /**
     * Obtains a generator of articles numbered {@code 1} to {@code n}, with French titles and,
     * now and then, a text.
     *
     * @param min  the fewest articles, zero or positive
     * @param max  the most articles, not less than {@code min}
     * @return the generator of lists whose length grows with the size, never null
     * @throws IllegalArgumentException if the bounds are out of range
     */
    public static Gen<List<Article>> articles(int min, int max) {
        return numbered(min, max, (random, number) -> article(random, Integer.toString(number)));
    }

    static Article article(RandomGenerator random, String number) {
        String title = pick(random, FrenchData.ARTICLE_TITLES);
        return Draws.oneIn(random, 3)
                ? Article.of(number, title, "Les parties conviennent des dispositions de l'article " + number + ".")
                : Article.of(number, title);
    }

    /**
     * Obtains a generator of phases numbered {@code 1} to {@code n}, each with orientations of
     * distinct orders.
     *
     * @param min  the fewest phases, zero or positive
     * @param max  the most phases, not less than {@code min}
     * @return the generator of lists whose length grows with the size, never null
     * @throws IllegalArgumentException if the bounds are out of range
     */
    public static Gen<List<Phase>> phases(int min, int max) {
        return numbered(min, max, ConventionGen::phase);
    }

    /**
     * Obtains a generator of one phase with the given number.
     *
     * @param number  the phase number, from 1
     * @return the generator, never null
     * @throws IllegalArgumentException if the number is not positive
     */
    public static Gen<Phase> phase(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("a phase number counts from 1, was " + number);
        }
        return (random, size) -> phase(random, number);
    }

    static Phase phase(RandomGenerator random, int number) {
        Phase.Builder builder = Phase.builder().number(number).title(pick(random, FrenchData.PHASE_TITLES))
                .status(pick(random, List.of(PhaseStatus.values())))
                .addAllOrientations(orientations(0, 4).generate(random, 4));
        if (Draws.oneIn(random, 3)) {
            builder.description("Phase " + number + " du programme de travail.");
        }
        return builder.build();
    }

    /**
     * Obtains a generator of orientations ordered {@code 1} to {@code n}, some with a justification.
     *
     * @param min  the fewest orientations, zero or positive
     * @param max  the most orientations, not less than {@code min}
     * @return the generator of lists whose length grows with the size, never null
     * @throws IllegalArgumentException if the bounds are out of range
     */
    public static Gen<List<Orientation>> orientations(int min, int max) {
        return numbered(min, max, (random, order) -> Draws.oneIn(random, 3)
                ? Orientation.of(order, pick(random, FrenchData.ORIENTATIONS), pick(random, FrenchData.JUSTIFICATIONS))
                : Orientation.of(order, pick(random, FrenchData.ORIENTATIONS)));
    }

    /** Builds element {@code i} of a numbered list, from 1. */
    @FunctionalInterface
    private interface Numbered<T> {
        T build(RandomGenerator random, int number);
    }

    private static <T> Gen<List<T>> numbered(int min, int max, Numbered<T> element) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("lengths must satisfy 0 <= min <= max, were " + min + ", " + max);
        }
        return (random, size) -> {
            int count = Draws.length(random, min, Math.min(max, min + size));
            List<T> values = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                Spans.open(random);
                values.add(element.build(random, i));
                Spans.close(random);
            }
            return List.copyOf(values);
        };
    }

    /**
     * Obtains a generator of contributions in euros between two distinct parties among the given
     * ones, charged to budget years from {@code from}'s year on, with an exact schedule one time
     * in two.
     *
     * @param id  the identifier of the contribution, not null
     * @param parties  the identifiers of the parties, at least two, distinct, not null
     * @param from  the earliest date of an instalment, not null
     * @return the generator, never null
     * @throws IllegalArgumentException if there are fewer than two parties
     * @throws NullPointerException if an argument is null
     */
    public static Gen<FinancialContribution> contributions(String id, List<String> parties, LocalDate from) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        List<String> ids = List.copyOf(parties);
        if (ids.size() < 2) {
            throw new IllegalArgumentException("a contribution needs two parties, were " + ids);
        }
        return (random, size) -> contribution(random, id, ids, from);
    }

    static FinancialContribution contribution(RandomGenerator random, String id, List<String> parties, LocalDate from) {
        List<Integer> pair = Gen.pickDistinct(random, parties.size(), 2);
        boolean swap = random.nextBoolean();
        Money amount = Amounts.amount(random);
        int first = from.getYear() + random.nextInt(3);
        BudgetPeriod budget = Draws.oneIn(random, 4)
                ? BudgetPeriod.of(Year.of(first), Year.of(first + 1 + random.nextInt(3))) : BudgetPeriod.ofYear(first);
        if (Draws.edge(random)) {
            budget = pick(random, EDGE_BUDGETS);
        }
        FinancialContribution.Builder builder = FinancialContribution.builder().id(id)
                .contributor(parties.get(pair.get(swap ? 1 : 0)))
                .beneficiary(parties.get(pair.get(swap ? 0 : 1)))
                .amount(amount)
                .budget(budget)
                .nature(pick(random, VERSION_ONE_NATURES));
        if (random.nextBoolean()) {
            builder.purpose(pick(random, FrenchData.PURPOSES));
        }
        if (random.nextBoolean()) {
            builder.addAllSchedule(Amounts.schedule(random, amount, from));
        }
        return builder.build();
    }

    /**
     * Obtains a generator of steering committees whose members are among the given parties.
     *
     * @param parties  the identifiers of the parties, not null
     * @return the generator, never null
     * @throws NullPointerException if the list is null
     */
    public static Gen<SteeringCommittee> committees(List<String> parties) {
        List<String> ids = List.copyOf(parties);
        return (random, size) -> committee(random, ids);
    }

    static SteeringCommittee committee(RandomGenerator random, List<String> parties) {
        SteeringCommittee.Builder builder = SteeringCommittee.builder().name(pick(random, FrenchData.COMMITTEE_NAMES))
                .addAllMembers(sample(random, parties, Draws.length(random, 0, parties.size())));
        if (random.nextBoolean()) {
            builder.mission(pick(random, FrenchData.MISSIONS));
        }
        return builder.build();
    }

    /**
     * A decision on the given date validating some of phases 1..phases; one in eight is dated to the
     * month only, as an instrument recalling « le comité de pilotage de juin » does, or as a boundary
     * value ({@link EdgeCases}) to the year only or not at all.
     */
    static CommitteeDecision decision(RandomGenerator random, LocalDate date, int phases) {
        List<Integer> validated = new ArrayList<>();
        for (int position : Gen.pickDistinct(random, phases, random.nextInt(Math.min(phases, 3) + 1))) {
            validated.add(position + 1);
        }
        PartialDate decidedOn = PartialDate.of(date);
        if (random.nextInt(8) == 0) {   // a further draw only then: the other decisions keep their choices
            decidedOn = !Draws.edge(random) ? PartialDate.of(YearMonth.from(date))
                    : random.nextBoolean() ? PartialDate.of(Year.from(date)) : PartialDate.unknown();
        }
        return CommitteeDecision.of(decidedOn, pick(random, FrenchData.DECISIONS), validated);
    }

    /** The term of a convention: from its signature or its conclusion, for one to five years. */
    private static Term conventionTerm(RandomGenerator random, LocalDate concludedOn) {
        StartRule start = random.nextBoolean() ? StartRule.onSignatureByAllParties() : StartRule.onDate(concludedOn);
        int years = 1 + random.nextInt(5);
        TermEnd end = random.nextBoolean() ? TermEnd.after(Period.ofYears(years))
                : TermEnd.on(LocalDate.of(concludedOn.getYear() + years, 12, 31));
        return Draws.oneIn(random, 4) ? Term.of(start, end, Renewal.of(Period.ofYears(1), 1 + random.nextInt(3),
                random.nextBoolean())) : Term.of(start, end);
    }

    /**
     * Builds one dated signature per party, dated between two days, the last one on {@code to}.
     *
     * @param random  the source of randomness, not null
     * @param size  the size, for the people who sign
     * @param parties  the identifiers of the parties that sign, not null
     * @param from  the earliest date, not null
     * @param to  the latest date, the date of the last signature, not before {@code from}, not null
     * @return the signatures, in the order of the parties, never null
     */
    static List<Signature> signatures(RandomGenerator random, int size, List<String> parties, LocalDate from,
            LocalDate to) {
        List<Signature> signatures = new ArrayList<>(parties.size());
        int last = random.nextInt(parties.size());
        for (int i = 0; i < parties.size(); i++) {
            Spans.open(random);
            LocalDate date = i == last ? to : Dates.between(random, from, to);
            signatures.add(Signature.of(parties.get(i), PartyGen.persons().generate(random, size),
                    pick(random, FrenchData.CAPACITIES), date));
            Spans.close(random);
        }
        return signatures;
    }

    /** Some distinct elements of a list, in the list's order. */
    static <T> List<T> sample(RandomGenerator random, List<T> values, int count) {
        return Gen.pickDistinct(random, values.size(), count).stream().map(values::get).toList();
    }
}
