package dev.conventio.cli;

import dev.conventio.finance.ContributionNature;
import dev.conventio.history.Instrument;
import dev.conventio.history.Provenance;
import dev.conventio.history.TimelineEvent;
import dev.conventio.party.PartyKind;
import dev.conventio.work.PhaseStatus;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The French words of the rendered text: every constant of the model has its label here, never its
 * Java name. Each switch is an expression without a default, so that a constant added to the model
 * fails the compilation until it has a label.
 */
final class FrenchLabels {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);

    private FrenchLabels() {
    }

    /** The kind of a party, as an acte names it. */
    static String of(PartyKind kind) {
        return switch (kind) {
            case METROPOLE -> "métropole";
            case EPCI -> "établissement public de coopération intercommunale";
            case COMMUNE -> "commune";
            case DEPARTEMENT -> "département";
            case REGION -> "région";
            case ETAT -> "État";
            case GIP -> "groupement d'intérêt public";
            case ETABLISSEMENT_PUBLIC -> "établissement public";
            case ASSOCIATION -> "association";
            case COMPANY -> "entreprise";
            case OTHER -> "autre";
        };
    }

    /** The status of a phase, agreeing with « la phase ». */
    static String of(PhaseStatus status) {
        return switch (status) {
            case PLANNED -> "prévue";
            case VALIDATED -> "validée";
            case IN_PROGRESS -> "en cours";
            case COMPLETED -> "achevée";
            case ABANDONED -> "abandonnée";
        };
    }

    /** The nature of a contribution. */
    static String of(ContributionNature nature) {
        return switch (nature) {
            case FINANCIAL_PARTICIPATION -> "participation financière";
            case GRANT -> "subvention";
            case REMUNERATION -> "rémunération";
            case IN_KIND -> "contribution en nature";
            case OTHER -> "autre contribution";
            case ENDOWMENT -> "dotation";
            case EQUITY -> "apport en fonds propres";
            case LOAN -> "prêt";
            case REPAYABLE_ADVANCE -> "avance remboursable";
            case OPERATING_GRANT -> "subvention de fonctionnement";
            case EARMARKED_GRANT -> "subvention affectée";
            case INVESTMENT_GRANT -> "subvention d'investissement";
        };
    }

    /** The kind of a timeline event. */
    static String of(TimelineEvent.Kind kind) {
        return switch (kind) {
            case SIGNATURE -> "signature";
            case CONCLUSION -> "conclusion";
            case ENTRY_INTO_FORCE -> "prise d'effet";
            case COMMITTEE_DECISION -> "décision du comité";
            case LAPSE -> "fin des dispositions";
            case END -> "terme";
        };
    }

    /** {@code convention initiale} or {@code avenant n° 2}: the model's own text is English. */
    static String of(Instrument instrument) {
        return instrument.isBase() ? "convention initiale" : "avenant n° " + instrument.amendmentNumber().getAsInt();
    }

    /** {@code [convention initiale]} or {@code [avenant n° 2, article 3]}. */
    static String of(Provenance provenance) {
        return "[" + of(provenance.instrument())
                + provenance.article().map(article -> ", article " + article).orElse("") + "]";
    }

    /** {@code 1er janvier 2020}, {@code 30 juin 2020}. */
    static String of(LocalDate date) {
        int day = date.getDayOfMonth();
        return (day == 1 ? "1er" : String.valueOf(day)) + " " + MONTH_YEAR.format(date);
    }

    /** {@code 100 000,00 €}, {@code 5 000 JPY}: the currency's decimal places, French grouping. */
    static String of(Money money) {
        CurrencyUnit currency = money.getCurrencyUnit();
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMinimumFractionDigits(currency.getDecimalPlaces());
        format.setMaximumFractionDigits(currency.getDecimalPlaces());
        BigDecimal amount = money.getAmount();
        // A no-break space between the amount and its unit, as French typography wants.
        return format.format(amount) + "\u00a0" + (currency.equals(CurrencyUnit.EUR) ? "€" : currency.getCode());
    }

    /** {@code 2 ans}, {@code 1 an et 6 mois}, {@code 90 jours}. */
    static String of(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(period.getYears() + (Math.abs(period.getYears()) == 1 ? " an" : " ans"));
        }
        if (period.getMonths() != 0) {
            parts.add(period.getMonths() + " mois");
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(period.getDays() + (Math.abs(period.getDays()) <= 1 ? " jour" : " jours"));
        }
        return String.join(" et ", parts);
    }
}
