package dev.conventio.render;

import dev.conventio.date.PartialDate;
import dev.conventio.change.TextOperation;
import dev.conventio.finance.ContributionNature;
import dev.conventio.history.Instrument;
import dev.conventio.history.Life;
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
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The French words of every rendering of the library: each constant of the model has its label
 * here, never its Java name, and dates, amounts, durations, instruments and provenances their
 * French form.
 * <pre>{@code
 * FrenchLabels.of(PhaseStatus.VALIDATED);                               // "validée"
 * FrenchLabels.of(Provenance.of(Instrument.amendment(2), "1"));         // "avenant n° 2, article 1er"
 * FrenchLabels.of(LocalDate.of(2020, 1, 1));                            // "1er janvier 2020"
 * }</pre>
 *
 * <p>Each switch is an expression without a default, so that a constant added to the model fails
 * the compilation until it has its label. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FrenchLabels {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);

    private FrenchLabels() {
    }

    /**
     * Gets the kind of a party, as an acte names it.
     *
     * @param kind  the kind, not null
     * @return the label, never null
     */
    public static String of(PartyKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
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

    /**
     * Gets the status of a phase, agreeing with « la phase ».
     *
     * @param status  the status, not null
     * @return the label, never null
     */
    public static String of(PhaseStatus status) {
        return switch (Objects.requireNonNull(status, "status")) {
            case PLANNED -> "prévue";
            case VALIDATED -> "validée";
            case IN_PROGRESS -> "en cours";
            case COMPLETED -> "achevée";
            case ABANDONED -> "abandonnée";
        };
    }

    /**
     * Gets the nature of a contribution.
     *
     * @param nature  the nature, not null
     * @return the label, never null
     */
    public static String of(ContributionNature nature) {
        return switch (Objects.requireNonNull(nature, "nature")) {
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

    /**
     * Gets the kind of a timeline event.
     *
     * @param kind  the kind, not null
     * @return the label, never null
     */
    public static String of(TimelineEvent.Kind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case SIGNATURE -> "signature";
            case CONCLUSION -> "conclusion";
            case ENTRY_INTO_FORCE -> "prise d'effet";
            case COMMITTEE_DECISION -> "décision du comité";
            case LAPSE -> "fin des dispositions";
            case END -> "terme";
        };
    }

    /**
     * Gets the life of a convention on a date: « convention en vigueur depuis le 3 février 2020 »,
     * « convention arrivée à son terme le … », « vie de la convention indéterminée : … ».
     *
     * @param life  the life, not null
     * @return the label, never null
     */
    public static String of(Life life) {
        String day = Objects.requireNonNull(life, "life").day().map(d -> " le " + of(d)).orElse("");
        return switch (life.status()) {
            case NOT_YET_IN_FORCE -> "convention pas encore en vigueur, prise d'effet" + day;
            case IN_FORCE -> "convention en vigueur depuis" + day;
            case ENDED -> "convention arrivée à son terme" + day;
            case TERMINATED -> "convention résiliée" + day;
            case UNDETERMINED -> "vie de la convention indéterminée : "
                    + (life.decidedBy().isEmpty() ? "sa durée n'est pas enregistrée" : "une date n'est pas connue");
        };
    }

    /**
     * Gets an instrument: « convention initiale » or « avenant n° 2 ».
     *
     * @param instrument  the instrument, not null
     * @return the label, never null
     */
    public static String of(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        return instrument.isBase() ? "convention initiale" : "avenant n° " + instrument.amendmentNumber().getAsInt();
    }

    /**
     * Gets a provenance: « avenant n° 2, article 1er », « convention initiale, article 3 » or
     * « convention initiale ».
     *
     * @param provenance  the provenance, not null
     * @return the label, never null
     */
    public static String of(Provenance provenance) {
        Objects.requireNonNull(provenance, "provenance");
        return of(provenance.instrument()) + provenance.article().map(article -> ", article " + article(article)).orElse("");
    }

    /**
     * Gets an article number as French texts write it: « 1er » for 1, the number as written otherwise.
     *
     * @param number  the number, not null
     * @return the label, never null
     */
    public static String article(String number) {
        return Objects.requireNonNull(number, "number").equals("1") ? "1er" : number;
    }

    /**
     * Gets a date: « 1er janvier 2020 », « 30 juin 2020 ».
     *
     * @param date  the date, not null
     * @return the label, never null
     */
    public static String of(LocalDate date) {
        int day = date.getDayOfMonth();
        return (day == 1 ? "1er" : String.valueOf(day)) + " " + MONTH_YEAR.format(date);
    }

    /**
     * Gets a date as far as it is known: « 15 juin 2011 », « juin 2011 », « 2011 », or « date
     * inconnue » for a date not given at all.
     *
     * @param date  the date, not null
     * @return the label, never null
     */
    public static String of(PartialDate date) {
        switch (date.precision()) {
            case DAY:
                return of(date.date().orElseThrow());
            case MONTH:
                return MONTH_YEAR.format(date.earliest().orElseThrow());
            case YEAR:
                return String.valueOf(date.earliest().orElseThrow().getYear());
            default:
                return "date inconnue";
        }
    }

    /**
     * Gets a date known in part as the words that follow a verb: « le 15 juin 2011 », « en juin
     * 2011 », « en 2011 », « à une date inconnue ».
     *
     * @param date  the date, not null
     * @return the label, never null
     */
    public static String dated(PartialDate date) {
        switch (date.precision()) {
            case DAY:
                return "le " + of(date);
            case MONTH:
            case YEAR:
                return "en " + of(date);
            default:
                return "à une date inconnue";
        }
    }

    /**
     * Gets an amount: « 100 000,00 € », « 5 000 JPY »: the currency's decimal places, French
     * grouping, a no-break space before the unit.
     *
     * @param money  the amount, not null
     * @return the label, never null
     */
    public static String of(Money money) {
        CurrencyUnit currency = money.getCurrencyUnit();
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMinimumFractionDigits(currency.getDecimalPlaces());
        format.setMaximumFractionDigits(currency.getDecimalPlaces());
        BigDecimal amount = money.getAmount();
        return format.format(amount) + "\u00a0" + (currency.equals(CurrencyUnit.EUR) ? "€" : currency.getCode());
    }

    /**
     * Joins items as French lists them: {@code a}, {@code a et b}, {@code a, b et c}.
     *
     * @param items  the items, not null
     * @return the enumeration, empty for no item, never null
     */
    public static String enumeration(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " et " + items.get(items.size() - 1);
    }

    /**
     * Gets a duration: « 2 ans », « 1 an et 6 mois », « 90 jours ».
     *
     * @param period  the duration, not null
     * @return the label, never null
     */
    public static String of(Period period) {
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

    /**
     * Gets a textual operation in the words of an avenant: « Au quatrième alinéa de l'article 1.1,
     * deuxième phrase, les mots « inclut les 30 M€ » sont remplacés par les mots « n'inclut pas les
     * montants ». ».
     *
     * @param operation  the operation, not null
     * @return the sentence, never null
     */
    public static String of(TextOperation operation) {
        return Instructions.of(Objects.requireNonNull(operation, "operation"));
    }

    /**
     * Gets an ordinal for positions in a text: « premier », « deuxième », … up to « dixième », then
     * « 11e ».
     *
     * @param position  the position, from 1
     * @return the label, never null
     */
    public static String ordinal(int position) {
        List<String> words = List.of("premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième",
                "septième", "huitième", "neuvième", "dixième");
        return position >= 1 && position <= words.size() ? words.get(position - 1) : position + "e";
    }
}
