package dev.conventio.testkit;

import static dev.conventio.testkit.PartyGen.pick;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.AddArticle;
import dev.conventio.change.AddContribution;
import dev.conventio.change.AddPhase;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.RemoveContribution;
import dev.conventio.convention.Article;
import dev.conventio.date.PartialDate;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.history.AmendmentPolicy;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.history.HistoryCodes;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.ViolationCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** The invalid cases of the amendment rules and the built-in policies, for {@link InvalidCases}. */
final class RuleCases {

    private RuleCases() {
    }

    static void addTo(Map<ViolationCode, Gen<InvalidCase>> cases) {
        rules(cases);
        policies(cases);
    }

    private static void rules(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT, InvalidCases.next((random, h, a) -> {
            int number = a.number() + 1 + random.nextInt(3);
            return InvalidCase.ofRule(HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT, "amendment n° " + a.number()
                    + " renumbered " + number, h, Amendment.builder().from(a).number(number).build());
        }));
        cases.put(HistoryCodes.AMENDMENT_SIGNATURE_MISSING, InvalidCases.next((random, h, a) -> {
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
        cases.put(HistoryCodes.AMENDMENT_SIGNATORY_NOT_A_PARTY, InvalidCases.next((random, h, a) -> {
            Signature first = a.signatures().get(0);
            LocalDate earliest = a.signatures().stream().map(s -> s.date().orElseThrow()).min(LocalDate::compareTo)
                    .orElseThrow();
            List<Signature> signatures = new ArrayList<>(a.signatures());
            signatures.add(Signature.builder().from(first).party(InvalidCases.UNKNOWN_PARTY).signedOn(PartialDate.of(earliest)).build());
            return InvalidCase.ofRule(HistoryCodes.AMENDMENT_SIGNATORY_NOT_A_PARTY, "a signature for '" + InvalidCases.UNKNOWN_PARTY
                    + "' appended", h, a.withSignatures(signatures));
        }));
        cases.put(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END, InvalidCases.first((random, h, a) -> {
            LocalDate end = h.base().term().orElseThrow().end().orElseThrow().date().orElseThrow();
            long shift = ChronoUnit.DAYS.between(a.lastSignatureDate().orElseThrow(), end) + 1 + random.nextInt(60);
            return InvalidCase.ofRule(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END, "signatures moved " + shift
                    + " days later, after the convention ended on " + end, h, InvalidCases.shifted(a, shift));
        }));
        cases.put(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, InvalidCases.first((random, h, a) -> {
            LocalDate earliest = a.signatures().stream().map(s -> s.date().orElseThrow()).min(LocalDate::compareTo)
                    .orElseThrow();
            long shift = -(ChronoUnit.DAYS.between(Conclusions.from(h.base()), earliest) + 1 + random.nextInt(60));
            return InvalidCase.ofRule(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "signatures moved " + -shift
                    + " days earlier, before the convention was concluded on " + h.base().concludedOn(), h,
                    InvalidCases.shifted(a, shift));
        }));
        cases.put(HistoryCodes.AMENDMENT_TERM_ENDS_BEFORE_EFFECT, InvalidCases.first((random, h, a) -> {
            LocalDate end = a.lastSignatureDate().orElseThrow().minusDays(1 + random.nextInt(30));
            return InvalidCase.ofRule(HistoryCodes.AMENDMENT_TERM_ENDS_BEFORE_EFFECT, "term ends on " + end
                    + ", before the last signature", h, Amendment.builder().from(a)
                    .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(end))).build());
        }));
        cases.put(HistoryCodes.CHANGE_ENDS_BEFORE_EFFECT, InvalidCases.first((random, h, a) -> {
            LocalDate until = a.lastSignatureDate().orElseThrow().minusDays(1 + random.nextInt(30));
            return InvalidCase.ofRule(HistoryCodes.CHANGE_ENDS_BEFORE_EFFECT, "a change of the object until " + until
                    + ", before the last signature, inserted first", h, InvalidCases.prepended(a,
                    ChangeObject.of("1", "Objet pour une période close").withUntil(until)));
        }));
        cases.put(HistoryCodes.CHANGE_TARGET_MISSING, InvalidCases.next((random, h, a) ->
                InvalidCase.ofRule(HistoryCodes.CHANGE_TARGET_MISSING, "removal of contribution 'participation-inconnue'"
                        + " inserted first", h, InvalidCases.prepended(a, RemoveContribution.of("1", "participation-inconnue")))));
        cases.put(HistoryCodes.CHANGE_TARGET_EXISTS, InvalidCases.next((random, h, a) -> {
            Article existing = pick(random, h.base().articles());
            return InvalidCase.ofRule(HistoryCodes.CHANGE_TARGET_EXISTS, "addition of article " + existing.number()
                    + ", which exists, inserted first", h, InvalidCases.prepended(a, AddArticle.of("1",
                    Article.of(existing.number(), "Article ajouté"))));
        }));
        cases.put(HistoryCodes.CHANGE_RESULT_INVALID, InvalidCases.next((random, h, a) -> {
            int phase = h.standingBefore(a).phases().size() + 2;
            return InvalidCase.ofRule(HistoryCodes.CHANGE_RESULT_INVALID, "addition of phase " + phase
                    + ", leaving a gap, inserted first", h, InvalidCases.prepended(a, AddPhase.of("1",
                    ConventionGen.phase(random, phase))));
        }));
    }

    private static void policies(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(HistoryCodes.POLICY_OBJECT_CHANGED, InvalidCases.next((random, h, a) ->
                InvalidCase.ofRule(HistoryCodes.POLICY_OBJECT_CHANGED, "a change of object appended, under "
                        + "objectUnchanged", h.withPolicies(AmendmentPolicy.objectUnchanged()),
                        InvalidCases.appended(a, ChangeObject.of("1", pick(random, FrenchData.OBJECTS))))));
        cases.put(HistoryCodes.POLICY_INCREASE_CAP_EXCEEDED, InvalidCases.next((random, h, a) -> {
            BigDecimal percent = pick(random, List.of(BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("15"),
                    new BigDecimal("50")));
            Money excess = increaseBeyond(random, h, a, percent, Optional.empty());
            return InvalidCase.ofRule(HistoryCodes.POLICY_INCREASE_CAP_EXCEEDED, "a contribution of " + excess
                    + " appended, under maxIncreasePerAmendment(" + percent + ")",
                    h.withPolicies(AmendmentPolicy.maxIncreasePerAmendment(percent)), withContribution(random, h, a, excess));
        }));
        cases.put(HistoryCodes.POLICY_CUMULATIVE_CAP_EXCEEDED, InvalidCases.next((random, h, a) -> {
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
        Money initial = total(History.of(h.base()).asOf(Conclusions.from(h.base())));
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
                .from(ConventionGen.contribution(random, "participation-supplementaire", parties,
                        Conclusions.from(h.base())))
                .amount(amount).schedule(List.of()).build();
        return InvalidCases.appended(a, AddContribution.of("1", added));
    }
}
