package dev.conventio.examples;

import dev.conventio.finance.ContributionNature;
import dev.conventio.history.Instrument;
import dev.conventio.history.Life;
import dev.conventio.history.Provenance;
import dev.conventio.history.TimelineEvent;
import dev.conventio.party.PartyKind;
import dev.conventio.work.PhaseStatus;

/**
 * The French words the examples print for the model's constants: a rendering shows « phase
 * validée », never the Java constant {@code VALIDATED}.
 */
final class Labels {

    private Labels() {
    }

    static String of(PartyKind kind) {
        return switch (kind) {
            case METROPOLE -> "métropole";
            case EPCI -> "EPCI";
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

    static String of(PhaseStatus status) {
        return switch (status) {
            case PLANNED -> "prévue";
            case VALIDATED -> "validée";
            case IN_PROGRESS -> "en cours";
            case COMPLETED -> "réalisée";
            case ABANDONED -> "abandonnée";
        };
    }

    static String of(ContributionNature nature) {
        return switch (nature) {
            case FINANCIAL_PARTICIPATION -> "participation financière";
            case GRANT -> "subvention";
            case REMUNERATION -> "rémunération";
            case IN_KIND -> "apport en nature";
            case OTHER -> "autre";
            case ENDOWMENT -> "dotation";
            case EQUITY -> "fonds propres";
            case LOAN -> "prêt";
            case REPAYABLE_ADVANCE -> "avance remboursable";
            case OPERATING_GRANT -> "subvention de fonctionnement";
            case EARMARKED_GRANT -> "subvention affectée";
            case INVESTMENT_GRANT -> "subvention d'investissement";
        };
    }

    /** « convention initiale » or « avenant n° k ». */
    static String of(Instrument instrument) {
        return instrument.isBase() ? "convention initiale" : "avenant n° " + instrument.amendmentNumber().getAsInt();
    }

    /** The instrument, and the article when known: « avenant n° 2, article 1 ». */
    static String of(Provenance provenance) {
        return of(provenance.instrument()) + provenance.article().map(article -> ", article " + article).orElse("");
    }

    /** « convention en vigueur », « convention arrivée à son terme le … », « vie de la convention indéterminée ». */
    static String of(Life life) {
        String day = life.day().map(d -> " le " + d).orElse("");
        return switch (life.status()) {
            case NOT_YET_IN_FORCE -> "convention pas encore en vigueur, prise d'effet" + day;
            case IN_FORCE -> "convention en vigueur depuis" + day;
            case ENDED -> "convention arrivée à son terme" + day;
            case TERMINATED -> "convention résiliée" + day;
            case UNDETERMINED -> "vie de la convention indéterminée : "
                    + (life.decidedBy().isEmpty() ? "sa durée n'est pas enregistrée" : "une date n'est pas connue");
        };
    }

    static String of(TimelineEvent.Kind kind) {
        return switch (kind) {
            case SIGNATURE -> "signature";
            case CONCLUSION -> "conclusion";
            case ENTRY_INTO_FORCE -> "prise d'effet";
            case COMMITTEE_DECISION -> "décision du comité";
            case LAPSE -> "dernier jour d'application de l'avenant";
            case END -> "terme de la convention";
        };
    }
}
