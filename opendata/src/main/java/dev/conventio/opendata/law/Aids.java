package dev.conventio.opendata.law;

import dev.conventio.convention.Convention;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
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
            if (!isAid(contribution.nature()) || !contribution.budget().isSingleYear()
                    || !contribution.amount().getCurrencyUnit().equals(CurrencyUnit.EUR)
                    || contributor.isEmpty() || legalNature(contributor.get()) != LegalNature.PUBLIC) {
                continue;
            }
            Year year = contribution.budget().first();
            YearlyAid aid = aids.computeIfAbsent(contribution.beneficiary() + "/" + year,
                    key -> new YearlyAid(contribution.beneficiary(), year));
            aid.contributions.add(k);
            aid.total = aid.total.plus(contribution.amount());
        }
        return new ArrayList<>(aids.values());
    }

    /** Public or private law, as far as the model says. */
    enum LegalNature { PUBLIC, PRIVATE, UNKNOWN }

    static LegalNature legalNature(Party party) {
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

    static boolean isAid(ContributionNature nature) {
        return nature == ContributionNature.GRANT || nature == ContributionNature.FINANCIAL_PARTICIPATION
                || nature == ContributionNature.IN_KIND;
    }
}
