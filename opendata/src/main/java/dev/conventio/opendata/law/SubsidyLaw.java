package dev.conventio.opendata.law;

import dev.conventio.convention.Convention;
import dev.conventio.history.History;
import dev.conventio.party.Party;
import dev.conventio.signature.Signature;
import dev.conventio.validation.Violation;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
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
 * essential data must be published (décret 2017-779).
 * <pre>{@code
 * SubsidyLaw.requiresConvention(Money.of(CurrencyUnit.EUR, 23_000.01), association);   // true
 * List<Violation> problems = SubsidyLaw.check(history, LocalDate.of(2021, 1, 15));
 * List<Duty> late = SubsidyLaw.publicationDuties(portfolio, today, published).stream()
 *         .filter(duty -> duty.isLateOn(today)).toList();
 * }</pre>
 *
 * <p>An aid is a contribution in cash or in kind, in euros, from a public party, charged to one
 * budget year; the aid of a year is the sum of those to one beneficiary. Whether a party is of
 * private law is read from its kind (association, company); a party of unknown nature is never
 * assumed to be of private law. These are not amendment policies: they are checked on a
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
     * ({@link LawCodes#PAYMENT_TERMS_REQUIRED}), both at the path of the contribution.
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
                if (convention.contributions().get(k).schedule().isEmpty()) {
                    violations.add(LawCodes.PAYMENT_TERMS_REQUIRED, path + ".schedule", what + " is above 23 000"
                            + " EUR: its convention must define how it is paid, and gives no schedule");
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
                duties.add(Duty.of(Duty.Kind.PUBLICATION, convention.reference(), "", signed.get().plusMonths(3),
                        published.test(history)));
            }
        }
        return duties;
    }

    /**
     * Gets the day a convention is signed by all its parties: the last signature's, or, when the
     * model records no signature, the day of conclusion.
     */
    static Optional<LocalDate> signedOn(Convention convention) {
        if (convention.signatures().isEmpty()) {
            return Optional.of(convention.concludedOn());
        }
        return Signature.signedByAllOn(convention.signatures(), convention.partyIds());
    }
}
