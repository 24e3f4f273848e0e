package dev.conventio.testkit;

import static dev.conventio.testkit.PartyGen.pick;

import dev.conventio.action.Action;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.finance.AidFacts;
import dev.conventio.finance.BeneficiaryShare;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.Instalment;
import dev.conventio.finance.InstalmentCondition;
import dev.conventio.finance.PaymentConditions;
import dev.conventio.finance.PaymentEvent;
import dev.conventio.finance.Portion;
import dev.conventio.finance.StateAidBasis;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.history.History;
import dev.conventio.objective.Quantity;
import dev.conventio.objective.Target;
import dev.conventio.objective.TargetPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import org.joda.money.Money;

/**
 * Generators of money in all its forms, actions and targets (format version 2 only): conventions of
 * a programme with its actions, its targets that are not money, and contributions of every nature,
 * with amounts per budget year (firm, forecast or not known), unknown amounts, ceilings, payment
 * conditions, instalments on an event, beneficiaries' shares and aid facts; their histories also
 * change actions, targets and yearly amounts, split contributions and transfer money.
 * <pre>{@code
 * History history = MoneyGen.historiesWithMoney().sample(42L, 8);
 * }</pre>
 *
 * <p>Every value is valid by construction. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MoneyGen {

    private static final List<String> ACTION_TITLES = List.of("Rénovation énergétique", "Accompagnement des ménages",
            "Instituts de recherche", "Formation en alternance", "Ingénierie de projet");
    private static final List<String> UNITS = List.of("logements", "ménages", "instituts", "apprentis", "quartiers");

    private MoneyGen() {
    }

    /**
     * Obtains a generator of complete conventions that record their text (see
     * {@link ConventionGen#conventionsWithText()}) and are also programmes: one to three actions, up to
     * three targets of the convention, a phase or an action, and contributions in every form that
     * version 2 of the format writes.
     *
     * @return the generator, never null
     */
    public static Gen<Convention> conventionsWithMoney() {
        return (random, size) -> withMoney(random, ConventionGen.conventionsWithText().generate(random, size));
    }

    /**
     * Obtains a generator of valid histories of {@link #conventionsWithMoney()}, whose amendments
     * also change actions, targets and yearly amounts, split contributions and transfer money, and
     * modify the text: every kind of change, written by format version 2 only.
     *
     * @return the generator, never null
     */
    public static Gen<History> historiesWithMoney() {
        return HistoryGen.histories(conventionsWithMoney());
    }

    private static Convention withMoney(RandomGenerator random, Convention convention) {
        Convention.Builder builder = convention.toBuilder();
        int actions = 1 + random.nextInt(3);
        List<String> actionIds = new ArrayList<>();
        for (int i = 1; i <= actions; i++) {
            actionIds.add("action-" + i);
            builder.addActions(action(random, "action-" + i));
        }
        int targets = random.nextInt(4);
        for (int i = 1; i <= targets; i++) {
            builder.addTargets(target(random, "objectif-" + i, convention.phases().size(), actionIds));
        }
        List<String> parties = List.copyOf(convention.partyIds());
        int extra = 1 + random.nextInt(3);
        for (int i = 1; i <= extra; i++) {
            builder.addContribution(contribution(random, "enveloppe-" + i, parties, Conclusions.from(convention),
                    actionIds));
        }
        return builder.build();
    }

    static Action action(RandomGenerator random, String id) {
        Action.Builder action = Action.builder().id(id).title(pick(random, ACTION_TITLES));
        if (random.nextBoolean()) {
            action.description("Action dotée dans le cadre du programme");
        }
        return action.build();
    }

    /** A target of the convention, of one of its {@code phases} or of one of the actions. */
    static Target target(RandomGenerator random, String id, int phases, List<String> actions) {
        int index = random.nextInt(UNITS.size());
        BigDecimal value = random.nextInt(4) == 0 ? BigDecimal.valueOf(1 + random.nextInt(999), 1)
                : BigDecimal.valueOf(1 + random.nextInt(5000));
        Quantity quantity = Quantity.of(value, UNITS.get(index), random.nextInt(5) == 0);
        int year = 2015 + random.nextInt(10);
        TargetPeriod period = switch (random.nextInt(4)) {
            case 0 -> TargetPeriod.perYear();
            case 1 -> TargetPeriod.programme();
            case 2 -> TargetPeriod.by(PartialDate.of(Year.of(year)));
            default -> TargetPeriod.over(Year.of(year), Year.of(year + random.nextInt(4)));
        };
        Target.Builder target = Target.builder().id(id).title("Nombre de " + UNITS.get(index)).quantity(quantity)
                .period(period);
        int attachment = random.nextInt(3);
        if (attachment == 1 && phases > 0) {
            target.phase(OptionalInt.of(1 + random.nextInt(phases)));
        } else if (attachment == 2 && !actions.isEmpty()) {
            target.action(pick(random, actions));
        }
        if (random.nextBoolean()) {
            target.source("article " + (1 + random.nextInt(9)));
        }
        return target.build();
    }

    /**
     * A contribution in one of the forms version 2 adds: yearly amounts, an unknown amount, shares,
     * payment conditions, instalments on an event, aid facts, a nature of version 2.
     */
    static FinancialContribution contribution(RandomGenerator random, String id, List<String> parties, LocalDate from,
            List<String> actions) {
        FinancialContribution base = ConventionGen.contribution(random, id, parties, from);
        Money amount = base.amount().orElseThrow();
        FinancialContribution.Builder builder = FinancialContribution.builder().from(base).schedule(List.of())
                .nature(pick(random, List.of(ContributionNature.values())));
        if (!actions.isEmpty() && random.nextBoolean()) {
            builder.action(pick(random, actions));
        }
        if (random.nextInt(3) == 0) {
            builder.aid(aid(random));
        }
        switch (random.nextInt(5)) {
            case 0 -> yearly(random, builder, base.budget().orElseThrow(), amount);
            case 1 -> builder.amount(java.util.Optional.empty()).inferredFrom("le reliquat")
                    .budget(random.nextBoolean() ? base.budget() : java.util.Optional.empty());
            case 2 -> shares(random, builder, base, parties);
            case 3 -> {
                List<Instalment> schedule = conditioned(random, amount, from);
                builder.payment(schedule.size() == 1 ? PaymentConditions.single() : PaymentConditions.inInstalments())
                        .schedule(schedule);
            }
            default -> builder.ceiling(true).payment(random.nextBoolean() ? PaymentConditions.single()
                    : PaymentConditions.other("sur présentation des justificatifs"));
        }
        return builder.build();
    }

    private static AidFacts aid(RandomGenerator random) {
        AidFacts.Builder aid = AidFacts.builder().basis(pick(random, List.of(StateAidBasis.values())));
        if (random.nextBoolean()) {
            aid.raeNumber(Integer.toString(1 + random.nextInt(99_999)));
        }
        if (random.nextBoolean()) {
            aid.scheme("dispositif " + (1 + random.nextInt(20))).basisReference("règlement (UE) 2023/2831");
        }
        return aid.build();
    }

    /**
     * The amount of each year of the budget, the last one now and then not known; none when the
     * amount is too small to give every year one cent.
     */
    private static void yearly(RandomGenerator random, FinancialContribution.Builder builder, BudgetPeriod budget,
            Money amount) {
        int years = budget.last().getValue() - budget.first().getValue() + 1;
        BigDecimal unit = unit(amount);
        BigDecimal share = amount.getAmount().divide(BigDecimal.valueOf(years), unit.scale(), RoundingMode.DOWN);
        if (share.compareTo(unit) < 0) {
            return;
        }
        boolean lastUnknown = years > 1 && random.nextBoolean();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < years; i++) {
            Year year = budget.first().plusYears(i);
            if (i == years - 1 && lastUnknown) {
                builder.addYearlyAmounts(YearlyAmount.unknown(year, Firmness.FORECAST));
            } else {
                BigDecimal part = i == years - 1 ? amount.getAmount().subtract(given) : share;
                given = given.add(part);
                Money money = Money.of(amount.getCurrencyUnit(), part);
                builder.addYearlyAmounts(i == 0 ? YearlyAmount.firm(year, money) : YearlyAmount.forecast(year, money));
            }
        }
        if (random.nextBoolean()) {
            builder.amount(java.util.Optional.empty());
        }
    }

    /** The smallest amount of a currency: one cent of a euro. */
    private static BigDecimal unit(Money amount) {
        return BigDecimal.ONE.movePointLeft(amount.getCurrencyUnit().getDecimalPlaces());
    }

    /** Whether an amount can be paid in two parts of at least one cent each. */
    static boolean splittable(Money amount) {
        return amount.getAmount().compareTo(unit(amount).multiply(BigDecimal.valueOf(2))) >= 0;
    }

    /**
     * A first part of a {@linkplain #splittable splittable} amount: one to ninety-nine hundredths of it,
     * at least one cent, leaving at least one cent; in decimals, for amounts beyond a {@code long} of cents.
     */
    static Money firstPart(RandomGenerator random, Money amount) {
        BigDecimal unit = unit(amount);
        BigDecimal part = amount.getAmount().multiply(BigDecimal.valueOf(1 + random.nextInt(99))).movePointLeft(2)
                .setScale(unit.scale(), RoundingMode.DOWN).max(unit).min(amount.getAmount().subtract(unit));
        return Money.of(amount.getCurrencyUnit(), part);
    }

    /** The subsidy split between the beneficiary and another party that is not the contributor. */
    private static void shares(RandomGenerator random, FinancialContribution.Builder builder, FinancialContribution base,
            List<String> parties) {
        List<String> others = parties.stream().filter(p -> !p.equals(base.contributor()) && !p.equals(base.beneficiary()))
                .toList();
        if (others.isEmpty()) {
            builder.payment(PaymentConditions.single());
            return;
        }
        int denominator = 2 + random.nextInt(8);
        int numerator = 1 + random.nextInt(denominator - 1);
        builder.addShares(BeneficiaryShare.of(base.beneficiary(), Portion.of(numerator, denominator)),
                BeneficiaryShare.of(pick(random, others), Portion.of(denominator - numerator, denominator)));
    }

    /**
     * Two instalments: the first on a date, the balance on the delivery of a report; one, on the
     * report, for an amount too small to split.
     */
    private static List<Instalment> conditioned(RandomGenerator random, Money amount, LocalDate from) {
        PaymentEvent event = pick(random, List.of(PaymentEvent.values()));
        InstalmentCondition condition = event == PaymentEvent.OTHER
                ? InstalmentCondition.of(event, "après le comité de pilotage") : InstalmentCondition.of(event);
        if (!splittable(amount)) {
            return List.of(Instalment.on(condition, amount));
        }
        Money first = firstPart(random, amount);
        return List.of(Instalment.of(from.plusDays(1 + random.nextInt(90)), first),
                Instalment.on(condition, amount.minus(first)));
    }
}
