package dev.conventio.testkit;

import static dev.conventio.testkit.PartyGen.pick;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentCodes;
import dev.conventio.amendment.KnownFrom;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.Change;
import dev.conventio.change.ChangeCodes;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.ChangeTermEnd;
import dev.conventio.change.ProlongTerm;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.convention.ConventionCodes;
import dev.conventio.date.PartialDate;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.history.HistoryCodes;
import dev.conventio.party.Party;
import dev.conventio.signature.Signature;
import dev.conventio.signature.SignatureCodes;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.CodeCatalog;
import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ViolationCode;
import dev.conventio.work.Phase;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Generators of invalid cases, each labelled with the {@link ViolationCode} it must trigger and made
 * of one targeted mutation of a valid generated value.
 *
 * <p>Every code of {@link ViolationCode} has a generator: the invariants of each value, the
 * amendment rules (a candidate amendment for a generated history), the built-in policies (the same,
 * under the policy) and the query that cannot be answered (a sum that would mix currencies). Each
 * mutation is chosen so that the code it triggers is the only one: the valid value is generated in a
 * shape where the mutation breaks nothing else, such as a contribution without schedule for a
 * negative amount, which would otherwise also break the schedule's sum.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class InvalidCases {

    /** An identifier no generated party has. */
    static final String UNKNOWN_PARTY = "partie-inconnue";

    private InvalidCases() {
    }

    /**
     * Obtains a generator of invalid cases of every code, each code equally likely.
     *
     * @return the generator, never null
     */
    public static Gen<InvalidCase> invalidCases() {
        return Gen.oneOf(List.copyOf(cases().values()));
    }

    /**
     * Obtains a generator of invalid cases of the codes of the given kinds, each code equally likely,
     * such as the amendment rules and policies: {@code invalidCases(Kind.RULE, Kind.POLICY)}.
     *
     * @param kinds  the kinds of code, at least one, not null
     * @return the generator, never null
     * @throws IllegalArgumentException if no kind is given
     * @throws NullPointerException if the array or a kind is null
     */
    public static Gen<InvalidCase> invalidCases(ViolationCode.Kind... kinds) {
        Set<ViolationCode.Kind> wanted = Set.of(kinds);
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("at least one kind of code is needed");
        }
        return Gen.oneOf(cases().entrySet().stream().filter(entry -> wanted.contains(entry.getKey().kind()))
                .map(Map.Entry::getValue).toList());
    }

    /**
     * Obtains a generator of invalid cases that must trigger the given code.
     *
     * @param code  the code, not null
     * @return the generator, never null
     * @throws IllegalArgumentException if no generator covers the code, which a test of this module
     *     rules out for every code of the model
     * @throws NullPointerException if the code is null
     */
    public static Gen<InvalidCase> invalidCases(ViolationCode code) {
        Gen<InvalidCase> generator = cases().get(java.util.Objects.requireNonNull(code, "code"));
        if (generator == null) {
            throw new IllegalArgumentException("no invalid case triggers " + code);
        }
        return generator;
    }

    /**
     * Gets the codes that invalid cases cover.
     *
     * @return the codes, never null, unmodifiable
     */
    public static Set<ViolationCode> coveredCodes() {
        return Collections.unmodifiableSet(cases().keySet());
    }

    /**
     * The generator of each code, built on every call rather than kept in a static field: building
     * them draws nothing (they are generators, not values), and a registry filled during class
     * initialisation is code that runs once per JVM, before any mutant PIT inserts into it, so that
     * a case left out of the registry went unnoticed by mutation testing.
     */
    private static Map<ViolationCode, Gen<InvalidCase>> cases() {
        Map<ViolationCode, Gen<InvalidCase>> cases = new HashMap<>();
        IdentityCases.addTo(cases);
        invariantsOfConventions(cases);
        PartCases.addTo(cases);
        TextFormCases.addTo(cases);
        TextCases.addTo(cases);
        TimeCases.addTo(cases);
        DateRangeCases.addTo(cases);
        PartyCases.addTo(cases);
        MoneyCases.addTo(cases);
        RuleCases.addTo(cases);
        cases.put(HistoryCodes.MONEY_CURRENCY_MIXED, convention((random, c) -> {
            Convention mixed = c.toBuilder().addContribution(FinancialContribution.builder()
                    .from(c.contributions().get(0)).id("participation-chf")
                    .amount(Money.of(CurrencyUnit.CHF, c.contributions().get(0).amount().orElseThrow().getAmount()))
                    .schedule(List.of()).build()).build();
            ConsolidatedConvention consolidated = History.of(mixed).asOf(Conclusions.from(mixed));
            return InvalidCase.of(HistoryCodes.MONEY_CURRENCY_MIXED, "a contribution in CHF next to one in EUR,"
                    + " then the total committed", () -> consolidated.commitments().total());
        }));
        // In the order of core's catalog, so that a source of zeros picks its first code and the
        // generators do not depend on the iteration order of a hash map.
        Map<ViolationCode, Gen<InvalidCase>> ordered = new LinkedHashMap<>();
        for (ViolationCode code : CodeCatalog.named("conventio-core").orElseThrow().codes()) {
            if (cases.containsKey(code)) {
                ordered.put(code, cases.get(code));
            }
        }
        return Collections.unmodifiableMap(ordered);
    }

    // ---- invariants -------------------------------------------------------------------------

    private static void invariantsOfConventions(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(CommonCodes.TEXT_BLANK, convention((random, c) -> {
            String blank = pick(random, List.of("", " ", "\t", " \n "));
            return InvalidCase.of(CommonCodes.TEXT_BLANK, "object '" + c.object() + "' -> blank",
                    () -> c.toBuilder().object(blank).build());
        }));
        cases.put(ConventionCodes.CONVENTION_PARTIES_TOO_FEW, ConventionGen.minimalConventions().map(c ->
                InvalidCase.of(ConventionCodes.CONVENTION_PARTIES_TOO_FEW, "party '" + c.parties().get(1).id() + "' removed",
                        () -> c.toBuilder().parties(c.parties().subList(0, 1)).build())));
        cases.put(ConventionCodes.CONVENTION_PARTIES_DUPLICATE, convention((random, c) -> {
            Party party = pick(random, c.parties());
            return InvalidCase.of(ConventionCodes.CONVENTION_PARTIES_DUPLICATE, "party '" + party.id() + "' listed twice",
                    () -> c.toBuilder().addParty(party).build());
        }));
        cases.put(ConventionCodes.CONVENTION_PHASES_NOT_CONTIGUOUS, convention((random, c) -> {
            List<Phase> phases = new ArrayList<>(c.phases());
            int at = random.nextInt(phases.size());
            Phase phase = phases.get(at);
            int number = phase.number() + 1 + random.nextInt(3);
            phases.set(at, Phase.builder().from(phase).number(number).build());
            return InvalidCase.of(ConventionCodes.CONVENTION_PHASES_NOT_CONTIGUOUS, "phase " + phase.number()
                    + " renumbered " + number, () -> c.toBuilder().phases(phases).build());
        }));
        cases.put(ConventionCodes.CONVENTION_CONTRIBUTIONS_DUPLICATE, convention((random, c) -> {
            FinancialContribution contribution = pick(random, c.contributions());
            return InvalidCase.of(ConventionCodes.CONVENTION_CONTRIBUTIONS_DUPLICATE, "contribution '"
                    + contribution.id() + "' listed twice", () -> c.toBuilder().addContribution(contribution).build());
        }));
        cases.put(ConventionCodes.CONVENTION_DECISIONS_OUT_OF_ORDER, convention((random, c) -> {
            LocalDate last = lastDecisionDay(c);
            LocalDate later = last.plusDays(1 + random.nextInt(60));
            int days = (int) ChronoUnit.DAYS.between(Conclusions.from(c), later);
            LocalDate earlier = later.minusDays(1 + random.nextInt(days));
            return InvalidCase.of(ConventionCodes.CONVENTION_DECISIONS_OUT_OF_ORDER, "decisions of " + later + " then "
                    + earlier + " appended", () -> c.toBuilder()
                    .addDecision(CommitteeDecision.of(later, "présentation des résultats"))
                    .addDecision(CommitteeDecision.of(earlier, "adoption du programme de travail")).build());
        }));
        cases.put(ConventionCodes.DECISION_BEFORE_CONCLUSION, convention((random, c) -> {
            LocalDate before = Conclusions.from(c).minusDays(1 + random.nextInt(365));
            List<CommitteeDecision> decisions = new ArrayList<>(c.decisions());
            decisions.add(0, CommitteeDecision.of(before, "réunion préparatoire"));
            return InvalidCase.of(ConventionCodes.DECISION_BEFORE_CONCLUSION, "a decision of " + before
                    + " inserted first", () -> c.toBuilder().decisions(decisions).build());
        }));
        cases.put(ConventionCodes.DECISION_PHASE_UNKNOWN, convention((random, c) -> {
            LocalDate last = lastDecisionDay(c);
            int phase = c.phases().size() + 1 + random.nextInt(3);
            return InvalidCase.of(ConventionCodes.DECISION_PHASE_UNKNOWN, "a decision validating phase " + phase
                    + " appended", () -> c.toBuilder().addDecision(CommitteeDecision.of(last.plusDays(1),
                    "validation des phases", phase)).build());
        }));
        cases.put(ConventionCodes.COMMITTEE_MEMBER_UNKNOWN, convention((random, c) -> {
            SteeringCommittee committee = c.steeringCommittee()
                    .orElseGet(() -> ConventionGen.committee(random, List.copyOf(c.partyIds())));
            return InvalidCase.of(ConventionCodes.COMMITTEE_MEMBER_UNKNOWN, "member '" + UNKNOWN_PARTY + "' seated",
                    () -> c.toBuilder().steeringCommittee(SteeringCommittee.builder().from(committee)
                            .addMember(UNKNOWN_PARTY).build()).build());
        }));
        cases.put(ConventionCodes.ARTICLES_DUPLICATE_NUMBER, convention((random, c) -> {
            Article article = pick(random, c.articles());
            return InvalidCase.of(ConventionCodes.ARTICLES_DUPLICATE_NUMBER, "article " + article.number()
                    + " listed twice", () -> c.toBuilder().addArticle(Article.of(article.number(), "Article répété")).build());
        }));
        cases.put(ConventionCodes.CONTRIBUTION_PARTY_UNKNOWN, convention((random, c) -> {
            List<FinancialContribution> contributions = new ArrayList<>(c.contributions());
            int at = random.nextInt(contributions.size());
            FinancialContribution contribution = contributions.get(at);
            contributions.set(at, FinancialContribution.builder().from(contribution).contributor(UNKNOWN_PARTY).build());
            return InvalidCase.of(ConventionCodes.CONTRIBUTION_PARTY_UNKNOWN, "contributor of '" + contribution.id()
                    + "' -> '" + UNKNOWN_PARTY + "'", () -> c.toBuilder().contributions(contributions).build());
        }));
        cases.put(SignatureCodes.SIGNATURES_DUPLICATE_PARTY, convention((random, c) -> {
            Signature signature = pick(random, c.signatures());
            return InvalidCase.of(SignatureCodes.SIGNATURES_DUPLICATE_PARTY, "signature of '" + signature.party()
                    + "' given twice", () -> c.toBuilder().addSignature(signature).build());
        }));
        cases.put(ConventionCodes.SIGNATURE_PARTY_UNKNOWN, convention((random, c) -> {
            Signature signature = pick(random, c.signatures());
            return InvalidCase.of(ConventionCodes.SIGNATURE_PARTY_UNKNOWN, "a signature for '" + UNKNOWN_PARTY
                    + "' appended", () -> c.toBuilder().addSignature(Signature.builder().from(signature)
                    .party(UNKNOWN_PARTY).signedOn(c.concludedOn()).build()).build());
        }));
        cases.put(ConventionCodes.SIGNATURE_AFTER_CONCLUSION, convention((random, c) -> {
            List<Signature> signatures = new ArrayList<>(c.signatures());
            int at = random.nextInt(signatures.size());
            LocalDate late = Conclusions.from(c).plusDays(1 + random.nextInt(30));
            signatures.set(at, signatures.get(at).withDate(late));
            return InvalidCase.of(ConventionCodes.SIGNATURE_AFTER_CONCLUSION, "signature of '"
                    + signatures.get(at).party() + "' dated " + late, () -> c.toBuilder().signatures(signatures).build());
        }));
        Gen<Amendment> amendments = ConventionGen.conventions().flatMap(AmendmentGen::amendments);
        cases.put(AmendmentCodes.AMENDMENT_NUMBER_NOT_POSITIVE, amendments.flatMap(a -> (random, size) -> {
            int number = -random.nextInt(3);
            return random.nextBoolean()
                    ? InvalidCase.of(AmendmentCodes.AMENDMENT_NUMBER_NOT_POSITIVE, "amendment numbered " + number,
                            () -> Amendment.builder().from(a).number(number).build())
                    : InvalidCase.of(AmendmentCodes.AMENDMENT_NUMBER_NOT_POSITIVE, "unrecorded amendment numbered "
                            + number, () -> UnrecordedAmendment.of(number));
        }));
        cases.put(AmendmentCodes.CHANGE_ARTICLE_UNKNOWN, amendments.map(a ->
                InvalidCase.of(AmendmentCodes.CHANGE_ARTICLE_UNKNOWN, "a change of article 99 appended", () ->
                        Amendment.builder().from(a).addChange(ChangeObject.of("99", "un autre objet")).build())));
        cases.put(ChangeCodes.UNTIL_ON_LASTING_CHANGE, amendments.flatMap(a -> (random, size) -> {
            LocalDate until = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3650));
            Period by = Period.ofYears(1 + random.nextInt(5));
            return random.nextBoolean()
                    ? InvalidCase.of(ChangeCodes.UNTIL_ON_LASTING_CHANGE, "a prolongation by " + by + " until " + until,
                            () -> ProlongTerm.of("1", by).withUntil(until))
                    : InvalidCase.of(ChangeCodes.UNTIL_ON_LASTING_CHANGE, "a new end of the term until " + until,
                            () -> ChangeTermEnd.of("1", TermEnd.on(until.plusYears(1))).withUntil(until));
        }));
        cases.put(AmendmentCodes.KNOWN_FROM_SIGNED, amendments.map(a -> {
            List<Signature> signatures = a.signatures().isEmpty()
                    ? List.of(Signature.byOffice("partie", "Le Maire", PartialDate.unknown())) : a.signatures();
            return InvalidCase.of(AmendmentCodes.KNOWN_FROM_SIGNED, "known from a later instrument, with "
                    + signatures.size() + " signatures", () -> Amendment.builder().from(a).signatures(signatures)
                    .knownFrom(KnownFrom.of("préambule de l'avenant suivant", PartialDate.unknown())).build());
        }));
    }

    /** The latest day the last decision of a convention may have been taken on, else its conclusion. */
    private static LocalDate lastDecisionDay(Convention c) {
        return c.decisions().isEmpty() ? Conclusions.from(c)
                : c.decisions().get(c.decisions().size() - 1).decidedOn().latest().orElse(Conclusions.from(c));
    }

    // ---- shapes of valid values ---------------------------------------------------------------

    /** Builds a case from a valid value and the source of randomness. */
    @FunctionalInterface
    interface Mutation<T> {
        InvalidCase mutate(RandomGenerator random, T valid);
    }

    /** Builds a case from a valid history and a valid candidate for it. */
    @FunctionalInterface
    interface RuleMutation {
        InvalidCase mutate(RandomGenerator random, History history, Amendment candidate);
    }

    static Gen<InvalidCase> convention(Mutation<Convention> mutation) {
        return ConventionGen.conventions().flatMap(c -> (random, size) -> mutation.mutate(random, c));
    }

    /** Mutates a contribution between two parties, with a schedule of at least two instalments or none. */
    static Gen<InvalidCase> contribution(boolean scheduled, Mutation<FinancialContribution> mutation) {
        return (random, size) -> {
            FinancialContribution generated = ConventionGen.contribution(random, "participation-1",
                    List.of("metropole-amp", "gip-crpv-paca"), LocalDate.of(2020, 1, 1));
            // Two instalments need two cents at least: 0.01 €, an edge case, is made 0.02 €.
            FinancialContribution valid = scheduled && generated.amount().orElseThrow().isLessThan(Money.ofMinor(CurrencyUnit.EUR, 2))
                    ? FinancialContribution.builder().from(generated).amount(generated.amount().orElseThrow().plusMinor(1))
                            .schedule(List.of()).build() : generated;
            List<Instalment> schedule = scheduled
                    ? Amounts.schedule(random, valid.amount().orElseThrow(), LocalDate.of(2020, 1, 1), 2) : List.of();
            return mutation.mutate(random, valid.withSchedule(schedule));
        };
    }

    /** Mutates a valid next amendment of a generated history. */
    static Gen<InvalidCase> next(RuleMutation mutation) {
        return new NextCases(mutation);
    }

    /** The cases of a mutation of a valid next amendment, of a generated history or of a given one. */
    private static final class NextCases implements Gen<InvalidCase> {
        private final RuleMutation mutation;

        NextCases(RuleMutation mutation) {
            this.mutation = mutation;
        }

        @Override
        public InvalidCase generate(RandomGenerator random, int size) {
            return HistoryGen.histories().flatMap(h -> of(h, HistoryGen.nextAmendments(h))).generate(random, size);
        }

        Gen<InvalidCase> of(History h, Gen<Amendment> next) {
            return next.flatMap(a -> (random, size) -> mutation.mutate(random, h, a));
        }
    }

    /**
     * Obtains a generator of invalid cases of the rules and policies whose candidate is one mutation
     * of a valid next amendment of the given history, each code equally likely, such as a stateful
     * test tries on the history it has built. Policy cases add their policy to the history.
     *
     * @param history  the history, not null
     * @return the generator, never null
     * @throws IllegalArgumentException if the history has no day left for a new amendment, as
     *     {@link HistoryGen#nextAmendments(History)} says
     * @throws NullPointerException if the history is null
     */
    public static Gen<InvalidCase> invalidNextAmendments(History history) {
        Gen<Amendment> next = HistoryGen.nextAmendments(history);
        return Gen.oneOf(cases().values().stream().filter(NextCases.class::isInstance)
                .map(cases -> ((NextCases) cases).of(history, next)).toList());
    }

    /**
     * Mutates a valid first amendment of a convention whose term ends on a fixed date without
     * renewal, in force for a year from its signature, so that its signatures can move in time
     * without its own term becoming invalid.
     */
    static Gen<InvalidCase> first(RuleMutation mutation) {
        return ConventionGen.conventions().flatMap(c -> {
            LocalDate concluded = Conclusions.from(c);
            LocalDate end = LocalDate.of(concluded.getYear() + 2, 12, 31);
            Convention base = c.toBuilder().term(Term.of(StartRule.onDate(concluded), TermEnd.on(end))).build();
            History history = History.of(base);
            return AmendmentGen.amendments(base).flatMap(a -> (random, size) -> mutation.mutate(random, history,
                    Amendment.builder().from(a).term(Term.of(StartRule.onSignatureByAllParties(),
                            TermEnd.after(Period.ofYears(1)))).build()));
        });
    }

    static Amendment shifted(Amendment amendment, long days) {
        return amendment.withSignatures(amendment.signatures().stream()
                .map(s -> s.withDate(s.date().orElseThrow().plusDays(days))).toList());
    }

    static Amendment prepended(Amendment amendment, Change change) {
        List<Change> changes = new ArrayList<>(amendment.changes());
        changes.add(0, change);
        return Amendment.builder().from(amendment).changes(changes).build();
    }

    static Amendment appended(Amendment amendment, Change change) {
        return Amendment.builder().from(amendment).addChange(change).build();
    }

    static String lastDigitShifted(RandomGenerator random, String digits) {
        int last = digits.charAt(digits.length() - 1) - '0';
        return digits.substring(0, digits.length() - 1) + (char) ('0' + (last + 1 + random.nextInt(9)) % 10);
    }
}
