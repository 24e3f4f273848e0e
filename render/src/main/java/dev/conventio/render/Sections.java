package dev.conventio.render;

import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.Instalment;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.Provenance;
import dev.conventio.history.Sourced;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The typed elements of a consolidated convention in the page: phases and their orientations, the
 * money, the steering committee and its decisions, the term; each annotated with the amending
 * article that set it. Not thread-safe: one instance per rendering.
 */
final class Sections {

    private final Markup page;
    private final ConsolidatedConvention view;

    Sections(Markup page, ConsolidatedConvention view) {
        this.page = page;
        this.view = view;
    }

    void render() {
        phases();
        contributions();
        governance();
        term();
    }

    private void annotate(Provenance provenance) {
        if (!provenance.instrument().isBase()) {
            page.element("span", "Modifié par l'" + FrenchLabels.of(provenance), "class", "annotation");
        }
    }

    private void section(String id, String title) {
        page.open("section", "id", id).line().element("h2", title).line();
    }

    private void phases() {
        if (view.phases().isEmpty()) {
            return;
        }
        section("phases", "Phases");
        page.open("ol").line();
        for (Sourced<Phase> sourced : view.phases()) {
            Phase phase = sourced.value();
            page.open("li", "id", "phase-" + phase.number()).text("Phase " + phase.number() + " : " + phase.title()
                    + " — " + FrenchLabels.of(phase.status()));
            annotate(sourced.provenance());
            phase.description().ifPresent(description -> page.element("p", description));
            List<Sourced<Orientation>> orientations = view.orientations(phase.number());
            if (!orientations.isEmpty()) {
                page.open("div", "class", "orientations", "id", "orientations-phase-" + phase.number())
                        .element("p", "Étapes de travail :").open("ol");
                for (Sourced<Orientation> orientation : orientations) {
                    page.open("li").text(orientation.value().title());
                    orientation.value().justification().ifPresent(j -> page.text(", justifié par : " + j));
                    page.close("li");
                }
                page.close("ol");
                annotate(orientations.get(0).provenance());
                page.close("div");
            }
            page.close("li").line();
        }
        page.close("ol").line().close("section").line();
    }

    private String partyName(String id) {
        return view.party(id).map(party -> party.value().name()).orElse(id);
    }

    private void contributions() {
        if (view.contributions().isEmpty()) {
            return;
        }
        section("financement", "Conditions financières");
        page.open("ul").line();
        for (Sourced<FinancialContribution> sourced : view.contributions()) {
            FinancialContribution c = sourced.value();
            String nature = FrenchLabels.of(c.nature());
            page.open("li", "id", "contribution-" + c.id()).text(Character.toUpperCase(nature.charAt(0))
                    + nature.substring(1) + " de " + partyName(c.contributor()) + " à " + partyName(c.beneficiary())
                    + " : " + c.total().map(FrenchLabels::of).orElse("montant non connu")
                    + c.budget().map(budget -> (budget.isSingleYear() ? " pour l'exercice " : " pour les exercices ")
                            + budget).orElse(""));
            c.purpose().ifPresent(purpose -> page.text(" (" + purpose + ")"));
            if (!c.yearlyAmounts().isEmpty() || !c.schedule().isEmpty()) {
                page.open("ul");
                for (YearlyAmount year : c.yearlyAmounts()) {
                    page.element("li", "Exercice " + year.year() + " : "
                            + year.amount().map(FrenchLabels::of).orElse("montant non connu")
                            + (year.firmness() == Firmness.FORECAST ? " (prévisionnel)" : ""));
                }
                for (Instalment instalment : c.schedule()) {
                    page.element("li", instalment.dueOn().map(day -> "Échéance du " + FrenchLabels.of(day))
                            .orElse("Échéance sous condition") + " : " + FrenchLabels.of(instalment.amount()));
                }
                page.close("ul");
            }
            annotate(sourced.provenance());
            page.close("li").line();
        }
        page.close("ul").line().close("section").line();
    }

    private void governance() {
        view.steeringCommittee().ifPresent(sourced -> {
            SteeringCommittee committee = sourced.value();
            section("pilotage", "Instance de pilotage");
            page.open("p", "id", "comite").text(committee.name() + committee.mission().map(m -> " : " + m).orElse(""));
            if (!committee.members().isEmpty()) {
                page.text(". Membres : " + committee.members().stream().map(this::partyName)
                        .collect(Collectors.joining(", ")));
            }
            annotate(sourced.provenance());
            page.close("p").line().close("section").line();
        });
        if (view.decisions().isEmpty()) {
            return;
        }
        section("decisions", "Décisions du comité");
        page.open("ul").line();
        for (Sourced<CommitteeDecision> sourced : view.decisions()) {
            CommitteeDecision decision = sourced.value();
            page.open("li").text(FrenchLabels.of(decision.decidedOn()) + " : " + decision.statement()
                    + (decision.validatedPhases().isEmpty() ? "" : " (phases validées : " + decision.validatedPhases()
                            .stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")"));
            annotate(sourced.provenance());
            page.close("li").line();
        }
        page.close("ul").line().close("section").line();
    }

    private void term() {
        section("duree", "Durée");
        if (view.term().isEmpty()) {
            page.element("p", "[La durée de la convention n'est pas enregistrée]", "class", "inconnu").line();
        }
        view.term().ifPresent(sourced -> {
            Term term = sourced.value();
            page.open("p").text("Prise d'effet " + start(term.start()) + " ; " + term.end().map(Sections::end)
                    .orElse("sans terme")
                    + term.renewal().map(r -> " ; renouvelable " + (r.tacit() ? "par tacite reconduction" : "expressément")
                            + " pour " + FrenchLabels.of(r.period()) + ", " + r.maxRenewals() + " fois au plus").orElse(""));
            annotate(sourced.provenance());
            page.close("p").line();
        });
        page.close("section").line();
    }

    private static String end(TermEnd end) {
        return end.date().map(date -> "terme le " + FrenchLabels.of(date))
                .orElseGet(() -> "durée de " + FrenchLabels.of(end.duration().orElseThrow()));
    }

    private static String start(StartRule start) {
        return switch (start.kind()) {
            case ON_SIGNATURE_BY_ALL_PARTIES -> "à la signature par toutes les parties";
            case ON_DATE -> "le " + FrenchLabels.of(start.date().orElseThrow());
            case ON_NOTIFICATION -> "à la notification" + start.date().map(d -> ", faite le " + FrenchLabels.of(d)).orElse("");
        };
    }
}
