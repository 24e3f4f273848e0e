package dev.conventio.opendata.law;

import dev.conventio.convention.Convention;
import dev.conventio.finance.BeneficiaryShare;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The aids of a convention as the law of subsidies sees them: per beneficiary and budget year, the
 * sum of the aids (cash or kind) in euros from public parties, with the contributions it comes from.
 */
final class Aids {

    /** The aid to one beneficiary in one budget year. */
    static final class YearlyAid {
        final String beneficiary;
        final Year year;
        final List<Integer> contributions = new ArrayList<>();
        Money total = Money.zero(CurrencyUnit.EUR);

        YearlyAid(String beneficiary, Year year) {
            this.beneficiary = beneficiary;
            this.year = year;
        }
    }

    private Aids() {
    }

    /** The yearly aids of a convention, in the order of the contributions. */
    static List<YearlyAid> of(Convention convention) {
        Map<String, YearlyAid> aids = new LinkedHashMap<>();
        List<FinancialContribution> contributions = convention.contributions();
        for (int k = 0; k < contributions.size(); k++) {
            FinancialContribution contribution = contributions.get(k);
            Optional<Party> contributor = convention.party(contribution.contributor());
            if (!isAid(contribution.nature()) || contributor.isEmpty()
                    || legalNature(contributor.get()) != LegalNature.PUBLIC) {
                continue;
            }
            for (Map.Entry<Year, Money> year : byYear(contribution).entrySet()) {
                for (Map.Entry<String, Money> part : parts(contribution, year.getValue()).entrySet()) {
                    YearlyAid aid = aids.computeIfAbsent(part.getKey() + "/" + year.getKey(),
                            key -> new YearlyAid(part.getKey(), year.getKey()));
                    if (!aid.contributions.contains(k)) {
                        aid.contributions.add(k);
                    }
                    aid.total = aid.total.plus(part.getValue());
                }
            }
        }
        return new ArrayList<>(aids.values());
    }

    /**
     * The amount of each budget year a contribution states, in euros: its known yearly amounts, or
     * its total when it is charged to one year alone; nothing for an amount not known.
     */
    private static Map<Year, Money> byYear(FinancialContribution contribution) {
        Map<Year, Money> years = new LinkedHashMap<>();
        if (contribution.yearlyAmounts().isEmpty()) {
            contribution.budget().filter(BudgetPeriod::isSingleYear).ifPresent(period ->
                    contribution.total().ifPresent(total -> years.put(period.first(), total)));
        } else {
            for (YearlyAmount year : contribution.yearlyAmounts()) {
                year.amount().ifPresent(amount -> years.put(year.year(), amount));
            }
        }
        years.values().removeIf(amount -> !amount.getCurrencyUnit().equals(CurrencyUnit.EUR));
        return years;
    }

    /**
     * Each beneficiary's part of an amount: the whole to the beneficiary when the contribution is not
     * shared, else each share's portion; a portion that is not exact in cents is left out, never rounded.
     */
    private static Map<String, Money> parts(FinancialContribution contribution, Money amount) {
        Map<String, Money> parts = new LinkedHashMap<>();
        if (contribution.shares().isEmpty()) {
            parts.put(contribution.beneficiary(), amount);
        }
        for (BeneficiaryShare share : contribution.shares()) {
            share.portion().of(amount).ifPresent(part -> parts.put(share.party(), part));
        }
        return parts;
    }

    /** Public or private law, as far as the model says. */
    enum LegalNature { PUBLIC, PRIVATE, UNKNOWN }

    /**
     * Public or private law: by the party's legal form when recorded (a form whose law is not known,
     * such as a GCSMS or an unknown code, is of unknown nature); else, by its kind, an association or
     * a company is of private law, a public body's kind of public law, and {@code OTHER} unknown.
     */
    static LegalNature legalNature(Party party) {
        Optional<LegalForm> form = party.legalForm();
        if (form.isPresent()) {
            return form.get().law().map(law -> law == LegalForm.Law.PRIVATE ? LegalNature.PRIVATE : LegalNature.PUBLIC)
                    .orElse(LegalNature.UNKNOWN);
        }
        PartyKind kind = party.kind();
        switch (kind) {
            case ASSOCIATION:
            case COMPANY:
                return LegalNature.PRIVATE;
            case OTHER:
                return LegalNature.UNKNOWN;
            default:
                return LegalNature.PUBLIC;
        }
    }

    /** An aid in cash or in kind, as the nature's {@link ContributionNature#aidForm()} says. */
    static boolean isAid(ContributionNature nature) {
        return nature.aidForm().isPresent();
    }
}
