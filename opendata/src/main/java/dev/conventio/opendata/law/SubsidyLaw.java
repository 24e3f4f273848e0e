package dev.conventio.opendata.law;

import dev.conventio.convention.Convention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.history.History;
import dev.conventio.party.Party;
import dev.conventio.signature.Signature;
import dev.conventio.validation.Violation;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The law of subsidies (droit des subventions) as checks of a convention and queries of a
 * portfolio: when a convention is required (loi 2000-321 art. 10, décret 2001-495), and when its
 * essential data must be published (décret 2017-779), and when the financial report of an
 * earmarked subsidy is due (loi 2000-321 art. 10 al. 6).
 * <pre>{@code
 * SubsidyLaw.requiresConvention(Money.of(CurrencyUnit.EUR, 23_000.01), association);   // true
 * List<Violation> problems = SubsidyLaw.check(history, LocalDate.of(2021, 1, 15));
 * List<Duty> late = SubsidyLaw.publicationDuties(portfolio, today, published).stream()
 *         .filter(duty -> duty.isLateOn(today)).toList();
 * }</pre>
 *
 * <p>An aid is a contribution in cash or in kind, in euros, from a public party, charged to one
 * budget year; the aid of a year is the sum of those to one beneficiary. Whether a party is of
 * private law is read from its {@linkplain Party#legalForm() legal form} ({@link
 * dev.conventio.party.LegalForm#isPrivateLaw()}), or, when none is recorded, from its kind
 * (association, company); a party of unknown nature is never assumed to be of private law. These are not amendment policies: they are checked on a
 * convention as in force, or listed for a portfolio, on a date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SubsidyLaw {

    /** The yearly amount above which a convention is required: 23 000 € (décret 2001-495 art. 1). */
    public static final Money THRESHOLD = Money.of(CurrencyUnit.EUR, 23_000);

    private SubsidyLaw() {
    }

    /**
     * Tells whether an aid of a year to a beneficiary requires a convention: strictly above
     * 23 000 € to a body of private law.
     *
     * @param aidInOneYear  the aid of one budget year, in euros, not null
     * @param beneficiary  the beneficiary, not null
     * @return true if a convention is required; false at 23 000.00 € or below, for a public body,
     *     or when the beneficiary's nature is not known
     * @throws IllegalArgumentException if the amount is not in euros
     * @throws NullPointerException if an argument is null
     */
    public static boolean requiresConvention(Money aidInOneYear, Party beneficiary) {
        Objects.requireNonNull(aidInOneYear, "aidInOneYear");
        Objects.requireNonNull(beneficiary, "beneficiary");
        if (!aidInOneYear.getCurrencyUnit().equals(CurrencyUnit.EUR)) {
            throw new IllegalArgumentException("the threshold of 23 000 EUR applies to euros, was " + aidInOneYear);
        }
        return aidInOneYear.isGreaterThan(THRESHOLD) && Aids.legalNature(beneficiary) == Aids.LegalNature.PRIVATE;
    }

    /**
     * Checks a convention as in force on a date against the law of subsidies: each aid that requires
     * a convention is covered by one signed by all its parties on the date
     * ({@link LawCodes#CONVENTION_REQUIRED}) that defines how it is paid
     * ({@link LawCodes#PAYMENT_TERMS_REQUIRED}: stated payment conditions or a schedule), at the path of
     * the contribution and of its schedule.
     *
     * @param history  the history, not null
     * @param date  the date, not null
     * @return the violations, empty when the convention complies, never null
     * @throws NullPointerException if an argument is null
     */
    public static List<Violation> check(History history, LocalDate date) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(date, "date");
        Convention convention = history.asOf(date).convention();
        Violations violations = Violations.collector();
        Optional<LocalDate> signed = signedOn(convention);
        for (Aids.YearlyAid aid : Aids.of(convention)) {
            Party beneficiary = convention.party(aid.beneficiary).orElseThrow();
            if (!requiresConvention(aid.total, beneficiary)) {
                continue;
            }
            for (int k : aid.contributions) {
                String path = "contributions[" + k + "]";
                String what = "the aid of " + aid.total + " in " + aid.year + " to " + beneficiary.name();
                if (signed.isEmpty() || signed.get().isAfter(date)) {
                    violations.add(LawCodes.CONVENTION_REQUIRED, path, what + " is above 23 000 EUR: it requires a"
                            + " convention signed by all its parties, which it is not on " + date);
                }
                FinancialContribution contribution = convention.contributions().get(k);
                if (contribution.schedule().isEmpty() && contribution.payment().isEmpty()) {
                    violations.add(LawCodes.PAYMENT_TERMS_REQUIRED, path + ".schedule", what + " is above 23 000"
                            + " EUR: its convention must define how it is paid, and gives neither payment conditions"
                            + " nor a schedule");
                }
            }
        }
        return violations.list();
    }

    /**
     * Lists, for a portfolio and a date, the conventions whose essential data must be published
     * (décret 2017-779): each signed on or before the date with an aid that requires a convention,
     * due three months after its signature. A duty {@link Duty#isLateOn(LocalDate) is late} when it
     * is past due and not published.
     *
     * @param portfolio  the histories, not null
     * @param date  the date, not null
     * @param published  tells which conventions are already published, not null
     * @return the duties, in the portfolio's order, never null
     * @throws NullPointerException if an argument is null
     */
    public static List<Duty> publicationDuties(Iterable<History> portfolio, LocalDate date,
            Predicate<? super History> published) {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(published, "published");
        List<Duty> duties = new ArrayList<>();
        for (History history : portfolio) {
            Convention convention = history.asOf(date).convention();
            Optional<LocalDate> signed = signedOn(convention);
            boolean required = Aids.of(convention).stream().anyMatch(aid ->
                    requiresConvention(aid.total, convention.party(aid.beneficiary).orElseThrow()));
            if (required && signed.isPresent() && !signed.get().isAfter(date)) {
                duties.add(Duty.of(Duty.Kind.PUBLICATION, convention.identification().toString(), "", "concludedOn",
                        signed.get().plusMonths(3), published.test(history)));
            }
        }
        return duties;
    }

    /**
     * Lists, for a portfolio and a date, the financial reports (comptes rendus financiers) due for
     * earmarked subsidies (loi 2000-321 art. 10 al. 6): for each convention signed on or before the
     * date, each contribution of nature {@link ContributionNature#EARMARKED_GRANT} from a public
     * party to a beneficiary of private law (or shared with one), one duty per budget year it funds
     * (the years of its yearly amounts, else those of its budget period), due six months after the
     * end of that year: on 30 June of the next. A contribution that states no budget year gives no
     * due date and is not listed. Each duty is at the path of its contribution
     * ({@code contributions[k]}), for the attribution {@code contribution/year}.
     *
     * @param portfolio  the histories, not null
     * @param date  the date, not null
     * @param reported  tells which duties are known to be done, asked of each duty not done, not null
     * @return the duties, in the portfolio's order, then the contributions', then the years', never null
     * @throws NullPointerException if an argument is null
     */
    public static List<Duty> financialReportDuties(Iterable<History> portfolio, LocalDate date,
            Predicate<? super Duty> reported) {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reported, "reported");
        List<Duty> duties = new ArrayList<>();
        for (History history : portfolio) {
            Convention convention = history.asOf(date).convention();
            Optional<LocalDate> signed = signedOn(convention);
            if (signed.isEmpty() || signed.get().isAfter(date)) {
                continue;
            }
            List<FinancialContribution> contributions = convention.contributions();
            for (int k = 0; k < contributions.size(); k++) {
                FinancialContribution contribution = contributions.get(k);
                if (contribution.nature() != ContributionNature.EARMARKED_GRANT || !fromPublicToPrivate(convention,
                        contribution)) {
                    continue;
                }
                for (Year year : fundedYears(contribution)) {
                    Duty duty = Duty.of(Duty.Kind.FINANCIAL_REPORT, convention.identification().toString(),
                            contribution.id() + "/" + year, "contributions[" + k + "]", year.atMonth(6).atEndOfMonth()
                                    .plusYears(1), false);
                    duties.add(reported.test(duty) ? duty.withDone(true) : duty);
                }
            }
        }
        return duties;
    }

    private static boolean fromPublicToPrivate(Convention convention, FinancialContribution contribution) {
        Optional<Party> contributor = convention.party(contribution.contributor());
        if (contributor.isEmpty() || Aids.legalNature(contributor.get()) != Aids.LegalNature.PUBLIC) {
            return false;
        }
        List<String> beneficiaries = new ArrayList<>(List.of(contribution.beneficiary()));
        contribution.shares().forEach(share -> beneficiaries.add(share.party()));
        return beneficiaries.stream().map(convention::party).flatMap(Optional::stream)
                .anyMatch(party -> Aids.legalNature(party) == Aids.LegalNature.PRIVATE);
    }

    /** The budget years a contribution funds: those of its yearly amounts, else those of its budget period. */
    private static List<Year> fundedYears(FinancialContribution contribution) {
        List<Year> years = new ArrayList<>();
        if (!contribution.yearlyAmounts().isEmpty()) {
            contribution.yearlyAmounts().forEach(amount -> years.add(amount.year()));
        } else if (contribution.budget().isPresent()) {
            BudgetPeriod period = contribution.budget().get();
            for (Year year = period.first(); !year.isAfter(period.last()); year = year.plusYears(1)) {
                years.add(year);
            }
        }
        return years;
    }

    /**
     * Gets the day a convention is signed by all its parties: the last signature's, or, when the
     * model records no signature, the day of conclusion when it is known.
     */
    static Optional<LocalDate> signedOn(Convention convention) {
        if (convention.signatures().isEmpty()) {
            return convention.conclusionDate();
        }
        return Signature.signedByAllOn(convention.signatures(), convention.partyIds());
    }
}
