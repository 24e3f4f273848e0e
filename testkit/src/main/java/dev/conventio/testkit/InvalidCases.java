package dev.conventio.testkit;

import static dev.conventio.testkit.PartyGen.pick;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentCodes;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.AddArticle;
import dev.conventio.change.AddContribution;
import dev.conventio.change.AddPhase;
import dev.conventio.change.Change;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.RemoveContribution;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.convention.ConventionCodes;
import dev.conventio.date.PartialDate;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinanceCodes;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.history.AmendmentPolicy;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.history.HistoryCodes;
import dev.conventio.party.Party;
import dev.conventio.party.PartyCodes;
import dev.conventio.party.Siren;
import dev.conventio.party.Siret;
import dev.conventio.signature.Signature;
import dev.conventio.signature.SignatureCodes;
import dev.conventio.term.Renewal;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermCodes;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.CodeCatalog;
import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ViolationCode;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import dev.conventio.work.WorkCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private static final Map<ViolationCode, Gen<InvalidCase>> CASES = cases();

    private InvalidCases() {
    }

    /**
     * Obtains a generator of invalid cases of every code, each code equally likely.
     *
     * @return the generator, never null
     */
    public static Gen<InvalidCase> invalidCases() {
        return Gen.oneOf(List.copyOf(CASES.values()));
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
        return Gen.oneOf(CASES.entrySet().stream().filter(entry -> wanted.contains(entry.getKey().kind()))
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
        Gen<InvalidCase> generator = CASES.get(java.util.Objects.requireNonNull(code, "code"));
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
        return Collections.unmodifiableSet(CASES.keySet());
    }

    private static Map<ViolationCode, Gen<InvalidCase>> cases() {
        Map<ViolationCode, Gen<InvalidCase>> cases = new HashMap<>();
        invariantsOfParties(cases);
        invariantsOfConventions(cases);
        invariantsOfParts(cases);
        TextFormCases.addTo(cases);
        TextCases.addTo(cases);
        TimeCases.addTo(cases);
        DateRangeCases.addTo(cases);
        PartyCases.addTo(cases);
        MoneyCases.addTo(cases);
        rules(cases);
        policies(cases);
        cases.put(HistoryCodes.MONEY_CURRENCY_MIXED, convention((random, c) -> {
            Convention mixed = c.toBuilder().addContribution(FinancialContribution.builder()
                    .from(c.contributions().get(0)).id("participation-chf")
                    .amount(Money.of(CurrencyUnit.CHF, c.contributions().get(0).amount().orElseThrow().getAmount()))
                    .schedule(List.of()).build()).build();
            ConsolidatedConvention consolidated = History.of(mixed).asOf(mixed.concludedOn());
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

    private static void invariantsOfParties(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(CommonCodes.IDENTIFIER_MALFORMED, PartyGen.parties().flatMap(party -> (random, size) -> {
            String id = pick(random, List.of("", "Metropole-AMP", "metropole amp", "-amp", "amp-", "métropole",
                    "a".repeat(65)));
            return InvalidCase.of(CommonCodes.IDENTIFIER_MALFORMED, "party id '" + party.id() + "' -> '" + id + "'",
                    () -> Party.builder().from(party).id(id).build());
        }));
        cases.put(PartyCodes.SIREN_MALFORMED, PartyGen.sirens().flatMap(siren -> (random, size) -> {
            String text = siren.toString();
            int at = random.nextInt(9);
            String bad = switch (random.nextInt(3)) {
                case 0 -> text.substring(0, at) + text.substring(at + 1);
                case 1 -> text.substring(0, at) + 'O' + text.substring(at + 1);
                default -> text.substring(0, 3) + ' ' + text.substring(3);
            };
            return InvalidCase.of(PartyCodes.SIREN_MALFORMED, "SIREN " + text + " -> '" + bad + "'",
                    () -> Siren.parse(bad));
        }));
        cases.put(PartyCodes.SIREN_CHECKSUM, PartyGen.sirens().flatMap(siren -> (random, size) -> {
            String bad = lastDigitShifted(random, siren.toString());
            return InvalidCase.of(PartyCodes.SIREN_CHECKSUM, "SIREN " + siren + " -> " + bad, () -> Siren.parse(bad));
        }));
        cases.put(PartyCodes.SIRET_MALFORMED, PartyGen.sirets().map(siret -> {
            String bad = siret.toString().substring(1);
            return InvalidCase.of(PartyCodes.SIRET_MALFORMED, "SIRET " + siret + " -> " + bad, () -> Siret.parse(bad));
        }));
        cases.put(PartyCodes.SIRET_CHECKSUM, PartyGen.luhnSirets().flatMap(siret -> (random, size) -> {
            String bad = lastDigitShifted(random, siret.toString());
            return InvalidCase.of(PartyCodes.SIRET_CHECKSUM, "SIRET " + siret + " -> " + bad, () -> Siret.parse(bad));
        }));
        cases.put(PartyCodes.PARTY_SIRET_SIREN_MISMATCH, PartyGen.parties().flatMap(party -> (random, size) -> {
            Siren siren = PartyGen.sirens().generate(random, size);
            String digits = siren.toString();
            // Another valid SIREN: the first digit changed, the check digit recomputed.
            String other = PartyGen.withCheckDigit((char) ('0' + (digits.charAt(0) - '0' + 1) % 10) + digits.substring(1, 8));
            Siret siret = PartyGen.siretOf(random, other);
            return InvalidCase.of(PartyCodes.PARTY_SIRET_SIREN_MISMATCH, "SIREN " + siren + " with SIRET " + siret,
                    () -> Party.builder().from(party).siren(siren).siret(siret).build());
        }));
    }

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
            LocalDate last = c.decisions().isEmpty() ? c.concludedOn() : c.decisions().get(c.decisions().size() - 1).date();
            LocalDate later = last.plusDays(1 + random.nextInt(60));
            LocalDate earlier = later.minusDays(1 + random.nextInt((int) ChronoUnit.DAYS.between(c.concludedOn(), later)));
            return InvalidCase.of(ConventionCodes.CONVENTION_DECISIONS_OUT_OF_ORDER, "decisions of " + later + " then "
                    + earlier + " appended", () -> c.toBuilder()
                    .addDecision(CommitteeDecision.of(later, "présentation des résultats"))
                    .addDecision(CommitteeDecision.of(earlier, "adoption du programme de travail")).build());
        }));
        cases.put(ConventionCodes.DECISION_BEFORE_CONCLUSION, convention((random, c) -> {
            LocalDate before = c.concludedOn().minusDays(1 + random.nextInt(365));
            List<CommitteeDecision> decisions = new ArrayList<>(c.decisions());
            decisions.add(0, CommitteeDecision.of(before, "réunion préparatoire"));
            return InvalidCase.of(ConventionCodes.DECISION_BEFORE_CONCLUSION, "a decision of " + before
                    + " inserted first", () -> c.toBuilder().decisions(decisions).build());
        }));
        cases.put(ConventionCodes.DECISION_PHASE_UNKNOWN, convention((random, c) -> {
            LocalDate last = c.decisions().isEmpty() ? c.concludedOn() : c.decisions().get(c.decisions().size() - 1).date();
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
                    .party(UNKNOWN_PARTY).signedOn(PartialDate.of(c.concludedOn())).build()).build());
        }));
        cases.put(ConventionCodes.SIGNATURE_AFTER_CONCLUSION, convention((random, c) -> {
            List<Signature> signatures = new ArrayList<>(c.signatures());
            int at = random.nextInt(signatures.size());
            LocalDate late = c.concludedOn().plusDays(1 + random.nextInt(30));
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
    }

    private static void invariantsOfParts(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(WorkCodes.PHASE_NUMBER_NOT_POSITIVE, ConventionGen.phase(1).flatMap(phase -> (random, size) -> {
            int number = -random.nextInt(3);
            return InvalidCase.of(WorkCodes.PHASE_NUMBER_NOT_POSITIVE, "phase numbered " + number,
                    () -> Phase.builder().from(phase).number(number).build());
        }));
        cases.put(WorkCodes.ORIENTATION_ORDER_NOT_POSITIVE, ConventionGen.orientations(1, 1).flatMap(list ->
                (random, size) -> {
                    int order = -random.nextInt(3);
                    return InvalidCase.of(WorkCodes.ORIENTATION_ORDER_NOT_POSITIVE, "orientation ordered " + order,
                            () -> Orientation.of(order, list.get(0).title()));
                }));
        cases.put(WorkCodes.PHASE_ORIENTATIONS_DUPLICATE_ORDER, ConventionGen.phase(1).flatMap(phase ->
                ConventionGen.orientations(1, 4).map(orientations -> {
                    List<Orientation> doubled = new ArrayList<>(orientations);
                    doubled.add(orientations.get(0));
                    return InvalidCase.of(WorkCodes.PHASE_ORIENTATIONS_DUPLICATE_ORDER, "orientation 1 listed twice",
                            () -> phase.withOrientations(doubled));
                })));
        cases.put(FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE, contribution(false, (random, c) -> {
            Money amount = random.nextBoolean() ? c.amount().orElseThrow().multipliedBy(0) : c.amount().orElseThrow().negated();
            return InvalidCase.of(FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE, "amount " + c.amount().orElseThrow() + " -> " + amount,
                    () -> c.withAmount(amount));
        }));
        cases.put(FinanceCodes.CONTRIBUTION_BENEFICIARY_IS_CONTRIBUTOR, contribution(false, (random, c) ->
                InvalidCase.of(FinanceCodes.CONTRIBUTION_BENEFICIARY_IS_CONTRIBUTOR, "beneficiary -> '" + c.contributor()
                        + "', the contributor", () -> FinancialContribution.builder().from(c).beneficiary(c.contributor())
                        .build())));
        cases.put(FinanceCodes.INSTALMENT_AMOUNT_NOT_POSITIVE, contribution(true, (random, c) -> {
            Instalment instalment = c.schedule().get(0);
            Money amount = random.nextBoolean() ? instalment.amount().multipliedBy(0) : instalment.amount().negated();
            return InvalidCase.of(FinanceCodes.INSTALMENT_AMOUNT_NOT_POSITIVE, "instalment of " + instalment.amount()
                    + " -> " + amount, () -> Instalment.of(instalment.dueOn().orElseThrow(), amount));
        }));
        cases.put(FinanceCodes.SCHEDULE_CURRENCY_MISMATCH, contribution(true, (random, c) -> {
            List<Instalment> schedule = new ArrayList<>(c.schedule());
            Instalment first = schedule.get(0);
            schedule.set(0, Instalment.of(first.dueOn().orElseThrow(), Money.of(CurrencyUnit.USD, first.amount().getAmount())));
            return InvalidCase.of(FinanceCodes.SCHEDULE_CURRENCY_MISMATCH, "first instalment in USD",
                    () -> c.withSchedule(schedule));
        }));
        cases.put(FinanceCodes.SCHEDULE_SUM_MISMATCH, contribution(true, (random, c) -> {
            Money amount = c.amount().orElseThrow().plusMinor(1 + random.nextInt(100_000));
            return InvalidCase.of(FinanceCodes.SCHEDULE_SUM_MISMATCH, "amount " + c.amount().orElseThrow() + " -> " + amount
                    + ", schedule kept", () -> c.withAmount(amount));
        }));
        cases.put(FinanceCodes.SCHEDULE_DATES_OUT_OF_ORDER, contribution(true, (random, c) -> {
            List<Instalment> schedule = new ArrayList<>(c.schedule());
            Instalment first = schedule.get(0);
            Instalment second = schedule.get(1);
            schedule.set(0, Instalment.of(second.dueOn().orElseThrow(), first.amount()));
            schedule.set(1, Instalment.of(first.dueOn().orElseThrow(), second.amount()));
            return InvalidCase.of(FinanceCodes.SCHEDULE_DATES_OUT_OF_ORDER, "due dates of the first two instalments"
                    + " swapped", () -> c.withSchedule(schedule));
        }));
        cases.put(FinanceCodes.BUDGET_PERIOD_REVERSED, (random, size) -> {
            int first = 2015 + random.nextInt(10);
            int last = first + 1 + random.nextInt(3);
            return InvalidCase.of(FinanceCodes.BUDGET_PERIOD_REVERSED, "budget period " + first + "-" + last
                    + " reversed", () -> BudgetPeriod.of(Year.of(last), Year.of(first)));
        });
        cases.put(TermCodes.TERM_END_NOT_AFTER_START, (random, size) -> {
            LocalDate start = Dates.between(random, ConventionGen.EARLIEST, ConventionGen.LATEST);
            Term term = Term.of(StartRule.onDate(start), TermEnd.on(start.plusYears(1 + random.nextInt(4))));
            LocalDate end = start.minusDays(random.nextInt(30));
            return InvalidCase.of(TermCodes.TERM_END_NOT_AFTER_START, "end of " + term + " -> " + end,
                    () -> term.withEnd(TermEnd.on(end)));
        });
        cases.put(TermCodes.DURATION_NOT_POSITIVE, (random, size) -> {
            Period period = pick(random, List.of(Period.ZERO, Period.ofYears(-1), Period.of(1, -13, 0),
                    Period.ofDays(-random.nextInt(1, 400))));
            return random.nextBoolean()
                    ? InvalidCase.of(TermCodes.DURATION_NOT_POSITIVE, "term after " + period, () -> TermEnd.after(period))
                    : InvalidCase.of(TermCodes.DURATION_NOT_POSITIVE, "renewal for " + period,
                            () -> Renewal.of(period, 1, true));
        });
        cases.put(TermCodes.RENEWAL_COUNT_NOT_POSITIVE, (random, size) -> {
            int count = -random.nextInt(3);
            return InvalidCase.of(TermCodes.RENEWAL_COUNT_NOT_POSITIVE, "renewable " + count + " times",
                    () -> Renewal.of(Period.ofYears(1), count, random.nextBoolean()));
        });
    }

    // ---- rules and policies -----------------------------------------------------------------

    private static void rules(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT, next((random, h, a) -> {
            int number = a.number() + 1 + random.nextInt(3);
            return InvalidCase.ofRule(HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT, "amendment n° " + a.number()
                    + " renumbered " + number, h, Amendment.builder().from(a).number(number).build());
        }));
        cases.put(HistoryCodes.AMENDMENT_SIGNATURE_MISSING, next((random, h, a) -> {
            List<Signature> signatures = new ArrayList<>(a.signatures());
            LocalDate concluded = a.lastSignatureDate().orElseThrow();
            // Keep a signature of the day of conclusion, so that the amendment is concluded on the same day.
            int keep = signatures.indexOf(signatures.stream().filter(s -> s.date().orElseThrow().equals(concluded))
                    .findFirst().orElseThrow());
            int drop = (keep + 1 + random.nextInt(signatures.size() - 1)) % signatures.size();
            Signature dropped = signatures.remove(drop);
            return InvalidCase.ofRule(HistoryCodes.AMENDMENT_SIGNATURE_MISSING, "signature of '" + dropped.party()
                    + "' removed", h, a.withSignatures(signatures));
        }));
        cases.put(HistoryCodes.AMENDMENT_SIGNATORY_NOT_A_PARTY, next((random, h, a) -> {
            Signature first = a.signatures().get(0);
            LocalDate earliest = a.signatures().stream().map(s -> s.date().orElseThrow()).min(LocalDate::compareTo)
                    .orElseThrow();
            List<Signature> signatures = new ArrayList<>(a.signatures());
            signatures.add(Signature.builder().from(first).party(UNKNOWN_PARTY).signedOn(PartialDate.of(earliest)).build());
            return InvalidCase.ofRule(HistoryCodes.AMENDMENT_SIGNATORY_NOT_A_PARTY, "a signature for '" + UNKNOWN_PARTY
                    + "' appended", h, a.withSignatures(signatures));
        }));
        cases.put(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END, first((random, h, a) -> {
            LocalDate end = h.base().term().orElseThrow().end().orElseThrow().date().orElseThrow();
            long shift = ChronoUnit.DAYS.between(a.lastSignatureDate().orElseThrow(), end) + 1 + random.nextInt(60);
            return InvalidCase.ofRule(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END, "signatures moved " + shift
                    + " days later, after the convention ended on " + end, h, shifted(a, shift));
        }));
        cases.put(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, first((random, h, a) -> {
            LocalDate earliest = a.signatures().stream().map(s -> s.date().orElseThrow()).min(LocalDate::compareTo)
                    .orElseThrow();
            long shift = -(ChronoUnit.DAYS.between(h.base().concludedOn(), earliest) + 1 + random.nextInt(60));
            return InvalidCase.ofRule(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "signatures moved " + -shift
                    + " days earlier, before the convention was concluded on " + h.base().concludedOn(), h, shifted(a, shift));
        }));
        cases.put(HistoryCodes.AMENDMENT_TERM_ENDS_BEFORE_EFFECT, first((random, h, a) -> {
            LocalDate end = a.lastSignatureDate().orElseThrow().minusDays(1 + random.nextInt(30));
            return InvalidCase.ofRule(HistoryCodes.AMENDMENT_TERM_ENDS_BEFORE_EFFECT, "term ends on " + end
                    + ", before the last signature", h, Amendment.builder().from(a)
                    .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(end))).build());
        }));
        cases.put(HistoryCodes.CHANGE_TARGET_MISSING, next((random, h, a) ->
                InvalidCase.ofRule(HistoryCodes.CHANGE_TARGET_MISSING, "removal of contribution 'participation-inconnue'"
                        + " inserted first", h, prepended(a, RemoveContribution.of("1", "participation-inconnue")))));
        cases.put(HistoryCodes.CHANGE_TARGET_EXISTS, next((random, h, a) -> {
            Article existing = pick(random, h.base().articles());
            return InvalidCase.ofRule(HistoryCodes.CHANGE_TARGET_EXISTS, "addition of article " + existing.number()
                    + ", which exists, inserted first", h, prepended(a, AddArticle.of("1",
                    Article.of(existing.number(), "Article ajouté"))));
        }));
        cases.put(HistoryCodes.CHANGE_RESULT_INVALID, next((random, h, a) -> {
            int phase = h.standingBefore(a).phases().size() + 2;
            return InvalidCase.ofRule(HistoryCodes.CHANGE_RESULT_INVALID, "addition of phase " + phase
                    + ", leaving a gap, inserted first", h, prepended(a, AddPhase.of("1",
                    ConventionGen.phase(random, phase))));
        }));
    }

    private static void policies(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(HistoryCodes.POLICY_OBJECT_CHANGED, next((random, h, a) ->
                InvalidCase.ofRule(HistoryCodes.POLICY_OBJECT_CHANGED, "a change of object appended, under "
                        + "objectUnchanged", h.withPolicies(AmendmentPolicy.objectUnchanged()),
                        appended(a, ChangeObject.of("1", pick(random, FrenchData.OBJECTS))))));
        cases.put(HistoryCodes.POLICY_INCREASE_CAP_EXCEEDED, next((random, h, a) -> {
            BigDecimal percent = pick(random, List.of(BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("15"),
                    new BigDecimal("50")));
            Money excess = increaseBeyond(random, h, a, percent, Optional.empty());
            return InvalidCase.ofRule(HistoryCodes.POLICY_INCREASE_CAP_EXCEEDED, "a contribution of " + excess
                    + " appended, under maxIncreasePerAmendment(" + percent + ")",
                    h.withPolicies(AmendmentPolicy.maxIncreasePerAmendment(percent)), withContribution(random, h, a, excess));
        }));
        cases.put(HistoryCodes.POLICY_CUMULATIVE_CAP_EXCEEDED, next((random, h, a) -> {
            BigDecimal percent = pick(random, List.of(BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("15")));
            Optional<Money> earlier = Optional.empty();
            for (var record : h.amendments()) {
                if (record instanceof Amendment amendment && !amendment.isDraft()) {
                    earlier = sum(earlier, h.committedIncrease(amendment.number()));
                }
            }
            Money excess = increaseBeyond(random, h, a, percent, earlier);
            return InvalidCase.ofRule(HistoryCodes.POLICY_CUMULATIVE_CAP_EXCEEDED, "a contribution of " + excess
                    + " appended, under maxCumulativeIncrease(" + percent + ")",
                    h.withPolicies(AmendmentPolicy.maxCumulativeIncrease(percent)), withContribution(random, h, a, excess));
        }));
    }

    /**
     * The amount to add to the candidate so that the increase exceeds the cap: the cap, less what the
     * candidate and the earlier amendments already add, plus a margin.
     */
    private static Money increaseBeyond(RandomGenerator random, History h, Amendment a, BigDecimal percent,
            Optional<Money> earlier) {
        Money initial = total(History.of(h.base()).asOf(h.base().concludedOn()));
        Money cap = initial.multipliedBy(percent.movePointLeft(2), java.math.RoundingMode.UP);
        Money already = total(h.standingAfter(a)).minus(total(h.standingBefore(a)))
                .plus(earlier.orElse(Money.zero(CurrencyUnit.EUR)));
        Money needed = cap.minus(already).plusMinor(100 * (1 + random.nextInt(1000)));
        return needed.isPositive() ? needed : Money.ofMinor(CurrencyUnit.EUR, 100 * (1 + random.nextInt(1000)));
    }

    private static Money total(ConsolidatedConvention consolidated) {
        return consolidated.commitments().total().recorded().orElse(Money.zero(CurrencyUnit.EUR));
    }

    private static Optional<Money> sum(Optional<Money> left, Optional<Money> right) {
        return left.isEmpty() ? right : right.map(value -> value.plus(left.get())).or(() -> left);
    }

    private static Amendment withContribution(RandomGenerator random, History h, Amendment a, Money amount) {
        List<String> parties = List.copyOf(h.standingAfter(a).convention().partyIds());
        FinancialContribution added = FinancialContribution.builder()
                .from(ConventionGen.contribution(random, "participation-supplementaire", parties, h.base().concludedOn()))
                .amount(amount).schedule(List.of()).build();
        return appended(a, AddContribution.of("1", added));
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
    private static Gen<InvalidCase> contribution(boolean scheduled, Mutation<FinancialContribution> mutation) {
        return (random, size) -> {
            FinancialContribution generated = ConventionGen.contribution(random, "participation-1",
                    List.of("metropole-amp", "gip-crpv-paca"), LocalDate.of(2020, 1, 1));
            // Two instalments need two cents at least: 0.01 €, an edge case, is made 0.02 €.
            FinancialContribution valid = scheduled && generated.amount().orElseThrow().isLessThan(Money.ofMinor(CurrencyUnit.EUR, 2))
                    ? FinancialContribution.builder().from(generated).amount(generated.amount().orElseThrow().plusMinor(1))
                            .schedule(List.of()).build() : generated;
            List<Instalment> schedule = scheduled
                    ? ConventionGen.schedule(random, valid.amount().orElseThrow(), LocalDate.of(2020, 1, 1), 2) : List.of();
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
        return Gen.oneOf(CASES.values().stream().filter(NextCases.class::isInstance)
                .map(cases -> ((NextCases) cases).of(history, next)).toList());
    }

    /**
     * Mutates a valid first amendment of a convention whose term ends on a fixed date without
     * renewal, in force for a year from its signature, so that its signatures can move in time
     * without its own term becoming invalid.
     */
    private static Gen<InvalidCase> first(RuleMutation mutation) {
        return ConventionGen.conventions().flatMap(c -> {
            LocalDate end = LocalDate.of(c.concludedOn().getYear() + 2, 12, 31);
            Convention base = c.toBuilder().term(Term.of(StartRule.onDate(c.concludedOn()), TermEnd.on(end))).build();
            History history = History.of(base);
            return AmendmentGen.amendments(base).flatMap(a -> (random, size) -> mutation.mutate(random, history,
                    Amendment.builder().from(a).term(Term.of(StartRule.onSignatureByAllParties(),
                            TermEnd.after(Period.ofYears(1)))).build()));
        });
    }

    private static Amendment shifted(Amendment amendment, long days) {
        return amendment.withSignatures(amendment.signatures().stream()
                .map(s -> s.withDate(s.date().orElseThrow().plusDays(days))).toList());
    }

    private static Amendment prepended(Amendment amendment, Change change) {
        List<Change> changes = new ArrayList<>(amendment.changes());
        changes.add(0, change);
        return Amendment.builder().from(amendment).changes(changes).build();
    }

    static Amendment appended(Amendment amendment, Change change) {
        return Amendment.builder().from(amendment).addChange(change).build();
    }

    private static String lastDigitShifted(RandomGenerator random, String digits) {
        int last = digits.charAt(digits.length() - 1) - '0';
        return digits.substring(0, digits.length() - 1) + (char) ('0' + (last + 1 + random.nextInt(9)) % 10);
    }
}
